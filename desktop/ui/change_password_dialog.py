"""Changing one's password; forced at sign-in when the account must change it (SEC-05)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog

__all__ = ["ChangePasswordDialog"]


class ChangePasswordDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, *, forced: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        if forced:
            self.ui.introLabel.setText(self.tr("You must choose a new password before you continue: at least 8 "
                                               "characters with letters, digits and a special character."))
        self.ui.buttonBox.accepted.connect(self.change)
        self.ui.buttonBox.rejected.connect(self.reject)

    def change(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self.ui.messageLabel.setText(self.tr("The two new passwords differ."))
            return
        try:
            self.desk.accounts.change_password(self.user, self.ui.oldEdit.text(), new)
        except Refused as refused:
            self.ui.messageLabel.setText("\n".join(p.text for p in refused.problems))
            return
        self.accept()
