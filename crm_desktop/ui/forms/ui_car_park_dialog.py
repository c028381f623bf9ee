# Generated from forms/car_park_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'car_park_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CarParkDialog(object):
    def setupUi(self, CarParkDialog):
        if not CarParkDialog.objectName():
            CarParkDialog.setObjectName(u"CarParkDialog")
        CarParkDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(CarParkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(CarParkDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CarParkDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeLabel = QLabel(CarParkDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CarParkDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.notesLabel = QLabel(CarParkDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(CarParkDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CarParkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CarParkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.notesEdit)

        self.retranslateUi(CarParkDialog)

        QMetaObject.connectSlotsByName(CarParkDialog)
    # setupUi

    def retranslateUi(self, CarParkDialog):
        CarParkDialog.setWindowTitle(QCoreApplication.translate("CarParkDialog", u"Car park", None))
        self.nameLabel.setText(QCoreApplication.translate("CarParkDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CarParkDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("CarParkDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("CarParkDialog", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("CarParkDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("CarParkDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CarParkDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

