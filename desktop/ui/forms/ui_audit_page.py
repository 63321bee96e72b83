# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 600)
        self.verticalLayout = QVBoxLayout(AuditPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.limitLabel = QLabel(AuditPage)
        self.limitLabel.setObjectName(u"limitLabel")

        self.topLayout.addWidget(self.limitLabel)

        self.limitSpin = QSpinBox(AuditPage)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(10)
        self.limitSpin.setMaximum(5000)
        self.limitSpin.setSingleStep(50)
        self.limitSpin.setValue(200)

        self.topLayout.addWidget(self.limitSpin)

        self.refreshButton = QPushButton(AuditPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.verifyLabel = QLabel(AuditPage)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setText(u"")

        self.topLayout.addWidget(self.verifyLabel)

        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.topLayout.addWidget(self.verifyButton)


        self.verticalLayout.addLayout(self.topLayout)

        self.auditTable = QTableWidget(AuditPage)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setWordWrap(False)

        self.verticalLayout.addWidget(self.auditTable)


        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.limitLabel.setText(QCoreApplication.translate("AuditPage", u"Latest entries:", None))
        self.refreshButton.setText(QCoreApplication.translate("AuditPage", u"Refresh", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"Verify the chain", None))
        pass
    # retranslateUi

