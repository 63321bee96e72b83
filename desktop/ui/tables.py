"""Filling a read-only QTableWidget from rows of text, with an id kept on each row."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

__all__ = ["fill_table", "selected_key", "RIGHT"]

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
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = "" if value is None else str(value)
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
    if stretch is not None and 0 <= stretch < len(headers):
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if reselect >= 0:
        table.selectRow(reselect)


def selected_key(table: QTableWidget) -> Any:
    items = table.selectedItems()
    if not items:
        return None
    return table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
