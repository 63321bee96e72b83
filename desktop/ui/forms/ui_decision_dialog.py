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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(560, 380)
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

        self.mattersLabel = QLabel(DecisionDialog)
        self.mattersLabel.setObjectName(u"mattersLabel")
        self.mattersLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.mattersLabel)

        self.mattersTable = QTableWidget(DecisionDialog)
        if (self.mattersTable.columnCount() < 3):
            self.mattersTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mattersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mattersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mattersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mattersTable.setObjectName(u"mattersTable")
        self.mattersTable.setMinimumSize(QSize(0, 110))
        self.mattersTable.setColumnCount(3)
        self.mattersTable.horizontalHeader().setStretchLastSection(True)
        self.mattersTable.verticalHeader().setVisible(False)

        self.verticalLayout.addWidget(self.mattersTable)

        self.matterButtons = QHBoxLayout()
        self.matterButtons.setObjectName(u"matterButtons")
        self.addMatterButton = QPushButton(DecisionDialog)
        self.addMatterButton.setObjectName(u"addMatterButton")

        self.matterButtons.addWidget(self.addMatterButton)

        self.removeMatterButton = QPushButton(DecisionDialog)
        self.removeMatterButton.setObjectName(u"removeMatterButton")

        self.matterButtons.addWidget(self.removeMatterButton)

        self.matterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matterButtons.addItem(self.matterSpacer)


        self.verticalLayout.addLayout(self.matterButtons)

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
        self.mattersLabel.setText(QCoreApplication.translate("DecisionDialog", u"Matters decided (\u8bae\u9898): each serves one document; leave the amount empty if the minute states none.", None))
        ___qtablewidgetitem = self.mattersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DecisionDialog", u"Matter", None));
        ___qtablewidgetitem1 = self.mattersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DecisionDialog", u"Amount (yuan)", None));
        ___qtablewidgetitem2 = self.mattersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DecisionDialog", u"Serves document", None));
        self.addMatterButton.setText(QCoreApplication.translate("DecisionDialog", u"Add matter", None))
        self.removeMatterButton.setText(QCoreApplication.translate("DecisionDialog", u"Remove matter", None))
    # retranslateUi

