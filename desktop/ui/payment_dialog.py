"""登记付款: the cashier records how, when and with which reference an approved claim was paid."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.domain.payment import PAYMENT_METHODS
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import attempt
from desktop.ui.record_form import date_edit

__all__ = ["PaymentDialog"]


class PaymentDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, document_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.document_id = desk, user, document_id
        self.setWindowTitle(self.tr("Record payment"))
        form = QFormLayout(self)
        self.methodCombo = QComboBox()
        self.methodCombo.setObjectName("methodCombo")
        for key, text in PAYMENT_METHODS.items():
            self.methodCombo.addItem(text, key)
        self.dateEdit = date_edit()
        self.referenceEdit = QLineEdit()
        self.referenceEdit.setObjectName("referenceEdit")
        form.addRow(self.tr("Method:"), self.methodCombo)
        form.addRow(self.tr("Paid on:"), self.dateEdit)
        form.addRow(self.tr("Reference:"), self.referenceEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def confirm(self) -> None:
        d = self.dateEdit.date()
        done, _p = attempt(self, self.desk.travel.record_payment, self.user, self.document_id,
                           self.methodCombo.currentData(), date(d.year(), d.month(), d.day()),
                           reference=self.referenceEdit.text())
        if done:
            self.accept()
