# Generated from forms/project_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_dialog.ui'
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

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(ProjectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProjectDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProjectDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeLabel = QLabel(ProjectDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ProjectDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.kindLabel = QLabel(ProjectDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ProjectDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.addressLabel = QLabel(ProjectDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(ProjectDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(255)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.notesLabel = QLabel(ProjectDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ProjectDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProjectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.notesEdit)

        self.retranslateUi(ProjectDialog)

        QMetaObject.connectSlotsByName(ProjectDialog)
    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"Project", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Type", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ProjectDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

