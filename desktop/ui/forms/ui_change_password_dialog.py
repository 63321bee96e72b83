# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(440, 260)
        self.verticalLayout = QVBoxLayout(ChangePasswordDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ChangePasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldLabel = QLabel(ChangePasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.formLayout.setWidget(0, QFormLayout.LabelRole, self.oldLabel)

        self.oldEdit = QLineEdit(ChangePasswordDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.FieldRole, self.oldEdit)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.FieldRole, self.newEdit)

        self.repeatLabel = QLabel(ChangePasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.FieldRole, self.repeatEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ChangePasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.introLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Please choose a new password: at least 8 characters with letters, digits and a special character.", None))
        self.oldLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Repeat new password:", None))
    # retranslateUi

