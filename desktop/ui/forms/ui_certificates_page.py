# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificates_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CertificatesPage(object):
    def setupUi(self, CertificatesPage):
        if not CertificatesPage.objectName():
            CertificatesPage.setObjectName(u"CertificatesPage")
        CertificatesPage.resize(1000, 600)
        self.verticalLayout = QVBoxLayout(CertificatesPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(CertificatesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.certificatesTable = QTableWidget(CertificatesPage)
        self.certificatesTable.setObjectName(u"certificatesTable")
        self.certificatesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.certificatesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.certificatesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.certificatesTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.certificatesTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.rootHintLabel = QLabel(CertificatesPage)
        self.rootHintLabel.setObjectName(u"rootHintLabel")
        self.rootHintLabel.setStyleSheet(u"color: #555;")
        self.rootHintLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.rootHintLabel)

        self.exportRootButton = QPushButton(CertificatesPage)
        self.exportRootButton.setObjectName(u"exportRootButton")

        self.buttonsLayout.addWidget(self.exportRootButton)

        self.issueButton = QPushButton(CertificatesPage)
        self.issueButton.setObjectName(u"issueButton")

        self.buttonsLayout.addWidget(self.issueButton)

        self.revokeButton = QPushButton(CertificatesPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.buttonsLayout.addWidget(self.revokeButton)

        self.buttonsLayout.setStretch(0, 1)

        self.verticalLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(CertificatesPage)

        QMetaObject.connectSlotsByName(CertificatesPage)
    # setupUi

    def retranslateUi(self, CertificatesPage):
        self.introLabel.setText(QCoreApplication.translate("CertificatesPage", u"Each person signs approval sheets with a personal certificate issued by the bureau's root certificate. The person chooses the signing passphrase at the administrator's desk; the private key is kept only encrypted with it.", None))
        self.rootHintLabel.setText(QCoreApplication.translate("CertificatesPage", u"Recipients outside the bureau import the root certificate as a trusted root (trusted certificate) in their PDF reader; the signatures then show as valid.", None))
        self.exportRootButton.setText(QCoreApplication.translate("CertificatesPage", u"Export root certificate\u2026", None))
        self.issueButton.setText(QCoreApplication.translate("CertificatesPage", u"Issue certificate\u2026", None))
        self.revokeButton.setText(QCoreApplication.translate("CertificatesPage", u"Revoke certificate\u2026", None))
        pass
    # retranslateUi

