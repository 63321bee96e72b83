"""SEC-02: with no input for the idle time the window locks; only the same person's password unlocks."""

from __future__ import annotations

from desktop.ui.main_window import MainWindow
from tests.gui.sample_bureau import PASSWORD


def test_idle_lock_engages_and_unlocks_with_the_password(qtbot, desk):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("lifang", PASSWORD), idle_ms=80)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert window.cover.isVisible()
    dialog = window.lock_dialog
    assert "李芳" in dialog.ui.infoLabel.text()
    dialog.ui.passwordEdit.setText("Wrong#2026")
    dialog.ui.unlockButton.click()
    assert window.is_locked and dialog.ui.messageLabel.text() == "密码错误。"
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.unlockButton.click()
    assert not window.is_locked
    assert not window.cover.isVisible()
    window.idle.stop()


def test_switch_user_from_the_lock_asks_for_the_next_user(qtbot, desk):  # noqa: ANN001
    """Issue 12 item 16: 切换用户 asks who signs in (switch_requested); cancelling that returns to
    the session, locked again (tests/gui/test_layout12.py)."""
    window = MainWindow(desk, desk.accounts.authenticate("lifang", PASSWORD), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    with qtbot.waitSignal(window.switch_requested, timeout=1000):
        window.lock_dialog.ui.switchUserButton.click()
