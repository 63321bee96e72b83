# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.8.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionSwitchUser = QAction(MainWindow)
        self.actionSwitchUser.setObjectName(u"actionSwitchUser")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionRecordDecision = QAction(MainWindow)
        self.actionRecordDecision.setObjectName(u"actionRecordDecision")
        self.actionVerifyPdf = QAction(MainWindow)
        self.actionVerifyPdf.setObjectName(u"actionVerifyPdf")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(200, 0))
        self.navList.setMaximumSize(QSize(240, 16777215))
        self.navList.setStyleSheet(u"QListWidget { background: #f1f4f8; border: none; border-right: 1px solid #d4dae3; padding-top: 8px; font-size: 11pt; }\n"
"QListWidget::item { padding-left: 16px; min-height: 36px; border: none; }\n"
"QListWidget::item:selected { background: #1f5fa8; color: white; }")
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.centralLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(self.centralwidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuBusiness = QMenu(self.menubar)
        self.menuBusiness.setObjectName(u"menuBusiness")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuBusiness.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionChangePassword)
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionSwitchUser)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionVerifyPdf)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuBusiness.addAction(self.actionRecordDecision)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Bureau Desk", None))
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"Change &password\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock screen", None))
        self.actionSwitchUser.setText(QCoreApplication.translate("MainWindow", u"&Switch user", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionRecordDecision.setText(QCoreApplication.translate("MainWindow", u"Record &collective decision (minute)\u2026", None))
        self.actionVerifyPdf.setText(QCoreApplication.translate("MainWindow", u"&Verify PDF signatures\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionVerifyPdf.setToolTip(QCoreApplication.translate("MainWindow", u"Check the signatures of an approval sheet PDF (or drop a PDF on the window)", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Bureau Desk", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuBusiness.setTitle(QCoreApplication.translate("MainWindow", u"&Business", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

