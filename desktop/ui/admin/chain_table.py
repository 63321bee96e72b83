"""The steps of an approval chain as an editable table: one row per step, columns for who
(position, level, scope) and when (condition bounds), plus the collective-decision condition.

Rows carry the step's original dict, so keys the table does not show survive an edit.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QWidget

from desktop.domain.positions import POSITIONS
from desktop.ui.messages import position_text

__all__ = ["ChainTable", "COLUMNS"]

ORIGINAL = Qt.ItemDataRole.UserRole + 1
# (field, part of the step: "" itself, "when" or "collective")
COLUMNS: tuple[tuple[str, str], ...] = (
    ("key", ""), ("position", ""), ("label", ""), ("level", ""), ("scope", ""),
    ("amount_gte", "when"), ("amount_lt", "when"), ("days_gt", "when"), ("days_lte", "when"),
    ("categories", "when"), ("not_categories", "when"),
    ("amount_gte", "collective"), ("categories", "collective"),
)
_LIST_FIELDS = {"categories", "not_categories"}


translate = QCoreApplication.translate


def _headers() -> list[str]:
    return [translate("ChainTable", "Key"), translate("ChainTable", "Position"), translate("ChainTable", "Label"), translate("ChainTable", "Level"), translate("ChainTable", "Scope"),
            translate("ChainTable", "If amount ≥"), translate("ChainTable", "If amount <"), translate("ChainTable", "If days >"), translate("ChainTable", "If days ≤"),
            translate("ChainTable", "If category in"), translate("ChainTable", "If category not in"),
            translate("ChainTable", "Collective if amount ≥"), translate("ChainTable", "Collective if category in")]


def _choices(language: str) -> dict[int, list[tuple[str, str]]]:
    return {
        1: [(position_text(p.key), p.key) for p in POSITIONS if p.key != "sysadmin"],
        3: [(translate("ChainTable", "first review"), "first_review"), (translate("ChainTable", "recheck"), "recheck"), (translate("ChainTable", "review"), "review"),
            (translate("ChainTable", "sign-off"), "signoff")],
        4: [(translate("ChainTable", "whole bureau"), "bureau"), (translate("ChainTable", "document's department"), "department")],
    }


class _ComboDelegate(QStyledItemDelegate):
    def __init__(self, choices: list[tuple[str, str]], parent: QWidget):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001, N802
        combo = QComboBox(parent)
        for label, key in self.choices:
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: ANN001, N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class ChainTable:
    """Wraps the preset page's QTableWidget; ``steps()`` reads back plain dicts for set_chain."""

    def __init__(self, table: QTableWidget, language: str = "zh"):
        self.table = table
        self.choices = _choices(language)
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(_headers())
        table.verticalHeader().setVisible(True)
        for column, choices in self.choices.items():
            table.setItemDelegateForColumn(column, _ComboDelegate(choices, table))

    def load(self, steps: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self.append(step)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)

    def append(self, step: dict[str, Any], row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        for column, (name, part) in enumerate(COLUMNS):
            source = step if not part else (step.get(part) or {})
            value = source.get(name)
            if name in _LIST_FIELDS and value is not None:
                text = ", ".join(value)
            else:
                text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if column in self.choices:
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setText(next((label for label, key in self.choices[column] if key == value), text))
            if column == 0:
                item.setData(ORIGINAL, dict(step))
            self.table.setItem(row, column, item)
        return row

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        if item is None:
            return ""
        if column in self.choices:
            return str(item.data(Qt.ItemDataRole.UserRole) or "")
        return item.text().strip()

    def step(self, row: int) -> dict[str, Any]:
        original = self.table.item(row, 0).data(ORIGINAL) or {}
        step: dict[str, Any] = {k: v for k, v in original.items() if k not in ("when", "collective")}
        hidden = {k: v for k, v in (original.get("collective") or {}).items() if k not in ("amount_gte", "categories")}
        conditions: dict[str, dict[str, Any]] = {"when": {}, "collective": hidden}
        for column, (name, part) in enumerate(COLUMNS):
            text = self._cell(row, column)
            if not part:
                if text:
                    step[name] = text
                else:
                    step.pop(name, None)
                continue
            if not text:
                continue
            if name in _LIST_FIELDS:
                conditions[part][name] = [t.strip() for t in text.replace("，", ",").split(",") if t.strip()]
            elif name.startswith("days"):
                conditions[part][name] = int(text) if text.isdigit() else text
            else:
                conditions[part][name] = text
        for part, cond in conditions.items():
            if cond:
                step[part] = cond
        return step

    def steps(self) -> list[dict[str, Any]]:
        return [self.step(row) for row in range(self.table.rowCount())]

    def current_row(self) -> int:
        return self.table.currentRow()

    def remove(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < self.table.rowCount() and 0 <= target < self.table.rowCount()):
            return row
        steps = self.steps()
        steps[row], steps[target] = steps[target], steps[row]
        self.load(steps)
        self.table.selectRow(target)
        return target
