# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(460, 240)
        self.verticalLayout = QVBoxLayout(DecisionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.hintLabel = QLabel(DecisionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.meetingTypeLabel = QLabel(DecisionDialog)
        self.meetingTypeLabel.setObjectName(u"meetingTypeLabel")

        self.formLayout.setWidget(0, QFormLayout.LabelRole, self.meetingTypeLabel)

        self.meetingTypeCombo = QComboBox(DecisionDialog)
        self.meetingTypeCombo.setObjectName(u"meetingTypeCombo")
        self.meetingTypeCombo.setEditable(True)
        self.meetingTypeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.FieldRole, self.meetingTypeCombo)

        self.minuteNoLabel = QLabel(DecisionDialog)
        self.minuteNoLabel.setObjectName(u"minuteNoLabel")

        self.formLayout.setWidget(1, QFormLayout.LabelRole, self.minuteNoLabel)

        self.minuteNoEdit = QLineEdit(DecisionDialog)
        self.minuteNoEdit.setObjectName(u"minuteNoEdit")
        self.minuteNoEdit.setMinimumSize(QSize(260, 0))

        self.formLayout.setWidget(1, QFormLayout.FieldRole, self.minuteNoEdit)

        self.heldOnLabel = QLabel(DecisionDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.formLayout.setWidget(2, QFormLayout.LabelRole, self.heldOnLabel)

        self.heldOnEdit = QDateEdit(DecisionDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)
        self.heldOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.FieldRole, self.heldOnEdit)

        self.subjectLabel = QLabel(DecisionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(3, QFormLayout.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(DecisionDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(3, QFormLayout.FieldRole, self.subjectEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingTypeLabel.setBuddy(self.meetingTypeCombo)
        self.minuteNoLabel.setBuddy(self.minuteNoEdit)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Record collective decision", None))
        self.hintLabel.setText(QCoreApplication.translate("DecisionDialog", u"The minute of the meeting that decided the matter (IC-08). Recorded by the office head or the director.", None))
        self.meetingTypeLabel.setText(QCoreApplication.translate("DecisionDialog", u"Meeting type:", None))
        self.minuteNoLabel.setText(QCoreApplication.translate("DecisionDialog", u"Minute number:", None))
        self.heldOnLabel.setText(QCoreApplication.translate("DecisionDialog", u"Held on:", None))
        self.subjectLabel.setText(QCoreApplication.translate("DecisionDialog", u"Subject:", None))
    # retranslateUi

