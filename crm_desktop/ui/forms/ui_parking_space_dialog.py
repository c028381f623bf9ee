# Generated from forms/parking_space_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parking_space_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ParkingSpaceDialog(object):
    def setupUi(self, ParkingSpaceDialog):
        if not ParkingSpaceDialog.objectName():
            ParkingSpaceDialog.setObjectName(u"ParkingSpaceDialog")
        ParkingSpaceDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(ParkingSpaceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(ParkingSpaceDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(ParkingSpaceDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(30)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.kindLabel = QLabel(ParkingSpaceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ParkingSpaceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.statusLabel = QLabel(ParkingSpaceDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ParkingSpaceDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.areaLabel = QLabel(ParkingSpaceDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(ParkingSpaceDialog)
        self.areaEdit.setObjectName(u"areaEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.notesLabel = QLabel(ParkingSpaceDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ParkingSpaceDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ParkingSpaceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ParkingSpaceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.areaLabel.setBuddy(self.areaEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.areaEdit)
        QWidget.setTabOrder(self.areaEdit, self.notesEdit)

        self.retranslateUi(ParkingSpaceDialog)

        QMetaObject.connectSlotsByName(ParkingSpaceDialog)
    # setupUi

    def retranslateUi(self, ParkingSpaceDialog):
        ParkingSpaceDialog.setWindowTitle(QCoreApplication.translate("ParkingSpaceDialog", u"Parking space", None))
        self.numberLabel.setText(QCoreApplication.translate("ParkingSpaceDialog", u"Space &number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("ParkingSpaceDialog", u"Space number", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ParkingSpaceDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ParkingSpaceDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ParkingSpaceDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ParkingSpaceDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("ParkingSpaceDialog", u"&Area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.areaEdit.setAccessibleName(QCoreApplication.translate("ParkingSpaceDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("ParkingSpaceDialog", u"e.g. 12.50", None))
        self.notesLabel.setText(QCoreApplication.translate("ParkingSpaceDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ParkingSpaceDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ParkingSpaceDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

