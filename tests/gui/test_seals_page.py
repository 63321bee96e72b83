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
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD
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
        seen["sealed"] = dialog.sealedButton.isVisible()
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()

    on_modal(fill)
    uses.applyButton.click()
    return seen


def test_applying_the_seal_records_a_use_in_the_register(qtbot, sdesk, on_modal):  # noqa: ANN001
    page = _page(qtbot, sdesk)
    uses = page.open_tab("uses")
    assert headers_of(uses.table)[0] == "登记号" and headers_of(uses.table)[-1] == "SHA-256"
    assert headers_of(uses.table)[1:4] == ["用印日期", "印章名称", "文件名称"]
    before = len(texts_of(uses.table))
    seen = _apply(qtbot, page, on_modal)
    assert any(USE_TITLE in t for t in seen["requests"])
    assert "SEC-06" in seen["wrong"]
    assert "已盖章" in seen["message"] and seen["preview"] is True and seen["sealed"] is True
    rows = texts_of(uses.table)
    assert len(rows) == before + 1
    row = next(r for r in rows if r[3] == USE_TITLE)
    assert row[2] == OFFICIAL and row[5] == "区卫生健康局" and row[6] == "2" and row[8] == "王建国" and row[9] == "陈静"
    use = next(u for u in sdesk.seals.uses(sdesk.act_as("chenjing")) if u.document_title == USE_TITLE)
    assert row[0] == use.register_no and row[10] == "刘洋"  # SEAL-08: the requester watched (监印人)
    report = sdesk.seals.verify(sdesk.sheets.latest_pdf(sdesk.act_as("chenjing"), use.document_id))
    assert report.ok and report.signatures[-1].signer == "陈静"  # the custodian signs the request sheet
    sealed = sdesk.seals.verify(sdesk.seals.sealed_document(sdesk.act_as("chenjing"), use.id)[1])
    assert sealed.ok and sealed.signatures[-1].is_seal  # SEAL-05: the seal is on the document itself
    # Filtering by seal and by dates.
    uses.sealCombo.setCurrentIndex(uses.sealCombo.findText(FINANCE))
    assert [r[3] for r in texts_of(uses.table)] == ["印章启用通知（印鉴样底）"]  # the impression specimen
    uses.sealCombo.setCurrentIndex(uses.sealCombo.findText(OFFICIAL))
    assert USE_TITLE in [r[3] for r in texts_of(uses.table)]
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
    assert kinds == {"用印申请单", "刻制印章申请"} and not requests.ui.newButton.isVisible()
    assert page.useRequestButton.isVisible() and page.engravingButton.isVisible()


# New requests with their seal and PDF, engraving, custody items, the CRL, 启用 and 携出登记 ----------
def _blank_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_new_seal_use_request_carries_its_seal_and_pdf_and_can_be_sealed(qtbot, sdesk, on_modal, monkeypatch,
                                                                          tmp_path):  # noqa: ANN001
    from tests.gui.sample_seals import use_pdf

    page = _page(qtbot, sdesk, "liuyang")
    requests = page.open_tab("requests")
    assert not requests.ui.newButton.isVisible() and page.useRequestButton.isVisible()
    assert page.useRequestButton.text() == "新建用印申请…" and page.engravingButton.text() == "新建刻制申请…"
    liuyang = sdesk.act_as("liuyang")
    before = len(sdesk.approvals.documents(liuyang, kinds=["seal_use"]))
    empty, blank, letter = tmp_path / "空.pdf", tmp_path / "空白.pdf", tmp_path / "商请函.pdf"
    empty.write_bytes(b"")
    blank.write_bytes(_blank_pdf())
    letter.write_bytes(use_pdf("关于商请提供定点医药机构名单的函"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(letter), "")))
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"], seen["ok"] = dialog.windowTitle(), _ok(dialog).text()
        seen["seals"] = [dialog.sealCombo.itemText(i) for i in range(dialog.sealCombo.count())]
        _ok(dialog).click()
        seen["no_file"] = dialog.messageLabel.text()
        dialog.choose_file(str(empty))
        seen["empty"] = dialog.messageLabel.text(), dialog.fileLabel.text()
        dialog.choose_file(str(blank))
        seen["blank"] = dialog.messageLabel.text()
        dialog.fileButton.click()  # the file dialog (patched) gives the letter
        seen["file"] = dialog.fileLabel.text()
        dialog.select_seal(next(v.id for v in sdesk.seals.seals(liuyang) if v.name == OFFICIAL))
        dialog.titleEdit.setText("关于商请提供定点医药机构名单的函")
        dialog.recipientEdit.setText("区卫生健康局")
        dialog.copiesSpin.setValue(3)
        dialog.purposeEdit.setText("定点机构核查")
        dialog.passphraseEdit.setText("wrong")
        _ok(dialog).click()
        seen["wrong"] = dialog.messageLabel.text()
        seen["after_wrong"] = len(sdesk.approvals.documents(liuyang, kinds=["seal_use"]))
        dialog.passphraseEdit.setText(PASSWORD)
        _ok(dialog).click()

    on_modal(fill)
    page.useRequestButton.click()
    assert seen["title"] == "新建用印申请" and seen["ok"] == "提交审批"
    assert OFFICIAL in seen["seals"][0] and not any("合同专用章" in s or "支票" in s for s in seen["seals"])
    assert "请选择用印文件" in seen["no_file"]
    assert "不是PDF文件" in seen["empty"][0] and "SEAL-07" in seen["empty"][0] and seen["empty"][1] == "未选择文件"
    assert "空白" in seen["blank"] and "SEAL-07" in seen["blank"]
    assert seen["file"] == "商请函.pdf · 共 1 页"
    assert "SEC-06" in seen["wrong"] and seen["after_wrong"] == before  # nothing left behind
    doc = requests.selected()
    assert doc is not None and doc.title == "关于商请提供定点医药机构名单的函" and doc.state == "submitted"
    assert doc.payload["seal_name"] == OFFICIAL and doc.payload["copies_n"] == 3 and doc.purpose == "区卫生健康局"
    assert sdesk.seals.attachment(liuyang, doc.id) == letter.read_bytes()
    assert sdesk.sheets.latest_pdf(liuyang, doc.id)[:4] == b"%PDF"  # the certified sheet, issued at submission
    assert [r[1] for r in texts_of(requests.ui.documentsTable)].count("用印申请单") == before + 1
    # Approved as the chain says, the custodian seals it: 盖章 no longer refuses a GUI-made request.
    sdesk.approvals.approve(sdesk.act_as("zhangwei"), doc.id, "同意用印", passphrase=PASSWORD)
    sdesk.approvals.approve(sdesk.act_as("wangjianguo"), doc.id, "同意签发", passphrase=PASSWORD)
    use = sdesk.seals.apply(sdesk.act_as("chenjing"), doc.id, PASSWORD)
    assert (use.seal_name, use.copies, use.recipient) == (OFFICIAL, 3, "区卫生健康局")


def test_engraving_request_is_listed_in_the_registry_as_requested(qtbot, sdesk, on_modal):  # noqa: ANN001
    page = _page(qtbot, sdesk, "liuyang")
    page.open_tab("requests")
    liuyang = sdesk.act_as("liuyang")
    seals_before = len(sdesk.seals.seals(liuyang))
    docs_before = len(sdesk.approvals.documents(liuyang, kinds=["seal_engraving"]))
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        seen["kinds"] = [dialog.kindCombo.itemText(i) for i in range(dialog.kindCombo.count())]
        dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findText("合同专用章"))
        _ok(dialog).click()
        seen["empty"] = dialog.messageLabel.text()
        dialog.nameEdit.setText(f"{BUREAU}电子合同专用章")
        dialog.departmentCombo.setCurrentIndex(dialog.departmentCombo.findText("办公室"))
        dialog.reasonEdit.setPlainText("合同专用章磨损，另刻一枚")
        dialog.passphraseEdit.setText("wrong")
        _ok(dialog).click()
        seen["wrong"] = dialog.messageLabel.text()
        seen["after_wrong"] = (len(sdesk.seals.seals(liuyang)),
                               len(sdesk.approvals.documents(liuyang, kinds=["seal_engraving"])))
        dialog.passphraseEdit.setText(PASSWORD)
        _ok(dialog).click()

    on_modal(fill)
    page.engravingButton.click()
    assert seen["title"] == "刻制印章申请" and "支票" not in seen["kinds"] and "行政公章" in seen["kinds"]
    assert "SEAL-10" in seen["empty"]
    assert "SEC-06" in seen["wrong"] and seen["after_wrong"] == (seals_before, docs_before)
    doc = page.requests.selected()
    assert doc.kind == "seal_engraving" and doc.title == f"{BUREAU}电子合同专用章" and doc.state == "submitted"
    registry = page.open_tab("registry")
    row = next(r for r in texts_of(registry.table) if r[0] == f"{BUREAU}电子合同专用章")
    assert row[1:3] == ["合同专用章", "办公室"] and row[5] == "刻制申请中"
    new = next(v for v in sdesk.seals.seals(liuyang) if v.name == f"{BUREAU}电子合同专用章")
    assert new.status == "requested" and new.engraving_document_id == doc.id
    # Approved by the office and the director: the registry says so and offers the police filing.
    sdesk.approvals.approve(sdesk.act_as("chenjing"), doc.id, "同意刻制", passphrase=PASSWORD)
    sdesk.approvals.approve(sdesk.act_as("wangjianguo"), doc.id, "同意", passphrase=PASSWORD)
    registry.refresh()
    registry.select_seal(f"{BUREAU}电子合同专用章")
    assert registry.selected().status == "approved"
    assert [k for k, b in registry.actionButtons.items() if b.isVisibleTo(registry)] == ["filing", "lost"]


def test_engraving_from_the_registry_selects_the_new_seal(qtbot, sdesk, on_modal):  # noqa: ANN001
    registry = _page(qtbot, sdesk).registry

    def fill(dialog) -> None:  # noqa: ANN001
        dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findText("党组印章"))
        dialog.nameEdit.setText("中共金川区医疗保障局党组")
        dialog.reasonEdit.setPlainText("党组成立，刻制党组印章")
        dialog.passphraseEdit.setText(PASSWORD)
        _ok(dialog).click()

    on_modal(fill)
    assert registry.engraveButton.isVisible()
    registry.engraveButton.click()
    assert registry.selected().name == "中共金川区医疗保障局党组" and registry.selected().status == "requested"
    assert "审批" in registry.actionsLabel.text()


def test_register_custody_item_gives_the_cheque_book_to_the_cashier(qtbot, sdesk, on_modal):  # noqa: ANN001
    assert not _page(qtbot, sdesk, "liuyang").registry.itemButton.isVisible()
    registry = _page(qtbot, sdesk).registry
    assert registry.itemButton.isVisible() and registry.itemButton.text() == "登记保管物品…"
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        seen["kinds"] = [dialog.kindCombo.itemText(i) for i in range(dialog.kindCombo.count())]
        seen["custodian"] = dialog.custodianCombo.currentText()
        _ok(dialog).click()
        seen["no_name"] = dialog.messageLabel.text()
        dialog.nameEdit.setText("基本账户支票簿")
        dialog.placeEdit.setText("财务室保险柜（会计）")
        dialog.custodianCombo.setCurrentIndex(dialog.custodianCombo.findData(sdesk.act_as("sunli").staff_id))
        dialog.placeEdit.setText("财务室保险柜（出纳）")
        _ok(dialog).click()

    on_modal(fill)
    registry.itemButton.click()
    assert seen["title"] == "登记保管物品" and seen["kinds"] == ["支票"] and seen["custodian"].startswith("孙丽")
    assert "请填写物品名称" in seen["no_name"]
    row = next(r for r in texts_of(registry.table) if r[0] == "基本账户支票簿")
    assert row[1] == "支票" and row[3] == "孙丽" and row[4] == "财务室保险柜（出纳）" and row[5] == "启用"
    assert registry.selected().name == "基本账户支票簿"
    assert sum(v.kind == "cheque_book" for v in sdesk.seals.seals(sdesk.act_as("chenjing"))) == 2


def test_publish_crl_writes_the_file_with_its_entries(qtbot, sdesk, on_modal, tmp_path):  # noqa: ANN001
    assert not _page(qtbot, sdesk, "liuyang").registry.crlButton.isVisible()
    chenjing = sdesk.act_as("chenjing")
    sdesk.seals.report_lost(chenjing, next(v.id for v in sdesk.seals.seals(chenjing) if v.name == FINANCE),
                            "财务室保险柜被撬，财务专用章遗失")
    registry = _page(qtbot, sdesk).registry
    target = tmp_path / "金川区医保局.crl"
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"], seen["ok"] = dialog.windowTitle(), _ok(dialog).text()
        dialog.pathEdit.setText(str(target))
        dialog.caPassEdit.setText("wrong")
        _ok(dialog).click()
        seen["wrong"], seen["written"] = dialog.messageLabel.text(), target.exists()
        dialog.caPassEdit.setText(ADMIN_PASSWORD)
        _ok(dialog).click()
        seen["done"] = dialog.messageLabel.text()
        seen["close"] = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()

    on_modal(fill)
    assert registry.crlButton.text() == "发布吊销列表…"
    assert registry.publish_crl() is True
    assert seen["title"] == "发布吊销列表" and seen["ok"] == "发布"
    assert "SEC-06" in seen["wrong"] and seen["written"] is False
    assert "第 1 号吊销列表已发布，共列出 1 个已吊销证书" in seen["done"] and str(target) in seen["done"]
    assert seen["close"] == "关闭"
    assert target.read_text(encoding="ascii") == sdesk.seals.latest_crl()
    assert target.read_text(encoding="ascii").startswith("-----BEGIN X509 CRL-----")


def test_enable_dialog_enables_the_filed_seal(qtbot, sdesk, on_modal):  # noqa: ANN001
    registry = _page(qtbot, sdesk).registry
    contract = f"{BUREAU}合同专用章"
    registry.select_seal(contract)
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        dialog.custodianCombo.setCurrentIndex(dialog.custodianCombo.findData(sdesk.act_as("chenjing").staff_id))
        dialog.placeEdit.setText("办公室保险柜")
        dialog.custodianPassEdit.setText(PASSWORD)
        dialog.caPassEdit.setText("wrong")
        _ok(dialog).click()
        seen["wrong"] = dialog.messageLabel.text()
        dialog.caPassEdit.setText(ADMIN_PASSWORD)
        _ok(dialog).click()

    on_modal(fill)
    registry.actionButtons["enable"].click()
    assert seen["title"] == "启用印章" and "SEC-06" in seen["wrong"]
    row = next(r for r in texts_of(registry.table) if r[0] == contract)
    assert row[3] == "陈静" and row[4] == "办公室保险柜" and row[5] == "启用"
    assert not registry.impressionLabel.pixmap().isNull()
    assert sdesk.seals.seal(sdesk.act_as("chenjing"), registry.selected().id).cert_serial
    notice = sdesk.seals.sheet_pdf(sdesk.act_as("chenjing"), registry.selected().id, "enabling_notice")
    assert sdesk.seals.verify(notice).ok


def _inputs_outside_layouts(dialog) -> list[str]:  # noqa: ANN001
    """Object names of the dialog's input widgets that no layout places."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

    def placed(layout, widget) -> bool:  # noqa: ANN001
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget or (item.layout() is not None and placed(item.layout(), widget)):
                return True
        return False

    out = []
    for w in dialog.findChildren(QWidget):
        if not isinstance(w, (QLineEdit, QComboBox)) or w.parentWidget() is None:
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):  # a combo's or date edit's own line edit
            continue
        holder = w.parentWidget().layout()
        if holder is None or not placed(holder, w):
            out.append(w.objectName() or type(w).__name__)
    return out


def test_take_out_dialog_needs_two_persons_and_records_it(qtbot, sdesk, on_modal):  # noqa: ANN001
    """SEAL-14 (issue 12): the dialog requests the take-out (no approver typed by the office); the
    director approves it in the app; the dialog then records the approved request's take-out."""
    registry = _page(qtbot, sdesk).registry
    registry.select_seal(OFFICIAL)
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        seen["approver"] = hasattr(dialog, "approverCombo")
        seen["stray"] = _inputs_outside_layouts(dialog)
        dialog.purposeEdit.setText("赴市医保局办理基金结算")
        dialog.destinationEdit.setText("市医疗保障局")
        dialog.passphraseEdit.setText("Demo#2026")
        _ok(dialog).click()  # only the custodian is ticked
        seen["one"] = dialog.messageLabel.text()
        dialog.check_person("刘洋")
        _ok(dialog).click()

    on_modal(fill)
    registry.actionButtons["take_out"].click()
    assert seen["approver"] is False  # nobody types the approver
    assert seen["stray"] == []  # every field is in the form (a stray one draws over the dialog's top left)
    assert "SEAL-14" in seen["one"]
    seal = registry.selected().id
    assert sdesk.seals.take_outs(sdesk.act_as("chenjing"), seal) == []  # requested, not yet out
    [(doc, _)] = [(d, t) for d, t in [(d.id, d.title) for d in sdesk.approvals.documents(
        sdesk.act_as("wangjianguo"), kinds=["seal_takeout"])]]
    sdesk.approvals.approve(sdesk.act_as("wangjianguo"), doc, "同意", passphrase="Demo#2026")

    def record(dialog) -> None:  # noqa: ANN001
        dialog.requestCombo.setCurrentIndex(1)
        seen["record"] = dialog.ok_button.text()
        _ok(dialog).click()

    on_modal(record)
    registry.actionButtons["take_out"].click()
    outs = sdesk.seals.take_outs(sdesk.act_as("chenjing"), seal)
    assert len(outs) == 1 and outs[0].destination == "市医疗保障局" and set(outs[0].persons) == {"陈静", "刘洋"}
    assert outs[0].approved_by == "王建国"
    assert "赴市医保局办理基金结算" in registry.historyBrowser.toPlainText()


def test_apply_dialog_places_the_seal_where_the_custodian_clicks_seal_05(qtbot, sdesk):  # noqa: ANN001
    """SEAL-05: the apply dialog shows the document's page with the default place (over the date)
    marked; a click moves it; the seal lands there; 骑缝章 is offered only for multi-page files."""
    from PySide6.QtCore import QPoint, Qt

    from desktop.documents.outgoing_seal import Placement

    page = _page(qtbot, sdesk)
    uses = page.open_tab("uses")
    dialog = uses.make_apply_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    widget = dialog.placementWidget
    default = widget.placement()
    assert default is not None and default.page == 0 and widget.date_found and not default.riding
    assert not widget.ridingCheck.isEnabled()  # a one-page letter: no paging seal
    assert "落款日期" in widget.whereLabel.text() or "sign-off" in widget.whereLabel.text()
    canvas = widget.canvas
    frame = canvas._frame()  # noqa: SLF001 - where the page is drawn
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(frame.left() + frame.width() * 0.25), int(frame.top() + frame.height() * 0.75)))
    chosen = widget.placement()
    w, h = widget.sizes[0]
    assert abs(chosen.x - w * 0.25) < 4 and abs(chosen.y - h * 0.25) < 4 and chosen != default
    dialog.passphraseEdit.setText(PASSWORD)
    _ok(dialog).click()
    use = dialog.result_value
    stored = Placement.parse(use.placement)
    assert use is not None and stored.page == 0 and abs(stored.x - chosen.x) < 0.1 and abs(stored.y - chosen.y) < 0.1


def test_use_register_saves_and_prints_the_sealed_document_seal_08(qtbot, sdesk, on_modal, monkeypatch,
                                                                    tmp_path):  # noqa: ANN001
    """SEAL-08: in the 用印登记簿 the selected entry's sealed document is saved byte for byte
    (另存为…) and opens for printing with its register number and SHA-256."""
    from PySide6.QtPrintSupport import QPrinter

    chenjing = sdesk.act_as("chenjing")
    doc = next(d for d in sdesk.approvals.documents(chenjing, kinds=["seal_use"], states=["approved"]))
    use = sdesk.seals.apply(chenjing, doc.id, PASSWORD)
    page = _page(qtbot, sdesk)
    uses = page.open_tab("uses")
    uses.refresh()
    row = next(r for r in range(uses.table.rowCount()) if uses.table.item(r, 0).text() == use.register_no)
    uses.table.selectRow(row)
    assert uses.saveSealedButton.isEnabled() and uses.sealedButton.isEnabled()
    assert use.sealed_sha256 in uses.selectedLabel.text()
    target = tmp_path / "sealed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    uses.saveSealedButton.click()
    assert target.read_bytes() == sdesk.seals.sealed_document(chenjing, use.id)[1]
    seen: dict = {}

    def look(dialog) -> None:  # noqa: ANN001
        seen["pages"], seen["status"] = dialog.document.pageCount(), dialog.status.text()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        seen["printed"] = dialog.print_document(printer=printer)
        dialog.reject()

    on_modal(look)
    uses.sealedButton.click()
    assert seen["pages"] == 1 and use.register_no in seen["status"] and use.sealed_sha256 in seen["status"]
    assert seen["printed"] and (tmp_path / "printed.pdf").stat().st_size > 1000
    # An enabling-notice entry (before the outgoing seal) has no sealed document to save.
    notice = next(r for r in range(uses.table.rowCount()) if uses.table.item(r, 3).text().startswith("印章启用通知"))
    uses.table.selectRow(notice)
    assert not uses.saveSealedButton.isEnabled()
