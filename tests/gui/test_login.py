"""Signing in: success, a wrong password (message shown), lock-out after repeated failures (SEC-01)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.ui.login_dialog import LoginDialog
from tests.gui.sample_bureau import PASSWORD


def _try(qtbot, desk, username: str, password: str) -> LoginDialog:  # noqa: ANN001
    dialog = LoginDialog(desk, "", username)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def test_sign_in_succeeds_with_the_right_password(qtbot, desk):  # noqa: ANN001
    dialog = _try(qtbot, desk, "wangjianguo", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.name == "王建国"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "登录"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_wrong_password_is_refused_with_a_message(qtbot, desk):  # noqa: ANN001
    dialog = _try(qtbot, desk, "wangjianguo", "not-the-password1!")
    assert dialog.user is None
    assert dialog.isVisible()
    assert "用户名或密码错误" in dialog.message()
    assert dialog.ui.passwordEdit.text() == ""


def test_repeated_failures_lock_the_account(qtbot, desk):  # noqa: ANN001
    dialog = LoginDialog(desk, "", "liuyang")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(desk.accounts.policy.max_failures):
        dialog.ui.passwordEdit.setText("wrong#Pass1")
        dialog.sign_in()
    assert "锁定" in dialog.message()
    dialog.ui.passwordEdit.setText(PASSWORD)  # even the right password is refused while locked
    dialog.sign_in()
    assert dialog.user is None
    assert "锁定" in dialog.message()


def test_forced_password_change_after_a_reset(qtbot, desk):  # noqa: ANN001
    from desktop.ui.change_password_dialog import ChangePasswordDialog

    admin = desk.act_as("admin")
    account = next(a for a in desk.accounts.list_accounts(admin) if a.username == "liuyang")
    desk.accounts.reset_password(admin, account.id, "Reset#2026")
    user = desk.accounts.authenticate("liuyang", "Reset#2026")
    assert user.must_change_password
    dialog = ChangePasswordDialog(desk, user, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.oldEdit.setText("Reset#2026")
    dialog.ui.newEdit.setText("short")
    dialog.ui.repeatEdit.setText("short")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "至少 8 位" in dialog.ui.messageLabel.text() and "特殊字符" in dialog.ui.messageLabel.text()
    dialog.ui.newEdit.setText("Fresh#2027")
    dialog.ui.repeatEdit.setText("Fresh#2027")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not desk.accounts.authenticate("liuyang", "Fresh#2027").must_change_password


def test_bureau_name_under_the_title_in_a_compact_dialog(qtbot, desk):  # noqa: ANN001
    dialog = LoginDialog(desk)  # the shell passes no name: the dialog asks desk.bureau_name()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    layout = dialog.layout()
    assert dialog.ui.titleLabel.text() == "机关办公财务系统"
    assert dialog.ui.bureauLabel.text() == "金川区医疗保障局" and dialog.ui.bureauLabel.isVisible()
    assert layout.indexOf(dialog.ui.bureauLabel) == layout.indexOf(dialog.ui.titleLabel) + 1
    # Compact: no stretch, no empty message line; the dialog is as tall as its contents.
    assert not dialog.ui.messageLabel.isVisible()
    assert all(layout.itemAt(i).spacerItem() is None for i in range(layout.count()))
    assert dialog.height() == dialog.sizeHint().height() < 240
    shown = dialog.ui.buttonBox.geometry().bottom()
    assert dialog.height() - shown < 30
    # A refusal adds its line and the dialog grows just enough to show it.
    dialog.ui.usernameEdit.setText("wangjianguo")
    dialog.ui.passwordEdit.setText("wrong#Pass1")
    dialog.sign_in()
    assert dialog.ui.messageLabel.isVisible() and "用户名或密码错误" in dialog.message()
    assert dialog.ui.messageLabel.geometry().bottom() < dialog.ui.buttonBox.geometry().top()
