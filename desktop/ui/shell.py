"""The session around the main window: sign in, forced password change, main window; 切换用户
(cancelling it returns to the session as it was); the session's end after a restore; and the
window shown again in the language chosen in 语言 (same user, no sign-in)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.change_password_dialog import ChangePasswordDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow

__all__ = ["Shell"]


class Shell(QObject):
    def __init__(self, desk: Desk, *, language: str = "zh_CN", idle_ms: int | None = None):
        super().__init__()
        self.desk, self.language, self.idle_ms = desk, language, idle_ms
        self.window: MainWindow | None = None
        self._last_username = ""

    def sign_in(self, parent=None) -> SignedIn | None:  # noqa: ANN001 - a QWidget
        """The sign-in dialog (and the forced password change); None if the user gave up."""
        while True:
            dialog = LoginDialog(self.desk, "", self._last_username, parent)
            dialog.setObjectName("loginDialog")
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
                return None
            user = dialog.user
            self._last_username = user.username
            if not user.must_change_password:
                return user
            change = ChangePasswordDialog(self.desk, user, forced=True)
            if change.exec() == QDialog.DialogCode.Accepted:
                return user

    def start(self) -> bool:
        user = self.sign_in()
        if user is None:
            return False
        self.show_main(user)
        return True

    def show_main(self, user: SignedIn) -> MainWindow:
        window = MainWindow(self.desk, user, idle_ms=self.idle_ms, language=self.language)
        window.sign_out.connect(self._sign_out)
        window.switch_requested.connect(self._switch_requested)
        window.language_chosen.connect(self.switch_language)
        window.closed.connect(self._closed)
        self.window = window
        window.show()
        if user.is_admin:  # SEC-09: the scheduled backup, if due, once the window is up
            QTimer.singleShot(0, window.home, window.home.run_due_backup)
        return window

    def _offer_checkpoint(self, window: MainWindow) -> None:
        """SEC-01: the 稽核 or 财务负责人 leaving is asked to sign the day's audit checkpoint (skippable)."""
        from desktop.ui.checkpoint_dialog import offer_checkpoint

        offer_checkpoint(self.desk, window.user, window if window.isVisible() else None)

    def _closed(self) -> None:
        if self.window is not None:
            self._offer_checkpoint(self.window)
        QApplication.instance().quit()

    def _dispose(self, window: MainWindow | None) -> None:
        if window is not None:
            window.sign_out.disconnect(self._sign_out)
            window.switch_requested.disconnect(self._switch_requested)
            window.language_chosen.disconnect(self.switch_language)
            window.closed.disconnect()
            window.hide()
            window.deleteLater()

    def _sign_out(self) -> None:
        if self.window is not None:
            self._offer_checkpoint(self.window)
        window, self.window = self.window, None
        self._dispose(window)
        QTimer.singleShot(0, self._after_sign_out)

    def _switch_requested(self) -> None:
        QTimer.singleShot(0, self.switch_user)

    def switch_user(self) -> None:
        """切换用户: who signs in now; if nobody (cancel), the current session goes on."""
        window = self.window
        if window is None:
            return
        user = self.sign_in(window if window.isVisible() else None)
        if user is None:
            window.switch_cancelled()
            return
        self._offer_checkpoint(window)
        self.window = None
        self._dispose(window)
        self.show_main(user)

    def switch_language(self, language: str) -> MainWindow | None:
        """The interface in ``language`` now: translators swapped and the window made again for the
        same person (the pages are built in the language they are shown in)."""
        from desktop.app.translations import install_translators, remove_translators, ui_language

        app = QApplication.instance()
        remove_translators(app, getattr(app, "_bureau_desk_translators", []))
        app._bureau_desk_translators = install_translators(app, language)
        self.language = ui_language(language)
        old = self.window
        if old is None:
            return None
        geometry, maximized = old.geometry(), old.isMaximized()
        self.window = None
        self._dispose(old)
        window = MainWindow(self.desk, old.user, idle_ms=self.idle_ms, language=self.language)
        window.sign_out.connect(self._sign_out)
        window.switch_requested.connect(self._switch_requested)
        window.language_chosen.connect(self.switch_language)
        window.closed.connect(self._closed)
        self.window = window
        window.setGeometry(geometry)
        window.showMaximized() if maximized else window.show()
        return window

    def _after_sign_out(self) -> None:
        if not self.start():
            QApplication.instance().quit()
