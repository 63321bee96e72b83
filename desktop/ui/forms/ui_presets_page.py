# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'presets_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PresetsPage(object):
    def setupUi(self, PresetsPage):
        if not PresetsPage.objectName():
            PresetsPage.setObjectName(u"PresetsPage")
        PresetsPage.resize(1150, 700)
        self.verticalLayout = QVBoxLayout(PresetsPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.currentLayout = QHBoxLayout()
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentLabel = QLabel(PresetsPage)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setStyleSheet(u"font-weight: bold;")
        self.currentLabel.setText(u"")

        self.currentLayout.addWidget(self.currentLabel)

        self.currentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentLayout.addItem(self.currentSpacer)

        self.shippedLabel = QLabel(PresetsPage)
        self.shippedLabel.setObjectName(u"shippedLabel")

        self.currentLayout.addWidget(self.shippedLabel)

        self.shippedCombo = QComboBox(PresetsPage)
        self.shippedCombo.setObjectName(u"shippedCombo")

        self.currentLayout.addWidget(self.shippedCombo)

        self.applyShippedButton = QPushButton(PresetsPage)
        self.applyShippedButton.setObjectName(u"applyShippedButton")

        self.currentLayout.addWidget(self.applyShippedButton)


        self.verticalLayout.addLayout(self.currentLayout)

        self.presetTabs = QTabWidget(PresetsPage)
        self.presetTabs.setObjectName(u"presetTabs")
        self.chainsTab = QWidget()
        self.chainsTab.setObjectName(u"chainsTab")
        self.chainsTabLayout = QVBoxLayout(self.chainsTab)
        self.chainsTabLayout.setObjectName(u"chainsTabLayout")
        self.splitter = QSplitter(self.chainsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.parametersGroup = QGroupBox(self.splitter)
        self.parametersGroup.setObjectName(u"parametersGroup")
        self.parametersLayout = QVBoxLayout(self.parametersGroup)
        self.parametersLayout.setObjectName(u"parametersLayout")
        self.parametersTable = QTableWidget(self.parametersGroup)
        self.parametersTable.setObjectName(u"parametersTable")

        self.parametersLayout.addWidget(self.parametersTable)

        self.saveParametersButton = QPushButton(self.parametersGroup)
        self.saveParametersButton.setObjectName(u"saveParametersButton")

        self.parametersLayout.addWidget(self.saveParametersButton)

        self.splitter.addWidget(self.parametersGroup)
        self.chainGroup = QGroupBox(self.splitter)
        self.chainGroup.setObjectName(u"chainGroup")
        self.chainLayout = QVBoxLayout(self.chainGroup)
        self.chainLayout.setObjectName(u"chainLayout")
        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(self.chainGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.chainGroup)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(200, 0))

        self.kindLayout.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.chainLayout.addLayout(self.kindLayout)

        self.stepsTable = QTableWidget(self.chainGroup)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.chainLayout.addWidget(self.stepsTable)

        self.chainHint = QLabel(self.chainGroup)
        self.chainHint.setObjectName(u"chainHint")
        self.chainHint.setWordWrap(True)

        self.chainLayout.addWidget(self.chainHint)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.addStepButton = QPushButton(self.chainGroup)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepButtons.addWidget(self.addStepButton)

        self.removeStepButton = QPushButton(self.chainGroup)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.stepButtons.addWidget(self.removeStepButton)

        self.upButton = QPushButton(self.chainGroup)
        self.upButton.setObjectName(u"upButton")

        self.stepButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.chainGroup)
        self.downButton.setObjectName(u"downButton")

        self.stepButtons.addWidget(self.downButton)

        self.stepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepSpacer)

        self.revertChainButton = QPushButton(self.chainGroup)
        self.revertChainButton.setObjectName(u"revertChainButton")

        self.stepButtons.addWidget(self.revertChainButton)

        self.saveChainButton = QPushButton(self.chainGroup)
        self.saveChainButton.setObjectName(u"saveChainButton")

        self.stepButtons.addWidget(self.saveChainButton)


        self.chainLayout.addLayout(self.stepButtons)

        self.splitter.addWidget(self.chainGroup)

        self.chainsTabLayout.addWidget(self.splitter)

        self.presetTabs.addTab(self.chainsTab, "")
        self.standardsTab = QWidget()
        self.standardsTab.setObjectName(u"standardsTab")
        self.standardsTabLayout = QVBoxLayout(self.standardsTab)
        self.standardsTabLayout.setObjectName(u"standardsTabLayout")
        self.presetTabs.addTab(self.standardsTab, "")

        self.verticalLayout.addWidget(self.presetTabs)


        self.retranslateUi(PresetsPage)

        QMetaObject.connectSlotsByName(PresetsPage)
    # setupUi

    def retranslateUi(self, PresetsPage):
        self.shippedLabel.setText(QCoreApplication.translate("PresetsPage", u"Switch to shipped preset:", None))
        self.applyShippedButton.setText(QCoreApplication.translate("PresetsPage", u"Apply preset\u2026", None))
        self.parametersGroup.setTitle(QCoreApplication.translate("PresetsPage", u"Parameters (thresholds)", None))
        self.saveParametersButton.setText(QCoreApplication.translate("PresetsPage", u"Save parameters", None))
        self.chainGroup.setTitle(QCoreApplication.translate("PresetsPage", u"Approval chain", None))
        self.kindLabel.setText(QCoreApplication.translate("PresetsPage", u"Document kind:", None))
        self.chainHint.setText(QCoreApplication.translate("PresetsPage", u"Conditions: leave empty for \"always\". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.", None))
        self.addStepButton.setText(QCoreApplication.translate("PresetsPage", u"Add step", None))
        self.removeStepButton.setText(QCoreApplication.translate("PresetsPage", u"Remove step", None))
        self.upButton.setText(QCoreApplication.translate("PresetsPage", u"Move up", None))
        self.downButton.setText(QCoreApplication.translate("PresetsPage", u"Move down", None))
        self.revertChainButton.setText(QCoreApplication.translate("PresetsPage", u"Revert", None))
        self.saveChainButton.setText(QCoreApplication.translate("PresetsPage", u"Save chain", None))
        self.presetTabs.setTabText(self.presetTabs.indexOf(self.chainsTab), QCoreApplication.translate("PresetsPage", u"Parameters and approval chains", None))
        self.presetTabs.setTabText(self.presetTabs.indexOf(self.standardsTab), QCoreApplication.translate("PresetsPage", u"Standards", None))
        pass
    # retranslateUi

