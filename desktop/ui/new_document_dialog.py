"""新建: a draft of one of the module's kinds (title, purpose, amount, days, category), and
submitting it at once if wanted, so the approval engine is usable from every module."""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_new_document_dialog import Ui_NewDocumentDialog
from desktop.ui.messages import attempt

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
        self.ui.buttonBox.accepted.connect(self._confirm)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _kind_changed(self) -> None:
        self.ui.categoryCombo.clear()
        self.ui.categoryCombo.addItem("")
        for category in self._categories.get(self.ui.kindCombo.currentData(), ()):
            self.ui.categoryCombo.addItem(category)

    def _confirm(self) -> None:
        svc = self.desk.approvals
        if self.document_id is None:
            done, doc_id = attempt(self, svc.create_draft, self.user, self.ui.kindCombo.currentData(),
                                   self.ui.titleEdit.text(), purpose=self.ui.purposeEdit.toPlainText(),
                                   amount=self.ui.amountEdit.text().strip() or "0", days=self.ui.daysSpin.value(),
                                   category=self.ui.categoryCombo.currentText().strip())
            if not done:
                return
            self.document_id = doc_id
        if self.ui.submitCheck.isChecked():
            done, serial = attempt(self, svc.submit, self.user, self.document_id)
            if not done:
                # The draft exists; it stays in the list and can be submitted later.
                self.done(QDialog.DialogCode.Accepted)
                return
            self.serial = serial
        self.accept()
