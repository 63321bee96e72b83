"""Sign-in screen says the same for every failure (SEC-01), and 文件 → 修改签名口令… re-encrypts the
signing keys (SEC-06)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.services.accounts import SIGN_IN_FAILED
from desktop.ui.change_passphrase_dialog import ChangePassphraseDialog
from desktop.ui.login_dialog import LoginDialog
from tests.gui.sample_bureau import PASSWORD


def _sign_in(qtbot, desk, username: str, password: str) -> str:  # noqa: ANN001
    dialog = LoginDialog(desk, "", username)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.user is None
    return dialog.message()


def test_sign_in_screen_does_not_tell_which_usernames_exist_sec01(qtbot, desk):  # noqa: ANN001
    """Unknown user, wrong password and a locked account (even with the right password) show the
    one same line, without a count of remaining tries."""
    for _ in range(desk.accounts.policy.max_failures):
        _sign_in(qtbot, desk, "liuyang", "wrong#Pass1")
    shown = {_sign_in(qtbot, desk, "nobody", "wrong#Pass1"), _sign_in(qtbot, desk, "zhangwei", "wrong#Pass1"),
             _sign_in(qtbot, desk, "liuyang", PASSWORD)}
    assert shown == {SIGN_IN_FAILED}


def test_change_signing_passphrase_from_the_file_menu_sec06(qtbot, desk):  # noqa: ANN001
    from desktop.ui.main_window import MainWindow

    user = desk.accounts.authenticate("liuyang", PASSWORD)
    window = MainWindow(desk, user)
    qtbot.addWidget(window)
    assert window.actionChangePassphrase in window.ui.menuFile.actions()
    assert window.actionChangePassphrase.isVisible()
    dialog = ChangePassphraseDialog(desk, user, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    # The two new ones differ: nothing sent to the service.
    dialog.ui.oldEdit.setText(PASSWORD)
    dialog.ui.newEdit.setText("Liu#Sign2027")
    dialog.ui.repeatEdit.setText("Liu#Sign2028")
    ok.click()
    assert dialog.message() and dialog.result() != QDialog.DialogCode.Accepted
    # A wrong current passphrase: the service's refusal in the dialog, the fields cleared.
    dialog.ui.oldEdit.setText("Wrong#2026x")
    dialog.ui.newEdit.setText("Liu#Sign2027")
    dialog.ui.repeatEdit.setText("Liu#Sign2027")
    ok.click()
    assert "原签名口令不正确" in dialog.message() and dialog.ui.oldEdit.text() == ""
    dialog.ui.oldEdit.setText(PASSWORD)
    dialog.ui.newEdit.setText("Liu#Sign2027")
    dialog.ui.repeatEdit.setText("Liu#Sign2027")
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed.reencrypted and dialog.changed.not_opened == ()
    # The new passphrase signs; the old one no longer does.
    doc = desk.approvals.create_draft(user, "expense_claim", "复印纸", purpose="日常办公", amount="60")
    desk.approvals.submit(user, doc, passphrase="Liu#Sign2027")
    assert desk.sheets.versions(user, doc)


def test_administrators_have_no_passphrase_menu_entry(qtbot, desk):  # noqa: ANN001
    from desktop.ui.main_window import MainWindow

    window = MainWindow(desk, desk.act_as("admin"))
    qtbot.addWidget(window)
    assert not window.actionChangePassphrase.isVisible()
