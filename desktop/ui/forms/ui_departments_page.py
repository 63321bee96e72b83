# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'departments_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DepartmentsPage(object):
    def setupUi(self, DepartmentsPage):
        if not DepartmentsPage.objectName():
            DepartmentsPage.setObjectName(u"DepartmentsPage")
        DepartmentsPage.resize(900, 600)
        self.verticalLayout = QVBoxLayout(DepartmentsPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.nameLabel = QLabel(DepartmentsPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(DepartmentsPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addLayout.addWidget(self.nameEdit)

        self.unitLabel = QLabel(DepartmentsPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.addLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(DepartmentsPage)
        self.unitCombo.setObjectName(u"unitCombo")

        self.addLayout.addWidget(self.unitCombo)

        self.addButton = QPushButton(DepartmentsPage)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)


        self.verticalLayout.addLayout(self.addLayout)

        self.departmentsTable = QTableWidget(DepartmentsPage)
        self.departmentsTable.setObjectName(u"departmentsTable")
        self.departmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.departmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departmentsTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.departmentsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.showInactiveCheck = QCheckBox(DepartmentsPage)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.buttonsLayout.addWidget(self.showInactiveCheck)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.renameButton = QPushButton(DepartmentsPage)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.toggleActiveButton = QPushButton(DepartmentsPage)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.buttonsLayout.addWidget(self.toggleActiveButton)


        self.verticalLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(DepartmentsPage)

        QMetaObject.connectSlotsByName(DepartmentsPage)
    # setupUi

    def retranslateUi(self, DepartmentsPage):
        self.nameLabel.setText(QCoreApplication.translate("DepartmentsPage", u"Name:", None))
        self.unitLabel.setText(QCoreApplication.translate("DepartmentsPage", u"Unit:", None))
        self.addButton.setText(QCoreApplication.translate("DepartmentsPage", u"Add department", None))
        self.showInactiveCheck.setText(QCoreApplication.translate("DepartmentsPage", u"Show inactive departments", None))
        self.renameButton.setText(QCoreApplication.translate("DepartmentsPage", u"Rename\u2026", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("DepartmentsPage", u"Deactivate", None))
        pass
    # retranslateUi

