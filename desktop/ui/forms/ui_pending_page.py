# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pending_page.ui'
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
    QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_PendingPage(object):
    def setupUi(self, PendingPage):
        if not PendingPage.objectName():
            PendingPage.setObjectName(u"PendingPage")
        PendingPage.resize(1000, 700)
        self.verticalLayout = QVBoxLayout(PendingPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(PendingPage)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.headerLabel)

        self.countLabel = QLabel(PendingPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(PendingPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(PendingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.pendingTable = QTableWidget(self.splitter)
        self.pendingTable.setObjectName(u"pendingTable")
        self.pendingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pendingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pendingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pendingTable.setAlternatingRowColors(True)
        self.pendingTable.setWordWrap(False)
        self.splitter.addWidget(self.pendingTable)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QHBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailBrowser = QTextBrowser(self.detailPane)
        self.detailBrowser.setObjectName(u"detailBrowser")

        self.detailLayout.addWidget(self.detailBrowser)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.approveButton = QPushButton(self.detailPane)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setMinimumSize(QSize(110, 34))

        self.actionsLayout.addWidget(self.approveButton)

        self.returnButton = QPushButton(self.detailPane)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setMinimumSize(QSize(110, 34))

        self.actionsLayout.addWidget(self.returnButton)

        self.rejectButton = QPushButton(self.detailPane)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setMinimumSize(QSize(110, 34))

        self.actionsLayout.addWidget(self.rejectButton)

        self.sheetButton = QPushButton(self.detailPane)
        self.sheetButton.setObjectName(u"sheetButton")
        self.sheetButton.setMinimumSize(QSize(110, 34))

        self.actionsLayout.addWidget(self.sheetButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.detailLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.detailPane)

        self.verticalLayout.addWidget(self.splitter)


        self.retranslateUi(PendingPage)

        QMetaObject.connectSlotsByName(PendingPage)
    # setupUi

    def retranslateUi(self, PendingPage):
        self.headerLabel.setText(QCoreApplication.translate("PendingPage", u"Waiting for my approval", None))
        self.refreshButton.setText(QCoreApplication.translate("PendingPage", u"Refresh", None))
        self.approveButton.setText(QCoreApplication.translate("PendingPage", u"Approve", None))
        self.returnButton.setText(QCoreApplication.translate("PendingPage", u"Return", None))
        self.rejectButton.setText(QCoreApplication.translate("PendingPage", u"Reject", None))
        self.sheetButton.setText(QCoreApplication.translate("PendingPage", u"Preview / print sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("PendingPage", u"The approval sheet: the signed PDF as stored, or the unsigned sheet", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

