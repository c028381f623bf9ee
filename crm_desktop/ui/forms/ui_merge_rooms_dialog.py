# Generated from forms/merge_rooms_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_rooms_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MergeRoomsDialog(object):
    def setupUi(self, MergeRoomsDialog):
        if not MergeRoomsDialog.objectName():
            MergeRoomsDialog.setObjectName(u"MergeRoomsDialog")
        MergeRoomsDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(MergeRoomsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.roomsLabel = QLabel(MergeRoomsDialog)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.mainLayout.addWidget(self.roomsLabel)

        self.roomsTable = QTableWidget(MergeRoomsDialog)
        if (self.roomsTable.columnCount() < 4):
            self.roomsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.roomsTable.setObjectName(u"roomsTable")
        self.roomsTable.setMinimumSize(QSize(0, 110))
        self.roomsTable.setMaximumSize(QSize(16777215, 200))
        self.roomsTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.roomsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roomsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.roomsTable.horizontalHeader().setStretchLastSection(True)
        self.roomsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.roomsTable)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(MergeRoomsDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(MergeRoomsDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.grossAreaLabel = QLabel(MergeRoomsDialog)
        self.grossAreaLabel.setObjectName(u"grossAreaLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.grossAreaLabel)

        self.grossAreaEdit = QLineEdit(MergeRoomsDialog)
        self.grossAreaEdit.setObjectName(u"grossAreaEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.grossAreaEdit)

        self.innerAreaLabel = QLabel(MergeRoomsDialog)
        self.innerAreaLabel.setObjectName(u"innerAreaLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.innerAreaLabel)

        self.innerAreaEdit = QLineEdit(MergeRoomsDialog)
        self.innerAreaEdit.setObjectName(u"innerAreaEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.innerAreaEdit)

        self.useLabel = QLabel(MergeRoomsDialog)
        self.useLabel.setObjectName(u"useLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.useLabel)

        self.useCombo = QComboBox(MergeRoomsDialog)
        self.useCombo.setObjectName(u"useCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.useCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.totalLabel = QLabel(MergeRoomsDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.totalLabel)

        self.errorLabel = QLabel(MergeRoomsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MergeRoomsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.grossAreaLabel.setBuddy(self.grossAreaEdit)
        self.innerAreaLabel.setBuddy(self.innerAreaEdit)
        self.useLabel.setBuddy(self.useCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.grossAreaEdit)
        QWidget.setTabOrder(self.grossAreaEdit, self.innerAreaEdit)
        QWidget.setTabOrder(self.innerAreaEdit, self.useCombo)

        self.retranslateUi(MergeRoomsDialog)

        QMetaObject.connectSlotsByName(MergeRoomsDialog)
    # setupUi

    def retranslateUi(self, MergeRoomsDialog):
        MergeRoomsDialog.setWindowTitle(QCoreApplication.translate("MergeRoomsDialog", u"Merge rooms", None))
        self.roomsLabel.setText(QCoreApplication.translate("MergeRoomsDialog", u"Rooms to merge:", None))
        ___qtablewidgetitem = self.roomsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MergeRoomsDialog", u"Room code", None))
        ___qtablewidgetitem1 = self.roomsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MergeRoomsDialog", u"Gross floor area (m\u00b2)", None))
        ___qtablewidgetitem2 = self.roomsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MergeRoomsDialog", u"Inner area (m\u00b2)", None))
        ___qtablewidgetitem3 = self.roomsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MergeRoomsDialog", u"Use", None))
#if QT_CONFIG(accessibility)
        self.roomsTable.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"Rooms to merge", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("MergeRoomsDialog", u"New room &number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"New room number", None))
#endif // QT_CONFIG(accessibility)
        self.grossAreaLabel.setText(QCoreApplication.translate("MergeRoomsDialog", u"&Gross floor area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.grossAreaEdit.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"Gross floor area", None))
#endif // QT_CONFIG(accessibility)
        self.innerAreaLabel.setText(QCoreApplication.translate("MergeRoomsDialog", u"&Inner area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.innerAreaEdit.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"Inner area", None))
#endif // QT_CONFIG(accessibility)
        self.useLabel.setText(QCoreApplication.translate("MergeRoomsDialog", u"Us&e:", None))
#if QT_CONFIG(accessibility)
        self.useCombo.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"Use", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalLabel.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"Total of the rooms merged", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MergeRoomsDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

