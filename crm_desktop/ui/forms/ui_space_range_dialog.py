# Generated from forms/space_range_dialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'space_range_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SpaceRangeDialog(object):
    def setupUi(self, SpaceRangeDialog):
        if not SpaceRangeDialog.objectName():
            SpaceRangeDialog.setObjectName(u"SpaceRangeDialog")
        SpaceRangeDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(SpaceRangeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.carParkLabel = QLabel(SpaceRangeDialog)
        self.carParkLabel.setObjectName(u"carParkLabel")
        self.carParkLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.carParkLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.prefixLabel = QLabel(SpaceRangeDialog)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(SpaceRangeDialog)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.firstLabel = QLabel(SpaceRangeDialog)
        self.firstLabel.setObjectName(u"firstLabel")
        self.firstLabel.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.firstSpin = QSpinBox(SpaceRangeDialog)
        self.firstSpin.setObjectName(u"firstSpin")
        self.firstSpin.setMaximum(99999)
        self.firstSpin.setValue(1)

        self.rangeLayout.addWidget(self.firstSpin)

        self.lastLabel = QLabel(SpaceRangeDialog)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setProperty(u"required", True)

        self.rangeLayout.addWidget(self.lastLabel)

        self.lastSpin = QSpinBox(SpaceRangeDialog)
        self.lastSpin.setObjectName(u"lastSpin")
        self.lastSpin.setMaximum(99999)
        self.lastSpin.setValue(10)

        self.rangeLayout.addWidget(self.lastSpin)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rangeLayout)

        self.widthLabel = QLabel(SpaceRangeDialog)
        self.widthLabel.setObjectName(u"widthLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.widthLabel)

        self.widthSpin = QSpinBox(SpaceRangeDialog)
        self.widthSpin.setObjectName(u"widthSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.widthSpin.sizePolicy().hasHeightForWidth())
        self.widthSpin.setSizePolicy(sizePolicy)
        self.widthSpin.setMinimum(1)
        self.widthSpin.setMaximum(8)
        self.widthSpin.setValue(3)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.widthSpin)

        self.kindLabel = QLabel(SpaceRangeDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SpaceRangeDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.areaLabel = QLabel(SpaceRangeDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(SpaceRangeDialog)
        self.areaEdit.setObjectName(u"areaEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.areaEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(SpaceRangeDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.previewLabel)

        self.errorLabel = QLabel(SpaceRangeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SpaceRangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.firstLabel.setBuddy(self.firstSpin)
        self.lastLabel.setBuddy(self.lastSpin)
        self.widthLabel.setBuddy(self.widthSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.areaLabel.setBuddy(self.areaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prefixEdit, self.firstSpin)
        QWidget.setTabOrder(self.firstSpin, self.lastSpin)
        QWidget.setTabOrder(self.lastSpin, self.widthSpin)
        QWidget.setTabOrder(self.widthSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.areaEdit)

        self.retranslateUi(SpaceRangeDialog)

        QMetaObject.connectSlotsByName(SpaceRangeDialog)
    # setupUi

    def retranslateUi(self, SpaceRangeDialog):
        SpaceRangeDialog.setWindowTitle(QCoreApplication.translate("SpaceRangeDialog", u"Generate parking spaces", None))
#if QT_CONFIG(accessibility)
        self.carParkLabel.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Car park", None))
#endif // QT_CONFIG(accessibility)
        self.prefixLabel.setText(QCoreApplication.translate("SpaceRangeDialog", u"&Prefix:", None))
#if QT_CONFIG(accessibility)
        self.prefixEdit.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Prefix", None))
#endif // QT_CONFIG(accessibility)
        self.prefixEdit.setPlaceholderText(QCoreApplication.translate("SpaceRangeDialog", u"e.g. B1-", None))
        self.firstLabel.setText(QCoreApplication.translate("SpaceRangeDialog", u"&First number:", None))
#if QT_CONFIG(accessibility)
        self.firstSpin.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"First number", None))
#endif // QT_CONFIG(accessibility)
        self.lastLabel.setText(QCoreApplication.translate("SpaceRangeDialog", u"&Last number:", None))
#if QT_CONFIG(accessibility)
        self.lastSpin.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Last number", None))
#endif // QT_CONFIG(accessibility)
        self.widthLabel.setText(QCoreApplication.translate("SpaceRangeDialog", u"&Digits:", None))
#if QT_CONFIG(accessibility)
        self.widthSpin.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Digits", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.widthSpin.setToolTip(QCoreApplication.translate("SpaceRangeDialog", u"Numbers are padded with zeros to this many digits: 3 gives 001, 002 \u2026", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("SpaceRangeDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("SpaceRangeDialog", u"&Area (m\u00b2):", None))
#if QT_CONFIG(accessibility)
        self.areaEdit.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("SpaceRangeDialog", u"e.g. 12.50", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SpaceRangeDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

