"""系统管理 → 备份与恢复 (SEC-09, SEC-10, ARCH-09): back up now, the list, the settings, restore
with a confirmation naming what is replaced; the home page reminds the administrator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import ADMIN_PASSWORD


def _admin(qtbot, desk) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def _backup_page(qtbot, desk, tmp_path: Path):  # noqa: ANN001, ANN202
    window = _admin(qtbot, desk)
    page = window.open_module("admin").open_tab("backups")
    page.folderEdit.setText(str(tmp_path / "backups"))
    page.secondEdit.setText(str(tmp_path / "second"))
    page.saveButton.click()
    return window, page


def _close_boxes(page) -> list[str]:  # noqa: ANN001
    texts = []
    for box in page.findChildren(QMessageBox):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


def test_home_page_reminds_the_administrator_to_back_up(qtbot, desk):  # noqa: ANN001
    """SEC-09: no backup yet → the administrator's home page says so."""
    window = _admin(qtbot, desk)
    assert "尚未做过数据备份" in window.home.ui.countLabel.text()


def test_back_up_now_lists_the_labelled_backup_and_its_second_copy(qtbot, desk, tmp_path):  # noqa: ANN001
    """SEC-09 / ARCH-09: one click writes the file and its copy; the list shows date, maker, size, content."""
    window, page = _backup_page(qtbot, desk, tmp_path)
    settings = desk.backups.settings(window.user)
    assert settings.folder == str(tmp_path / "backups") and settings.second_folder == str(tmp_path / "second")
    page.backupButton.click()
    assert any(".bdbak" in t for t in _close_boxes(page))
    rows = texts_of(page.runsTable)
    assert len(rows) == 1
    date, _kind, maker, size, content, path, _result = rows[0]
    assert date and "admin" in maker and size.endswith(("KB", "MB"))
    assert "全量备份" in content and path.endswith(".bdbak") and Path(path).is_file()
    assert len(list((tmp_path / "second").glob("*.bdbak"))) == 1
    assert "尚未做过数据备份" not in page.statusLabel.text()


def test_restore_confirms_what_is_replaced_then_signs_everybody_out(qtbot, desk, tmp_path):  # noqa: ANN001
    """SEC-10: the confirmation names the data replaced and the backup's label; after the restore
    the session ends (the data it belonged to are gone)."""
    window, page = _backup_page(qtbot, desk, tmp_path)
    page.backupButton.click()
    _close_boxes(page)
    path = texts_of(page.runsTable)[0][5]
    desk.org.add_department(window.user, "恢复前新建的科室", "bureau")
    asked: list[str] = []
    page.choose_file = lambda: path
    page.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(window.sign_out, timeout=30000):
        page.restore()
    assert "金川区医疗保障局" in asked[0] and "系统管理员" in asked[0] and "全量备份" in asked[0]
    _close_boxes(page)
    assert "恢复前新建的科室" not in [d.name for d in desk.org.departments(desk.act_as("admin"))]
    assert desk.audit.verify().ok


def test_a_broken_file_is_refused_on_screen_and_nothing_is_restored(qtbot, desk, tmp_path):  # noqa: ANN001
    """SEC-10: a file that is not a backup is refused with the reason; no confirmation, no restore."""
    window, page = _backup_page(qtbot, desk, tmp_path)
    junk = tmp_path / "junk.bdbak"
    junk.write_bytes(b"PK\x03\x04 broken")
    page.choose_file = lambda: str(junk)
    page.confirm = lambda text: (_ for _ in ()).throw(AssertionError("no confirmation for a broken file"))
    with qtbot.assertNotEmitted(page.restored):
        page.restore()
    box = page.findChild(QMessageBox, "refusalBox")
    assert box is not None and "不是本系统的备份文件" in box.text()  # shown with its reason
    box.close()
