"""账簿: the books area for the finance staff and the readers of the books (director, finance leader,
office head, auditor) — the voucher list (filter by period, state and text, sort by any column,
double-click to open, 记账 of the selected reviewed vouchers), 科目余额表, 明细账, 日记账 and 结账.
The drill-down runs 科目余额表 → 明细账 → 记账凭证 → 原始单据 and its signed sheet."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QListWidget, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.books import VoucherView
from desktop.services.desk import Desk
from desktop.ui.books.import_panel import ImportPanel
from desktop.ui.books.journal_view import JournalView
from desktop.ui.books.ledger_view import LedgerView
from desktop.ui.books.period_box import PeriodBox, this_month
from desktop.ui.books.trial_balance_view import TrialBalanceView
from desktop.ui.books.voucher_dialog import VoucherDialog, is_maker
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform

__all__ = ["BooksPage", "VoucherList", "ClosePanel"]

KEY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The list's state filter: the service's codes, with the words a 用友/金蝶 user knows.
STATE_FILTERS = (("", "全部"), ("draft", "未提交"), ("review", "待审核"), ("approved", "已审核"),
                 ("posted", "已记账"), ("void", "已作废"))


class _Item(QTableWidgetItem):
    """Sorts by a key of its own (amounts as numbers, dates and numbers as written)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return super().__lt__(other)


class VoucherList(QWidget):
    open_requested = Signal(int)  # a voucher id
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.vouchers: list[VoucherView] = []
        self.periodBox = PeriodBox(self, allow_all=True, initial="")  # newest first, every period
        self.periodBox.setObjectName("periodBox")
        self.stateBox = QComboBox(self)
        self.stateBox.setObjectName("stateBox")
        for code, label in STATE_FILTERS:
            self.stateBox.addItem(label, code)
        self.textEdit = QLineEdit(self)
        self.textEdit.setObjectName("textEdit")
        self.textEdit.setPlaceholderText(self.tr("Summary or voucher no."))
        self.textEdit.setClearButtonEnabled(True)
        self.searchButton = QPushButton(self.tr("Search"), self)
        self.newButton = QPushButton(self.tr("New voucher…"), self)
        self.openButton = QPushButton(self.tr("Open"), self)
        self.postButton = QPushButton(self.tr("Post selected"), self)
        for name, button in (("searchButton", self.searchButton), ("newButton", self.newButton),
                             ("openButton", self.openButton), ("postButton", self.postButton)):
            button.setObjectName(name)
        maker = is_maker(user)
        self.newButton.setVisible(maker)
        self.postButton.setVisible(maker)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.periodBox)
        bar.addWidget(QLabel(self.tr("State:"), self))
        bar.addWidget(self.stateBox)
        bar.addWidget(self.textEdit, 1)
        bar.addWidget(self.searchButton)
        bar.addSpacing(24)
        bar.addWidget(self.newButton)
        bar.addWidget(self.openButton)
        bar.addWidget(self.postButton)
        self.table = QTableWidget(self)
        self.table.setObjectName("voucherTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.countLabel)
        self.searchButton.clicked.connect(self.refresh)
        self.textEdit.returnPressed.connect(self.refresh)
        self.stateBox.activated.connect(lambda _i: self.refresh())
        self.periodBox.activated.connect(lambda _i: self.refresh())
        self.newButton.clicked.connect(lambda: self.open_requested.emit(0))
        self.openButton.clicked.connect(self._open_current)
        self.postButton.clicked.connect(self.post_selected)

    def headers(self) -> list[str]:
        return [self.tr("Voucher no."), self.tr("Date"), self.tr("Description"), self.tr("Amount (yuan)"),
                self.tr("Attachments"), self.tr("State"), self.tr("Maker"), self.tr("Posted by"), self.tr("Origin")]

    def refresh(self) -> None:
        keep = set(self.selected_ids())
        done, vouchers = attempt(self, self.desk.books.vouchers, self.user, period=self.periodBox.period() or None,
                                 state=self.stateBox.currentData() or None, text=self.textEdit.text())
        if not done:
            return
        self.vouchers = vouchers
        table = self.table
        table.setSortingEnabled(False)
        table.clearContents()
        table.setColumnCount(len(self.headers()))
        table.setHorizontalHeaderLabels(self.headers())
        table.setRowCount(len(vouchers))
        origins = {"manual": self.tr("Entered by hand"), "claim": self.tr("Claim"), "advance": self.tr("Advance"),
                   "import": self.tr("Imported"), "reversal": self.tr("Red reversal")}
        for r, v in enumerate(vouchers):
            cells = [(v.voucher_no, v.voucher_no), (v.voucher_date.isoformat(), v.voucher_date.isoformat()),
                     (v.summary, v.summary), (money(v.total), v.total), (str(v.attachments), v.attachments),
                     (v.state_label, v.state_label), (v.maker, v.maker), (v.poster, v.poster),
                     (origins.get(v.origin, v.origin), v.origin)]
            for c, (text, key) in enumerate(cells):
                item = _Item(text)
                item.setData(KEY_ROLE, v.id)
                item.setData(SORT_ROLE, key)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 3 and v.total < 0:
                    item.setForeground(Qt.GlobalColor.red)
                if c == 2:
                    item.setToolTip(text)
                table.setItem(r, c, item)
            if v.id in keep:
                table.selectRow(r)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(header.sortIndicatorSection() if header.isSortIndicatorShown() else 0,
                           header.sortIndicatorOrder() if header.isSortIndicatorShown() else Qt.SortOrder.DescendingOrder)
        posted = sum((v.total for v in vouchers if v.state == "posted"), Decimal("0"))
        self.countLabel.setText(self.tr("Vouchers: {n} · posted amount {amount}").format(n=len(vouchers),
                                                                                          amount=money(posted)))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        return [self.table.item(r, 0).data(KEY_ROLE) for r in rows]

    def select_voucher(self, voucher_id: int, *, add: bool = False) -> None:
        if not add:
            self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(KEY_ROLE) == voucher_id:
                self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(int(item.data(KEY_ROLE)))

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])

    def post_selected(self) -> None:
        """记账 of every selected voucher that has been reviewed, in one transaction."""
        by_id = {v.id: v for v in self.vouchers}
        chosen = [by_id[i] for i in self.selected_ids() if i in by_id]
        ready = [v for v in chosen if v.state == "draft" and v.review_state in ("approved", "archived")]
        skipped = [v.voucher_no for v in chosen if v not in ready]
        if not ready:
            inform(self, self.tr("Post vouchers"),
                   self.tr("Select reviewed vouchers (state 已审核) to post."), warning=True)
            return
        done, numbers = attempt(self, self.desk.books.post, self.user, [v.id for v in ready])
        if done:
            self.refresh()
            self.changed.emit()
            text = self.tr("Posted: {numbers}").format(numbers="、".join(numbers))
            if skipped:
                text += "\n" + self.tr("Not reviewed, left as they are: {numbers}").format(numbers="、".join(skipped))
            status_bar = getattr(self.window(), "statusBar", None)
            if status_bar is not None:
                status_bar().showMessage(text, 8000)
            self.countLabel.setText(self.countLabel.text() + " · " + text.replace("\n", " · "))


class ClosePanel(QWidget):
    """结账 (RPT-03): the month's checks, every problem listed; 结账, and 反结账 for the finance head."""

    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.periodBox = PeriodBox(self, months_only=True, initial=this_month())
        self.periodBox.setObjectName("periodBox")
        self.checkButton = QPushButton(self.tr("Check"), self)
        self.closeButton = QPushButton(self.tr("Close the month"), self)
        self.reopenButton = QPushButton(self.tr("Reopen the month…"), self)
        for name, button in (("checkButton", self.checkButton), ("closeButton", self.closeButton),
                             ("reopenButton", self.reopenButton)):
            button.setObjectName(name)
        self.closeButton.setVisible(is_maker(user))
        self.reopenButton.setVisible("finance_head" in user.positions)
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("stateLabel")
        self.problemList = QListWidget(self)
        self.problemList.setObjectName("problemList")
        self.problemList.setWordWrap(True)
        self.closedLabel = QLabel(self)
        self.closedLabel.setObjectName("closedLabel")
        self.closedLabel.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:"), self))
        bar.addWidget(self.periodBox)
        bar.addWidget(self.checkButton)
        bar.addWidget(self.closeButton)
        bar.addWidget(self.reopenButton)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stateLabel)
        layout.addWidget(QLabel(self.tr("What stands in the way of closing:"), self))
        layout.addWidget(self.problemList, 1)
        layout.addWidget(self.closedLabel)
        self.checkButton.clicked.connect(self.refresh)
        self.periodBox.activated.connect(lambda _i: self.refresh())
        self.closeButton.clicked.connect(self.close_month)
        self.reopenButton.clicked.connect(self.reopen_month)

    def refresh(self) -> None:
        period = self.periodBox.period()
        closed = self.desk.books.closed_periods(self.user)
        is_closed = period in closed
        done, problems = attempt(self, self.desk.books.close_checks, self.user, period)
        self.problemList.clear()
        if is_closed:
            self.stateLabel.setText(self.tr("{period}: closed").format(period=period))
            self.stateLabel.setStyleSheet("color: #2e7d32; font-weight: bold;")
        else:
            self.stateLabel.setText(self.tr("{period}: open").format(period=period))
            self.stateLabel.setStyleSheet("font-weight: bold;")
        if done and not is_closed:
            for p in problems or ():
                self.problemList.addItem(f"{p.text}  [{p.rule}]")
            if not problems:
                self.problemList.addItem(self.tr("✓ Nothing: the month can be closed."))
        self.closeButton.setEnabled(not is_closed)
        self.reopenButton.setEnabled(is_closed and bool(closed) and closed[-1] == period)
        self.closedLabel.setText(self.tr("Closed months: {months}").format(months="、".join(closed) or "—"))

    def problems(self) -> list[str]:
        return [self.problemList.item(i).text() for i in range(self.problemList.count())]

    def close_month(self) -> None:
        done, _ = attempt(self, self.desk.books.close_period, self.user, self.periodBox.period())
        self.refresh()
        if done:
            self.changed.emit()

    def reopen_month(self) -> None:
        period = self.periodBox.period()
        reason, ok = QInputDialog.getText(self, self.tr("Reopen the month"),
                                          self.tr("Why is {period} reopened? (recorded in the audit trail)")
                                          .format(period=period))
        if not ok:
            return
        done, _ = attempt(self, self.desk.books.reopen_period, self.user, period, reason)
        self.refresh()
        if done:
            self.changed.emit()


class BooksPage(QWidget):
    changed = Signal()

    TABS = ("vouchers", "trial_balance", "ledger", "journal", "close", "import")

    def __init__(self, desk: Desk, user: SignedIn, title: str = "", *, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.language = desk, user, language
        self._choices = None
        self.titleLabel = QLabel(title or self.tr("Books"), self)
        self.titleLabel.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("booksTabs")
        self.voucherList = VoucherList(desk, user, self)
        self.trialBalance = TrialBalanceView(desk, user, self)
        self.ledger = LedgerView(desk, user, self)
        self.journal = JournalView(desk, user, self)
        self.closePanel = ClosePanel(desk, user, self)
        for widget, label in ((self.voucherList, self.tr("Vouchers")), (self.trialBalance, self.tr("Trial balance")),
                              (self.ledger, self.tr("Ledger")), (self.journal, self.tr("Cash and bank journals")),
                              (self.closePanel, self.tr("Month close"))):
            self.tabs.addTab(widget, label)
        # 导入 (期初余额, 凭证) for those who make vouchers: the accountant and the finance head.
        self.importPanel = ImportPanel(desk, user, self)
        self.tabs.addTab(self.importPanel, self.tr("Import"))
        self.tabs.setTabVisible(self.TABS.index("import"), is_maker(user))
        self.importPanel.changed.connect(self._books_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.tabs, 1)
        self._shown: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.voucherList.open_requested.connect(self.open_voucher)
        self.voucherList.changed.connect(self._books_changed)
        self.closePanel.changed.connect(self._books_changed)
        self.trialBalance.ledger_requested.connect(self.open_ledger)
        self.ledger.voucher_requested.connect(self.open_voucher)
        self.journal.voucher_requested.connect(self.open_voucher)

    def open_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self.TABS.index(key))
        return self.tabs.currentWidget()

    def refresh(self) -> None:
        """The shown tab reads again; the others when next shown."""
        self._shown = {self.tabs.currentIndex()}
        self._load(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index not in self._shown:
            self._shown.add(index)
            self._load(index)

    def _load(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.ledger:
            self.ledger.load_accounts()
            if self.ledger.model.page is not None:
                self.ledger.refresh()
        elif widget is not None:
            widget.refresh()

    def _books_changed(self) -> None:
        self._shown = {self.tabs.currentIndex()}
        self.changed.emit()

    def open_ledger(self, code: str, period: str, include_unposted: bool = False) -> LedgerView:
        """From the trial balance: the account's 明细账 for the same period."""
        self._shown.add(self.TABS.index("ledger"))
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.show_ledger(code, period, include_unposted)
        return self.ledger

    def voucher_dialog(self, voucher_id: int | None) -> VoucherDialog:
        if self._choices is None:
            from desktop.ui.books.voucher_dialog import grid_choices

            self._choices = grid_choices(self.desk, self.user)
        dialog = VoucherDialog(self.desk, self.user, voucher_id or None, choices=self._choices,
                               language=self.language, parent=self)
        dialog.setObjectName("voucherDialog")
        dialog.changed.connect(self._voucher_changed)
        return dialog

    def open_voucher(self, voucher_id: int) -> None:
        """A voucher (0: a new one) in its dialog; the lists read again when it changed something."""
        dialog = self.voucher_dialog(voucher_id)
        dialog.exec()
        dialog.deleteLater()

    def _voucher_changed(self) -> None:
        self._shown = set()
        self._load_current()
        self.changed.emit()

    def _load_current(self) -> None:
        self._shown.add(self.tabs.currentIndex())
        self._load(self.tabs.currentIndex())
