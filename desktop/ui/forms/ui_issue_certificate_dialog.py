# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issue_certificate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_IssueCertificateDialog(object):
    def setupUi(self, IssueCertificateDialog):
        if not IssueCertificateDialog.objectName():
            IssueCertificateDialog.setObjectName(u"IssueCertificateDialog")
        IssueCertificateDialog.resize(500, 300)
        self.verticalLayout = QVBoxLayout(IssueCertificateDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(IssueCertificateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.caLabel = QLabel(IssueCertificateDialog)
        self.caLabel.setObjectName(u"caLabel")

        self.formLayout.setWidget(0, QFormLayout.LabelRole, self.caLabel)

        self.caEdit = QLineEdit(IssueCertificateDialog)
        self.caEdit.setObjectName(u"caEdit")
        self.caEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.FieldRole, self.caEdit)

        self.passphraseLabel = QLabel(IssueCertificateDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(1, QFormLayout.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(IssueCertificateDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(IssueCertificateDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(IssueCertificateDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.FieldRole, self.repeatEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.passphraseHint = QLabel(IssueCertificateDialog)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setStyleSheet(u"color: #555;")
        self.passphraseHint.setWordWrap(True)

        self.verticalLayout.addWidget(self.passphraseHint)

        self.messageLabel = QLabel(IssueCertificateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(IssueCertificateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(IssueCertificateDialog)

        QMetaObject.connectSlotsByName(IssueCertificateDialog)
    # setupUi

    def retranslateUi(self, IssueCertificateDialog):
        IssueCertificateDialog.setWindowTitle(QCoreApplication.translate("IssueCertificateDialog", u"Issue signing certificate", None))
        self.caLabel.setText(QCoreApplication.translate("IssueCertificateDialog", u"Root CA passphrase (administrator):", None))
        self.passphraseLabel.setText(QCoreApplication.translate("IssueCertificateDialog", u"New signing passphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("IssueCertificateDialog", u"Repeat signing passphrase:", None))
        self.passphraseHint.setText(QCoreApplication.translate("IssueCertificateDialog", u"The person types the signing passphrase (at least 8 characters) themselves; it is needed for every signature and cannot be recovered.", None))
    # retranslateUi

