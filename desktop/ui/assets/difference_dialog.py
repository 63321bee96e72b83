"""盘盈盘亏报告 (ASSET-06): the differences a count found — shortages (盘亏) from the cards not found
(at their net value), surpluses (盘盈) from the unknown tags, more typed in by hand (described, with
an estimated value and a category, since each becomes a card) — each with its cause and proposed
handling, all required; submitted (signed) as a document to approve before any card changes."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.approval.model import Problem
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import money
from desktop.ui.messages import refusal_box
from desktop.ui.screen_fit import fit_to_screen

__all__ = ["DifferenceDialog", "KIND", "DESCRIPTION", "CATEGORY", "VALUE", "CAUSE", "HANDLING"]

translate = QCoreApplication.translate

KIND, DESCRIPTION, CATEGORY, VALUE, CAUSE, HANDLING = range(6)
DATA = Qt.ItemDataRole.UserRole  # on the kind cell: (kind, card id or None)
MISSING = QColor("#ffebee")


class DifferenceDialog(QDialog):
    submitted = Signal(int)  # the report's document id

    def __init__(self, desk: Desk, user: SignedIn, stocktake_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.stocktake_id = desk, user, stocktake_id
        self.document_id: int | None = None
        self.setWindowTitle(self.tr("Surplus/shortage report"))
        fit_to_screen(self, 1000, 560)
        intro = QLabel(self.tr("Each surplus and shortage needs its cause and the proposed handling; the cards "
                               "change only after the report is approved (ASSET-06)."), self)
        intro.setWordWrap(True)
        self.categories = [(c.code, f"{c.code} {c.name}") for c in desk.assets.categories(user) if c.active]
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("differenceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Asset or description"), self.tr("Category"),
                                              self.tr("Value (yuan)"), self.tr("Cause"), self.tr("Handling")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(KIND, 70)
        header.resizeSection(DESCRIPTION, 220)
        header.resizeSection(CATEGORY, 170)
        header.resizeSection(VALUE, 100)
        header.resizeSection(CAUSE, 220)
        header.setStretchLastSection(True)
        self.addButton = QPushButton(self.tr("Add a surplus"), self)
        self.removeButton = QPushButton(self.tr("Remove surplus row"), self)
        self.submitButton = QPushButton(self.tr("Submit for approval…"), self)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        for name, button in (("addButton", self.addButton), ("removeButton", self.removeButton),
                             ("submitButton", self.submitButton), ("cancelButton", self.cancelButton)):
            button.setObjectName(name)
        self.submitButton.setDefault(True)
        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("totalLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addWidget(self.totalLabel, 1)
        buttons.addWidget(self.submitButton)
        buttons.addWidget(self.cancelButton)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.addButton.clicked.connect(lambda: self.add_row("surplus", None, "", None))
        self.removeButton.clicked.connect(self.remove_selected)
        self.submitButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        for line in desk.stocktakes.proposed(user, stocktake_id):
            self.add_row(line["kind"], line.get("card_id"), line.get("description", ""),
                         line.get("value") if line["kind"] == "shortage" or line.get("value") else None)
        self.table.itemChanged.connect(self._edited)
        self._show_totals()

    def add_row(self, kind: str, card_id: int | None, description: str, value: Decimal | None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        kind_item = QTableWidgetItem(self.tr("Shortage") if kind == "shortage" else self.tr("Surplus"))
        kind_item.setData(DATA, (kind, card_id))
        kind_item.setFlags(kind_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        kind_item.setForeground(QBrush(QColor("#c62828" if kind == "shortage" else "#1565c0")))
        self.table.setItem(row, KIND, kind_item)
        described = QTableWidgetItem(description)
        value_item = QTableWidgetItem(money(value) if value is not None else "")
        value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if card_id is not None:  # a card's own name and value are not typed over
            for item in (described, value_item):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, DESCRIPTION, described)
        category = QTableWidgetItem("")
        category.setFlags(category.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, CATEGORY, category)
        if kind == "surplus":  # it becomes a card: its category is chosen here
            box = QComboBox(self.table)
            box.addItem(self.tr("(choose)"), "")
            for code, label in self.categories:
                box.addItem(label, code)
            box.currentIndexChanged.connect(lambda _i, b=box: b.setStyleSheet(""))
            self.table.setCellWidget(row, CATEGORY, box)
        self.table.setItem(row, VALUE, value_item)
        self.table.setItem(row, CAUSE, QTableWidgetItem(""))
        self.table.setItem(row, HANDLING, QTableWidgetItem(""))
        self.table.blockSignals(False)
        self._show_totals()
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()}, reverse=True)
        for row in rows:
            kind, card_id = self.table.item(row, KIND).data(DATA)
            if kind == "surplus":
                self.table.removeRow(row)
        self._show_totals()

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.text().strip():
            item.setBackground(QBrush())
        if item.column() == VALUE:
            self._show_totals()

    def _show_totals(self) -> None:
        totals = {"surplus": Decimal("0"), "shortage": Decimal("0")}
        for row in range(self.table.rowCount()):
            kind, _card = self.table.item(row, KIND).data(DATA)
            value = _decimal(self.table.item(row, VALUE).text())
            totals[kind] += value if value is not None else Decimal("0")
        self.totalLabel.setText(self.tr("Surplus {surplus} · shortage {shortage}").format(
            surplus=money(totals["surplus"]), shortage=money(totals["shortage"])))

    def differences(self) -> list[dict[str, Any]]:
        rows = []
        for row in range(self.table.rowCount()):
            kind, card_id = self.table.item(row, KIND).data(DATA)
            value = _decimal(self.table.item(row, VALUE).text())
            box = self.table.cellWidget(row, CATEGORY)
            extra = {"category_code": box.currentData()} if isinstance(box, QComboBox) and box.currentData() else {}
            rows.append({**extra, "kind": kind, "card_id": card_id,
                         "description": self.table.item(row, DESCRIPTION).text().strip(),
                         "value": value if value is not None else Decimal("0.00"),
                         "cause": self.table.item(row, CAUSE).text().strip(),
                         "handling": self.table.item(row, HANDLING).text().strip()})
        return rows

    def problems(self) -> list[Problem]:
        """Every empty cause, handling, description and bad value at once, their cells marked."""
        problems: list[Problem] = []
        for row in range(self.table.rowCount()):
            line = row + 1
            checks = ((CAUSE, "stocktake.cause", translate("DifferenceDialog", "Line {n}: the cause is missing")),
                      (HANDLING, "stocktake.handling", translate("DifferenceDialog", "Line {n}: the proposed handling is missing")),
                      (DESCRIPTION, "stocktake.description", translate("DifferenceDialog", "Line {n}: describe the asset")))
            for column, code, text in checks:
                item = self.table.item(row, column)
                if not item.text().strip():
                    item.setBackground(QBrush(MISSING))
                    problems.append(Problem("ASSET-06", code, text.format(n=line)))
            kind, _card = self.table.item(row, KIND).data(DATA)
            if kind != "surplus":
                continue
            box = self.table.cellWidget(row, CATEGORY)
            if isinstance(box, QComboBox) and not box.currentData():
                box.setStyleSheet(f"background: {MISSING.name()};")
                problems.append(Problem("ASSET-06", "stocktake.category",
                                        translate("DifferenceDialog", "Line {n}: choose the category").format(n=line)))
            value_item = self.table.item(row, VALUE)
            value = _decimal(value_item.text())
            if value is None or value <= 0:
                value_item.setBackground(QBrush(MISSING))
                problems.append(Problem("ASSET-06", "stocktake.value",
                                        translate("DifferenceDialog", "Line {n}: enter the estimated value").format(n=line)))
        return problems

    def submit(self) -> int | None:
        """Checked here first (no passphrase asked for a report that cannot go), then created and
        submitted in one call with the signing passphrase."""
        from desktop.ui.signing import create_and_submit

        problems = self.problems()
        if problems:
            refusal_box(self, Refused(problems))
            return None
        differences = self.differences()
        doc_id = create_and_submit(
            self, self.desk, self.user,
            lambda submit=True, passphrase=None: self.desk.stocktakes.report(
                self.user, self.stocktake_id, differences, submit=submit, passphrase=passphrase))
        if doc_id is not None:
            self.document_id = doc_id
            self.submitted.emit(doc_id)
            self.accept()
        return doc_id


def _decimal(text: str) -> Decimal | None:
    text = text.replace(",", "").replace("¥", "").strip()
    if not text:
        return None
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
