# Generated from forms/split_room_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'split_room_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SplitRoomDialog(object):
    def setupUi(self, SplitRoomDialog):
        if not SplitRoomDialog.objectName():
            SplitRoomDialog.setObjectName(u"SplitRoomDialog")
        SplitRoomDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(SplitRoomDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.roomCaption = QLabel(SplitRoomDialog)
        self.roomCaption.setObjectName(u"roomCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomCaption)

        self.roomValue = QLabel(SplitRoomDialog)
        self.roomValue.setObjectName(u"roomValue")
        self.roomValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roomValue)

        self.areaCaption = QLabel(SplitRoomDialog)
        self.areaCaption.setObjectName(u"areaCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaCaption)

        self.areaValue = QLabel(SplitRoomDialog)
        self.areaValue.setObjectName(u"areaValue")
        self.areaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaValue)


        self.mainLayout.addLayout(self.formLayout)

        self.partsLabel = QLabel(SplitRoomDialog)
        self.partsLabel.setObjectName(u"partsLabel")

        self.mainLayout.addWidget(self.partsLabel)

        self.partsTable = QTableWidget(SplitRoomDialog)
        if (self.partsTable.columnCount() < 4):
            self.partsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.partsTable.setObjectName(u"partsTable")
        self.partsTable.setMinimumSize(QSize(0, 140))
        self.partsTable.setTabKeyNavigation(False)
        self.partsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partsTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.partsTable)

        self.partButtonsLayout = QHBoxLayout()
        self.partButtonsLayout.setObjectName(u"partButtonsLayout")
        self.addPartButton = QPushButton(SplitRoomDialog)
        self.addPartButton.setObjectName(u"addPartButton")
        self.addPartButton.setAutoDefault(False)

        self.partButtonsLayout.addWidget(self.addPartButton)

        self.removePartButton = QPushButton(SplitRoomDialog)
        self.removePartButton.setObjectName(u"removePartButton")
        self.removePartButton.setAutoDefault(False)

        self.partButtonsLayout.addWidget(self.removePartButton)

        self.partButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partButtonsLayout.addItem(self.partButtonsSpacer)


        self.mainLayout.addLayout(self.partButtonsLayout)

        self.sumLabel = QLabel(SplitRoomDialog)
        self.sumLabel.setObjectName(u"sumLabel")
        self.sumLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sumLabel)

        self.errorLabel = QLabel(SplitRoomDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SplitRoomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.partsLabel.setBuddy(self.partsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partsTable, self.addPartButton)
        QWidget.setTabOrder(self.addPartButton, self.removePartButton)

        self.retranslateUi(SplitRoomDialog)

        QMetaObject.connectSlotsByName(SplitRoomDialog)
    # setupUi

    def retranslateUi(self, SplitRoomDialog):
        SplitRoomDialog.setWindowTitle(QCoreApplication.translate("SplitRoomDialog", u"Split room", None))
        self.roomCaption.setText(QCoreApplication.translate("SplitRoomDialog", u"Room:", None))
#if QT_CONFIG(accessibility)
        self.roomValue.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"Room", None))
#endif // QT_CONFIG(accessibility)
        self.areaCaption.setText(QCoreApplication.translate("SplitRoomDialog", u"Areas:", None))
#if QT_CONFIG(accessibility)
        self.areaValue.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"Areas of the room", None))
#endif // QT_CONFIG(accessibility)
        self.partsLabel.setText(QCoreApplication.translate("SplitRoomDialog", u"&New rooms:", None))
        ___qtablewidgetitem = self.partsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SplitRoomDialog", u"Room number", None))
        ___qtablewidgetitem1 = self.partsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SplitRoomDialog", u"Gross floor area (m\u00b2)", None))
        ___qtablewidgetitem2 = self.partsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SplitRoomDialog", u"Inner area (m\u00b2)", None))
        ___qtablewidgetitem3 = self.partsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SplitRoomDialog", u"Use", None))
#if QT_CONFIG(accessibility)
        self.partsTable.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"New rooms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addPartButton.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"Add part", None))
#endif // QT_CONFIG(accessibility)
        self.addPartButton.setText(QCoreApplication.translate("SplitRoomDialog", u"&Add part", None))
#if QT_CONFIG(accessibility)
        self.removePartButton.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"Remove part", None))
#endif // QT_CONFIG(accessibility)
        self.removePartButton.setText(QCoreApplication.translate("SplitRoomDialog", u"&Remove part", None))
#if QT_CONFIG(accessibility)
        self.sumLabel.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"Sum of the parts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SplitRoomDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

