"""Changing one's signing passphrase (修改签名口令, SEC-06): every key container it encrypts (the
person's signing certificates, the seals they keep, seal keys delegated to them) is re-encrypted
by ``desk.sheets.change_passphrase`` in one transaction. Same fields as the password dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog

__all__ = ["ChangePassphraseDialog"]


class ChangePassphraseDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.changed = None  # the service's PassphraseChange once done
        self.setObjectName("ChangePassphraseDialog")
        self.setWindowTitle(self.tr("Change signing passphrase"))
        self.ui.introLabel.setText(self.tr(
            "The signing passphrase opens your signing certificate and the seals you keep; it is not your "
            "sign-in password. Every key it protects is re-encrypted with the new one. At least 8 characters "
            "with letters, digits and a special character."))
        self.ui.oldLabel.setText(self.tr("Current passphrase:"))
        self.ui.newLabel.setText(self.tr("New passphrase:"))
        self.ui.repeatLabel.setText(self.tr("Repeat new passphrase:"))
        self.ui.buttonBox.accepted.connect(self.change)
        self.ui.buttonBox.rejected.connect(self.reject)

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def change(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self.ui.messageLabel.setText(self.tr("The two new passphrases differ."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # each key takes a fraction of a second
        try:
            self.changed = self.desk.sheets.change_passphrase(self.user, self.ui.oldEdit.text(), new)
        except Refused as refused:
            self.ui.messageLabel.setText("\n".join(p.text for p in refused.problems))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            for edit in (self.ui.oldEdit, self.ui.newEdit, self.ui.repeatEdit):
                edit.clear()
        if self.changed.not_opened:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "These keys were not encrypted with your old passphrase and were left as they were; ask the "
                "system administrator:\n{keys}").format(keys="\n".join(self.changed.not_opened)))
        self.accept()
