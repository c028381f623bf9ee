# Generated from forms/room_generation.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'room_generation.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RoomGenerationForm(object):
    def setupUi(self, RoomGenerationForm):
        if not RoomGenerationForm.objectName():
            RoomGenerationForm.setObjectName(u"RoomGenerationForm")
        self.mainLayout = QVBoxLayout(RoomGenerationForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitsLabel = QLabel(RoomGenerationForm)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsEdit = QLineEdit(RoomGenerationForm)
        self.unitsEdit.setObjectName(u"unitsEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitsEdit)

        self.firstFloorLabel = QLabel(RoomGenerationForm)
        self.firstFloorLabel.setObjectName(u"firstFloorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstFloorLabel)

        self.floorsLayout = QHBoxLayout()
        self.floorsLayout.setObjectName(u"floorsLayout")
        self.firstFloorSpin = QSpinBox(RoomGenerationForm)
        self.firstFloorSpin.setObjectName(u"firstFloorSpin")
        self.firstFloorSpin.setMinimum(-10)
        self.firstFloorSpin.setMaximum(300)
        self.firstFloorSpin.setValue(1)

        self.floorsLayout.addWidget(self.firstFloorSpin)

        self.lastFloorLabel = QLabel(RoomGenerationForm)
        self.lastFloorLabel.setObjectName(u"lastFloorLabel")

        self.floorsLayout.addWidget(self.lastFloorLabel)

        self.lastFloorSpin = QSpinBox(RoomGenerationForm)
        self.lastFloorSpin.setObjectName(u"lastFloorSpin")
        self.lastFloorSpin.setMinimum(-10)
        self.lastFloorSpin.setMaximum(300)
        self.lastFloorSpin.setValue(6)

        self.floorsLayout.addWidget(self.lastFloorSpin)

        self.floorsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.floorsLayout.addItem(self.floorsSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.floorsLayout)

        self.skipFloorsLabel = QLabel(RoomGenerationForm)
        self.skipFloorsLabel.setObjectName(u"skipFloorsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skipFloorsLabel)

        self.skipFloorsEdit = QLineEdit(RoomGenerationForm)
        self.skipFloorsEdit.setObjectName(u"skipFloorsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skipFloorsEdit)

        self.roomsPerFloorLabel = QLabel(RoomGenerationForm)
        self.roomsPerFloorLabel.setObjectName(u"roomsPerFloorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomsPerFloorLabel)

        self.roomsPerFloorSpin = QSpinBox(RoomGenerationForm)
        self.roomsPerFloorSpin.setObjectName(u"roomsPerFloorSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roomsPerFloorSpin.sizePolicy().hasHeightForWidth())
        self.roomsPerFloorSpin.setSizePolicy(sizePolicy)
        self.roomsPerFloorSpin.setMinimum(1)
        self.roomsPerFloorSpin.setMaximum(50)
        self.roomsPerFloorSpin.setValue(4)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomsPerFloorSpin)

        self.patternLabel = QLabel(RoomGenerationForm)
        self.patternLabel.setObjectName(u"patternLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.patternLabel)

        self.patternEdit = QLineEdit(RoomGenerationForm)
        self.patternEdit.setObjectName(u"patternEdit")
        self.patternEdit.setText(u"{floor}{room:02d}")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.patternEdit)

        self.useLabel = QLabel(RoomGenerationForm)
        self.useLabel.setObjectName(u"useLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.useLabel)

        self.useCombo = QComboBox(RoomGenerationForm)
        self.useCombo.setObjectName(u"useCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.useCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.areasLabel = QLabel(RoomGenerationForm)
        self.areasLabel.setObjectName(u"areasLabel")

        self.mainLayout.addWidget(self.areasLabel)

        self.areasTable = QTableWidget(RoomGenerationForm)
        if (self.areasTable.columnCount() < 2):
            self.areasTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.areasTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.areasTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.areasTable.setObjectName(u"areasTable")
        self.areasTable.setMinimumSize(QSize(0, 152))
        self.areasTable.setMaximumSize(QSize(16777215, 215))
        self.areasTable.setTabKeyNavigation(False)
        self.areasTable.setAlternatingRowColors(True)
        self.areasTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.areasTable)

        self.previewLabel = QLabel(RoomGenerationForm)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.previewLabel)

#if QT_CONFIG(shortcut)
        self.unitsLabel.setBuddy(self.unitsEdit)
        self.firstFloorLabel.setBuddy(self.firstFloorSpin)
        self.lastFloorLabel.setBuddy(self.lastFloorSpin)
        self.skipFloorsLabel.setBuddy(self.skipFloorsEdit)
        self.roomsPerFloorLabel.setBuddy(self.roomsPerFloorSpin)
        self.patternLabel.setBuddy(self.patternEdit)
        self.useLabel.setBuddy(self.useCombo)
        self.areasLabel.setBuddy(self.areasTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitsEdit, self.firstFloorSpin)
        QWidget.setTabOrder(self.firstFloorSpin, self.lastFloorSpin)
        QWidget.setTabOrder(self.lastFloorSpin, self.skipFloorsEdit)
        QWidget.setTabOrder(self.skipFloorsEdit, self.roomsPerFloorSpin)
        QWidget.setTabOrder(self.roomsPerFloorSpin, self.patternEdit)
        QWidget.setTabOrder(self.patternEdit, self.useCombo)
        QWidget.setTabOrder(self.useCombo, self.areasTable)

        self.retranslateUi(RoomGenerationForm)

        QMetaObject.connectSlotsByName(RoomGenerationForm)
    # setupUi

    def retranslateUi(self, RoomGenerationForm):
        self.unitsLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"Uni&ts:", None))
#if QT_CONFIG(accessibility)
        self.unitsEdit.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Units", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.unitsEdit.setToolTip(QCoreApplication.translate("RoomGenerationForm", u"How many units (2 gives units 1 and 2), or their names separated by commas (1,2 or A,B). Leave empty for a building without units.", None))
#endif // QT_CONFIG(tooltip)
        self.unitsEdit.setPlaceholderText(QCoreApplication.translate("RoomGenerationForm", u"A count, or a list such as 1,2", None))
        self.firstFloorLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"&First floor:", None))
#if QT_CONFIG(accessibility)
        self.firstFloorSpin.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"First floor", None))
#endif // QT_CONFIG(accessibility)
        self.lastFloorLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"La&st floor:", None))
#if QT_CONFIG(accessibility)
        self.lastFloorSpin.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Last floor", None))
#endif // QT_CONFIG(accessibility)
        self.skipFloorsLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"S&kip floors:", None))
#if QT_CONFIG(accessibility)
        self.skipFloorsEdit.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Skip floors", None))
#endif // QT_CONFIG(accessibility)
        self.skipFloorsEdit.setPlaceholderText(QCoreApplication.translate("RoomGenerationForm", u"e.g. 4, 13, 14", None))
        self.roomsPerFloorLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"&Rooms per floor:", None))
#if QT_CONFIG(accessibility)
        self.roomsPerFloorSpin.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Rooms per floor", None))
#endif // QT_CONFIG(accessibility)
        self.patternLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"Numbering &pattern:", None))
#if QT_CONFIG(accessibility)
        self.patternEdit.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Numbering pattern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.patternEdit.setToolTip(QCoreApplication.translate("RoomGenerationForm", u"{floor} is the floor, {room} the position on the floor; {room:02d} pads it to two digits, so floor 15, room 1 becomes 1501.", None))
#endif // QT_CONFIG(tooltip)
        self.useLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"Us&e:", None))
#if QT_CONFIG(accessibility)
        self.useCombo.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Use", None))
#endif // QT_CONFIG(accessibility)
        self.areasLabel.setText(QCoreApplication.translate("RoomGenerationForm", u"Areas of the rooms on each floor (by pos&ition):", None))
        ___qtablewidgetitem = self.areasTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RoomGenerationForm", u"Gross floor area (m\u00b2)", None))
        ___qtablewidgetitem1 = self.areasTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RoomGenerationForm", u"Inner area (m\u00b2)", None))
#if QT_CONFIG(accessibility)
        self.areasTable.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Areas per room position", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("RoomGenerationForm", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

