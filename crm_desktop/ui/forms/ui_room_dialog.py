# Generated from forms/room_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'room_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RoomDialog(object):
    def setupUi(self, RoomDialog):
        if not RoomDialog.objectName():
            RoomDialog.setObjectName(u"RoomDialog")
        RoomDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(RoomDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitLabel = QLabel(RoomDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(RoomDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.floorLabel = QLabel(RoomDialog)
        self.floorLabel.setObjectName(u"floorLabel")
        self.floorLabel.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.floorLabel)

        self.floorSpin = QSpinBox(RoomDialog)
        self.floorSpin.setObjectName(u"floorSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.floorSpin.sizePolicy().hasHeightForWidth())
        self.floorSpin.setSizePolicy(sizePolicy)
        self.floorSpin.setMinimum(-10)
        self.floorSpin.setMaximum(300)
        self.floorSpin.setValue(1)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.floorSpin)

        self.numberLabel = QLabel(RoomDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setProperty(u"required", True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(RoomDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.codeLabel = QLabel(RoomDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(RoomDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(50)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.useLabel = QLabel(RoomDialog)
        self.useLabel.setObjectName(u"useLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.useLabel)

        self.useCombo = QComboBox(RoomDialog)
        self.useCombo.setObjectName(u"useCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.useCombo)

        self.grossAreaLabel = QLabel(RoomDialog)
        self.grossAreaLabel.setObjectName(u"grossAreaLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.grossAreaLabel)

        self.grossAreaEdit = QLineEdit(RoomDialog)
        self.grossAreaEdit.setObjectName(u"grossAreaEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.grossAreaEdit)

        self.innerAreaLabel = QLabel(RoomDialog)
        self.innerAreaLabel.setObjectName(u"innerAreaLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.innerAreaLabel)

        self.innerAreaEdit = QLineEdit(RoomDialog)
        self.innerAreaEdit.setObjectName(u"innerAreaEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.innerAreaEdit)

        self.statusLabel = QLabel(RoomDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(RoomDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.notesLabel = QLabel(RoomDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(RoomDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RoomDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RoomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitEdit)
        self.floorLabel.setBuddy(self.floorSpin)
        self.numberLabel.setBuddy(self.numberEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.useLabel.setBuddy(self.useCombo)
        self.grossAreaLabel.setBuddy(self.grossAreaEdit)
        self.innerAreaLabel.setBuddy(self.innerAreaEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitEdit, self.floorSpin)
        QWidget.setTabOrder(self.floorSpin, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.useCombo)
        QWidget.setTabOrder(self.useCombo, self.grossAreaEdit)
        QWidget.setTabOrder(self.grossAreaEdit, self.innerAreaEdit)
        QWidget.setTabOrder(self.innerAreaEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.notesEdit)

        self.retranslateUi(RoomDialog)

        QMetaObject.connectSlotsByName(RoomDialog)
    # setupUi

    def retranslateUi(self, RoomDialog):
        RoomDialog.setWindowTitle(QCoreApplication.translate("RoomDialog", u"Room", None))
        self.unitLabel.setText(QCoreApplication.translate("RoomDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"Leave empty if the building has no units", None))
        self.floorLabel.setText(QCoreApplication.translate("RoomDialog", u"&Floor:", None))
#if QT_CONFIG(accessibility)
        self.floorSpin.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Floor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.floorSpin.setToolTip(QCoreApplication.translate("RoomDialog", u"Basement floors are negative: -1 is the first basement floor.", None))
#endif // QT_CONFIG(tooltip)
        self.numberLabel.setText(QCoreApplication.translate("RoomDialog", u"Room &number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Room number", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("RoomDialog", u"Room &code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Room code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("RoomDialog", u"Leave empty to use building-unit-number, e.g. 3-2-1501.", None))
#endif // QT_CONFIG(tooltip)
        self.useLabel.setText(QCoreApplication.translate("RoomDialog", u"Us&e:", None))
#if QT_CONFIG(accessibility)
        self.useCombo.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Use", None))
#endif // QT_CONFIG(accessibility)
        self.grossAreaLabel.setText(QCoreApplication.translate("RoomDialog", u"&Gross floor area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.grossAreaEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Gross floor area", None))
#endif // QT_CONFIG(accessibility)
        self.grossAreaEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"e.g. 89.50", None))
        self.innerAreaLabel.setText(QCoreApplication.translate("RoomDialog", u"&Inner area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.innerAreaEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Inner area", None))
#endif // QT_CONFIG(accessibility)
        self.innerAreaEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"e.g. 72.10", None))
        self.statusLabel.setText(QCoreApplication.translate("RoomDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("RoomDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

