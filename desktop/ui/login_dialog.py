"""Sign-in: the application's name, the bureau's name under it (read before anyone signs in), and
the two fields. A refusal (wrong password, locked account) is shown in the dialog itself, which
keeps to the size of its contents."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop import APP_NAME_ZH
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_login_dialog import Ui_LoginDialog

__all__ = ["LoginDialog"]


class LoginDialog(QDialog):
    def __init__(self, desk: Desk, bureau_name: str = "", username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.user: SignedIn | None = None
        self.setWindowTitle(self.tr("Sign in — {app}").format(app=APP_NAME_ZH))
        self.ui.titleLabel.setText(APP_NAME_ZH)
        bureau_name = bureau_name or self.desk.bureau_name() or ""
        self.ui.bureauLabel.setText(bureau_name)
        self.ui.bureauLabel.setVisible(bool(bureau_name))
        self.ui.messageLabel.setVisible(False)
        self.ui.usernameEdit.setText(username)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttonBox.accepted.connect(self.sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def sign_in(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        if not username:
            self._show_message(self.tr("Please enter your username."))
            return
        try:
            self.user = self.desk.accounts.authenticate(username, self.ui.passwordEdit.text())
        except Refused as refused:
            self._show_message("\n".join(p.text for p in refused.problems))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()
