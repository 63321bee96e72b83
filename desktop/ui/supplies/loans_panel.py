"""借用 (SUPPLY-14): lendable equipment (cameras, video cameras …) asked for, consented to by the
office head (never for their own loan), then checked and signed for by the keeper and the
borrower, each in their own session, at lending and again at return — with damage, loss and the
compensation paid (SUPPLY-12). Overdue loans are highlighted; the 借用单/归还单 prints."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_edit
from desktop.ui.assets.asset_terms import amount_of, fill_combo
from desktop.ui.assets.move_dialogs import FormDialog
from desktop.ui.date_field import date_field
from desktop.ui.messages import attempt
from desktop.ui.supplies.flow_parts import (OVERDUE_COLOUR, item_items, list_table, paint_row, people_items,
                                            preview_pdf, run_dialog)
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["LoansPanel", "LoanRequestDialog", "DecideDialog", "SignOutDialog", "SignReturnDialog"]

LOAN_STATES = ("requested", "approved", "refused", "lent", "returned")


class LoanRequestDialog(FormDialog):
    """借用申请: a lendable item, how many, until when, what for (the keeper may ask for someone)."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Borrow equipment"), parent)
        self.itemBox = QComboBox(self)
        self.itemBox.setObjectName("itemBox")
        fill_combo(self.itemBox, [(text, row.id) for text, row in item_items(desk, user, lendable_only=True)])
        self.storeBox = QComboBox(self)
        self.storeBox.setObjectName("storeBox")
        _done, places = attempt(self, desk.supplies.locations, user)
        fill_combo(self.storeBox, [(p.name, p.id) for p in (places or []) if p.active], blank=self.tr("(main store)"))
        self.quantitySpin = QSpinBox(self)
        self.quantitySpin.setObjectName("quantitySpin")
        self.quantitySpin.setRange(1, 999)
        self.dueEdit = date_field(self, date.today() + timedelta(days=7))
        self.dueEdit.setObjectName("dueEdit")
        self.purposeEdit = self.text_edit("purposeEdit", self.tr("What the equipment is needed for"))
        self.borrowerBox = QComboBox(self)
        self.borrowerBox.setObjectName("borrowerBox")
        fill_combo(self.borrowerBox, people_items(desk, user), blank=self.tr("(myself)"))
        self.form.addRow(self.tr("Item:"), self.itemBox)
        self.form.addRow(self.tr("From store:"), self.storeBox)
        self.form.addRow(self.tr("Quantity:"), self.quantitySpin)
        self.form.addRow(self.tr("Return by:"), self.dueEdit)
        self.form.addRow(self.tr("Purpose:"), self.purposeEdit)
        self.form.addRow(self.tr("Borrower:"), self.borrowerBox)
        note = QLabel(self.tr("The office head consents; the keeper and you then check the item and both sign "
                              "[SUPPLY-14]."), self)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_loans.request, self.user, self.itemBox.currentData(),
                       due_on=self.dueEdit.value(), purpose=self.purposeEdit.toPlainText().strip(),
                       quantity=self.quantitySpin.value(), location_id=self.storeBox.currentData(),
                       borrower_id=self.borrowerBox.currentData())


class DecideDialog(FormDialog):
    """The office head's consent (or not) to a loan."""

    def __init__(self, desk: Desk, user: SignedIn, row: Any, approve: bool, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Consent to the loan") if approve else self.tr("Refuse the loan"), parent)
        self.row, self.approve = row, approve
        self.form.addRow(self.tr("Loan:"), QLabel(_loan_line(row), self))
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.form.addRow(self.tr("Note:"), self.noteEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_loans.decide, self.user, self.row.id, self.approve,
                       self.noteEdit.text().strip())


class SignOutDialog(FormDialog):
    """借出签字: the condition seen when the item leaves, signed by the keeper or the borrower."""

    def __init__(self, desk: Desk, user: SignedIn, row: Any, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Sign for lending"), parent)
        self.row = row
        self.form.addRow(self.tr("Loan:"), QLabel(_loan_line(row), self))
        self.conditionEdit = self.text_edit("conditionEdit", self.tr("The condition you checked, e.g. 完好，配件齐全"))
        self.form.addRow(self.tr("Condition:"), self.conditionEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_loans.sign_out, self.user, self.row.id,
                       self.conditionEdit.toPlainText().strip())


class SignReturnDialog(FormDialog):
    """归还签字: the condition at return; damaged or lost, and what the borrower pays (SUPPLY-12)."""

    def __init__(self, desk: Desk, user: SignedIn, row: Any, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Sign for the return"), parent)
        self.row = row
        self.form.addRow(self.tr("Loan:"), QLabel(_loan_line(row), self))
        self.conditionEdit = self.text_edit("conditionEdit", self.tr("The condition you checked at return"))
        self.damagedCheck = QCheckBox(self.tr("Damaged"), self)
        self.damagedCheck.setObjectName("damagedCheck")
        self.lostCheck = QCheckBox(self.tr("Lost"), self)
        self.lostCheck.setObjectName("lostCheck")
        checks = QHBoxLayout()
        checks.addWidget(self.damagedCheck)
        checks.addWidget(self.lostCheck)
        checks.addStretch(1)
        self.compensationEdit = amount_edit(name="compensationEdit")
        self.form.addRow(self.tr("Condition:"), self.conditionEdit)
        self.form.addRow(self.tr("Damage or loss:"), checks)
        self.form.addRow(self.tr("Compensation (yuan) [SUPPLY-12]:"), self.compensationEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        compensation = amount_of(self.compensationEdit.text())
        return attempt(self, self.desk.supply_loans.sign_return, self.user, self.row.id,
                       self.conditionEdit.toPlainText().strip(), damaged=self.damagedCheck.isChecked(),
                       lost=self.lostCheck.isChecked(),
                       compensation=compensation if compensation is not None else Decimal("0"))


def _loan_line(row: Any) -> str:
    return f"{row.loan_no}  {row.item_name} × {row.quantity}  {row.borrower_name}（{row.department_name}）"


class LoansPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.rows: list[Any] = []
        self.stateBox = QComboBox(self)
        self.stateBox.setObjectName("loanStateBox")
        self.stateBox.addItem(self.tr("All loans"), None)
        self.stateBox.addItem(self.tr("Waiting for me"), "mine")
        self.stateBox.addItem(self.tr("Overdue"), "overdue")
        try:
            from desktop.services.supply_records import LOAN_STATE_LABELS
        except ImportError:  # pragma: no cover - the foundation holds them
            LOAN_STATE_LABELS = {}
        for state in LOAN_STATES:
            self.stateBox.addItem(LOAN_STATE_LABELS.get(state, state), state)
        self.requestButton = QPushButton(self.tr("Borrow…"), self)
        self.approveButton = QPushButton(self.tr("Consent…"), self)
        self.refuseButton = QPushButton(self.tr("Refuse…"), self)
        self.signOutButton = QPushButton(self.tr("Sign for lending…"), self)
        self.signReturnButton = QPushButton(self.tr("Sign for return…"), self)
        self.sheetButton = QPushButton(self.tr("Loan sheet…"), self)
        self.refreshButton = QPushButton(self.tr("Refresh"), self)
        for name, button in (("requestButton", self.requestButton), ("approveButton", self.approveButton),
                             ("refuseButton", self.refuseButton), ("signOutButton", self.signOutButton),
                             ("signReturnButton", self.signReturnButton), ("sheetButton", self.sheetButton),
                             ("refreshButton", self.refreshButton)):
            button.setObjectName(name)
        deciding = "office_head" in user.positions  # SUPPLY-14: the office head consents
        self.approveButton.setVisible(deciding)
        self.refuseButton.setVisible(deciding)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.stateBox)
        for button in (self.requestButton, self.approveButton, self.refuseButton, self.signOutButton,
                       self.signReturnButton, self.sheetButton):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refreshButton)
        self.table = list_table(self, "loanTable")
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("loanStatusLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.statusLabel)
        self.stateBox.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refreshButton.clicked.connect(self.refresh)
        self.requestButton.clicked.connect(lambda: self.request())
        self.approveButton.clicked.connect(lambda: self.decide(True))
        self.refuseButton.clicked.connect(lambda: self.decide(False))
        self.signOutButton.clicked.connect(lambda: self.sign_out())
        self.signReturnButton.clicked.connect(lambda: self.sign_return())
        self.sheetButton.clicked.connect(lambda: self.loan_sheet())
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self.loan_sheet())
        self._enable()

    def refresh(self) -> None:
        svc = self.desk.supply_loans
        which = self.stateBox.currentData()
        if which == "mine":
            done, rows = attempt(self, svc.awaiting_me, self.user)
        elif which == "overdue":
            done, rows = attempt(self, svc.overdue, self.user)
        else:
            done, rows = attempt(self, svc.loans, self.user, state=which)
        if not done:
            return
        self.rows = list(rows)
        headers = [self.tr("Loan no."), self.tr("Item name"), self.tr("Quantity"), self.tr("Borrower"),
                   self.tr("Department"), self.tr("Return by"), self.tr("State")]
        table_rows = [[r.loan_no, r.item_name, r.quantity, r.borrower_name, r.department_name, str(r.due_on),
                       r.state_label + ("  " + self.tr("(overdue)") if r.overdue else "")] for r in self.rows]
        fill_table(self.table, headers, table_rows, [r.id for r in self.rows], align=("", "", RIGHT),
                   keep=selected_key(self.table), stretch=1)
        for index, row in enumerate(self.rows):
            if row.overdue:  # SUPPLY-14: the keeper chases it
                paint_row(self.table, index, OVERDUE_COLOUR)
        overdue = sum(1 for r in self.rows if r.overdue)
        text = self.tr("{n} loan(s)").format(n=len(self.rows))
        if overdue:
            text += "  " + self.tr("{n} overdue").format(n=overdue)
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #c62828;" if overdue else "")
        self._enable()

    def selected(self) -> Any:
        key = selected_key(self.table)
        return next((r for r in self.rows if r.id == key), None)

    def select_loan(self, loan_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == loan_id:
                self.table.selectRow(r)

    def _enable(self) -> None:
        row = self.selected()
        state = row.state if row is not None else ""
        self.approveButton.setEnabled(state == "requested")
        self.refuseButton.setEnabled(state == "requested")
        self.signOutButton.setEnabled(state == "approved")
        self.signReturnButton.setEnabled(state == "lent")
        self.sheetButton.setEnabled(row is not None)

    def _done(self, value: Any) -> Any:
        if value is not None and not isinstance(value, QWidget):
            self.refresh()
            self.changed.emit()
        return value

    def _dialog(self, dialog: FormDialog, modal: bool) -> Any:
        dialog.setObjectName(type(dialog).__name__)
        if not modal:
            dialog.accepted.connect(lambda: self._done(True))
        return self._done(run_dialog(dialog, modal))

    def request(self, *, modal: bool = True) -> Any:
        return self._dialog(LoanRequestDialog(self.desk, self.user, self), modal)

    def decide(self, approve: bool, *, modal: bool = True) -> Any:
        row = self.selected()
        return None if row is None else self._dialog(DecideDialog(self.desk, self.user, row, approve, self), modal)

    def sign_out(self, *, modal: bool = True) -> Any:
        row = self.selected()
        return None if row is None else self._dialog(SignOutDialog(self.desk, self.user, row, self), modal)

    def sign_return(self, *, modal: bool = True) -> Any:
        row = self.selected()
        return None if row is None else self._dialog(SignReturnDialog(self.desk, self.user, row, self), modal)

    def loan_sheet(self, *, modal: bool = True) -> Any:
        """借用单 (with the 归还单 part once returned)."""
        row = self.selected()
        if row is None:
            return None
        return preview_pdf(self, self.desk.supply_reports.loan_pdf, self.tr("Loan sheet {no}").format(no=row.loan_no),
                           "loanSheetPreview", self.user, row.id, modal=modal)
