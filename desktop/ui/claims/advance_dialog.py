"""借款单: an advance asked for a purpose (VOUCH-05) and an amount, optionally on a budget line; the
amount also in 大写. 保存 keeps a draft; 保存并提交 stores and submits with the signing passphrase."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, \
    QVBoxLayout, QWidget

from desktop.domain.money import MoneyError, parse_amount, to_chinese_upper
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import AmountValidator
from desktop.ui.claims.claim_dialog import budget_text, yuan
from desktop.ui.messages import attempt
from desktop.ui.signing import create_and_submit

__all__ = ["AdvanceDialog"]


class AdvanceDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.document_id: int | None = None
        self.setWindowTitle(self.tr("New advance request"))
        self.setMinimumWidth(560)
        try:
            lines = desk.claims.claimable_budget_lines(user, date.today().year)
        except Refused:
            lines = []
        self.lines = lines
        self.purposeEdit = QLineEdit()
        self.purposeEdit.setObjectName("purposeEdit")
        self.purposeEdit.setPlaceholderText(self.tr("Required (VOUCH-05)"))
        self.titleEdit = QLineEdit()
        self.titleEdit.setObjectName("titleEdit")
        self.amountEdit = QLineEdit()
        self.amountEdit.setObjectName("amountEdit")
        self.amountEdit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amountEdit.setValidator(AmountValidator(self.amountEdit))  # letters refused while typing
        self.upperLabel = QLabel()
        self.upperLabel.setObjectName("upperLabel")
        self.budgetCombo = QComboBox()
        self.budgetCombo.setObjectName("budgetCombo")
        self.budgetCombo.addItem(self.tr("(none)"), "")
        for ln in lines:
            self.budgetCombo.addItem(f"{budget_text(ln)} · {self.tr('remaining')} {yuan(ln.remaining)}", ln.code)
        form = QFormLayout()
        form.addRow(self.tr("Purpose (required):"), self.purposeEdit)
        form.addRow(self.tr("Title:"), self.titleEdit)
        form.addRow(self.tr("Amount (yuan):"), self.amountEdit)
        form.addRow(self.tr("In words:"), self.upperLabel)
        form.addRow(self.tr("Budget line:"), self.budgetCombo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.saveButton = QPushButton(self.tr("Save"))
        self.saveButton.setObjectName("saveButton")
        self.submitButton = QPushButton(self.tr("Save and submit…"))
        self.submitButton.setObjectName("submitButton")
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.submitButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.saveButton.clicked.connect(self.save)
        self.submitButton.clicked.connect(self.save_and_submit)
        self.amountEdit.textChanged.connect(self._upper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._upper()

    def _upper(self) -> None:
        text = self.amountEdit.text().strip()
        try:
            amount = parse_amount(text) if text else Decimal("0.00")
        except MoneyError:
            self.upperLabel.setText(self.tr("<span style='color:#b42318'>not an amount</span>"))
            return
        self.upperLabel.setText(f"人民币{to_chinese_upper(amount)}　{yuan(amount)}")

    def record(self) -> dict:
        return {"purpose": self.purposeEdit.text().strip(), "title": self.titleEdit.text().strip(),
                "amount": self.amountEdit.text().strip() or "0", "budget_line": self.budgetCombo.currentData() or ""}

    def save(self) -> None:
        done, doc_id = attempt(self, self.desk.claims.request_advance, self.user, self.record())
        if done:
            self.document_id = doc_id
            self.accept()

    def save_and_submit(self) -> None:
        record = self.record()
        doc_id = create_and_submit(self, self.desk, self.user,
                                   lambda **kw: self.desk.claims.request_advance(self.user, record, **kw))
        if doc_id is not None:
            self.document_id = doc_id
            self.accept()
