# Generated from forms/customer_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        self.mainLayout = QVBoxLayout(CustomerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mergedBar = QFrame(CustomerDialog)
        self.mergedBar.setObjectName(u"mergedBar")
        self.mergedBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.mergedBarLayout = QHBoxLayout(self.mergedBar)
        self.mergedBarLayout.setObjectName(u"mergedBarLayout")
        self.mergedBarLayout.setContentsMargins(8, 4, 4, 4)
        self.mergedLabel = QLabel(self.mergedBar)
        self.mergedLabel.setObjectName(u"mergedLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mergedLabel.sizePolicy().hasHeightForWidth())
        self.mergedLabel.setSizePolicy(sizePolicy)
        self.mergedLabel.setWordWrap(True)

        self.mergedBarLayout.addWidget(self.mergedLabel)

        self.mergedOpenButton = QPushButton(self.mergedBar)
        self.mergedOpenButton.setObjectName(u"mergedOpenButton")
        self.mergedOpenButton.setAutoDefault(False)

        self.mergedBarLayout.addWidget(self.mergedOpenButton)


        self.mainLayout.addWidget(self.mergedBar)

        self.documentBar = QFrame(CustomerDialog)
        self.documentBar.setObjectName(u"documentBar")
        self.documentBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.documentBarLayout = QHBoxLayout(self.documentBar)
        self.documentBarLayout.setObjectName(u"documentBarLayout")
        self.documentBarLayout.setContentsMargins(8, 4, 4, 4)
        self.documentBarLabel = QLabel(self.documentBar)
        self.documentBarLabel.setObjectName(u"documentBarLabel")
        sizePolicy.setHeightForWidth(self.documentBarLabel.sizePolicy().hasHeightForWidth())
        self.documentBarLabel.setSizePolicy(sizePolicy)
        self.documentBarLabel.setWordWrap(True)

        self.documentBarLayout.addWidget(self.documentBarLabel)

        self.documentOpenButton = QPushButton(self.documentBar)
        self.documentOpenButton.setObjectName(u"documentOpenButton")
        self.documentOpenButton.setAutoDefault(False)

        self.documentBarLayout.addWidget(self.documentOpenButton)


        self.mainLayout.addWidget(self.documentBar)

        self.duplicatesBar = QFrame(CustomerDialog)
        self.duplicatesBar.setObjectName(u"duplicatesBar")
        self.duplicatesBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicatesLayout = QVBoxLayout(self.duplicatesBar)
        self.duplicatesLayout.setSpacing(2)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesLayout.setContentsMargins(8, 4, 4, 4)
        self.duplicatesTitle = QLabel(self.duplicatesBar)
        self.duplicatesTitle.setObjectName(u"duplicatesTitle")
        self.duplicatesTitle.setWordWrap(True)

        self.duplicatesLayout.addWidget(self.duplicatesTitle)

        self.duplicatesRows = QWidget(self.duplicatesBar)
        self.duplicatesRows.setObjectName(u"duplicatesRows")
        self.duplicatesGrid = QGridLayout(self.duplicatesRows)
        self.duplicatesGrid.setObjectName(u"duplicatesGrid")
        self.duplicatesGrid.setVerticalSpacing(2)
        self.duplicatesGrid.setContentsMargins(0, 0, 0, 0)

        self.duplicatesLayout.addWidget(self.duplicatesRows)


        self.mainLayout.addWidget(self.duplicatesBar)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.customerBox = QGroupBox(CustomerDialog)
        self.customerBox.setObjectName(u"customerBox")
        self.customerForm = QFormLayout(self.customerBox)
        self.customerForm.setObjectName(u"customerForm")
        self.customerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.customerBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.customerBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(self.customerBox)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"required", True)

        self.customerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameField = QVBoxLayout()
        self.nameField.setSpacing(2)
        self.nameField.setObjectName(u"nameField")
        self.nameEdit = QLineEdit(self.customerBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.nameField.addWidget(self.nameEdit)

        self.nameError = QLabel(self.customerBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"fieldError", True)

        self.nameField.addWidget(self.nameError)


        self.customerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameField)

        self.genderLabel = QLabel(self.customerBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.customerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.customerBox)
        self.genderCombo.setObjectName(u"genderCombo")

        self.customerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthDateLabel = QLabel(self.customerBox)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.customerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateField = QVBoxLayout()
        self.birthDateField.setSpacing(2)
        self.birthDateField.setObjectName(u"birthDateField")
        self.birthDateEdit = QDateEdit(self.customerBox)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.birthDateEdit.setCalendarPopup(True)

        self.birthDateField.addWidget(self.birthDateEdit)

        self.birthDateError = QLabel(self.customerBox)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setProperty(u"fieldError", True)

        self.birthDateField.addWidget(self.birthDateError)


        self.customerForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.birthDateField)

        self.nationalityLabel = QLabel(self.customerBox)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.customerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nationalityLabel)

        self.nationalityCombo = QComboBox(self.customerBox)
        self.nationalityCombo.setObjectName(u"nationalityCombo")
        self.nationalityCombo.setEditable(True)

        self.customerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nationalityCombo)

        self.documentLabel = QLabel(self.customerBox)
        self.documentLabel.setObjectName(u"documentLabel")

        self.customerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentField = QVBoxLayout()
        self.documentField.setSpacing(2)
        self.documentField.setObjectName(u"documentField")
        self.documentRow = QHBoxLayout()
        self.documentRow.setObjectName(u"documentRow")
        self.documentTypeCombo = QComboBox(self.customerBox)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.documentRow.addWidget(self.documentTypeCombo)

        self.documentNumberEdit = QLineEdit(self.customerBox)
        self.documentNumberEdit.setObjectName(u"documentNumberEdit")
        self.documentNumberEdit.setMaxLength(40)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.documentNumberEdit.sizePolicy().hasHeightForWidth())
        self.documentNumberEdit.setSizePolicy(sizePolicy1)

        self.documentRow.addWidget(self.documentNumberEdit)

        self.documentRow.setStretch(1, 1)

        self.documentField.addLayout(self.documentRow)

        self.documentError = QLabel(self.customerBox)
        self.documentError.setObjectName(u"documentError")
        self.documentError.setWordWrap(True)
        self.documentError.setProperty(u"fieldError", True)

        self.documentField.addWidget(self.documentError)


        self.customerForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.documentField)

        self.legalRepLabel = QLabel(self.customerBox)
        self.legalRepLabel.setObjectName(u"legalRepLabel")

        self.customerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalRepLabel)

        self.legalRepEdit = QLineEdit(self.customerBox)
        self.legalRepEdit.setObjectName(u"legalRepEdit")
        self.legalRepEdit.setMaxLength(100)

        self.customerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legalRepEdit)

        self.verificationRow = QHBoxLayout()
        self.verificationRow.setObjectName(u"verificationRow")
        self.verificationLabel = QLabel(self.customerBox)
        self.verificationLabel.setObjectName(u"verificationLabel")
        sizePolicy.setHeightForWidth(self.verificationLabel.sizePolicy().hasHeightForWidth())
        self.verificationLabel.setSizePolicy(sizePolicy)
        self.verificationLabel.setWordWrap(True)

        self.verificationRow.addWidget(self.verificationLabel)

        self.verifyButton = QPushButton(self.customerBox)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.verificationRow.addWidget(self.verifyButton)


        self.customerForm.setLayout(7, QFormLayout.ItemRole.SpanningRole, self.verificationRow)


        self.leftColumn.addWidget(self.customerBox)

        self.contactBox = QGroupBox(CustomerDialog)
        self.contactBox.setObjectName(u"contactBox")
        self.contactForm = QFormLayout(self.contactBox)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phonesLabel = QLabel(self.contactBox)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesField = QVBoxLayout()
        self.phonesField.setSpacing(2)
        self.phonesField.setObjectName(u"phonesField")
        self.phonesRows = QWidget(self.contactBox)
        self.phonesRows.setObjectName(u"phonesRows")
        self.phonesRowsLayout = QVBoxLayout(self.phonesRows)
        self.phonesRowsLayout.setSpacing(2)
        self.phonesRowsLayout.setObjectName(u"phonesRowsLayout")
        self.phonesRowsLayout.setContentsMargins(0, 0, 0, 0)

        self.phonesField.addWidget(self.phonesRows)

        self.phoneButtonsRow = QHBoxLayout()
        self.phoneButtonsRow.setObjectName(u"phoneButtonsRow")
        self.addPhoneButton = QPushButton(self.contactBox)
        self.addPhoneButton.setObjectName(u"addPhoneButton")
        self.addPhoneButton.setAutoDefault(False)

        self.phoneButtonsRow.addWidget(self.addPhoneButton)

        self.phoneButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phoneButtonsRow.addItem(self.phoneButtonsSpacer)


        self.phonesField.addLayout(self.phoneButtonsRow)

        self.phonesError = QLabel(self.contactBox)
        self.phonesError.setObjectName(u"phonesError")
        self.phonesError.setWordWrap(True)
        self.phonesError.setProperty(u"fieldError", True)

        self.phonesField.addWidget(self.phonesError)


        self.contactForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phonesField)

        self.emailLabel = QLabel(self.contactBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailField = QVBoxLayout()
        self.emailField.setSpacing(2)
        self.emailField.setObjectName(u"emailField")
        self.emailEdit = QLineEdit(self.contactBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.emailField.addWidget(self.emailEdit)

        self.emailError = QLabel(self.contactBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"fieldError", True)

        self.emailField.addWidget(self.emailError)


        self.contactForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.emailField)

        self.addressLabel = QLabel(self.contactBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.preferredLabel = QLabel(self.contactBox)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preferredLabel)

        self.preferredCombo = QComboBox(self.contactBox)
        self.preferredCombo.setObjectName(u"preferredCombo")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preferredCombo)

        self.levelLabel = QLabel(self.contactBox)
        self.levelLabel.setObjectName(u"levelLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelRow = QHBoxLayout()
        self.levelRow.setObjectName(u"levelRow")
        self.levelCombo = QComboBox(self.contactBox)
        self.levelCombo.setObjectName(u"levelCombo")

        self.levelRow.addWidget(self.levelCombo)

        self.tagsLabel = QLabel(self.contactBox)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.levelRow.addWidget(self.tagsLabel)

        self.tagsEdit = QLineEdit(self.contactBox)
        self.tagsEdit.setObjectName(u"tagsEdit")
        self.tagsEdit.setMaxLength(200)

        self.levelRow.addWidget(self.tagsEdit)


        self.contactForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.levelRow)


        self.leftColumn.addWidget(self.contactBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.roomBox = QGroupBox(CustomerDialog)
        self.roomBox.setObjectName(u"roomBox")
        self.roomBox.setCheckable(True)
        self.roomBox.setChecked(False)
        self.roomForm = QFormLayout(self.roomBox)
        self.roomForm.setObjectName(u"roomForm")
        self.roomForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roomField = QVBoxLayout()
        self.roomField.setSpacing(2)
        self.roomField.setObjectName(u"roomField")
        self.roomEdit = QLineEdit(self.roomBox)
        self.roomEdit.setObjectName(u"roomEdit")
        self.roomEdit.setClearButtonEnabled(True)

        self.roomField.addWidget(self.roomEdit)

        self.roomChoiceLabel = QLabel(self.roomBox)
        self.roomChoiceLabel.setObjectName(u"roomChoiceLabel")
        self.roomChoiceLabel.setWordWrap(True)

        self.roomField.addWidget(self.roomChoiceLabel)

        self.roomError = QLabel(self.roomBox)
        self.roomError.setObjectName(u"roomError")
        self.roomError.setWordWrap(True)
        self.roomError.setProperty(u"fieldError", True)

        self.roomField.addWidget(self.roomError)


        self.roomForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.roomField)

        self.roleLabel = QLabel(self.roomBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.roomForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.roomBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roomForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.startDateLabel = QLabel(self.roomBox)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.roomForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(self.roomBox)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.startDateEdit.setCalendarPopup(True)

        self.roomForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.shareLabel = QLabel(self.roomBox)
        self.shareLabel.setObjectName(u"shareLabel")

        self.roomForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareEdit = QLineEdit(self.roomBox)
        self.shareEdit.setObjectName(u"shareEdit")
        self.shareEdit.setMaxLength(10)

        self.roomForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shareEdit)

        self.coOwnersPanel = QWidget(self.roomBox)
        self.coOwnersPanel.setObjectName(u"coOwnersPanel")
        self.coOwnersLayout = QVBoxLayout(self.coOwnersPanel)
        self.coOwnersLayout.setSpacing(2)
        self.coOwnersLayout.setObjectName(u"coOwnersLayout")
        self.coOwnersLayout.setContentsMargins(0, 0, 0, 0)
        self.coOwnersCaption = QLabel(self.coOwnersPanel)
        self.coOwnersCaption.setObjectName(u"coOwnersCaption")
        self.coOwnersCaption.setWordWrap(True)

        self.coOwnersLayout.addWidget(self.coOwnersCaption)

        self.ownersTable = QTableWidget(self.coOwnersPanel)
        if (self.ownersTable.columnCount() < 2):
            self.ownersTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.ownersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.ownersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.ownersTable.setObjectName(u"ownersTable")
        self.ownersTable.setTabKeyNavigation(False)
        self.ownersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ownersTable.setMaximumSize(QSize(16777215, 110))
        self.ownersTable.horizontalHeader().setStretchLastSection(False)
        self.ownersTable.verticalHeader().setVisible(False)

        self.coOwnersLayout.addWidget(self.ownersTable)

        self.totalLabel = QLabel(self.coOwnersPanel)
        self.totalLabel.setObjectName(u"totalLabel")

        self.coOwnersLayout.addWidget(self.totalLabel)


        self.roomForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.coOwnersPanel)

        self.relationLabel = QLabel(self.roomBox)
        self.relationLabel.setObjectName(u"relationLabel")

        self.roomForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(self.roomBox)
        self.relationCombo.setObjectName(u"relationCombo")

        self.roomForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.familyLabel = QLabel(self.roomBox)
        self.familyLabel.setObjectName(u"familyLabel")

        self.roomForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyCombo = QComboBox(self.roomBox)
        self.familyCombo.setObjectName(u"familyCombo")

        self.roomForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.familyCombo)

        self.identityErrorField = QVBoxLayout()
        self.identityErrorField.setObjectName(u"identityErrorField")
        self.identityError = QLabel(self.roomBox)
        self.identityError.setObjectName(u"identityError")
        self.identityError.setWordWrap(True)
        self.identityError.setProperty(u"fieldError", True)

        self.identityErrorField.addWidget(self.identityError)


        self.roomForm.setLayout(7, QFormLayout.ItemRole.SpanningRole, self.identityErrorField)


        self.rightColumn.addWidget(self.roomBox)

        self.consentBox = QGroupBox(CustomerDialog)
        self.consentBox.setObjectName(u"consentBox")
        self.consentForm = QFormLayout(self.consentBox)
        self.consentForm.setObjectName(u"consentForm")
        self.consentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consentDateLabel = QLabel(self.consentBox)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateField = QVBoxLayout()
        self.consentDateField.setSpacing(2)
        self.consentDateField.setObjectName(u"consentDateField")
        self.consentDateEdit = QDateEdit(self.consentBox)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.consentDateEdit.setCalendarPopup(True)

        self.consentDateField.addWidget(self.consentDateEdit)

        self.consentDateError = QLabel(self.consentBox)
        self.consentDateError.setObjectName(u"consentDateError")
        self.consentDateError.setWordWrap(True)
        self.consentDateError.setProperty(u"fieldError", True)

        self.consentDateField.addWidget(self.consentDateError)


        self.consentForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.consentDateField)

        self.consentScopeLabel = QLabel(self.consentBox)
        self.consentScopeLabel.setObjectName(u"consentScopeLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentScopeLabel)

        self.consentScopeEdit = QLineEdit(self.consentBox)
        self.consentScopeEdit.setObjectName(u"consentScopeEdit")
        self.consentScopeEdit.setMaxLength(300)

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentScopeEdit)

        self.consentNoteLabel = QLabel(self.consentBox)
        self.consentNoteLabel.setObjectName(u"consentNoteLabel")
        self.consentNoteLabel.setWordWrap(True)

        self.consentForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.consentNoteLabel)


        self.rightColumn.addWidget(self.consentBox)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(2)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(CustomerDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(CustomerDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.notesLayout.addWidget(self.notesEdit)


        self.rightColumn.addLayout(self.notesLayout)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(CustomerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.nationalityLabel.setBuddy(self.nationalityCombo)
        self.documentLabel.setBuddy(self.documentTypeCombo)
        self.legalRepLabel.setBuddy(self.legalRepEdit)
        self.phonesLabel.setBuddy(self.addPhoneButton)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.preferredLabel.setBuddy(self.preferredCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.shareLabel.setBuddy(self.shareEdit)
        self.relationLabel.setBuddy(self.relationCombo)
        self.familyLabel.setBuddy(self.familyCombo)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentScopeLabel.setBuddy(self.consentScopeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mergedOpenButton, self.documentOpenButton)
        QWidget.setTabOrder(self.documentOpenButton, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.nationalityCombo)
        QWidget.setTabOrder(self.nationalityCombo, self.documentTypeCombo)
        QWidget.setTabOrder(self.documentTypeCombo, self.documentNumberEdit)
        QWidget.setTabOrder(self.documentNumberEdit, self.legalRepEdit)
        QWidget.setTabOrder(self.legalRepEdit, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.addPhoneButton)
        QWidget.setTabOrder(self.addPhoneButton, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.preferredCombo)
        QWidget.setTabOrder(self.preferredCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.roomBox)
        QWidget.setTabOrder(self.roomBox, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.shareEdit)
        QWidget.setTabOrder(self.shareEdit, self.ownersTable)
        QWidget.setTabOrder(self.ownersTable, self.relationCombo)
        QWidget.setTabOrder(self.relationCombo, self.familyCombo)
        QWidget.setTabOrder(self.familyCombo, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentScopeEdit)
        QWidget.setTabOrder(self.consentScopeEdit, self.notesEdit)

        self.retranslateUi(CustomerDialog)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer", None))
#if QT_CONFIG(accessibility)
        self.mergedLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Merged", None))
#endif // QT_CONFIG(accessibility)
        self.mergedOpenButton.setText(QCoreApplication.translate("CustomerDialog", u"Open that customer", None))
#if QT_CONFIG(accessibility)
        self.documentBarLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Existing customer", None))
#endif // QT_CONFIG(accessibility)
        self.documentOpenButton.setText(QCoreApplication.translate("CustomerDialog", u"Open", None))
        self.duplicatesTitle.setText(QCoreApplication.translate("CustomerDialog", u"Possibly the same customer (check before saving):", None))
        self.customerBox.setTitle(QCoreApplication.translate("CustomerDialog", u"Customer", None))
        self.kindLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Kind of customer", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Name error", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("CustomerDialog", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.birthDateEdit.setToolTip(QCoreApplication.translate("CustomerDialog", u"Filled in from a resident ID number. Press Delete to clear.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.birthDateError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Date of birth error", None))
#endif // QT_CONFIG(accessibility)
        self.nationalityLabel.setText(QCoreApplication.translate("CustomerDialog", u"Nationalit&y:", None))
#if QT_CONFIG(accessibility)
        self.nationalityCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Nationality", None))
#endif // QT_CONFIG(accessibility)
        self.documentLabel.setText(QCoreApplication.translate("CustomerDialog", u"Doc&ument:", None))
#if QT_CONFIG(accessibility)
        self.documentTypeCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Document type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentNumberEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Document number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Document error", None))
#endif // QT_CONFIG(accessibility)
        self.legalRepLabel.setText(QCoreApplication.translate("CustomerDialog", u"Legal representati&ve:", None))
#if QT_CONFIG(accessibility)
        self.legalRepEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Legal representative", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verificationLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Verification", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("CustomerDialog", u"Mark document as checked\u2026", None))
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Mark document as checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("CustomerDialog", u"Record that you compared the number with the customer's original document.", None))
#endif // QT_CONFIG(tooltip)
        self.contactBox.setTitle(QCoreApplication.translate("CustomerDialog", u"Contact", None))
        self.phonesLabel.setText(QCoreApplication.translate("CustomerDialog", u"P&hones:", None))
#if QT_CONFIG(accessibility)
        self.phonesRows.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Phones", None))
#endif // QT_CONFIG(accessibility)
        self.addPhoneButton.setText(QCoreApplication.translate("CustomerDialog", u"Add phone", None))
#if QT_CONFIG(accessibility)
        self.addPhoneButton.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Add phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phonesError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Phones error", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Email error", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Postal address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Postal address", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLabel.setText(QCoreApplication.translate("CustomerDialog", u"Preferred &contact:", None))
#if QT_CONFIG(accessibility)
        self.preferredCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Preferred contact", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Level:", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Level", None))
#endif // QT_CONFIG(accessibility)
        self.tagsLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Tags:", None))
#if QT_CONFIG(accessibility)
        self.tagsEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"Separate with commas", None))
        self.roomBox.setTitle(QCoreApplication.translate("CustomerDialog", u"&Add to a room", None))
#if QT_CONFIG(accessibility)
        self.roomEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Room", None))
#endif // QT_CONFIG(accessibility)
        self.roomEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"Type the room code, e.g. 3-2-1501 or \u7fe0\u6e56 3-2-1501", None))
#if QT_CONFIG(accessibility)
        self.roomChoiceLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Chosen room", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roomError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Room error", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Identity:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Identity", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("CustomerDialog", u"Start &date:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.shareLabel.setText(QCoreApplication.translate("CustomerDialog", u"O&wnership share (%):", None))
#if QT_CONFIG(accessibility)
        self.shareEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Ownership share in percent", None))
#endif // QT_CONFIG(accessibility)
        self.shareEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"e.g. 60", None))
        self.coOwnersCaption.setText(QCoreApplication.translate("CustomerDialog", u"Current owners: change their shares so that all owners make 100%.", None))
        ___qtablewidgetitem = self.ownersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CustomerDialog", u"Owner", None))
        ___qtablewidgetitem1 = self.ownersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CustomerDialog", u"Share (%)", None))
#if QT_CONFIG(accessibility)
        self.ownersTable.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Current owners and their shares", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Total of the shares", None))
#endif // QT_CONFIG(accessibility)
        self.relationLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Relation:", None))
#if QT_CONFIG(accessibility)
        self.relationCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Relation", None))
#endif // QT_CONFIG(accessibility)
        self.familyLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Family of:", None))
#if QT_CONFIG(accessibility)
        self.familyCombo.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Family of", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.identityError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Identity error", None))
#endif // QT_CONFIG(accessibility)
        self.consentBox.setTitle(QCoreApplication.translate("CustomerDialog", u"Consent (PIPL)", None))
        self.consentDateLabel.setText(QCoreApplication.translate("CustomerDialog", u"Consent signed &on:", None))
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Consent signed on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.consentDateEdit.setToolTip(QCoreApplication.translate("CustomerDialog", u"The date the customer signed the consent form. Press Delete to clear.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.consentDateError.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Consent date error", None))
#endif // QT_CONFIG(accessibility)
        self.consentScopeLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Scope:", None))
#if QT_CONFIG(accessibility)
        self.consentScopeEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Scope of the consent", None))
#endif // QT_CONFIG(accessibility)
        self.consentNoteLabel.setText(QCoreApplication.translate("CustomerDialog", u"Personal information is recorded with the customer's consent under the Personal Information Protection Law (PIPL), and only what property management needs. Lists show ID and phone numbers masked.", None))
#if QT_CONFIG(accessibility)
        self.consentNoteLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"About personal information", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("CustomerDialog", u"Re&marks:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Remarks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

