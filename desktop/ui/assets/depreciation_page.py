"""折旧 (政府会计准则第3号, issue 13 item 6): the month's depreciation previewed card by card, 计提折旧
(run once per month: a second run changes nothing and says so), the voucher it drafted opened from
here, the runs so far, the cards reconciled with the ledger to the fen, and the accepted cards still
waiting for their acquisition voucher."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QTableWidget, QTabWidget, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.books.period_box import PeriodBox, this_month
from desktop.ui.formatting import local_time, money
from desktop.ui.messages import attempt
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["DepreciationPage"]

ACCOUNTANTS = {"accountant", "finance_head"}
MAX_ROWS = 5000  # preview lines put on screen
GREEN, RED = "color: #2e7d32; font-weight: bold;", "color: #c62828; font-weight: bold;"


def _table(parent: QWidget, name: str, *, multi: bool = False) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    return table


def _first(obj: Any, *names: str, default: Any = "") -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


class DepreciationPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.voucher_id: int | None = None
        self.awaiting: list[Any] = []
        self.periodBox = PeriodBox(self, months_only=True, initial=self._next_period())
        self.periodBox.setObjectName("periodBox")
        self.previewButton = QPushButton(self.tr("Preview"), self)
        self.runButton = QPushButton(self.tr("Run depreciation"), self)
        self.reconcileButton = QPushButton(self.tr("Reconcile with the ledger"), self)
        self.voucherButton = QPushButton(self)
        self.voucherButton.setFlat(True)
        self.voucherButton.setStyleSheet("color: #1565c0; text-decoration: underline;")
        self.voucherButton.setVisible(False)
        for name, button in (("previewButton", self.previewButton), ("runButton", self.runButton),
                             ("reconcileButton", self.reconcileButton), ("voucherButton", self.voucherButton)):
            button.setObjectName(name)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:"), self))
        bar.addWidget(self.periodBox)
        bar.addWidget(self.previewButton)
        bar.addWidget(self.runButton)
        bar.addWidget(self.reconcileButton)
        bar.addStretch(1)
        self.resultLabel = QLabel(self)
        self.resultLabel.setObjectName("resultLabel")
        self.resultLabel.setWordWrap(True)
        result_row = QHBoxLayout()
        result_row.addWidget(self.resultLabel, 1)
        result_row.addWidget(self.voucherButton)
        self.reconcileLabel = QLabel(self)
        self.reconcileLabel.setObjectName("reconcileLabel")
        self.reconcileLabel.setWordWrap(True)
        self.previewTable = _table(self, "previewTable")
        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("totalLabel")
        preview_box = QGroupBox(self.tr("The month's depreciation, card by card"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.previewTable, 1)
        preview_layout.addWidget(self.totalLabel)
        self.runsTable = _table(self, "runsTable")
        self.runsTable.doubleClicked.connect(lambda index: self._open_run_voucher(index.row()))
        self.awaitingTable = _table(self, "awaitingTable", multi=True)
        self.acquisitionButton = QPushButton(self.tr("Draft acquisition voucher for the selected"), self)
        self.acquisitionButton.setObjectName("acquisitionButton")
        awaiting = QWidget(self)
        awaiting_layout = QVBoxLayout(awaiting)
        awaiting_layout.addWidget(QLabel(self.tr("Accepted cards with no acquisition voucher yet:"), awaiting))
        awaiting_layout.addWidget(self.awaitingTable, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.acquisitionButton)
        awaiting_layout.addLayout(row)
        self.lowerTabs = QTabWidget(self)
        self.lowerTabs.setObjectName("lowerTabs")
        self.lowerTabs.addTab(self.runsTable, self.tr("Runs"))
        self.lowerTabs.addTab(awaiting, self.tr("Acquisition vouchers"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(preview_box)
        splitter.addWidget(self.lowerTabs)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(result_row)
        layout.addWidget(self.reconcileLabel)
        layout.addWidget(splitter, 1)
        self.previewButton.clicked.connect(self.preview)
        self.periodBox.activated.connect(lambda _i: self.preview())
        self.runButton.clicked.connect(self.run)
        self.reconcileButton.clicked.connect(self.reconcile)
        self.voucherButton.clicked.connect(lambda: self.open_voucher(self.voucher_id))
        self.acquisitionButton.clicked.connect(self.draft_acquisition)
        self.runs: list[Any] = []
        keeper = bool(ACCOUNTANTS & set(user.positions))  # ASSET-05: finance runs it, not the asset manager
        self.runButton.setVisible(keeper)
        self.acquisitionButton.setVisible(keeper)

    def _next_period(self) -> str:
        """The month the next run is for (after the last one run), else this month."""
        try:
            return self.desk.depreciation.next_period(self.user)
        except Exception:  # noqa: BLE001 - a reader without the right sees this month
            return this_month()

    def refresh(self) -> None:
        self.load_runs()
        self.preview()
        self.load_awaiting()

    # The month ----------------------------------------------------------------------------------
    def preview(self) -> None:
        done, view = attempt(self, self.desk.depreciation.preview, self.user, self.periodBox.period())
        if not done:
            return
        rows = list(view.rows)[:MAX_ROWS]  # the total below counts them all
        headers = [self.tr("Asset no."), self.tr("Asset name"), self.tr("Monthly amount"), self.tr("Department"),
                   self.tr("Expense account")]
        fill_table(self.previewTable, headers,
                   [[_first(r, "card_no"), _first(r, "name"), money(_first(r, "amount", "monthly", default=None)),
                     _first(r, "department_name", "department"),
                     _first(r, "account_label", "expense_account", "account")] for r in rows],
                   [_first(r, "card_id", "id", default=None) for r in rows], align=("", "", RIGHT), stretch=1)
        accounts = "；".join(f"{code} {money(amount)}" for code, amount in sorted(view.by_account.items()))
        self.totalLabel.setText(self.tr("{period}: {n} card(s), total {total}").format(
            period=view.period, n=len(view.rows), total=money(view.total)) + (f"（{accounts}）" if accounts else ""))
        self._show_done(self._run_of(view.period))

    def _run_of(self, period: str) -> Any:
        return next((r for r in self.runs if r.period == period), None)

    def _show_done(self, run: Any) -> None:
        if run is None:
            self.resultLabel.setText(self.tr("Not run yet for this month."))
            self.resultLabel.setStyleSheet("")
            self.voucherButton.setVisible(False)
            self.voucher_id = None
            return
        self.resultLabel.setText(self.tr("Depreciation for {period} is done: {n} card(s), {total}.").format(
            period=run.period, n=run.cards, total=money(run.total)))
        self.resultLabel.setStyleSheet(GREEN)
        self._show_voucher(_first(run, "voucher_id", default=None), _first(run, "voucher_no", default=""))

    def _show_voucher(self, voucher_id: int | None, voucher_no: str) -> None:
        self.voucher_id = voucher_id
        self.voucherButton.setVisible(voucher_id is not None)
        self.voucherButton.setText(self.tr("Voucher {no}…").format(no=voucher_no or voucher_id))

    def run(self) -> Any:
        """计提折旧: once per month; a second run changes nothing and says it was already done."""
        period = self.periodBox.period()
        done, view = attempt(self, self.desk.depreciation.run, self.user, period)
        if not done:
            return None
        if view.already:
            self.resultLabel.setText(self.tr("Depreciation for {period} was already run: nothing changed "
                                             "({n} card(s), {total}).").format(period=view.period, n=view.cards,
                                                                               total=money(view.total)))
            self.resultLabel.setStyleSheet("color: #b26a00; font-weight: bold;")
        else:
            self.resultLabel.setText(self.tr("Depreciation for {period} run: {n} card(s), {total}.").format(
                period=view.period, n=view.cards, total=money(view.total)))
            if view.note:
                self.resultLabel.setText(self.resultLabel.text() + " " + view.note)
            self.resultLabel.setStyleSheet(GREEN)
            self.changed.emit()
        self._show_voucher(view.voucher_id, view.voucher_no or "")
        self.load_runs()
        return view

    def reconcile(self) -> Any:
        """卡片 against 固定资产 / 固定资产累计折旧 in the ledger, to the fen."""
        done, rec = attempt(self, self.desk.depreciation.reconcile, self.user, self.periodBox.period())
        if not done:
            return None
        if rec.agree:
            self.reconcileLabel.setText(self.tr("✓ Cards and ledger agree: original value {original}, accumulated "
                                                "depreciation {accumulated}.").format(
                original=money(rec.original_cards), accumulated=money(rec.accumulated_cards)))
            self.reconcileLabel.setStyleSheet(GREEN)
        else:
            lines = [self.tr("✗ Cards and ledger differ:")]
            for label, cards, ledger in ((self.tr("Original value"), rec.original_cards, rec.original_ledger),
                                         (self.tr("Accumulated depreciation"), rec.accumulated_cards,
                                          rec.accumulated_ledger)):
                diff = Decimal(cards) - Decimal(ledger)
                mark = "" if diff == 0 else self.tr(" (difference {diff})").format(diff=money(diff))
                lines.append(self.tr("{what}: cards {cards}, ledger {ledger}").format(
                    what=label, cards=money(cards), ledger=money(ledger)) + mark)
            lines += [f"· {text}" for text in getattr(rec, "differences", ()) if "差额" not in text]
            self.reconcileLabel.setText("\n".join(lines))
            self.reconcileLabel.setStyleSheet(RED)
        return rec

    # Runs and acquisition vouchers --------------------------------------------------------------
    def load_runs(self) -> None:
        done, runs = attempt(self, self.desk.depreciation.runs, self.user)
        if not done:
            return
        self.runs = list(runs)
        headers = [self.tr("Month"), self.tr("Cards"), self.tr("Total"), self.tr("Voucher"), self.tr("Run by"),
                   self.tr("Run at")]
        fill_table(self.runsTable, headers,
                   [[r.period, r.cards, money(r.total), _first(r, "voucher_no", default="") or "",
                     _first(r, "run_by_name", "run_by", default=""), local_time(_first(r, "run_at", default=None))]
                    for r in self.runs], [_first(r, "voucher_id", default=None) for r in self.runs],
                   align=("", RIGHT, RIGHT))

    def _open_run_voucher(self, row: int) -> None:
        if 0 <= row < len(self.runs):
            self.open_voucher(_first(self.runs[row], "voucher_id", default=None))

    def load_awaiting(self) -> None:
        done, cards = attempt(self, self.desk.depreciation.awaiting_vouchers, self.user)
        if not done:
            return
        self.awaiting = list(cards)
        headers = [self.tr("Asset no."), self.tr("Asset name"), self.tr("Original value"), self.tr("Acquired on"),
                   self.tr("Department")]
        fill_table(self.awaitingTable, headers,
                   [[c.card_no, c.name, money(c.original_value), str(c.acquired_on), c.department_name]
                    for c in self.awaiting], [c.id for c in self.awaiting], align=("", "", RIGHT), stretch=1)
        self.lowerTabs.setTabText(1, self.tr("Acquisition vouchers ({n})").format(n=len(self.awaiting)))

    def selected_awaiting(self) -> list[int]:
        rows = sorted({i.row() for i in self.awaitingTable.selectedItems()})
        return [self.awaitingTable.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def draft_acquisition(self) -> int | None:
        ids = self.selected_awaiting() or [c.id for c in self.awaiting]
        if not ids:
            return None
        done, voucher_id = attempt(self, self.desk.depreciation.draft_acquisition_voucher, self.user, ids)
        if not done:
            return None
        self.load_awaiting()
        self.changed.emit()
        self.resultLabel.setText(self.tr("Acquisition voucher drafted for {n} card(s).").format(n=len(ids)))
        self.resultLabel.setStyleSheet(GREEN)
        self._show_voucher(voucher_id, self._voucher_no(voucher_id))
        return voucher_id

    def _voucher_no(self, voucher_id: int) -> str:
        try:
            return self.desk.books.voucher(self.user, voucher_id).voucher_no
        except Exception:  # noqa: BLE001 - the number is a nicety; the link opens the voucher anyway
            return ""

    def open_voucher(self, voucher_id: int | None, *, modal: bool = True):  # noqa: ANN201
        if voucher_id is None:
            return None
        from desktop.ui.books.voucher_dialog import VoucherDialog, grid_choices

        dialog = VoucherDialog(self.desk, self.user, voucher_id, choices=grid_choices(self.desk, self.user),
                               parent=self)
        dialog.setObjectName("voucherDialog")
        if not modal:
            dialog.show()
            return dialog
        dialog.exec()
        dialog.deleteLater()
        return None
