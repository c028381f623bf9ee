# Generated from forms/building_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'building_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from crm_desktop.ui.dialogs.room_generation import RoomGenerationWidget

class Ui_BuildingDialog(object):
    def setupUi(self, BuildingDialog):
        if not BuildingDialog.objectName():
            BuildingDialog.setObjectName(u"BuildingDialog")
        BuildingDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(BuildingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(BuildingDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(BuildingDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(BuildingDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BuildingDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.floorsLabel = QLabel(BuildingDialog)
        self.floorsLabel.setObjectName(u"floorsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.floorsLabel)

        self.sizeLayout = QHBoxLayout()
        self.sizeLayout.setObjectName(u"sizeLayout")
        self.floorsSpin = QSpinBox(BuildingDialog)
        self.floorsSpin.setObjectName(u"floorsSpin")
        self.floorsSpin.setSpecialValueText(u"\u2014")
        self.floorsSpin.setMaximum(300)

        self.sizeLayout.addWidget(self.floorsSpin)

        self.unitsLabel = QLabel(BuildingDialog)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.sizeLayout.addWidget(self.unitsLabel)

        self.unitsSpin = QSpinBox(BuildingDialog)
        self.unitsSpin.setObjectName(u"unitsSpin")
        self.unitsSpin.setSpecialValueText(u"\u2014")
        self.unitsSpin.setMaximum(300)

        self.sizeLayout.addWidget(self.unitsSpin)

        self.sizeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sizeLayout.addItem(self.sizeSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sizeLayout)

        self.notesLabel = QLabel(BuildingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(BuildingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.generateBox = QGroupBox(BuildingDialog)
        self.generateBox.setObjectName(u"generateBox")
        self.generateBox.setCheckable(True)
        self.generateLayout = QVBoxLayout(self.generateBox)
        self.generateLayout.setObjectName(u"generateLayout")
        self.generation = RoomGenerationWidget(self.generateBox)
        self.generation.setObjectName(u"generation")

        self.generateLayout.addWidget(self.generation)


        self.mainLayout.addWidget(self.generateBox)

        self.errorLabel = QLabel(BuildingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BuildingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.floorsLabel.setBuddy(self.floorsSpin)
        self.unitsLabel.setBuddy(self.unitsSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.floorsSpin)
        QWidget.setTabOrder(self.floorsSpin, self.unitsSpin)
        QWidget.setTabOrder(self.unitsSpin, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.generateBox)

        self.retranslateUi(BuildingDialog)

        QMetaObject.connectSlotsByName(BuildingDialog)
    # setupUi

    def retranslateUi(self, BuildingDialog):
        BuildingDialog.setWindowTitle(QCoreApplication.translate("BuildingDialog", u"Building", None))
        self.codeLabel.setText(QCoreApplication.translate("BuildingDialog", u"Building &number:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Building number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("BuildingDialog", u"The number used in room codes: 3 gives rooms 3-1-101, 3-1-102 \u2026", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("BuildingDialog", u"N&ame:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BuildingDialog", u"Same as the number if left empty", None))
        self.floorsLabel.setText(QCoreApplication.translate("BuildingDialog", u"F&loors:", None))
#if QT_CONFIG(accessibility)
        self.floorsSpin.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Floors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.floorsSpin.setToolTip(QCoreApplication.translate("BuildingDialog", u"Leave at \u2014 to take the number from the generated rooms.", None))
#endif // QT_CONFIG(tooltip)
        self.unitsLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Units:", None))
#if QT_CONFIG(accessibility)
        self.unitsSpin.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Units", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.unitsSpin.setToolTip(QCoreApplication.translate("BuildingDialog", u"Leave at \u2014 to take the number from the generated rooms.", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("BuildingDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.generateBox.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Generate rooms", None))
#endif // QT_CONFIG(accessibility)
        self.generateBox.setTitle(QCoreApplication.translate("BuildingDialog", u"&Generate rooms", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("BuildingDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

