"""新建: a draft of one of the module's kinds (title, purpose, amount, days, category), and
submitting it at once if wanted, so the approval engine is usable from every module. Submitting
takes the submitter's signing passphrase (签名口令): the approval sheet is issued, certified by
the handler, in the same transaction. Without a signing certificate the sheet is not signed, and
the dialog says so."""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_new_document_dialog import Ui_NewDocumentDialog
from desktop.ui.messages import attempt
from desktop.ui.signing import can_sign

__all__ = ["NewDocumentDialog"]


class NewDocumentDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, kinds: Mapping[str, str],
                 categories: Mapping[str, Sequence[str]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewDocumentDialog()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self._categories = categories or {}
        self.document_id: int | None = None
        self.serial: str | None = None
        for kind, title in kinds.items():
            self.ui.kindCombo.addItem(title, kind)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.can_sign = can_sign(desk, user)
        self.ui.passphraseLabel.setVisible(self.can_sign)
        self.ui.passphraseEdit.setVisible(self.can_sign)
        self.ui.passphraseHint.setText(
            self.tr("Your signing passphrase certifies the approval sheet as its handler.") if self.can_sign else
            self.tr("You have no valid signing certificate: the approval sheet will not be signed."))
        self.ui.submitCheck.toggled.connect(self.ui.signWidget.setVisible)
        self.ui.signWidget.setVisible(self.ui.submitCheck.isChecked())
        self.ui.buttonBox.accepted.connect(self._confirm)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _kind_changed(self) -> None:
        self.ui.categoryCombo.clear()
        self.ui.categoryCombo.addItem("")
        for category in self._categories.get(self.ui.kindCombo.currentData(), ()):
            self.ui.categoryCombo.addItem(category)

    def _confirm(self) -> None:
        """Create (and, if 立即提交 is ticked, submit with the passphrase) in ONE service call: a
        refusal or a wrong passphrase leaves nothing stored, so the dialog stays open to correct it."""
        svc = self.desk.approvals
        submit = self.ui.submitCheck.isChecked()
        passphrase = self.ui.passphraseEdit.text() if submit and self.can_sign else None
        done, doc_id = attempt(self, svc.create_draft, self.user, self.ui.kindCombo.currentData(),
                               self.ui.titleEdit.text(), purpose=self.ui.purposeEdit.toPlainText(),
                               amount=self.ui.amountEdit.text().strip() or "0", days=self.ui.daysSpin.value(),
                               category=self.ui.categoryCombo.currentText().strip(), submit=submit,
                               passphrase=passphrase)
        if not done:
            if submit and self.can_sign:  # a wrong passphrase is the likely fix: retype it
                self.ui.passphraseEdit.selectAll()
                self.ui.passphraseEdit.setFocus()
            return
        self.document_id = doc_id
        if submit:
            self.serial = svc.document(self.user, doc_id).serial
        self.accept()
