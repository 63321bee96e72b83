# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(1000, 600)
        self.verticalLayout = QVBoxLayout(AccountsPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.createGroup = QGroupBox(AccountsPage)
        self.createGroup.setObjectName(u"createGroup")
        self.createLayout = QHBoxLayout(self.createGroup)
        self.createLayout.setObjectName(u"createLayout")
        self.personLabel = QLabel(self.createGroup)
        self.personLabel.setObjectName(u"personLabel")

        self.createLayout.addWidget(self.personLabel)

        self.personCombo = QComboBox(self.createGroup)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setMinimumSize(QSize(140, 0))

        self.createLayout.addWidget(self.personCombo)

        self.usernameLabel = QLabel(self.createGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.createLayout.addWidget(self.usernameLabel)

        self.usernameEdit = QLineEdit(self.createGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.createLayout.addWidget(self.usernameEdit)

        self.passwordLabel = QLabel(self.createGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.createLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(self.createGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createLayout.addWidget(self.passwordEdit)

        self.createButton = QPushButton(self.createGroup)
        self.createButton.setObjectName(u"createButton")

        self.createLayout.addWidget(self.createButton)


        self.verticalLayout.addWidget(self.createGroup)

        self.accountsTable = QTableWidget(AccountsPage)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.accountsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.resetButton = QPushButton(AccountsPage)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.unlockButton = QPushButton(AccountsPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsLayout.addWidget(self.unlockButton)

        self.toggleActiveButton = QPushButton(AccountsPage)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.buttonsLayout.addWidget(self.toggleActiveButton)


        self.verticalLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
        self.createGroup.setTitle(QCoreApplication.translate("AccountsPage", u"New account", None))
        self.personLabel.setText(QCoreApplication.translate("AccountsPage", u"Person:", None))
        self.usernameLabel.setText(QCoreApplication.translate("AccountsPage", u"Username:", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountsPage", u"Initial password:", None))
        self.createButton.setText(QCoreApplication.translate("AccountsPage", u"Create account", None))
        self.resetButton.setText(QCoreApplication.translate("AccountsPage", u"Reset password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("AccountsPage", u"Unlock", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("AccountsPage", u"Deactivate", None))
        pass
    # retranslateUi

