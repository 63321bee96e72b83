"""现金日记账 / 银行存款日记账: every posted line of the cash (or bank and zero-balance) accounts for a
month or a year, each day closed with its 本日合计 and balance, and a warning for each day with
movements but no 日结 by the cashier (VOUCH-13). Double-clicking a line opens its voucher."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.books import Journal
from desktop.services.desk import Desk
from desktop.ui.books.period_box import PeriodBox
from desktop.ui.formatting import money
from desktop.ui.messages import attempt

__all__ = ["JournalView"]

VOUCHER_ROLE = Qt.ItemDataRole.UserRole
ACCOUNT_TINT = QColor("#eef2f7")
DAY_TINT = QColor("#f7f7f7")


class JournalView(QWidget):
    voucher_requested = Signal(int)

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.journals: list[Journal] = []
        self.kindBox = QComboBox(self)
        self.kindBox.setObjectName("kindBox")
        self.kindBox.addItem(self.tr("Cash journal"), "cash")
        self.kindBox.addItem(self.tr("Bank journal"), "bank")
        self.periodBox = PeriodBox(self)
        self.periodBox.setObjectName("periodBox")
        self.showButton = QPushButton(self.tr("Show"), self)
        self.showButton.setObjectName("showButton")
        bar = QHBoxLayout()
        bar.addWidget(self.kindBox)
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.periodBox)
        bar.addWidget(self.showButton)
        bar.addStretch(1)
        self.table = QTableWidget(self)
        self.table.setObjectName("journalTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(self._open_line)
        self.warningsLabel = QLabel(self)
        self.warningsLabel.setObjectName("warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setStyleSheet("color: #b00020;")
        self.warningsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warningsLabel)
        self.showButton.clicked.connect(self.refresh)
        self.kindBox.activated.connect(lambda _i: self.refresh())
        self.periodBox.activated.connect(lambda _i: self.refresh())

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Voucher no."), self.tr("Description"), self.tr("Debit (in)"),
                self.tr("Credit (out)"), self.tr("Balance")]

    def refresh(self) -> None:
        done, journals = attempt(self, self.desk.books.journal, self.user, self.kindBox.currentData(),
                                 self.periodBox.period())
        if not done:
            return
        self.journals = journals
        bold = QFont(self.table.font())
        bold.setBold(True)
        rows: list[tuple[list[str], str, int | None]] = []  # cells, style, voucher id
        for j in journals:
            rows.append(([f"{j.account} {j.name}", "", "", "", "", ""], "account", None))
            rows.append((["", "", self.tr("Opening balance"), "", "", money(j.opening)], "total", None))
            for r in j.rows:
                if r.is_day_total:
                    rows.append((["", "", self.tr("Day total"), money(r.debit), money(r.credit), money(r.balance)],
                                 "day", None))
                else:
                    rows.append(([r.day.isoformat(), r.voucher_no, r.summary, money(r.debit) if r.debit else "",
                                  money(r.credit) if r.credit else "", money(r.balance)], "line", r.voucher_id))
            debit = sum((r.debit for r in j.rows if not r.is_day_total), start=j.opening * 0)
            credit = sum((r.credit for r in j.rows if not r.is_day_total), start=j.opening * 0)
            rows.append((["", "", self.tr("Period total / closing balance"), money(debit), money(credit),
                          money(j.closing)], "total", None))
        table = self.table
        table.clearContents()
        table.clearSpans()
        table.setColumnCount(len(self.headers()))
        table.setHorizontalHeaderLabels(self.headers())
        table.setRowCount(len(rows))
        for n, (cells, style, voucher_id) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(VOUCHER_ROLE, voucher_id)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if style != "line":
                    item.setFont(bold)
                if style == "account":
                    item.setBackground(QBrush(ACCOUNT_TINT))
                elif style in ("day", "total"):
                    item.setBackground(QBrush(DAY_TINT))
                table.setItem(n, c, item)
            if style == "account":
                table.setSpan(n, 0, 1, len(cells))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((96, 150, 320, 120, 120, 130)):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        warnings = [p for j in journals for p in j.warnings]
        if not journals:
            self.warningsLabel.setStyleSheet("color: #555;")
            self.warningsLabel.setText(self.tr("No cash or bank account moved in this period."))
        elif warnings:
            self.warningsLabel.setStyleSheet("color: #b00020;")
            self.warningsLabel.setText("\n".join(f"⚠ {p.text} [{p.rule}]" for p in warnings))
        else:
            self.warningsLabel.setStyleSheet("color: #2e7d32;")
            self.warningsLabel.setText(self.tr("Every day with movements has its closing balance (VOUCH-13)."))

    def _open_line(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        item = self.table.item(index.row(), 0)
        voucher_id = item.data(VOUCHER_ROLE) if item is not None else None
        if voucher_id:
            self.voucher_requested.emit(int(voucher_id))
