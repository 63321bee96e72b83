"""The bureau's rule preset: which one it is, switching to a shipped one, its named parameters
(thresholds), each document kind's approval chain, and on the 标准 tab the standards tables
(travel, reception, meetings, vehicles). The services check every edit with the
same parser that loads the shipped presets and record it in the audit trail (SEC-08)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop.domain.approval.presets import PARAMETER_LABELS, Preset
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.services.rule_presets import shipped_presets
from desktop.ui.admin.chain_table import ChainTable
from desktop.ui.admin.standards_editor import StandardsEditor
from desktop.ui.forms.ui_presets_page import Ui_PresetsPage
from desktop.ui.messages import attempt

__all__ = ["PresetsPage"]


class PresetsPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PresetsPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.preset: Preset | None = None
        self.chain = ChainTable(self.ui.stepsTable, language)
        for code, data in shipped_presets().items():
            self.ui.shippedCombo.addItem(f"{code} {data.get('name', '')}", code)
        self.ui.splitter.setSizes([430, 900])
        self.ui.parametersTable.setWordWrap(True)
        self.ui.parametersTable.horizontalHeader().sectionResized.connect(
            lambda *_: self.ui.parametersTable.resizeRowsToContents())
        self.ui.applyShippedButton.clicked.connect(self.apply_shipped)
        self.ui.saveParametersButton.clicked.connect(self.save_parameters)
        self.ui.kindCombo.currentIndexChanged.connect(self._show_chain)
        self.ui.addStepButton.clicked.connect(self.add_step)
        self.ui.removeStepButton.clicked.connect(lambda: self.chain.remove(self.chain.current_row()))
        self.ui.upButton.clicked.connect(lambda: self.chain.move(self.chain.current_row(), -1))
        self.ui.downButton.clicked.connect(lambda: self.chain.move(self.chain.current_row(), +1))
        self.ui.revertChainButton.clicked.connect(self._show_chain)
        self.ui.saveChainButton.clicked.connect(self.save_chain)
        self.standards = StandardsEditor(desk, user, self.ui.standardsTab)
        self.ui.standardsTabLayout.addWidget(self.standards)

    def open_standards(self, table: str = "travel") -> StandardsEditor:
        """The 标准 tab, showing ``table`` (travel, reception, meeting or vehicle)."""
        self.ui.presetTabs.setCurrentWidget(self.ui.standardsTab)
        self.standards.select(table)
        return self.standards

    def refresh(self) -> None:
        self.preset = self.desk.presets.preset(self.user)
        self.ui.currentLabel.setText(self.tr("Current preset: {code} {name}").format(code=self.preset.code,
                                                                                    name=self.preset.name))
        table = self.ui.parametersTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Value"), self.tr("Meaning (rule)")])
        table.setRowCount(len(self.preset.parameters))
        for row, (name, value) in enumerate(self.preset.parameters.items()):
            label, rule = PARAMETER_LABELS.get(name, ("", ""))
            meaning = f"{label} [{rule}]" if rule else label
            note = self.preset.notes.get(name, "")
            key = QTableWidgetItem(name)  # the raw name: chain conditions refer to it as $name
            meaning_item = QTableWidgetItem(meaning)
            for item in (key, meaning_item):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip("\n".join(t for t in (meaning, note) if t))
            table.setItem(row, 0, key)
            table.setItem(row, 1, QTableWidgetItem(str(value)))
            table.setItem(row, 2, meaning_item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the meaning wraps in what is left
        table.resizeRowsToContents()
        kind = self.ui.kindCombo.currentData()
        self.ui.kindCombo.blockSignals(True)
        self.ui.kindCombo.clear()
        for key, chain in self.preset.chains.items():
            self.ui.kindCombo.addItem(f"{chain.title}（{key}）", key)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        self.ui.kindCombo.blockSignals(False)
        self._show_chain()
        self.standards.refresh()

    def select_kind(self, kind: str) -> None:
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind))

    def _show_chain(self) -> None:
        kind = self.ui.kindCombo.currentData()
        if self.preset is None or kind not in self.preset.chains:
            self.chain.load([])
            return
        self.chain.load(self.preset.chains[kind].to_dict()["steps"])

    def add_step(self) -> None:
        row = self.chain.current_row() + 1 if self.chain.current_row() >= 0 else None
        n = self.ui.stepsTable.rowCount() + 1
        row = self.chain.append({"key": f"step{n}", "position": "director", "label": self.tr("New step"),
                                 "level": "review", "scope": "bureau"}, row)
        self.ui.stepsTable.selectRow(row)

    def save_chain(self) -> None:
        kind = self.ui.kindCombo.currentData()
        if self.preset is None or kind is None:
            return
        data = self.preset.chains[kind].to_dict()
        data["steps"] = self.chain.steps()
        if attempt(self, self.desk.presets.set_chain, self.user, kind, data)[0]:
            self.refresh()

    def save_parameters(self) -> None:
        if self.preset is None:
            return
        table = self.ui.parametersTable
        for row in range(table.rowCount()):
            name, value = table.item(row, 0).text(), table.item(row, 1).text().strip()
            if str(self.preset.parameters.get(name)) != value:
                if not attempt(self, self.desk.presets.set_parameter, self.user, name, value)[0]:
                    break
        self.refresh()

    def apply_shipped(self) -> None:
        code = self.ui.shippedCombo.currentData()
        answer = QMessageBox.question(
            self, self.tr("Switch rule preset"),
            self.tr("Replace the bureau's parameters and approval chains with the shipped preset {code}? "
                    "Documents already submitted keep the chain they were submitted with.").format(code=code))
        if answer == QMessageBox.StandardButton.Yes and attempt(self, self.desk.presets.apply_shipped,
                                                                 self.user, code)[0]:
            self.refresh()
