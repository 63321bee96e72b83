# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 460)
        ActionDialog.setWindowTitle(u"")
        self.verticalLayout = QVBoxLayout(ActionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summaryLabel = QLabel(ActionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.reasonsGroup = QGroupBox(ActionDialog)
        self.reasonsGroup.setObjectName(u"reasonsGroup")
        self.reasonsLayout = QVBoxLayout(self.reasonsGroup)
        self.reasonsLayout.setObjectName(u"reasonsLayout")
        self.reasonsList = QListWidget(self.reasonsGroup)
        self.reasonsList.setObjectName(u"reasonsList")

        self.reasonsLayout.addWidget(self.reasonsList)

        self.reasonEditLayout = QHBoxLayout()
        self.reasonEditLayout.setObjectName(u"reasonEditLayout")
        self.reasonEdit = QLineEdit(self.reasonsGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonEditLayout.addWidget(self.reasonEdit)

        self.addReasonButton = QPushButton(self.reasonsGroup)
        self.addReasonButton.setObjectName(u"addReasonButton")
        self.addReasonButton.setAutoDefault(False)

        self.reasonEditLayout.addWidget(self.addReasonButton)

        self.removeReasonButton = QPushButton(self.reasonsGroup)
        self.removeReasonButton.setObjectName(u"removeReasonButton")
        self.removeReasonButton.setAutoDefault(False)

        self.reasonEditLayout.addWidget(self.removeReasonButton)


        self.reasonsLayout.addLayout(self.reasonEditLayout)


        self.verticalLayout.addWidget(self.reasonsGroup)

        self.decisionGroup = QGroupBox(ActionDialog)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QVBoxLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionHint = QLabel(self.decisionGroup)
        self.decisionHint.setObjectName(u"decisionHint")
        self.decisionHint.setWordWrap(True)

        self.decisionLayout.addWidget(self.decisionHint)

        self.decisionPickLayout = QHBoxLayout()
        self.decisionPickLayout.setObjectName(u"decisionPickLayout")
        self.decisionCombo = QComboBox(self.decisionGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")
        self.decisionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decisionCombo.setMinimumContentsLength(34)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.decisionCombo.sizePolicy().hasHeightForWidth())
        self.decisionCombo.setSizePolicy(sizePolicy)

        self.decisionPickLayout.addWidget(self.decisionCombo)

        self.newDecisionButton = QPushButton(self.decisionGroup)
        self.newDecisionButton.setObjectName(u"newDecisionButton")
        self.newDecisionButton.setAutoDefault(False)

        self.decisionPickLayout.addWidget(self.newDecisionButton)


        self.decisionLayout.addLayout(self.decisionPickLayout)


        self.verticalLayout.addWidget(self.decisionGroup)

        self.opinionLabel = QLabel(ActionDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.verticalLayout.addWidget(self.opinionLabel)

        self.opinionEdit = QPlainTextEdit(ActionDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setMaximumSize(QSize(16777215, 90))

        self.verticalLayout.addWidget(self.opinionEdit)

        self.signWidget = QWidget(ActionDialog)
        self.signWidget.setObjectName(u"signWidget")
        self.signLayout = QFormLayout(self.signWidget)
        self.signLayout.setObjectName(u"signLayout")
        self.signLayout.setContentsMargins(0, 0, 0, 0)
        self.passphraseLabel = QLabel(self.signWidget)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.signLayout.setWidget(0, QFormLayout.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.signWidget)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.signLayout.setWidget(0, QFormLayout.FieldRole, self.passphraseEdit)

        self.passphraseHint = QLabel(self.signWidget)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setText(u"")
        self.passphraseHint.setWordWrap(True)
        self.passphraseHint.setStyleSheet(u"color: #555;")

        self.signLayout.setWidget(1, QFormLayout.FieldRole, self.passphraseHint)


        self.verticalLayout.addWidget(self.signWidget)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        self.reasonsGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Reasons for returning (state them all at once)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"Type one reason and press Add", None))
        self.addReasonButton.setText(QCoreApplication.translate("ActionDialog", u"Add", None))
        self.removeReasonButton.setText(QCoreApplication.translate("ActionDialog", u"Remove", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Collective decision record", None))
        self.decisionHint.setText(QCoreApplication.translate("ActionDialog", u"This step needs the minute of the collective decision that approved the item.", None))
        self.newDecisionButton.setText(QCoreApplication.translate("ActionDialog", u"Record new minute\u2026", None))
        self.opinionLabel.setText(QCoreApplication.translate("ActionDialog", u"Opinion:", None))
        self.passphraseLabel.setText(QCoreApplication.translate("ActionDialog", u"Signing passphrase:", None))
        pass
    # retranslateUi

