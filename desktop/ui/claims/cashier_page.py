"""出纳: the approved expense claims and advances waiting to be paid, the payment dialog (method,
account paid from, date, reference; the official-card catalogue and its written explanation,
VOUCH-09; no transfer from the zero-balance account to the unit's own accounts, VOUCH-10; the cash
limit, VOUCH-11 — every refusal shown at once), and 日结 of a cash or bank account (VOUCH-13/12)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import MoneyError, parse_amount
from desktop.services.base import Refused, SignedIn
from desktop.services.books import shipped_economic_classes
from desktop.services.claims import PAYMENT_METHODS
from desktop.services.desk import Desk
from desktop.ui.amount_field import AmountValidator
from desktop.ui.claims.claim_dialog import yuan
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, refusal_box
from desktop.ui.record_form import date_edit
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["CashierPage", "ClaimPaymentDialog", "ToPay", "pay_accounts"]

PAYABLE = ("approved", "archived")
ACCOUNT_ORDER = {"zero_balance": 0, "bank": 1, "cash": 2}


@dataclass(frozen=True)
class ToPay:
    document_id: int
    kind: str  # expense_claim | advance
    serial: str
    title: str
    person: str
    amount: Decimal


def _qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def pay_accounts(desk: Desk, user: SignedIn) -> list[tuple[str, str, str]]:
    """(code, name, cash_kind) of the accounts money is paid from: 1011 零余额账户用款额度, 1002 银行存款,
    1001 库存现金, or their sub-accounts."""
    try:
        accounts = desk.books.accounts(user)
    except Refused:
        return [("1011", "零余额账户用款额度", "zero_balance"), ("1002", "银行存款", "bank"), ("1001", "库存现金", "cash")]
    found = [(a.code, a.name, a.cash_kind) for a in accounts
             if a.cash_kind in ACCOUNT_ORDER and a.postable and a.active]
    return sorted(found, key=lambda a: (ACCOUNT_ORDER[a[2]], a[0]))


class ClaimPaymentDialog(QDialog):
    """付款 of one approved claim or advance by the cashier."""

    def __init__(self, desk: Desk, user: SignedIn, item: ToPay, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.item = desk, user, item
        self.setWindowTitle(self.tr("Pay {serial}").format(serial=item.serial))
        self.setMinimumWidth(620)
        self.summaryLabel = QLabel()
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)
        self.methodCombo = QComboBox()
        self.methodCombo.setObjectName("methodCombo")
        for key, text in PAYMENT_METHODS.items():
            self.methodCombo.addItem(text, key)
        self.accountCombo = QComboBox()
        self.accountCombo.setObjectName("accountCombo")
        for code, name, kind in pay_accounts(desk, user):
            self.accountCombo.addItem(f"{code} {name}", code)
            self.accountCombo.setItemData(self.accountCombo.count() - 1, kind, Qt.ItemDataRole.UserRole + 1)
        self.dateEdit = date_edit()
        self.dateEdit.setObjectName("paidOnEdit")
        self.referenceEdit = QLineEdit()
        self.referenceEdit.setObjectName("referenceEdit")
        self.referenceEdit.setPlaceholderText(self.tr("Bank or card transaction reference"))
        self.ownAccountCheck = QCheckBox(self.tr("Transfer to another account of the bureau itself"))
        self.ownAccountCheck.setObjectName("ownAccountCheck")
        self.cardLabel = QLabel()
        self.cardLabel.setObjectName("cardLabel")
        self.cardLabel.setWordWrap(True)
        self.cardLabel.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Method:"), self.methodCombo)
        form.addRow(self.tr("Paid from:"), self.accountCombo)
        form.addRow(self.tr("Paid on:"), self.dateEdit)
        form.addRow(self.tr("Reference:"), self.referenceEdit)
        form.addRow("", self.ownAccountCheck)
        form.addRow(self.tr("Official card (VOUCH-09):"), self.cardLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pay"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ownAccountCheck.setVisible(item.kind == "expense_claim")
        self.official_card = False
        self.explanations: list[str] = []
        self._describe()
        self.methodCombo.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _describe(self) -> None:
        item = self.item
        lines = [f"<b>{item.serial}</b> {item.title}", self.tr("Payee: {person}").format(person=item.person)]
        if item.kind == "expense_claim":
            try:
                view = self.desk.claims.claim(self.user, item.document_id)
            except Refused:
                view = None
            if view is not None:
                classes = {c.code: c for c in shipped_economic_classes()}
                cls = classes.get(view.economic_class)
                self.official_card = bool(cls and cls.official_card)
                self.explanations = [a.file_name for a in view.attachments if a.kind == "explanation"]
                lines[1] = self.tr("Payee: {payee} {bank} {account}").format(
                    payee=view.payee or view.claimant, bank=view.payee_bank, account=view.payee_account)
                lines.append(self.tr("Total {total} (人民币{upper}) · economic class {cls}").format(
                    total=yuan(view.total), upper=view.total_upper,
                    cls=f"{view.economic_class} {cls.name}" if cls else view.economic_class or "—"))
                if view.advance is not None:
                    lines.append(self.tr("Settles advance {serial}: advanced {advanced} · to return {returned} · to pay {extra}")
                                 .format(serial=view.advance.serial or "", advanced=yuan(view.advanced),
                                         returned=yuan(view.returned), extra=yuan(view.paid_extra)))
                    if view.returned > 0:
                        lines.append(self.tr("<b>Receive {amount} back from the borrower.</b>").format(
                            amount=yuan(view.returned)))
                    else:
                        lines.append(self.tr("<b>Pay out {amount}.</b>").format(amount=yuan(view.paid_extra)))
                else:
                    lines.append(self.tr("<b>Pay out {amount}.</b>").format(amount=yuan(view.total)))
        else:
            lines.append(self.tr("<b>Pay out the advance of {amount}.</b>").format(amount=yuan(item.amount)))
        self.summaryLabel.setText("<br>".join(lines))

    def _method_changed(self) -> None:
        method = self.methodCombo.currentData()
        wanted = "cash" if method == "cash" else "zero_balance"
        for i in range(self.accountCombo.count()):
            if self.accountCombo.itemData(i, Qt.ItemDataRole.UserRole + 1) == wanted:
                self.accountCombo.setCurrentIndex(i)
                break
        if not self.official_card:
            self.cardLabel.setText(self.tr("Not in the mandatory official-card catalogue."))
        elif method == "official_card":
            self.cardLabel.setText(self.tr("In the catalogue: paid by official card."))
        elif self.explanations:
            self.cardLabel.setText(self.tr("In the catalogue. Written explanation attached: {files} (valid when "
                                           "the finance head approved the claim after it).").format(
                files="、".join(self.explanations)))
        else:
            self.cardLabel.setText(self.tr("<span style='color:#b42318'>In the catalogue: paying otherwise than by "
                                           "official card needs the handler's written explanation signed by the "
                                           "finance head; none is attached.</span>"))

    def confirm(self) -> None:
        item, method = self.item, self.methodCombo.currentData()
        kwargs = {"method": method, "account_code": self.accountCombo.currentData(),
                  "paid_on": _qdate(self.dateEdit.date()), "reference": self.referenceEdit.text().strip()}
        if item.kind == "advance":
            done, _ = attempt(self, self.desk.claims.issue_advance, self.user, item.document_id, **kwargs)
        else:
            done, _ = attempt(self, self.desk.claims.pay, self.user, item.document_id,
                              to_own_account=self.ownAccountCheck.isChecked(), **kwargs)
        if done:
            self.accept()


class CashierPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.items: list[ToPay] = []
        self.table = QTableWidget()
        self.table.setObjectName("toPayTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.payButton = QPushButton(self.tr("Pay…"))
        self.payButton.setObjectName("payButton")
        self.countLabel = QLabel()
        self.countLabel.setObjectName("toPayCountLabel")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Approved, waiting to be paid</b>")))
        head.addWidget(self.countLabel)
        head.addStretch(1)
        head.addWidget(self.payButton)

        day = QGroupBox(self.tr("Day close (VOUCH-13)"))
        dl = QHBoxLayout(day)
        self.dayAccountCombo = QComboBox()
        self.dayAccountCombo.setObjectName("dayAccountCombo")
        for code, name, kind in pay_accounts(desk, user):
            if kind in ("cash", "bank", "zero_balance"):
                self.dayAccountCombo.addItem(f"{code} {name}", code)
                self.dayAccountCombo.setItemData(self.dayAccountCombo.count() - 1, kind, Qt.ItemDataRole.UserRole + 1)
        self.dayEdit = date_edit()
        self.dayEdit.setObjectName("dayEdit")
        self.countedEdit = QLineEdit()
        self.countedEdit.setObjectName("countedEdit")
        self.countedEdit.setValidator(AmountValidator(self.countedEdit))  # letters refused while typing
        self.countedEdit.setPlaceholderText(self.tr("cash counted (cash only)"))
        self.countedEdit.setMinimumWidth(200)
        self.closeDayButton = QPushButton(self.tr("Close the day"))
        self.closeDayButton.setObjectName("closeDayButton")
        self.dayLabel = QLabel()
        self.dayLabel.setObjectName("dayLabel")
        for w in (QLabel(self.tr("Account:")), self.dayAccountCombo, QLabel(self.tr("Day:")), self.dayEdit,
                  self.countedEdit, self.closeDayButton, self.dayLabel):
            dl.addWidget(w)
        dl.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(day)
        self.payButton.clicked.connect(self.pay_selected)
        self.table.doubleClicked.connect(lambda _i: self.pay_selected())
        self.table.itemSelectionChanged.connect(self._selection)
        self.closeDayButton.clicked.connect(self.close_day)
        self.dayAccountCombo.currentIndexChanged.connect(self._day_account)
        self._day_account()

    def refresh(self) -> None:
        items: list[ToPay] = []
        try:
            for c in self.desk.claims.claims(self.user, states=["open"], kinds=["expense_claim"]):
                if c.doc_state in PAYABLE:
                    items.append(ToPay(c.document_id, c.kind, c.serial or f"#{c.document_id}", c.title, c.claimant,
                                       c.total))
            for a in self.desk.claims.advances(self.user, states=["requested"]):
                if a.doc_state in PAYABLE:
                    items.append(ToPay(a.document_id, "advance", a.serial or f"#{a.document_id}", a.title, a.borrower,
                                       a.amount))
        except Refused as refused:
            refusal_box(self, refused)
        self.items = items
        kinds = {"expense_claim": self.tr("Expense claim"), "advance": self.tr("Advance")}
        keep = selected_key(self.table)
        fill_table(self.table, [self.tr("Serial"), self.tr("Kind"), self.tr("Title"), self.tr("Payee"),
                                self.tr("Amount (yuan)")],
                   [(i.serial, kinds.get(i.kind, i.kind), i.title, i.person, money(i.amount)) for i in items],
                   [i.document_id for i in items], align=("", "", "", "", RIGHT), stretch=2, keep=keep)
        self.countLabel.setText(self.tr("{n} to pay").format(n=len(items)))
        self._selection()

    def selected(self) -> ToPay | None:
        key = selected_key(self.table)
        return next((i for i in self.items if i.document_id == key), None)

    def _selection(self) -> None:
        self.payButton.setEnabled(self.selected() is not None)

    def pay_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = ClaimPaymentDialog(self.desk, self.user, item, self)
        dialog.setObjectName("claimPaymentDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def _day_account(self) -> None:
        cash = self.dayAccountCombo.currentData(Qt.ItemDataRole.UserRole + 1) == "cash"
        self.countedEdit.setEnabled(cash)
        if not cash:
            self.countedEdit.clear()

    def close_day(self) -> None:
        """日结: the day's closing balance of the account, and for cash what was counted."""
        code = self.dayAccountCombo.currentData()
        if code is None:
            return
        counted = None
        text = self.countedEdit.text().strip()
        if text:
            try:
                counted = parse_amount(text)
            except MoneyError:
                self.dayLabel.setText(self.tr("<span style='color:#b42318'>“{text}” is not an amount</span>")
                                      .format(text=text))
                return
        day = _qdate(self.dayEdit.date())
        done, balance = attempt(self, self.desk.books.close_day, self.user, code, day, counted)
        if done:
            self.dayLabel.setText(self.tr("{day}: {account} closed at {balance}").format(
                day=day.isoformat(), account=self.dayAccountCombo.currentText(), balance=yuan(balance)))
            self.changed.emit()
