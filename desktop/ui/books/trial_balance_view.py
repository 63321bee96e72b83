"""科目余额表 (RPT-03): for a month or a year, with or without the vouchers not yet posted; the
financial and budget accounting sections each with their totals, and whether each balances.
Level-1 subjects in bold; double-clicking an account opens its 明细账 for the same period."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.books import TrialBalance
from desktop.services.desk import Desk
from desktop.ui.books.period_box import PeriodBox
from desktop.ui.formatting import money
from desktop.ui.messages import attempt

__all__ = ["TrialBalanceView"]

_AMOUNTS = ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole
SECTION_TINT = QColor("#eef2f7")
TOTAL_TINT = QColor("#fff8e1")


class TrialBalanceView(QWidget):
    ledger_requested = Signal(str, str, bool)  # account code, period, include unposted

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.balance: TrialBalance | None = None
        self.periodBox = PeriodBox(self)
        self.periodBox.setObjectName("periodBox")
        self.unpostedCheck = QCheckBox(self.tr("Include unposted vouchers"), self)
        self.unpostedCheck.setObjectName("unpostedCheck")
        self.showButton = QPushButton(self.tr("Show"), self)
        self.showButton.setObjectName("showButton")
        self.balanceLabel = QLabel(self)
        self.balanceLabel.setObjectName("balanceLabel")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.periodBox)
        bar.addWidget(self.unpostedCheck)
        bar.addWidget(self.showButton)
        bar.addStretch(1)
        bar.addWidget(self.balanceLabel)
        self.table = QTableWidget(self)
        self.table.setObjectName("trialTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(self._open_row)
        self.hintLabel = QLabel(self.tr("Double-click an account for its ledger."), self)
        self.hintLabel.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hintLabel)
        self.showButton.clicked.connect(self.refresh)
        self.unpostedCheck.toggled.connect(lambda _on: self.refresh())
        self.periodBox.activated.connect(lambda _i: self.refresh())

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Account name"), self.tr("Opening debit"), self.tr("Opening credit"),
                self.tr("Period debit"), self.tr("Period credit"), self.tr("Closing debit"), self.tr("Closing credit")]

    def period(self) -> str:
        return self.periodBox.period()

    def show_period(self, period: str, include_unposted: bool = False) -> None:
        self.periodBox.set_period(period)
        self.unpostedCheck.blockSignals(True)
        self.unpostedCheck.setChecked(include_unposted)
        self.unpostedCheck.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        done, tb = attempt(self, self.desk.books.trial_balance, self.user, self.period(),
                           include_unposted=self.unpostedCheck.isChecked())
        if not done:
            return
        self.balance = tb
        table = self.table
        table.clearContents()
        table.setColumnCount(len(self.headers()))
        table.setHorizontalHeaderLabels(self.headers())
        lines: list[tuple[str, object]] = []  # ("section", title) | ("row", TrialRow) | ("total", (title, dict))
        for side, title, total in (("financial", self.tr("Financial accounting"),
                                    self.tr("Financial accounting total")),
                                   ("budget", self.tr("Budget accounting"), self.tr("Budget accounting total"))):
            rows = [r for r in tb.rows if r.side == side]
            lines.append(("section", title))
            lines += [("row", r) for r in rows]
            lines.append(("total", (total, tb.totals[side])))
        table.setRowCount(len(lines))
        bold = QFont(table.font())
        bold.setBold(True)
        for n, (kind, value) in enumerate(lines):
            if kind == "section":
                item = QTableWidgetItem(str(value))
                item.setFont(bold)
                item.setBackground(QBrush(SECTION_TINT))
                table.setItem(n, 0, item)
                table.setSpan(n, 0, 1, len(self.headers()))
                continue
            if kind == "total":
                title, amounts = value  # type: ignore[misc]
                cells = ["", title] + [money(amounts[k]) for k in _AMOUNTS]
                code = None
            else:
                row = value
                indent = "　" * (row.level - 1)  # type: ignore[union-attr]
                cells = [row.account, indent + row.name] + [money(getattr(row, k)) if getattr(row, k) else ""  # type: ignore[union-attr]
                                                             for k in _AMOUNTS]
                code = row.account  # type: ignore[union-attr]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ACCOUNT_ROLE, code)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if kind == "total" or row.level == 1:  # type: ignore[union-attr]
                    item.setFont(bold)
                if kind == "total":
                    item.setBackground(QBrush(TOTAL_TINT))
                table.setItem(n, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        table.setColumnWidth(1, max(table.columnWidth(1), 220))
        for c in range(2, len(self.headers())):
            table.setColumnWidth(c, max(table.columnWidth(c), 118))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._show_balance(tb)

    def _show_balance(self, tb: TrialBalance) -> None:
        words = []
        for side, title in (("financial", self.tr("Financial accounting")), ("budget", self.tr("Budget accounting"))):
            t = tb.totals[side]
            ok = t["opening_debit"] == t["opening_credit"] and t["debit"] == t["credit"] \
                and t["closing_debit"] == t["closing_credit"]
            words.append(f"{title}: " + (self.tr("balanced") if ok else self.tr("NOT balanced")))
        verdict = self.tr("Balanced") if tb.balanced else self.tr("Not balanced")
        colour = "#2e7d32" if tb.balanced else "#b00020"
        self.balanceLabel.setText(f"<span style='color:{colour}; font-weight:bold'>{verdict}</span>"
                                  f"&nbsp;&nbsp;<span style='color:#555'>{' · '.join(words)}</span>")

    def account_rows(self) -> list[int]:
        """Table rows that show an account (not a section title or total)."""
        return [r for r in range(self.table.rowCount())
                if self.table.item(r, 0) is not None and self.table.item(r, 0).data(ACCOUNT_ROLE)]

    def row_of(self, code: str) -> int:
        return next(r for r in self.account_rows() if self.table.item(r, 0).data(ACCOUNT_ROLE) == code)

    def _open_row(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        item = self.table.item(index.row(), 0)
        code = item.data(ACCOUNT_ROLE) if item is not None else None
        if code:
            self.ledger_requested.emit(code, self.period(), self.unpostedCheck.isChecked())
