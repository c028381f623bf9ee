# Generated from forms/generate_rooms_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'generate_rooms_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from crm_desktop.ui.dialogs.room_generation import RoomGenerationWidget

class Ui_GenerateRoomsDialog(object):
    def setupUi(self, GenerateRoomsDialog):
        if not GenerateRoomsDialog.objectName():
            GenerateRoomsDialog.setObjectName(u"GenerateRoomsDialog")
        GenerateRoomsDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(GenerateRoomsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buildingLabel = QLabel(GenerateRoomsDialog)
        self.buildingLabel.setObjectName(u"buildingLabel")
        self.buildingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.buildingLabel)

        self.generation = RoomGenerationWidget(GenerateRoomsDialog)
        self.generation.setObjectName(u"generation")

        self.mainLayout.addWidget(self.generation)

        self.errorLabel = QLabel(GenerateRoomsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GenerateRoomsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(GenerateRoomsDialog)

        QMetaObject.connectSlotsByName(GenerateRoomsDialog)
    # setupUi

    def retranslateUi(self, GenerateRoomsDialog):
        GenerateRoomsDialog.setWindowTitle(QCoreApplication.translate("GenerateRoomsDialog", u"Generate rooms", None))
#if QT_CONFIG(accessibility)
        self.buildingLabel.setAccessibleName(QCoreApplication.translate("GenerateRoomsDialog", u"Building", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("GenerateRoomsDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

