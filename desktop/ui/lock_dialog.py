"""The idle lock (SEC-02): the same person's password unlocks; "switch user" signs out."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_lock_dialog import Ui_LockDialog

__all__ = ["LockDialog", "SWITCH_USER"]

SWITCH_USER = 2  # dialog result: sign out and show the sign-in dialog


class LockDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.ui.infoLabel.setText(self.tr("The screen was locked after a period without activity. "
                                          "{name} ({username}), enter your password to continue.")
                                  .format(name=user.name, username=user.username))
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.passwordEdit.returnPressed.connect(self.unlock)
        self.ui.switchUserButton.clicked.connect(lambda: self.done(SWITCH_USER))

    def unlock(self) -> None:
        if self.desk.accounts.verify_password(self.user, self.ui.passwordEdit.text()):
            self.accept()
            return
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.setText(self.tr("Wrong password."))

    def reject(self) -> None:
        """Escape and the close button do not unlock."""
