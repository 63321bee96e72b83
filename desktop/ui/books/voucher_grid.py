"""记账凭证录入: the keyboard-driven voucher entry grid, the way 用友/金蝶 users work. Every cell is in
edit as soon as it is current; Tab or Enter commit it and go on (Enter after the last cell starts a
new row), Shift+Tab goes back; account, department and economic class complete from a code prefix or a
piece of the name (F2 lists them all); ``=`` in an amount fills what balances the line's side; an empty
description takes the one above. Below the grid, the totals of financial and budget accounting, each
of which must balance on its own (平行记账). The widget holds plain values; it never sees the database."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSortFilterProxyModel, \
    QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QCompleter, QGridLayout, QHeaderView, \
    QLabel, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget

from desktop.domain.money import MoneyError, format_amount, parse_amount
from desktop.ui.amount_field import AmountValidator
from desktop.ui.books.voucher_grid_model import ACCOUNT, COLUMNS, CREDIT, DEBIT, DEPARTMENT, ECONOMIC, SUMMARY, \
    ZERO, AccountChoice, Choice, GridLine, VoucherModel, choice_matches, find_choice

__all__ = ["VoucherGrid", "AccountChoice", "GridLine"]

_WIDTHS = {SUMMARY: 220, ACCOUNT: 210, DEBIT: 120, CREDIT: 120, DEPARTMENT: 110, ECONOMIC: 140, 6: 110}
_LEAVE = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ChoiceFilter(QSortFilterProxyModel):
    """The completion list: entries whose code starts with, or whose name contains, what is typed."""

    def __init__(self, choices: Sequence[Choice], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._text = ""
        self.setSourceModel(QStringListModel([c.label for c in self._choices], self))

    def set_text(self, text: str) -> None:
        self._text = text
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return choice_matches(self._choices[row], self._text)


class _CellEditor(QLineEdit):
    """The editor of every cell. The keys that leave the cell or change rows are handled here, whichever
    way they come: the completer's popup hands keys straight to ``event()``, past event filters."""

    def __init__(self, parent: QWidget, index: QModelIndex, on_key: Callable[[_CellEditor, QKeyEvent], bool]) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self._on_key = on_key
        self.completions: tuple[QCompleter, _ChoiceFilter] | None = None
        self.setFrame(False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._on_key(self, event):  # type: ignore[arg-type]
            return True
        return super().event(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - the list goes with the cell it belongs to
        if self.completions is not None:
            self.completions[0].popup().hide()
        super().hideEvent(event)

    def take_highlighted(self) -> None:
        """The entry highlighted in the completion list becomes the text: the popup hands Enter and Tab to
        the editor first, and the editor leaves the cell on them, so one key both picks and moves on."""
        if self.completions is None:
            return
        popup = self.completions[0].popup()
        if popup.isVisible():
            chosen = popup.selectionModel().selectedIndexes()  # picked with ↓/↑, not merely the first entry
            if chosen:
                self.setText(chosen[0].data())
            popup.hide()

    def offer(self, text: str) -> None:
        """Show the completions for ``text`` (all of them for an empty text)."""
        if self.completions is None:
            return
        completer, entries = self.completions
        entries.set_text(text)
        if entries.rowCount():
            completer.complete(QRect(0, 0, max(self.width(), 360), self.height()))
        else:
            completer.popup().hide()


class _CellDelegate(QStyledItemDelegate):
    def __init__(self, grid: VoucherGrid) -> None:
        super().__init__(grid)
        self._grid = grid

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = _CellEditor(parent, QModelIndex(index), self._key)
        column = index.column()
        if column in (DEBIT, CREDIT):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # Letters never reach the cell; "-" is a red-ink line, "=" the balancing amount (issue 12 item 9).
            editor.setValidator(AmountValidator(editor, negative=True, equals=True))
            editor.textEdited.connect(lambda text, e=editor: self._equals(e) if text.strip() == "=" else None)
        model = self._grid.model
        choices = {ACCOUNT: model.postable_choices, DEPARTMENT: model.department_choices,
                   ECONOMIC: model.economic_choices}.get(column)
        if choices:
            entries = _ChoiceFilter(choices, editor)
            completer = QCompleter(entries, editor)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setMaxVisibleItems(12)
            completer.setWidget(editor)
            completer.activated[str].connect(editor.setText)
            editor.completions = (completer, entries)
            editor.textEdited.connect(lambda text, e=editor: e.offer(text) if text.strip() else None)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if index.column() == SUMMARY and not text and index.row() > 0:
            text = self._grid.model.summary_of(index.row() - 1)  # the description copies down
        assert isinstance(editor, QLineEdit)
        editor.setText(text)
        editor.selectAll()  # typing overwrites, as in the ledger programs

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, _CellEditor)
        self.apply(editor)

    def apply(self, editor: _CellEditor) -> bool:
        """Check the cell's text and store it; False, with the reason in the status line, if refused."""
        grid, model, index = self._grid, self._grid.model, editor.index
        text, column = editor.text().strip(), index.column()
        value: Any = text
        if column in (DEBIT, CREDIT):
            if text == "=":
                self._equals(editor)
                text = editor.text().strip()
            try:
                value = parse_amount(text, allow_negative=True) if text else ZERO
            except MoneyError:
                grid.tell(self.tr("“{text}” is not an amount: write digits 0-9 with at most two decimal places, "
                                  "e.g. 1234.50.").format(text=text), error=True)
                return False
        elif column == ACCOUNT and text:
            choice = find_choice(model.account_choices, model.postable_choices, text)
            if choice is None:
                return self._unresolved(editor, model.postable_choices, text, self.tr(
                    "No account “{text}”: type a code or part of a name, or press F2 for the list."))
            if not model.accounts[choice.key].postable:
                grid.tell(self.tr("{account} has sub-accounts: post to one of them.").format(account=choice.label),
                          error=True)
                editor.offer(choice.code)  # its sub-accounts
                return False
            value = choice.key
        elif column in (DEPARTMENT, ECONOMIC):
            choices = model.department_choices if column == DEPARTMENT else model.economic_choices
            choice = find_choice(choices, choices, text) if text else None
            if text and choice is None:
                return self._unresolved(editor, choices, text, self.tr(
                    "No such entry: “{text}”. Type part of it, or press F2 for the list."))
            value = choice.key if choice else (None if column == DEPARTMENT else "")
        if not model.setData(QModelIndex(index), value):
            return False
        grid.clear_refusal()
        return True

    def _unresolved(self, editor: _CellEditor, choices: Sequence[Choice], text: str, unknown: str) -> bool:
        """Refuse a text that names no entry, or several (then list them to pick from)."""
        fits = sum(1 for choice in choices if choice_matches(choice, text))
        if fits:
            self._grid.tell(self.tr("“{text}” fits {n} entries: pick one from the list (↓, then Enter).")
                            .format(text=text, n=fits), error=True)
            editor.offer(text)
        else:
            self._grid.tell(unknown.format(text=text), error=True)
        return False

    def _equals(self, editor: _CellEditor) -> None:
        """``=``: the amount that balances the line's side, from the other lines as they stand."""
        grid, model, index = self._grid, self._grid.model, editor.index
        result = model.balancing(index.row(), index.column())
        if result is None:
            editor.setText("")
            grid.tell(self.tr("Choose the line's account first: “=” balances its side (financial or budget)."),
                      error=True)
            return
        column, amount = result
        if column == index.column():
            editor.setText(str(amount) if amount else "")
            grid.tell(self.tr("That side balances already.") if not amount else "")
        else:
            editor.setText("")
            model.setData(model.index(index.row(), column), amount)
            grid.tell(self.tr("The balancing amount {amount} is on the other side of the line: entered there.")
                      .format(amount=format_amount(amount)))

    def _key(self, editor: _CellEditor, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if key in _LEAVE:
            backward = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            editor.take_highlighted()
            if self.apply(editor):
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._grid.step(not backward)
            return True
        if key == Qt.Key.Key_Delete and (modifiers & Qt.KeyboardModifier.ControlModifier
                                         or self._grid.whole_row_selected()):
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._grid.remove_current_row()
            return True
        if key == Qt.Key.Key_Insert:
            if self.apply(editor):
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._grid.insert_row()
            return True
        if key == Qt.Key.Key_F2 and editor.completions is not None:
            editor.offer("")
            return True
        return False

    def eventFilter(self, editor: Any, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in _LEAVE:  # type: ignore[attr-defined]
            return False  # the editor's own event() takes them (with the check before leaving)
        return super().eventFilter(editor, event)


class _GridView(QTableView):
    def __init__(self, grid: VoucherGrid) -> None:
        super().__init__(grid)
        self._grid = grid
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.CurrentChanged | triggers.AnyKeyPressed | triggers.DoubleClicked
                             | triggers.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)  # a row by its number
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Coming into the grid (Tab, the window activated) puts the current cell in edit; the view also gets
        the focus back when an editor closes, and then the move that follows opens the next one."""
        super().focusInEvent(event)
        reasons = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                   Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.ShortcutFocusReason)
        current = self.currentIndex()
        if (event.reason() in reasons and current.flags() & Qt.ItemFlag.ItemIsEditable
                and self.state() != QAbstractItemView.State.EditingState):
            self.edit(current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - the keys when no cell is in edit
        key, modifiers = event.key(), event.modifiers()
        if key in _LEAVE:
            self._grid.step(not (key == Qt.Key.Key_Backtab or modifiers & Qt.KeyboardModifier.ShiftModifier))
        elif key == Qt.Key.Key_Delete and (modifiers & Qt.KeyboardModifier.ControlModifier
                                           or self._grid.whole_row_selected()):
            self._grid.remove_current_row()
        elif key == Qt.Key.Key_Insert:
            self._grid.insert_row()
        else:
            super().keyPressEvent(event)


class VoucherGrid(QWidget):
    """The lines of one 记账凭证, entered from the keyboard; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, accounts: Sequence[AccountChoice], departments: Sequence[tuple[int, str]] = (),
                 economic_classes: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VoucherModel(accounts, departments, economic_classes, self)
        self.view = _GridView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_CellDelegate(self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().sectionClicked.connect(self.select_row)
        self._point_at(0)
        self.setFocusProxy(self.view)

        sums = QGridLayout()
        sums.setHorizontalSpacing(10)
        self._sums: dict[str, QLabel] = {}
        for row, (side, title) in enumerate((("financial", self.tr("Financial accounting")),
                                             ("budget", self.tr("Budget accounting")))):
            sums.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            for place, (kind, label) in enumerate((("debit", self.tr("Debit total")),
                                                   ("credit", self.tr("Credit total")),
                                                   ("difference", self.tr("Difference")))):
                sums.addWidget(QLabel(label), row, 1 + 2 * place, Qt.AlignmentFlag.AlignRight)
                amount = QLabel()
                amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                amount.setMinimumWidth(120)
                amount.setObjectName(f"{side}_{kind}")
                self._sums[f"{side}_{kind}"] = amount
                sums.addWidget(amount, row, 2 + 2 * place)
        sums.setColumnStretch(7, 1)
        sums.setContentsMargins(6, 2, 6, 0)
        self.status_label = QLabel()
        self.status_label.setContentsMargins(6, 0, 6, 2)
        self._refusal = False
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(sums)
        layout.addWidget(self.status_label)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._on_change)
        self._show_totals()

    # --- the contract -----------------------------------------------------------------------------------
    def set_lines(self, lines: list[GridLine]) -> None:
        self._close_editor(commit=False)
        self.model.set_lines(lines)
        self._point_at(0)

    def lines(self) -> list[GridLine]:
        """The voucher's lines; rows with neither account nor amount are left out."""
        return self.model.lines()

    def set_read_only(self, read_only: bool) -> None:
        self._close_editor(commit=True)
        self.model.read_only = read_only
        self.tell(self.tr("Read only: this voucher cannot be edited here.") if read_only else "")
        self.view.viewport().update()

    def finish_editing(self) -> bool:
        """Store the cell being typed in (call before reading ``lines()`` to save). False, with the cell
        left open and the reason shown, when its text is refused."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if not isinstance(editor, _CellEditor):
            return True
        delegate = self.view.itemDelegate()
        if isinstance(delegate, _CellDelegate) and not delegate.apply(editor):
            return False
        self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def totals(self) -> dict[str, Decimal]:
        """``financial_debit``, ``financial_credit``, ``financial_difference`` and the same for ``budget``."""
        return self.model.totals()

    # --- keyboard moves ---------------------------------------------------------------------------------
    def step(self, forward: bool) -> None:
        """The next cell (Enter after the last cell of the last row starts a new row) or the previous one."""
        current = self.view.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, -1)
        last = COLUMNS - 1
        if forward:
            if column < last:
                column += 1
            elif row < self.model.rowCount() - 1 or not self.model.read_only:
                if row == self.model.rowCount() - 1:
                    self.model.insert_row(row + 1)
                row, column = row + 1, 0
        elif column > 0:
            column -= 1
        elif row > 0:
            row, column = row - 1, last
        self.view.setFocus()  # before the move: the cell's editor, opened by the move, keeps the focus
        self.view.setCurrentIndex(self.model.index(row, column))

    def insert_row(self) -> None:
        if self.model.read_only:
            return
        self._close_editor(commit=True)
        current = self.view.currentIndex()
        row = self.model.insert_row(current.row() if current.isValid() else self.model.rowCount())
        self.view.setCurrentIndex(self.model.index(row, 0))

    def remove_current_row(self) -> None:
        if self.model.read_only:
            return
        self._close_editor(commit=False)
        row = max(self.view.currentIndex().row(), 0)
        self.view.clearSelection()
        self.model.remove_row(row)
        self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def select_row(self, row: int) -> None:
        """The whole row, picked by its number, with no cell in edit: Delete then removes it."""
        self._close_editor(commit=True)
        self._point_at(row)
        self.view.selectionModel().select(QItemSelection(self.model.index(row, 0),
                                                         self.model.index(row, COLUMNS - 1)),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.setFocus()

    def whole_row_selected(self) -> bool:
        current = self.view.currentIndex()
        return current.isValid() and self.view.selectionModel().isRowSelected(current.row(), QModelIndex())

    def tell(self, message: str, *, error: bool = False) -> None:
        """The status line under the totals: refusals in red, notes in grey."""
        self._refusal = error
        self.status_label.setStyleSheet("color: #c00000;" if error else "color: #555555;")
        self.status_label.setText(message)

    def clear_refusal(self) -> None:
        """A refusal goes once the cell is put right; a note stays until the next message."""
        if self._refusal:
            self.tell("")

    # --- inside -----------------------------------------------------------------------------------------
    def _close_editor(self, *, commit: bool) -> None:
        editor = self.view.indexWidget(self.view.currentIndex())
        if isinstance(editor, _CellEditor):
            delegate = self.view.itemDelegate()
            if commit and isinstance(delegate, _CellDelegate):
                delegate.apply(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _point_at(self, row: int) -> None:
        """Make the row's first cell current without opening its editor (which would take the focus)."""
        view, triggers = self.view, self.view.editTriggers()
        view.setEditTriggers(triggers & ~QAbstractItemView.EditTrigger.CurrentChanged)
        view.selectionModel().setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        view.setEditTriggers(triggers)

    def _on_change(self, *args: Any) -> None:
        self._show_totals()
        self.changed.emit()

    def _show_totals(self) -> None:
        for key, value in self.model.totals().items():
            label = self._sums[key]
            label.setText(format_amount(value))
            if key.endswith("difference"):
                label.setStyleSheet("color: #c00000; font-weight: bold;" if value else "color: #2e7d32;")
