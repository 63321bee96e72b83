# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(420, 220)
        self.verticalLayout = QVBoxLayout(LockDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(LockDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(LockDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LockDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.FieldRole, self.passwordEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(LockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.switchUserButton = QPushButton(LockDialog)
        self.switchUserButton.setObjectName(u"switchUserButton")
        self.switchUserButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.switchUserButton)

        self.horizontalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.horizontalSpacer)

        self.unlockButton = QPushButton(LockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsLayout.addWidget(self.unlockButton)


        self.verticalLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Screen locked", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockDialog", u"Password:", None))
        self.switchUserButton.setText(QCoreApplication.translate("LockDialog", u"Switch user", None))
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"Unlock", None))
    # retranslateUi

