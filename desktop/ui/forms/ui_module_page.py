# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'module_page.ui'
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

class Ui_ModulePage(object):
    def setupUi(self, ModulePage):
        if not ModulePage.objectName():
            ModulePage.setObjectName(u"ModulePage")
        ModulePage.resize(1000, 700)
        self.verticalLayout = QVBoxLayout(ModulePage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ModulePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.titleLabel.setText(u"")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(ModulePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(ModulePage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)

        self.submitButton = QPushButton(ModulePage)
        self.submitButton.setObjectName(u"submitButton")

        self.headerLayout.addWidget(self.submitButton)

        self.archiveButton = QPushButton(ModulePage)
        self.archiveButton.setObjectName(u"archiveButton")

        self.headerLayout.addWidget(self.archiveButton)

        self.sheetButton = QPushButton(ModulePage)
        self.sheetButton.setObjectName(u"sheetButton")

        self.headerLayout.addWidget(self.sheetButton)

        self.refreshButton = QPushButton(ModulePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(ModulePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.documentsTable = QTableWidget(self.splitter)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setAlternatingRowColors(True)
        self.documentsTable.setWordWrap(False)
        self.splitter.addWidget(self.documentsTable)
        self.detailBrowser = QTextBrowser(self.splitter)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.splitter.addWidget(self.detailBrowser)

        self.verticalLayout.addWidget(self.splitter)


        self.retranslateUi(ModulePage)

        QMetaObject.connectSlotsByName(ModulePage)
    # setupUi

    def retranslateUi(self, ModulePage):
        self.newButton.setText(QCoreApplication.translate("ModulePage", u"New\u2026", None))
        self.submitButton.setText(QCoreApplication.translate("ModulePage", u"Submit", None))
        self.archiveButton.setText(QCoreApplication.translate("ModulePage", u"Archive", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("ModulePage", u"File an approved document (finance head, accountant or office head)", None))
#endif // QT_CONFIG(tooltip)
        self.sheetButton.setText(QCoreApplication.translate("ModulePage", u"Preview / print sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("ModulePage", u"The approval sheet: the signed PDF as stored, or the unsigned sheet", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ModulePage", u"Refresh", None))
        pass
    # retranslateUi

