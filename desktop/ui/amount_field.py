"""Amount entry everywhere (issue 12 item 9): one validator for every money field and table cell,
so a letter is refused while it is typed, not after OK. It lets through what a clerk types or
sees on screen — digits, one decimal point, at most two decimals, thousands separators as
displayed (1,234.50), a leading ¥ — and a minus sign only where the field allows it (a
red-ink voucher line). What it accepts, the input gate still checks (the ceiling, the grouping)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

__all__ = ["AmountValidator", "AmountDelegate", "amount_edit", "amount_columns"]

# Typing in progress: "", "¥", "-", "1,2", "12." are on the way to an amount.
_PARTIAL = re.compile(r"[¥￥]?\s*(?P<sign>-)?[0-9,]*(\.[0-9]{0,2})?", re.ASCII)
_COMPLETE = re.compile(r"[¥￥]?\s*-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?", re.ASCII)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AmountValidator(QValidator):
    """Refuses anything that cannot become an amount in yuan: letters, a second point, a third
    decimal, full-width digits; ``negative`` allows a leading minus; ``equals`` lets the voucher
    grid's "=" (the balancing amount) through."""

    def __init__(self, parent: QWidget | None = None, *, negative: bool = False, equals: bool = False):
        super().__init__(parent)
        self.negative, self.equals = negative, equals

    def validate(self, text: str, pos: int) -> QValidator.State:  # noqa: D102
        t = text.strip()
        if self.equals and t == "=":
            return QValidator.State.Acceptable
        if not t:
            return QValidator.State.Intermediate  # an empty field is the form's business (0 or required)
        m = _PARTIAL.fullmatch(t)
        if m is None or (m.group("sign") and not self.negative):
            return QValidator.State.Invalid
        if _COMPLETE.fullmatch(t):
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate


def amount_edit(text: str = "", *, negative: bool = False, name: str = "") -> QLineEdit:
    """A money field: right-aligned, letters refused as they are typed."""
    w = QLineEdit(text)
    w.setValidator(AmountValidator(w, negative=negative))
    w.setAlignment(RIGHT)
    w.setPlaceholderText("0.00")
    if name:
        w.setObjectName(name)
    return w


class AmountDelegate(QStyledItemDelegate):
    """A table column of amounts: the cell editor is an :func:`amount_edit`."""

    def __init__(self, parent: QWidget | None = None, *, negative: bool = False):
        super().__init__(parent)
        self.negative = negative

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = amount_edit(negative=self.negative)
        editor.setParent(parent)
        editor.setFrame(False)
        return editor


def amount_columns(table: QAbstractItemView, columns: list[int] | tuple[int, ...], *, negative: bool = False) -> None:
    """Give ``columns`` of ``table`` the amount editor (one delegate shared by them)."""
    delegate = AmountDelegate(table, negative=negative)
    for c in columns:
        table.setItemDelegateForColumn(c, delegate)
