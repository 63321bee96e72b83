"""印章管理: the registry with Chinese kinds and statuses, filters, the selected seal's impression,
history and the actions its state allows; handover (and a refused one) from the GUI; 盖章 of an
approved request into the use register; 挂失 then 盖章 refused; the registers exported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import headers_of, texts_of
from tests.gui.sample_bureau import PASSWORD
from tests.gui.sample_seals import BUREAU, USE_TITLE, add_seals

FINANCE = f"{BUREAU}财务专用章"
OFFICIAL = f"{BUREAU}行政公章"


@pytest.fixture(scope="session")
def seal_db(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seals")
    for part in sample_db.parent.glob(sample_db.name + "*"):
        shutil.copy(part, folder / part.name)
    path = folder / sample_db.name
    desk = Desk.open(f"sqlite:///{path}")
    add_seals(desk)
    desk.close()
    return path


@pytest.fixture
def sdesk(seal_db: Path, tmp_path: Path) -> Desk:
    target = tmp_path / "s.sqlite"
    for part in seal_db.parent.glob(seal_db.name + "*"):
        shutil.copy(part, tmp_path / part.name.replace(seal_db.name, target.name))
    opened = Desk.open(f"sqlite:///{target}")
    yield opened
    opened.close()


def _page(qtbot, desk, username: str = "chenjing"):  # noqa: ANN001, ANN202
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window.open_module("seals")


def _custodian(desk, name: str) -> str:  # noqa: ANN001
    return next(v.custodian for v in desk.seals.seals(desk.act_as("chenjing")) if v.name == name)


def _ok(dialog):  # noqa: ANN001, ANN202
    return dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_registry_lists_seals_in_chinese_and_filters_by_kind(qtbot, sdesk):  # noqa: ANN001
    page = _page(qtbot, sdesk)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["印章台账", "用印登记簿", "用印申请/刻制申请"]
    registry = page.registry
    assert headers_of(registry.table) == ["印章名称", "类型", "部门", "保管人", "存放地点", "状态", "启用日期",
                                          "公安备案编号"]
    rows = {r[0]: r for r in texts_of(registry.table)}
    assert rows[OFFICIAL][1:6] == ["行政公章", "办公室", "陈静", "办公室保险柜", "启用"]
    assert rows[FINANCE][1] == "财务专用章" and rows[FINANCE][3] == "赵敏" and rows[FINANCE][7] == "公刻备〔2026〕42号"
    assert rows[f"{BUREAU}合同专用章"][5] == "已公安备案" and rows["零余额账户支票簿"][1] == "支票"
    registry.kindCombo.setCurrentIndex(registry.kindCombo.findText("财务专用章"))
    assert [r[0] for r in texts_of(registry.table)] == [FINANCE]
    registry.kindCombo.setCurrentIndex(0)
    registry.custodianCombo.setCurrentIndex(registry.custodianCombo.findText("孙丽"))
    assert sorted(r[0] for r in texts_of(registry.table)) == sorted(["法人名章（王建国）", "零余额账户支票簿"])
    registry.custodianCombo.setCurrentIndex(0)
    registry.statusCombo.setCurrentIndex(registry.statusCombo.findText("已公安备案"))
    assert [r[0] for r in texts_of(registry.table)] == [f"{BUREAU}合同专用章"]
    registry.statusCombo.setCurrentIndex(0)


def test_selected_seal_shows_impression_history_and_its_actions(qtbot, sdesk):  # noqa: ANN001
    registry = _page(qtbot, sdesk).registry
    registry.select_seal(OFFICIAL)
    assert registry.impressionLabel.pixmap() is not None and not registry.impressionLabel.pixmap().isNull()
    history = registry.historyBrowser.toPlainText()
    assert "已公安备案 → 启用" in history and "启用时指定保管人" in history and "陈静" in history
    assert "办公室保险柜" in registry.factsLabel.text()
    visible = [k for k, b in registry.actionButtons.items() if b.isVisibleTo(registry)]
    assert visible == ["handover", "take_out", "suspended", "replaced", "sealed_up", "lost"]
    registry.select_seal(f"{BUREAU}合同专用章")
    assert [k for k, b in registry.actionButtons.items() if b.isVisibleTo(registry)] == ["enable", "lost"]
    assert "已公安备案" in registry.actionsLabel.text()


def test_handover_from_the_gui_changes_the_custodian(qtbot, sdesk, on_modal):  # noqa: ANN001
    registry = _page(qtbot, sdesk).registry
    registry.select_seal(FINANCE)
    seen = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        dialog.toCombo.setCurrentIndex(dialog.toCombo.findData(sdesk.act_as("lifang").staff_id))
        dialog.reasonEdit.setText("会计岗位调整")
        dialog.fromPassEdit.setText("wrong")
        dialog.toPassEdit.setText(PASSWORD)
        _ok(dialog).click()
        seen["wrong"] = dialog.messageLabel.text()
        dialog.fromPassEdit.setText(PASSWORD)
        _ok(dialog).click()

    on_modal(fill)
    registry.actionButtons["handover"].click()
    assert seen["title"] == "印章交接" and "SEC-06" in seen["wrong"] and "赵敏" in seen["wrong"]
    assert _custodian(sdesk, FINANCE) == "李芳"
    assert next(r for r in texts_of(registry.table) if r[0] == FINANCE)[3] == "李芳"
    assert "会计岗位调整" in registry.historyBrowser.toPlainText()


def test_refused_handover_shows_every_problem_and_changes_nothing(qtbot, sdesk, on_modal):  # noqa: ANN001
    """The 财务专用章 to the cashier, who holds the 法人名章 and the cheque book (SEAL-17, SEAL-16)."""
    registry = _page(qtbot, sdesk).registry
    registry.select_seal(FINANCE)
    seen = {}

    def fill(dialog) -> None:  # noqa: ANN001
        dialog.toCombo.setCurrentIndex(dialog.toCombo.findData(sdesk.act_as("sunli").staff_id))
        dialog.reasonEdit.setText("试图交给出纳")
        dialog.fromPassEdit.setText(PASSWORD)
        dialog.toPassEdit.setText(PASSWORD)
        _ok(dialog).click()
        seen["message"], seen["open"] = dialog.messageLabel.text(), dialog.isVisible()
        dialog.reject()

    on_modal(fill)
    registry.actionButtons["handover"].click()
    assert "SEAL-17" in seen["message"] and "SEAL-16" in seen["message"] and seen["open"]
    assert "银行预留印鉴须分别保管" in seen["message"]
    assert _custodian(sdesk, FINANCE) == "赵敏"


def _apply(qtbot, page, on_modal, passphrase: str = PASSWORD) -> dict:  # noqa: ANN001
    uses = page.open_tab("uses")
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["requests"] = [dialog.requestCombo.itemText(i) for i in range(dialog.requestCombo.count())]
        dialog.passphraseEdit.setText("wrong")
        _ok(dialog).click()
        seen["wrong"] = dialog.messageLabel.text()
        dialog.passphraseEdit.setText(passphrase)
        _ok(dialog).click()
        seen["message"] = dialog.messageLabel.text()
        seen["preview"] = dialog.previewButton.isVisible()
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()

    on_modal(fill)
    uses.applyButton.click()
    return seen


def test_applying_the_seal_records_a_use_in_the_register(qtbot, sdesk, on_modal):  # noqa: ANN001
    page = _page(qtbot, sdesk)
    uses = page.open_tab("uses")
    assert headers_of(uses.table) == ["用印日期", "印章名称", "文件名称", "发往单位", "份数", "申请人", "批准人", "用印人"]
    before = len(texts_of(uses.table))
    seen = _apply(qtbot, page, on_modal)
    assert any(USE_TITLE in t for t in seen["requests"])
    assert "SEC-06" in seen["wrong"]
    assert "已盖章" in seen["message"] and seen["preview"] is True
    rows = texts_of(uses.table)
    assert len(rows) == before + 1
    row = next(r for r in rows if r[2] == USE_TITLE)
    assert row[1] == OFFICIAL and row[3] == "区卫生健康局" and row[4] == "2" and row[6] == "王建国" and row[7] == "陈静"
    use = next(u for u in sdesk.seals.uses(sdesk.act_as("chenjing")) if u.document_title == USE_TITLE)
    report = sdesk.seals.verify(sdesk.sheets.latest_pdf(sdesk.act_as("chenjing"), use.document_id))
    assert report.ok and report.signatures[-1].is_seal
    # Filtering by seal and by dates.
    uses.sealCombo.setCurrentIndex(uses.sealCombo.findText(FINANCE))
    assert [r[2] for r in texts_of(uses.table)] == ["印章启用通知（印鉴样底）"]  # the impression specimen
    uses.sealCombo.setCurrentIndex(uses.sealCombo.findText(OFFICIAL))
    assert USE_TITLE in [r[2] for r in texts_of(uses.table)]
    from datetime import date, timedelta

    uses.set_dates(date.today() + timedelta(days=1), None)
    assert texts_of(uses.table) == []
    uses.set_dates(None, None)


def test_report_lost_then_apply_is_refused(qtbot, sdesk, on_modal):  # noqa: ANN001
    page = _page(qtbot, sdesk)
    registry = page.registry
    registry.select_seal(OFFICIAL)

    def lost(dialog) -> None:  # noqa: ANN001
        _ok(dialog).click()  # without the circumstances: refused in the dialog
        assert "SEAL-15" in dialog.messageLabel.text()
        dialog.noteEdit.setPlainText("今晨发现办公室保险柜被撬，行政公章遗失，已报警")
        _ok(dialog).click()

    on_modal(lost)
    registry.actionButtons["lost"].click()
    row = next(r for r in texts_of(registry.table) if r[0] == OFFICIAL)
    assert row[5] == "已作废（挂失）"
    assert not any(b.isVisibleTo(registry) for b in registry.actionButtons.values())
    assert "证书吊销时间" in registry.factsLabel.text()
    seen = _apply(qtbot, page, on_modal)
    assert "SEAL-15" in seen["message"] and seen["preview"] is False
    assert USE_TITLE not in [u.document_title for u in sdesk.seals.uses(sdesk.act_as("chenjing"))]


def test_registers_export_excel_and_preview(qtbot, sdesk, on_modal, monkeypatch, tmp_path):  # noqa: ANN001
    page = _page(qtbot, sdesk)
    target = tmp_path / "台账.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.registry.excelButton.click()
    assert target.read_bytes()[:2] == b"PK"
    seen = {}

    def look(dialog) -> None:  # noqa: ANN001
        seen["title"], seen["pages"] = dialog.windowTitle(), dialog.document.pageCount()
        dialog.reject()

    on_modal(look)
    page.open_tab("uses").printButton.click()
    assert seen["title"] == "用印登记簿" and seen["pages"] >= 1


def test_requests_tab_lists_seal_documents(qtbot, sdesk):  # noqa: ANN001
    page = _page(qtbot, sdesk, "liuyang")
    requests = page.open_tab("requests")
    kinds = {r[1] for r in texts_of(requests.ui.documentsTable)}
    assert kinds == {"用印申请单", "刻制印章申请"} and requests.ui.newButton.isVisible()
