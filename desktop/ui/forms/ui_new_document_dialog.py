# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_document_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.8.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_NewDocumentDialog(object):
    def setupUi(self, NewDocumentDialog):
        if not NewDocumentDialog.objectName():
            NewDocumentDialog.setObjectName(u"NewDocumentDialog")
        NewDocumentDialog.resize(500, 400)
        self.verticalLayout = QVBoxLayout(NewDocumentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(NewDocumentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(NewDocumentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(NewDocumentDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NewDocumentDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.FieldRole, self.titleEdit)

        self.purposeLabel = QLabel(NewDocumentDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(2, QFormLayout.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(NewDocumentDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(2, QFormLayout.FieldRole, self.purposeEdit)

        self.amountLabel = QLabel(NewDocumentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(NewDocumentDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setText(u"0.00")

        self.formLayout.setWidget(3, QFormLayout.FieldRole, self.amountEdit)

        self.daysLabel = QLabel(NewDocumentDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.formLayout.setWidget(4, QFormLayout.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(NewDocumentDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMaximum(366)

        self.formLayout.setWidget(4, QFormLayout.FieldRole, self.daysSpin)

        self.categoryLabel = QLabel(NewDocumentDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(5, QFormLayout.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(NewDocumentDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.FieldRole, self.categoryCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.submitCheck = QCheckBox(NewDocumentDialog)
        self.submitCheck.setObjectName(u"submitCheck")
        self.submitCheck.setChecked(True)

        self.verticalLayout.addWidget(self.submitCheck)

        self.signWidget = QWidget(NewDocumentDialog)
        self.signWidget.setObjectName(u"signWidget")
        self.signLayout = QFormLayout(self.signWidget)
        self.signLayout.setObjectName(u"signLayout")
        self.signLayout.setContentsMargins(0, 0, 0, 0)
        self.passphraseLabel = QLabel(self.signWidget)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.signLayout.setWidget(0, QFormLayout.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.signWidget)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.signLayout.setWidget(0, QFormLayout.FieldRole, self.passphraseEdit)

        self.passphraseHint = QLabel(self.signWidget)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setText(u"")
        self.passphraseHint.setWordWrap(True)
        self.passphraseHint.setStyleSheet(u"color: #555;")

        self.signLayout.setWidget(1, QFormLayout.FieldRole, self.passphraseHint)


        self.verticalLayout.addWidget(self.signWidget)

        self.buttonBox = QDialogButtonBox(NewDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewDocumentDialog)

        QMetaObject.connectSlotsByName(NewDocumentDialog)
    # setupUi

    def retranslateUi(self, NewDocumentDialog):
        NewDocumentDialog.setWindowTitle(QCoreApplication.translate("NewDocumentDialog", u"New document", None))
        self.kindLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Kind:", None))
        self.titleLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Title:", None))
        self.purposeLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Purpose:", None))
        self.amountLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Amount (yuan):", None))
        self.daysLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Days:", None))
        self.categoryLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Category:", None))
        self.submitCheck.setText(QCoreApplication.translate("NewDocumentDialog", u"Submit for approval now", None))
        self.passphraseLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Signing passphrase:", None))
    # retranslateUi

