"""Filling a read-only QTableWidget from rows of text, with an id kept on each row. A cell that is a
data-driven name (a document kind, a step, a transport mode, a meal …) reads in English when the
interface is (terms.csv). Headers keep a readable minimum width, so an empty table is legible, and
the columns never widen the window: the table scrolls instead."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.app.translations import current_language
from desktop.ui.terms import term

__all__ = ["fill_table", "selected_key", "settle_table", "RIGHT", "MAX_COLUMN_WIDTH"]

MAX_COLUMN_WIDTH = 360  # a long title is cut (its tooltip holds it all) rather than widening the page
MIN_COLUMN_WIDTH = 56

RIGHT = "right"  # marker in ``align`` for numeric columns


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[Any]],
               keys: Sequence[Any] | None = None, *, align: Sequence[str] = (), stretch: int | None = None,
               keep: Any = None) -> None:
    """Replace the table's contents; ``keys[i]`` is stored on row i (see ``selected_key``)."""
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    reselect = -1
    english = current_language() == "en"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = "" if value is None else str(value)
            if english:
                text = term(text, "en")
            item = QTableWidgetItem(text)
            if len(text) > 12:
                item.setToolTip(text)  # the whole text when the column is too narrow
            if c < len(align) and align[c] == RIGHT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
        if keys is not None and keep is not None and keys[r] == keep:
            reselect = r
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        if header.sectionSize(c) > MAX_COLUMN_WIDTH:
            header.resizeSection(c, MAX_COLUMN_WIDTH)
    settle_table(table)
    if stretch is not None and 0 <= stretch < len(headers):
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if reselect >= 0:
        table.selectRow(reselect)


def settle_table(table: QTableWidget) -> None:
    """Headers readable when the table is empty (no section narrower than its label; the last one
    stretches) and a table that scrolls instead of asking the window for room."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
    header.setStretchLastSection(True)
    metrics = header.fontMetrics()
    for c in range(table.columnCount()):
        item = table.horizontalHeaderItem(c)
        wanted = metrics.horizontalAdvance(item.text()) + 24 if item is not None else 0
        if header.sectionSize(c) < wanted:
            header.resizeSection(c, wanted)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)


def selected_key(table: QTableWidget) -> Any:
    items = table.selectedItems()
    if not items:
        return None
    return table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
