"""Issue 12 item 16: the main window keeps the size the user gave it (pages scroll instead), the
sidebar keeps its width, empty tables keep readable headers, previews fit the screen, cancelling
切换用户 returns to the session (locked again when it came from the lock, SEC-02), and date fields
take a date typed in one go."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QTableWidget, QVBoxLayout, QWidget

from desktop.ui.date_field import DateField, date_field, parse_typed_date
from desktop.ui.main_window import MainWindow
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.shell import Shell
from desktop.ui.tables import fill_table
from tests.gui.sample_bureau import PASSWORD

LONG_TITLE = "关于组织全县定点医药机构开展医保基金使用情况专项自查自纠并报送整改报告的通知" * 2


def test_window_width_stays_when_pages_and_long_lists_load(qtbot, desk):  # noqa: ANN001
    """Opening every module (the seals page alone wanted 784 px) and a list with a very long title
    never widens the window; the sidebar keeps its width whatever the window's size."""
    liu = desk.act_as("liuyang")
    desk.approvals.create_draft(liu, "expense_claim", LONG_TITLE, purpose=LONG_TITLE, amount="12.00")
    window = MainWindow(desk, desk.accounts.authenticate("wangjianguo", PASSWORD), idle_ms=600_000)
    qtbot.addWidget(window)
    window.resize(700, 600)
    window.show()
    qtbot.waitExposed(window)
    sidebar = window.ui.navList.width()
    for key in window.module_keys():
        window.open_module(key)
        qtbot.wait(5)
        assert window.width() == 700, key
        assert window.minimumSizeHint().width() <= 700, key
        assert window.ui.navList.width() == sidebar, key
    window.resize(1400, 800)
    qtbot.wait(5)
    assert window.ui.navList.width() == sidebar
    window.idle.stop()


def test_empty_table_headers_stay_readable(qtbot):  # noqa: ANN001
    table = QTableWidget()
    qtbot.addWidget(table)
    headers = ["编号", "单据类型", "事由", "金额（元）", "当前环节", "提交时间"]
    fill_table(table, headers, [])
    metrics = table.horizontalHeader().fontMetrics()
    for c, label in enumerate(headers):
        assert table.horizontalHeader().sectionSize(c) >= metrics.horizontalAdvance(label), label
    assert table.horizontalHeader().stretchLastSection()


def test_long_cells_do_not_widen_the_table(qtbot):  # noqa: ANN001
    table = QTableWidget()
    qtbot.addWidget(table)
    fill_table(table, ["编号", "事由"], [("1", LONG_TITLE)])
    assert table.horizontalHeader().sectionSize(1) <= 360 or table.horizontalHeader().stretchLastSection()
    assert table.item(0, 1).toolTip() == LONG_TITLE


def test_preview_fits_the_available_screen(qtbot):  # noqa: ANN001
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 5000, 5000)
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    fit_to_screen(dialog, 300, 200)
    assert (dialog.width(), dialog.height()) == (300, 200)


def _shell(qtbot, desk, username: str = "lifang") -> Shell:  # noqa: ANN001
    shell = Shell(desk, language="zh_CN", idle_ms=600_000)
    window = shell.show_main(desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    return shell


def test_cancelling_switch_user_returns_to_the_session(qtbot, desk, on_modal):  # noqa: ANN001
    """It closed the application before."""
    shell = _shell(qtbot, desk)
    window = shell.window
    on_modal(lambda dialog: dialog.reject())
    window.ui.actionSwitchUser.trigger()
    qtbot.waitUntil(lambda: window.idle._timer.isActive(), timeout=3000)  # the idle watch resumed
    assert shell.window is window and window.isVisible() and not window.is_locked
    window.idle.stop()


def test_SEC02_cancelling_switch_user_from_the_lock_locks_again(qtbot, desk, on_modal):  # noqa: ANN001
    shell = _shell(qtbot, desk)
    window = shell.window
    window.lock()
    on_modal(lambda dialog: dialog.reject())
    window.lock_dialog.ui.switchUserButton.click()
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert shell.window is window and window.cover.isVisible()
    window.lock_dialog.ui.passwordEdit.setText(PASSWORD)
    window.lock_dialog.ui.unlockButton.click()
    assert not window.is_locked
    window.idle.stop()


def test_switch_user_to_someone_else_opens_their_session(qtbot, desk, on_modal):  # noqa: ANN001
    shell = _shell(qtbot, desk, "liuyang")
    old = shell.window

    def sign_in(dialog) -> None:  # noqa: ANN001
        dialog.ui.usernameEdit.setText("zhangwei")
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.sign_in()

    on_modal(sign_in)
    old.ui.actionSwitchUser.trigger()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not old, timeout=5000)
    qtbot.addWidget(shell.window)
    assert shell.window.user.username == "zhangwei" and not old.isVisible()
    shell.window.idle.stop()


def _typed(qtbot, field: DateField, text: str, key: Qt.Key) -> str:  # noqa: ANN001
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, key)
    return field.date().toString(Qt.DateFormat.ISODate)


def test_date_fields_accept_typed_digits(qtbot):  # noqa: ANN001
    """Qt's QDateEdit kept 2025-03-04 for "20261201" and made 2025-12-01 of "2026-12-01"."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    field = date_field(holder, QDate(2025, 3, 4))
    layout.addWidget(field)
    layout.addWidget(QLineEdit(holder))
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    assert field.calendarPopup() and field.displayFormat() == "yyyy-MM-dd"
    assert _typed(qtbot, field, "20261201", Qt.Key.Key_Tab) == "2026-12-01"
    field.set_value(date(2025, 3, 4))
    assert _typed(qtbot, field, "2026-12-01", Qt.Key.Key_Return) == "2026-12-01"
    field.set_value(date(2025, 3, 4))
    assert _typed(qtbot, field, "2026/2/30", Qt.Key.Key_Return) == "2025-03-04"  # no such day: unchanged
    assert field.text() == "2025-03-04"
    assert parse_typed_date("2026.12.1") == date(2026, 12, 1)
    assert parse_typed_date("2026年12月1日") == date(2026, 12, 1)
    assert parse_typed_date("1201", date(2026, 5, 5)) == date(2026, 12, 1)
    assert parse_typed_date("abc") is None and parse_typed_date("20261341") is None
