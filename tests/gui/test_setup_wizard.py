"""The first-run set-up wizard (issue 10, item 5): on an empty database it creates what
``desktop init`` creates (SEC-08) plus departments, refuses bad input on the page it belongs to
(SEC-05, SEC-08), loads the demonstration bureau when asked, writes the root key copy, and
leaves the database empty when cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.documents import pki
from desktop.services.desk import Desk
from desktop.ui.setup_wizard import SetupWizard
from desktop.ui.setup_wizard_pages import (PAGE_ADMIN, PAGE_BUREAU, PAGE_CA, PAGE_DEPARTMENTS, PAGE_PRESET,
                                           PAGE_START, PAGE_SUMMARY)

PASSWORD = "Tongyu#2026x"


@pytest.fixture
def empty_desk(tmp_path: Path) -> Desk:
    opened = Desk.open(f"sqlite:///{tmp_path / 'new.sqlite'}")
    yield opened
    opened.close()


def _wizard(qtbot, desk: Desk, removable: str | None = None) -> SetupWizard:  # noqa: ANN001
    wizard = SetupWizard(desk, removable=lambda: removable)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(qtbot, wizard: SetupWizard) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _finish(qtbot, wizard: SetupWizard) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def _fill_to_summary(qtbot, wizard: SetupWizard, *, backup: Path | None = None, own_ca: str | None = None) -> None:  # noqa: ANN001
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_BUREAU
    wizard.bureau_page.name_edit.setText("通榆县医疗保障局")
    wizard.bureau_page.code_edit.setText("TY")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PRESET
    wizard.preset_page.radios["P-001"].setChecked(True)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_DEPARTMENTS
    wizard.departments_page.set_rows([("办公室", "bureau"), ("财务股", "bureau"), ("医药服务管理股", "bureau"),
                                      ("基金监管股", "bureau"), ("县医保中心", "centre")])
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN
    wizard.admin_page.username_edit.setText("tyadmin")
    wizard.admin_page.name_edit.setText("张管理")
    wizard.admin_page.password_edit.setText(PASSWORD)
    wizard.admin_page.repeat_edit.setText(PASSWORD)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_CA
    if own_ca:
        wizard.ca_page.same_check.setChecked(False)
        wizard.ca_page.passphrase_edit.setText(own_ca)
        wizard.ca_page.repeat_edit.setText(own_ca)
    wizard.ca_page.backup_check.setChecked(backup is not None)
    if backup is not None:
        wizard.ca_page.folder_edit.setText(str(backup))
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY


def test_sec08_wizard_creates_bureau_admin_departments_and_root_ca(qtbot, empty_desk: Desk, tmp_path: Path):  # noqa: ANN001
    """SEC-08: what `desktop init` creates, plus the departments; the admin signs in; the key copy is written."""
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard = _wizard(qtbot, empty_desk)
    assert not wizard.ca_page.backup_check.isChecked(), "no removable drive found: no copy offered by default"
    _fill_to_summary(qtbot, wizard, backup=usb, own_ca="Root#Pass2026")
    summary = wizard.summary_page.text.text()
    assert "通榆县医疗保障局" in summary and "P-001" in summary and "县医保中心" in summary and str(usb) in summary
    _finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.admin_username == "tyadmin"

    assert empty_desk.bureau_name() == "通榆县医疗保障局"
    admin = empty_desk.accounts.authenticate("tyadmin", PASSWORD)
    assert admin.is_admin and admin.name == "张管理"
    assert empty_desk.presets.preset(admin).code == "P-001"
    assert [(d.name, d.unit) for d in empty_desk.org.departments(admin)] == [
        ("办公室", "bureau"), ("财务股", "bureau"), ("医药服务管理股", "bureau"), ("基金监管股", "bureau"),
        ("县医保中心", "centre")]
    roots = empty_desk.sheets.root_pem()
    assert len(roots) == 1

    key_files, cert_files = list(usb.glob("TY-root-*.p12")), list(usb.glob("TY-root-*.pem"))
    assert len(key_files) == 1 and len(cert_files) == 1 and (usb / "README-根证书备份.txt").is_file()
    opened = pki.unlock(key_files[0].read_bytes(), "Root#Pass2026", what="根证书")  # the root passphrase opens it
    assert pki.cert_info(opened.cert).serial == pki.cert_info(roots[0]).serial
    assert cert_files[0].read_text(encoding="ascii") == roots[0]
    readme = (usb / "README-根证书备份.txt").read_text(encoding="utf-8-sig")
    assert key_files[0].name in readme and "desktop restore" in readme and "通榆县医疗保障局" in readme
    with pytest.raises(pki.PkiError):
        pki.unlock(key_files[0].read_bytes(), PASSWORD, what="根证书")  # not the admin password: its own


def test_sec05_sec08_bad_code_and_password_refused_on_their_pages(qtbot, empty_desk: Desk):  # noqa: ANN001
    """SEC-08 (name and code required, code ≤ 16) and SEC-05 (policy, repeat, published demo password):
    every problem listed at once on its page; Next does not move on."""
    wizard = _wizard(qtbot, empty_desk)
    _next(qtbot, wizard)
    wizard.bureau_page.code_edit.setMaxLength(100)  # as if pasted past the field's limit
    wizard.bureau_page.code_edit.setText("X" * 17)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_BUREAU
    shown = wizard.bureau_page.problems.text()
    assert wizard.bureau_page.problems.isVisible()
    assert "请填写单位名称" in shown and "单位代码" in shown and "16" in shown

    wizard.bureau_page.name_edit.setText("通榆县医疗保障局")
    wizard.bureau_page.code_edit.setText("TY")
    for _ in range(3):
        _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN
    page = wizard.admin_page
    page.password_edit.setText("abc")  # live: listed while typing
    shown = page.problems.text()
    assert "至少 8 位" in shown and "数字" in shown and "特殊字符" in shown
    page.repeat_edit.setText("abd")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN
    assert "两次输入的密码不一致" in page.problems.text() and "至少 8 位" in page.problems.text()

    page.password_edit.setText("Desk#2026")  # the README's demo administrator password
    page.repeat_edit.setText("Desk#2026")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN and "公开的演示密码" in page.problems.text()

    page.username_edit.setText("Admin Root")
    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN and "用户名" in page.problems.text()
    page.username_edit.setText("admin")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_CA

    ca = wizard.ca_page
    ca.same_check.setChecked(False)
    ca.passphrase_edit.setText("short")
    ca.repeat_edit.setText("other")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_CA
    assert "根证书口令" in ca.problems.text() and "两次输入的根证书口令不一致" in ca.problems.text()
    assert not empty_desk.has_bureau()


def test_sec08_departments_checked_on_their_page(qtbot, empty_desk: Desk):  # noqa: ANN001
    """SEC-01/SEC-08: a repeated department and an over-long name are both listed on the departments page."""
    wizard = _wizard(qtbot, empty_desk)
    _next(qtbot, wizard)
    wizard.bureau_page.name_edit.setText("通榆县医疗保障局")
    wizard.bureau_page.code_edit.setText("TY")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert [n for n, _ in wizard.departments_page.rows()][:3] == ["局领导", "办公室", "规划财务股"]
    wizard.departments_page.set_rows([("办公室", "bureau"), ("办公室", "bureau"), ("股" * 51, "centre")])
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_DEPARTMENTS
    shown = wizard.departments_page.problems.text()
    assert "重复" in shown and "第3个部门" in shown


def test_sec08_finish_refused_when_a_bureau_appeared_meanwhile(qtbot, empty_desk: Desk, tmp_path: Path):  # noqa: ANN001
    """SEC-08: another PC set the database up while the wizard was open: Finish lists it, nothing doubles."""
    from desktop.services.setup import initialise

    wizard = _wizard(qtbot, empty_desk)
    _fill_to_summary(qtbot, wizard)
    initialise(empty_desk, bureau_name="别的局", bureau_code="OTHER", admin_username="other",
               admin_password="Elsewhere#2026")
    _finish(qtbot, wizard)
    assert wizard.isVisible() and wizard.currentId() == PAGE_SUMMARY
    assert "已有单位" in wizard.summary_page.problems.text()
    assert empty_desk.bureau_name() == "别的局"


def test_sec08_cancel_leaves_the_database_empty(qtbot, empty_desk: Desk):  # noqa: ANN001
    """SEC-08: nothing is written before Finish; cancelling on the summary leaves no bureau and no audit entry."""
    wizard = _wizard(qtbot, empty_desk)
    entries_before = _audit_entries(empty_desk)
    _fill_to_summary(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not empty_desk.has_bureau()
    assert _audit_entries(empty_desk) == entries_before
    again = _wizard(qtbot, empty_desk)  # and it can be run again
    _fill_to_summary(qtbot, again)
    _finish(qtbot, again)
    assert empty_desk.bureau_name() == "通榆县医疗保障局"
    assert _audit_entries(empty_desk) > entries_before


def _audit_entries(desk: Desk) -> int:
    from sqlalchemy import text

    with desk.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM audit_entries")).scalar()


def test_removable_drive_is_offered_and_skipping_warns(qtbot, empty_desk: Desk, tmp_path: Path):  # noqa: ANN001
    """SEC-09: a removable drive found is the default copy place; unticking shows the warning."""
    wizard = _wizard(qtbot, empty_desk, removable=str(tmp_path))
    page = wizard.ca_page
    assert page.backup_check.isChecked() and page.folder_edit.text() == str(tmp_path)
    assert page.skip_warning.isHidden()
    page.backup_check.setChecked(False)
    assert not page.skip_warning.isHidden()


def test_sec05_demo_choice_loads_the_demonstration_bureau(qtbot, empty_desk: Desk):  # noqa: ANN001
    """SEC-05: the start page shows the README's demo passwords; choosing the demo loads it."""
    wizard = _wizard(qtbot, empty_desk)
    assert wizard.currentId() == PAGE_START
    labels = " ".join(w.text() for w in wizard.start_page.findChildren(type(wizard.summary_page.text)))
    assert "Demo#2026" in labels and "Desk#2026" in labels
    wizard.start_page.demo_radio.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    _finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.demo_loaded
    assert empty_desk.bureau_name() == "示范县医疗保障局"
    assert empty_desk.accounts.authenticate("wufang", "Demo#2026").name == "吴芳"


def test_sec08_first_start_opens_the_wizard_then_the_sign_in(qtbot, tmp_path: Path, on_modal, monkeypatch):  # noqa: ANN001
    """SEC-08: `desktop start` on an empty database opens the wizard (no more "run desktop init"),
    and after Finish goes on to the sign-in without a restart; cancelling quits with nothing written."""
    from desktop.ui import main
    from desktop.ui.shell import Shell

    started = []
    monkeypatch.setattr(Shell, "start", lambda self: started.append(self.desk.bureau_name()) or False)
    url = f"sqlite:///{tmp_path / 'first.sqlite'}"

    on_modal(lambda wizard: wizard.reject())
    assert main.run_gui(url, demo_if_empty=False) == 0
    assert started == []

    def fill(wizard) -> None:  # noqa: ANN001
        assert isinstance(wizard, SetupWizard)
        _fill_to_summary(qtbot, wizard)
        _finish(qtbot, wizard)

    on_modal(fill)
    assert main.run_gui(url, demo_if_empty=False) == 0
    assert started == ["通榆县医疗保障局"]
