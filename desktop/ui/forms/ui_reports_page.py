# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 600)
        self.verticalLayout = QVBoxLayout(ReportsPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(ReportsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerLayout)

        self.countsTable = QTableWidget(ReportsPage)
        self.countsTable.setObjectName(u"countsTable")
        self.countsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.countsTable)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Documents by kind and state", None))
        self.refreshButton.setText(QCoreApplication.translate("ReportsPage", u"Refresh", None))
        pass
    # retranslateUi

