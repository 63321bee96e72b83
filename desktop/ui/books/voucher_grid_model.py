"""The data behind the voucher entry grid: the lines as the accountant types them, the account and
auxiliary choices, and the running totals of each side (平行记账: financial and budget accounting
each balance on their own). Plain values in and out; nothing here knows the database."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import MoneyError, format_amount, parse_amount

__all__ = ["AccountChoice", "GridLine", "Choice", "VoucherModel", "choice_matches", "find_choice", "ZERO",
           "SUMMARY", "ACCOUNT", "DEBIT", "CREDIT", "DEPARTMENT", "ECONOMIC", "PROJECT", "PAYEE", "COLUMNS"]

ZERO = Decimal("0.00")
SUMMARY, ACCOUNT, DEBIT, CREDIT, DEPARTMENT, ECONOMIC, PROJECT, PAYEE = range(8)
COLUMNS = 8
RED = QColor("#c00000")
BUDGET_TINT = QColor("#f3f7fc")  # budget accounting lines, told apart at a glance


@dataclass(frozen=True)
class AccountChoice:
    code: str
    name: str
    postable: bool
    side: str  # "financial" | "budget"


@dataclass(frozen=True)
class GridLine:
    account: str
    summary: str
    debit: Decimal
    credit: Decimal
    department_id: int | None = None
    project: str = ""
    payee: str = ""
    economic_class: str = ""
    functional_class: str = ""

    def __post_init__(self) -> None:
        # Exact two-place Decimals; a float is refused (MoneyError), never rounded. Negative is a red-ink line.
        for name in ("debit", "credit"):
            object.__setattr__(self, name, parse_amount(getattr(self, name), allow_negative=True, field=name))


@dataclass(frozen=True)
class Choice:
    """One entry a choice cell offers: an account, a department (no code) or an economic class."""
    key: Any
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}" if self.code else self.name


def choice_matches(choice: Choice, text: str) -> bool:
    """Completion: a code prefix, a piece of the name, or the start of the label as shown."""
    text = text.strip()
    if not text:
        return True
    return ((bool(choice.code) and choice.code.startswith(text)) or text.casefold() in choice.name.casefold()
            or choice.label.startswith(text))


def find_choice(exact: Sequence[Choice], guess: Sequence[Choice], text: str) -> Choice | None:
    """The entry ``text`` names: exactly (code, name or label) among ``exact``, else the one entry of
    ``guess`` it completes to; None when it names nothing or is ambiguous."""
    text = text.strip()
    head = text.split()[0] if text else ""
    for choice in exact:
        if text in (choice.label, choice.name) or (choice.code and choice.code == head):
            return choice
    candidates = [c for c in guess if choice_matches(c, text)]
    return candidates[0] if len(candidates) == 1 else None


@dataclass
class _Row:
    summary: str = ""
    account: str = ""
    debit: Decimal = ZERO
    credit: Decimal = ZERO
    department_id: int | None = None
    economic_class: str = ""
    project: str = ""
    payee: str = ""
    functional_class: str = ""  # carried through; not a column of the grid

    def blank(self) -> bool:
        """No account and no amount: not a line (a summary alone is dropped)."""
        return not self.account and not self.debit and not self.credit

    def line(self) -> GridLine:
        return GridLine(self.account, self.summary, self.debit, self.credit, self.department_id, self.project,
                        self.payee, self.economic_class, self.functional_class)


class VoucherModel(QAbstractTableModel):
    """The rows of one voucher. ``setData`` takes an account code, a department id, an economic class
    code, a ``Decimal`` or amount text (never a float) and refuses anything else."""

    def __init__(self, accounts: Sequence[AccountChoice], departments: Sequence[tuple[int, str]] = (),
                 economic_classes: Sequence[tuple[str, str]] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.accounts = {a.code: a for a in accounts}
        self.account_choices = [Choice(a.code, a.code, a.name) for a in accounts]
        self.postable_choices = [Choice(a.code, a.code, a.name) for a in accounts if a.postable]
        self.department_choices = [Choice(key, "", name) for key, name in departments]
        self.economic_choices = [Choice(code, code, name) for code, name in economic_classes]
        self._departments = dict(departments)
        self._economic = dict(economic_classes)
        self._rows: list[_Row] = [_Row()]
        self.read_only = False

    # --- Qt model ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
            return [self.tr("Description"), self.tr("Ledger account"), self.tr("Debit amount"),
                    self.tr("Credit amount"), self.tr("Department"), self.tr("Economic class"), self.tr("Project"),
                    self.tr("Payee / counterparty")][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column in (DEBIT, CREDIT):
                amount = row.debit if column == DEBIT else row.credit
                return str(amount) if amount else ""
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in (DEBIT, CREDIT) else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column in (DEBIT, CREDIT):
            return QBrush(RED) if (row.debit if column == DEBIT else row.credit) < 0 else None
        if role == Qt.ItemDataRole.BackgroundRole and self.side_of(index.row()) == "budget":
            return QBrush(BUDGET_TINT)
        if role == Qt.ItemDataRole.ToolTipRole and column == ACCOUNT and row.account in self.accounts:
            return self.tr("Budget accounting") if self.side_of(index.row()) == "budget" \
                else self.tr("Financial accounting")
        return None

    def _text(self, row: _Row, column: int) -> str:
        if column == SUMMARY:
            return row.summary
        if column == ACCOUNT:
            account = self.accounts.get(row.account)
            return f"{account.code} {account.name}" if account else row.account
        if column in (DEBIT, CREDIT):
            amount = row.debit if column == DEBIT else row.credit
            return format_amount(amount) if amount else ""
        if column == DEPARTMENT:
            return self._departments.get(row.department_id, "") if row.department_id is not None else ""
        if column == ECONOMIC:
            name = self._economic.get(row.economic_class)
            return f"{row.economic_class} {name}" if name else row.economic_class
        return row.project if column == PROJECT else row.payee

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            changed = self._store(self._rows[index.row()], index.column(), value)
        except (MoneyError, ValueError):
            return False
        if changed:
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMNS - 1))
        return True

    def _store(self, row: _Row, column: int, value: Any) -> bool:
        """Put ``value`` into the row; False if nothing changed; ValueError/MoneyError if refused."""
        before = (row.summary, row.account, row.debit, row.credit, row.department_id, row.economic_class,
                  row.project, row.payee)
        if column in (DEBIT, CREDIT):
            amount = ZERO if value is None or value == "" else parse_amount(value, allow_negative=True)
            if column == DEBIT:
                row.debit = amount
                row.credit = ZERO if amount else row.credit  # an amount on one side clears the other
            else:
                row.credit = amount
                row.debit = ZERO if amount else row.debit
        elif column == DEPARTMENT:
            if value is not None and (isinstance(value, bool) or value not in self._departments):
                raise ValueError(f"unknown department {value!r}")
            row.department_id = value
        elif not isinstance(value, str):
            raise ValueError(f"text expected, not {type(value).__name__}")
        elif column == ACCOUNT:
            code = value.strip()
            if code and not (code in self.accounts and self.accounts[code].postable):
                raise ValueError(f"not a postable account: {code!r}")
            row.account = code
        elif column == ECONOMIC:
            if value.strip() and value.strip() not in self._economic:
                raise ValueError(f"unknown economic class {value!r}")
            row.economic_class = value.strip()
        else:
            setattr(row, {SUMMARY: "summary", PROJECT: "project", PAYEE: "payee"}[column], value.strip())
        return before != (row.summary, row.account, row.debit, row.credit, row.department_id, row.economic_class,
                          row.project, row.payee)

    # --- rows -------------------------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[GridLine]) -> None:
        """Show ``lines`` as they are (an account since closed to postings is shown, not refused)."""
        rows = [_Row(line.summary, line.account, line.debit, line.credit, line.department_id, line.economic_class,
                     line.project, line.payee, line.functional_class) for line in lines]
        self.beginResetModel()
        self._rows = rows or [_Row()]
        self.endResetModel()

    def lines(self) -> list[GridLine]:
        return [row.line() for row in self._rows if not row.blank()]

    def summary_of(self, row: int) -> str:
        return self._rows[row].summary if 0 <= row < len(self._rows) else ""

    def insert_row(self, at: int) -> int:
        at = max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, _Row())
        self.endInsertRows()
        return at

    def remove_row(self, at: int) -> None:
        """Remove row ``at``; the last row left is emptied instead, so there is always a row to type in."""
        if not 0 <= at < len(self._rows):
            return
        if len(self._rows) == 1:
            self.beginResetModel()
            self._rows = [_Row()]
            self.endResetModel()
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self.endRemoveRows()

    # --- the two sides ----------------------------------------------------------------------------------
    def side_of(self, row: int) -> str | None:
        account = self.accounts.get(self._rows[row].account)
        return account.side if account else None

    def totals(self) -> dict[str, Decimal]:
        """Debit and credit totals of each side and their difference (debit − credit)."""
        sums = {f"{side}_{kind}": ZERO for side in ("financial", "budget") for kind in ("debit", "credit")}
        for number, row in enumerate(self._rows):
            side = self.side_of(number)
            if side in ("financial", "budget"):
                sums[f"{side}_debit"] += row.debit
                sums[f"{side}_credit"] += row.credit
        for side in ("financial", "budget"):
            sums[f"{side}_difference"] = sums[f"{side}_debit"] - sums[f"{side}_credit"]
        return sums

    def balancing(self, row: int, column: int) -> tuple[int, Decimal] | None:
        """What ``=`` in (row, column) fills: the amount that balances the row's side, the other rows
        as they stand. In ``column`` when positive there, else in the other amount column; None when
        the row has no account (so no side) yet."""
        side = self.side_of(row)
        if side is None:
            return None
        debit = credit = ZERO
        for number, other in enumerate(self._rows):
            if number != row and self.side_of(number) == side:
                debit += other.debit
                credit += other.credit
        need = credit - debit if column == DEBIT else debit - credit
        if need >= 0:
            return column, need
        return (CREDIT if column == DEBIT else DEBIT), -need
