# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(1100, 650)
        self.mainLayout = QHBoxLayout(PeoplePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.peopleTable = QTableWidget(PeoplePage)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.peopleTable)

        self.showInactiveCheck = QCheckBox(PeoplePage)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.listLayout.addWidget(self.showInactiveCheck)


        self.mainLayout.addLayout(self.listLayout)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.personGroup = QGroupBox(PeoplePage)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.nameLabel = QLabel(self.personGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.personForm.setWidget(0, QFormLayout.FieldRole, self.nameEdit)

        self.departmentLabel = QLabel(self.personGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.personForm.setWidget(1, QFormLayout.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.personGroup)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.personForm.setWidget(1, QFormLayout.FieldRole, self.departmentCombo)

        self.titleLabel = QLabel(self.personGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.personForm.setWidget(2, QFormLayout.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.personGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.personForm.setWidget(2, QFormLayout.FieldRole, self.titleEdit)

        self.activeCheck = QCheckBox(self.personGroup)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.personForm.setWidget(3, QFormLayout.FieldRole, self.activeCheck)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.addPersonButton = QPushButton(self.personGroup)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.personButtons.addWidget(self.addPersonButton)

        self.savePersonButton = QPushButton(self.personGroup)
        self.savePersonButton.setObjectName(u"savePersonButton")

        self.personButtons.addWidget(self.savePersonButton)


        self.personForm.setLayout(4, QFormLayout.FieldRole, self.personButtons)


        self.editLayout.addWidget(self.personGroup)

        self.positionsGroup = QGroupBox(PeoplePage)
        self.positionsGroup.setObjectName(u"positionsGroup")
        self.positionsLayout = QVBoxLayout(self.positionsGroup)
        self.positionsLayout.setObjectName(u"positionsLayout")
        self.positionsList = QListWidget(self.positionsGroup)
        self.positionsList.setObjectName(u"positionsList")

        self.positionsLayout.addWidget(self.positionsList)

        self.removePositionButton = QPushButton(self.positionsGroup)
        self.removePositionButton.setObjectName(u"removePositionButton")

        self.positionsLayout.addWidget(self.removePositionButton)

        self.assignLayout = QHBoxLayout()
        self.assignLayout.setObjectName(u"assignLayout")
        self.positionCombo = QComboBox(self.positionsGroup)
        self.positionCombo.setObjectName(u"positionCombo")

        self.assignLayout.addWidget(self.positionCombo)

        self.positionDepartmentCombo = QComboBox(self.positionsGroup)
        self.positionDepartmentCombo.setObjectName(u"positionDepartmentCombo")

        self.assignLayout.addWidget(self.positionDepartmentCombo)

        self.assignButton = QPushButton(self.positionsGroup)
        self.assignButton.setObjectName(u"assignButton")

        self.assignLayout.addWidget(self.assignButton)


        self.positionsLayout.addLayout(self.assignLayout)


        self.editLayout.addWidget(self.positionsGroup)


        self.mainLayout.addLayout(self.editLayout)


        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.showInactiveCheck.setText(QCoreApplication.translate("PeoplePage", u"Show people who have left", None))
        self.personGroup.setTitle(QCoreApplication.translate("PeoplePage", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PeoplePage", u"Full name:", None))
        self.departmentLabel.setText(QCoreApplication.translate("PeoplePage", u"Department:", None))
        self.titleLabel.setText(QCoreApplication.translate("PeoplePage", u"Job title:", None))
        self.activeCheck.setText(QCoreApplication.translate("PeoplePage", u"In service", None))
        self.addPersonButton.setText(QCoreApplication.translate("PeoplePage", u"Add as new person", None))
        self.savePersonButton.setText(QCoreApplication.translate("PeoplePage", u"Save changes", None))
        self.positionsGroup.setTitle(QCoreApplication.translate("PeoplePage", u"Positions", None))
        self.removePositionButton.setText(QCoreApplication.translate("PeoplePage", u"Remove selected position", None))
        self.assignButton.setText(QCoreApplication.translate("PeoplePage", u"Assign", None))
        pass
    # retranslateUi

