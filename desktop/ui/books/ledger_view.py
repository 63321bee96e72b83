"""明细账: the lines of one account (with its sub-accounts) for a month or a year, with the running
balance, read a page at a time as the view scrolls (``canFetchMore``/``fetchMore`` over
``desk.books.ledger(offset, limit)``), so a busy account opens at once. Double-clicking a line
opens its voucher."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.services.base import Refused, SignedIn
from desktop.services.books import LedgerPage, LedgerRow
from desktop.services.desk import Desk
from desktop.ui.books.period_box import PeriodBox
from desktop.ui.formatting import money
from desktop.ui.messages import refusal_box

__all__ = ["LedgerModel", "LedgerView", "PAGE"]

PAGE = 200
VOUCHER_ROLE = Qt.ItemDataRole.UserRole


class LedgerModel(QAbstractTableModel):
    """Row 0 is the opening balance (期初余额); the lines follow, fetched ``PAGE`` at a time."""

    def __init__(self, fetch, parent: Any = None) -> None:  # noqa: ANN001 - fetch(offset, limit) → LedgerPage
        super().__init__(parent)
        self._fetch = fetch
        self.page: LedgerPage | None = None
        self.rows: list[LedgerRow] = []
        self.total = 0
        self.fetches = 0

    def reset(self) -> None:
        """Read the first page again (account, period or filter changed); a refusal keeps what was shown."""
        page = self._fetch(0, PAGE)
        self.beginResetModel()
        self.page, self.rows, self.total = page, list(page.rows), page.total_rows
        self.fetches = 1
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.page is None:
            return 0
        return 1 + len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self.page is not None and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        page = self._fetch(len(self.rows), PAGE)
        self.fetches += 1
        if not page.rows:
            self.total = len(self.rows)
            return
        first = 1 + len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.rows += page.rows
        self.total = page.total_rows
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Date"), self.tr("Voucher no."), self.tr("Ledger account"), self.tr("Description"), self.tr("Debit"),
                    self.tr("Credit"), self.tr("Dr/Cr"), self.tr("Balance")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.page is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (4, 5, 7):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if column != 6 else Qt.AlignmentFlag.AlignCenter
        if index.row() == 0:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            page = self.page
            return {3: self.tr("Opening balance"), 6: page.opening_side, 7: money(page.opening)}.get(column, "")
        line = self.rows[index.row() - 1]
        if role == VOUCHER_ROLE:
            return line.voucher_id
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return line.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (line.voucher_date.isoformat(), line.voucher_no, line.account, line.summary,
                money(line.debit) if line.debit else "", money(line.credit) if line.credit else "",
                line.balance_side, money(line.balance))[column]


class LedgerView(QWidget):
    voucher_requested = Signal(int)

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.accountBox = QComboBox(self)
        self.accountBox.setObjectName("accountBox")
        self.accountBox.setEditable(True)
        self.accountBox.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.accountBox.setMinimumContentsLength(22)
        self.accountBox.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.accountBox.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._accounts_loaded = False
        self.periodBox = PeriodBox(self)
        self.periodBox.setObjectName("periodBox")
        self.unpostedCheck = QCheckBox(self.tr("Include unposted vouchers"), self)
        self.unpostedCheck.setObjectName("unpostedCheck")
        # Subsidiary ledgers (辅助账): the lines of one department or economic class only.
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("departmentBox")
        self.departmentBox.addItem(self.tr("All departments"), None)
        self.classBox = QComboBox(self)
        self.classBox.setObjectName("classBox")
        self.classBox.addItem(self.tr("All economic classes"), "")
        self.showButton = QPushButton(self.tr("Show"), self)
        self.showButton.setObjectName("showButton")
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("titleLabel")
        self.titleLabel.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Ledger account:"), self))
        bar.addWidget(self.accountBox)
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.periodBox)
        bar.addWidget(self.departmentBox)
        bar.addWidget(self.classBox)
        bar.addWidget(self.unpostedCheck)
        bar.addWidget(self.showButton)
        bar.addStretch(1)
        self.model = LedgerModel(self._fetch, self)
        self.table = QTableView(self)
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((96, 150, 80, 300, 120, 120, 44, 130)):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_line)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        head = QHBoxLayout()
        head.addWidget(self.titleLabel)
        head.addStretch(1)
        head.addWidget(self.countLabel)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        self.showButton.clicked.connect(self.refresh)
        self.accountBox.activated.connect(lambda _i: self.refresh())
        self.model.rowsInserted.connect(lambda *_: self._count())

    def load_accounts(self) -> None:
        if self._accounts_loaded:
            return
        self._accounts_loaded = True
        from desktop.ui.books.voucher_dialog import grid_choices

        _accounts, departments, classes = grid_choices(self.desk, self.user)
        for dept_id, name in departments:
            self.departmentBox.addItem(name, dept_id)
        for code, name in classes:
            self.classBox.addItem(f"{code} {name}", code)
        keep = self.account()
        for account in self.desk.books.accounts(self.user):
            indent = "  " * (account.level - 1)
            self.accountBox.addItem(f"{indent}{account.code} {account.name}", account.code)
        if keep:
            self.set_account(keep)

    def account(self) -> str:
        text = self.accountBox.currentText().strip()
        index = self.accountBox.currentIndex()
        if index >= 0 and self.accountBox.itemText(index).strip() == text:
            return self.accountBox.itemData(index) or ""
        return text.split()[0] if text else ""

    def set_account(self, code: str) -> None:
        index = self.accountBox.findData(code)
        if index >= 0:
            self.accountBox.setCurrentIndex(index)
        else:
            self.accountBox.setEditText(code)

    def show_ledger(self, code: str, period: str, include_unposted: bool = False) -> None:
        self.load_accounts()
        self.set_account(code)
        self.periodBox.set_period(period)
        self.unpostedCheck.setChecked(include_unposted)
        self.refresh()

    def _fetch(self, offset: int, limit: int) -> LedgerPage:
        return self.desk.books.ledger(self.user, self._query[0], self._query[1], offset=offset, limit=limit,
                                      include_unposted=self._query[2], department_id=self._query[3],
                                      economic_class=self._query[4])

    def refresh(self) -> None:
        self.load_accounts()
        code = self.account()
        if not code:
            return
        self._query = (code, self.periodBox.period(), self.unpostedCheck.isChecked(), self.departmentBox.currentData(),
                       self.classBox.currentData() or "")
        try:
            self.model.reset()
        except Refused as refused:
            refusal_box(self, refused)
            return
        page = self.model.page
        self.titleLabel.setText(self.tr("Ledger: {code} {name}").format(code=page.account, name=page.name))
        self._count()

    def _count(self) -> None:
        if self.model.page is not None:
            self.countLabel.setText(self.tr("{shown} of {total} lines").format(shown=len(self.model.rows),
                                                                               total=self.model.total))

    def _open_line(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        voucher_id = self.model.index(index.row(), 0).data(VOUCHER_ROLE)
        if voucher_id:
            self.voucher_requested.emit(int(voucher_id))
