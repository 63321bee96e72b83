"""Approval-sheet signatures from the GUI: 同意 with the signing passphrase signs the step's field,
a wrong one is refused and changes nothing, 提交 with it issues the certified sheet (and without a
signing certificate the document is submitted unsigned, saying so), 预览/打印审批单 opens the
sheet, and 验证PDF签名 (menu or a PDF dropped on the window) shows the signatures."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD, SIGNED_TITLE


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def _select(table, title: str) -> None:  # noqa: ANN001
    rows = texts_of(table)
    table.selectRow(next(i for i, r in enumerate(rows) if r[2] == title))


def _signers(desk, doc_id: int) -> list[str]:  # noqa: ANN001
    report = desk.sheets.verify(desk.sheets.latest_pdf(desk.act_as("liuyang"), doc_id))
    assert report.ok
    return [s.signer for s in report.signatures]


def _ok(dialog):  # noqa: ANN001, ANN202
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_approve_with_the_passphrase_signs_the_sheet(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "lifang")
    page = window.home
    _select(page.ui.pendingTable, SIGNED_TITLE)
    doc_id = page.selected().id
    assert _signers(desk, doc_id) == ["刘洋"]
    seen = {}

    def confirm(dialog) -> None:  # noqa: ANN001
        seen["label"] = dialog.ui.passphraseLabel.text()
        seen["echo"] = dialog.ui.passphraseEdit.echoMode()
        seen["hint"] = dialog.ui.passphraseHint.text()
        dialog.ui.passphraseEdit.setText(PASSWORD)
        _ok(dialog).click()

    on_modal(confirm)
    page.ui.approveButton.click()
    assert seen["label"] == "签名口令：" and seen["echo"] == seen["echo"].Password
    assert "已签发审批单" in seen["hint"]
    assert _signers(desk, doc_id) == ["刘洋", "李芳"]
    doc = desk.approvals.document(desk.act_as("lifang"), doc_id)
    assert doc.history[-1].person == "李芳" and doc.history[-1].action == "approve"


def test_wrong_or_missing_passphrase_is_refused_and_changes_nothing(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "lifang")
    page = window.home
    _select(page.ui.pendingTable, SIGNED_TITLE)
    doc_id = page.selected().id
    seen: dict[str, object] = {}

    def confirm(dialog) -> None:  # noqa: ANN001
        for passphrase in ("wrong-passphrase", ""):
            dialog.ui.passphraseEdit.setText(passphrase)
            _ok(dialog).click()
            box = dialog.findChildren(QMessageBox, "refusalBox")[-1]
            seen[passphrase or "empty"] = box.text()
            seen[f"open {passphrase}"] = dialog.isVisible()
            box.close()
        dialog.reject()

    on_modal(confirm)
    page.ui.approveButton.click()
    assert "SEC-06" in seen["wrong-passphrase"] and seen["open wrong-passphrase"] is True
    assert "SEC-06" in seen["empty"] and "签名口令" in seen["empty"] and seen["open "] is True
    doc = desk.approvals.document(desk.act_as("lifang"), doc_id)
    assert doc.state == "submitted" and doc.history[-1].action == "submit"
    assert _signers(desk, doc_id) == ["刘洋"]


def test_submit_with_the_passphrase_issues_the_sheet(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "liuyang")
    mine = window.open_module("mine")
    _select(mine.ui.documentsTable, "采购打印纸及硒鼓")
    doc_id = mine.selected().id
    seen = {}

    def sign(dialog) -> None:  # noqa: ANN001
        ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        dialog.passphraseEdit.setText("wrong-passphrase")
        ok.click()
        box = dialog.findChild(QMessageBox, "refusalBox")
        seen["refused"] = box.text() if box else ""
        seen["open"] = dialog.isVisible()
        box.close()
        dialog.passphraseEdit.setText(PASSWORD)
        ok.click()

    on_modal(sign)
    mine.ui.submitButton.click()
    assert "SEC-06" in seen["refused"] and seen["open"] is True
    doc = desk.approvals.document(desk.act_as("liuyang"), doc_id)
    assert doc.state == "submitted" and doc.serial
    assert _signers(desk, doc_id) == ["刘洋"]


def test_without_a_signing_certificate_the_sheet_is_not_signed_and_the_user_is_told(qtbot, desk,
                                                                                     monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(desk.sheets, "identity", lambda staff_id: None)
    window = _window(qtbot, desk, "liuyang")
    mine = window.open_module("mine")
    _select(mine.ui.documentsTable, "采购打印纸及硒鼓")
    doc_id = mine.selected().id
    mine.ui.submitButton.click()
    box = mine.findChild(QMessageBox, "unsignedNotice")
    assert box is not None and box.isVisible() and "审批单未签名" in box.text()
    box.close()
    assert desk.approvals.document(desk.act_as("liuyang"), doc_id).state == "submitted"
    assert desk.sheets.versions(desk.act_as("liuyang"), doc_id) == []


def test_preview_button_opens_the_signed_sheet(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "lifang")
    page = window.home
    _select(page.ui.pendingTable, SIGNED_TITLE)
    assert page.ui.sheetButton.text() == "预览/打印审批单…" and page.ui.sheetButton.isEnabled()
    seen = {}

    def look(dialog) -> None:  # noqa: ANN001
        seen["name"] = dialog.objectName()
        seen["pages"] = dialog.document.pageCount()
        seen["status"] = dialog.status.text()
        seen["stored"] = dialog.data == desk.sheets.latest_pdf(desk.act_as("lifang"), page.selected().id)
        # The handler's red seal is drawn (QtPdf alone would leave the signature box empty).
        image = dialog.document.render(0, QSize(300, 425))
        seen["red"] = sum(1 for x in range(0, 300, 2) for y in range(0, 425, 2)
                          if (c := image.pixelColor(x, y)).red() > 170 and c.green() < 90 and c.blue() < 90) > 5
        dialog.reject()

    on_modal(look)
    page.ui.sheetButton.click()
    assert seen == {"name": "sheetPreview", "pages": 1, "status": "共 1 个签名，全部有效", "stored": True, "red": True}

    # 我的单据: a draft's sheet is previewed unsigned.
    mine = window.open_module("mine")
    assert mine.ui.sheetButton.isVisible()


def test_verify_from_the_menu_and_by_dropping_a_pdf(qtbot, desk, on_modal, tmp_path):  # noqa: ANN001
    doc_id = next(d.id for d in desk.approvals.documents(desk.act_as("liuyang"), mine=True) if d.title == SIGNED_TITLE)
    signed = tmp_path / "审批单.pdf"
    signed.write_bytes(desk.sheets.latest_pdf(desk.act_as("liuyang"), doc_id))
    window = _window(qtbot, desk, "wangjianguo")
    seen: dict[str, object] = {}

    def from_menu(dialog) -> None:  # noqa: ANN001
        seen["menu"] = dialog.objectName()
        seen["empty"] = dialog.report is None
        dialog.reject()

    on_modal(from_menu)
    assert window.ui.actionVerifyPdf.text() == "验证PDF签名(&V)…"
    window.ui.actionVerifyPdf.trigger()
    assert seen == {"menu": "pdfVerifyDialog", "empty": True}

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(signed))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()

    def dropped(dialog) -> None:  # noqa: ANN001
        seen["ok"] = dialog.report is not None and dialog.report.ok
        seen["verdict"] = dialog.report.verdict
        seen["empty"] = [f.description for f in dialog.report.empty_fields]
        seen["rows"] = dialog.table.rowCount()
        seen["signer"] = dialog.table.item(0, 1).text()
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    on_modal(dropped)
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    # Issued, not yet approved (IC-01): the handler's signature is good, each empty step is listed.
    assert seen["ok"] is True and seen["verdict"] == "incomplete" and seen["signer"] == "刘洋"
    assert seen["empty"] and seen["rows"] == 1 + len(seen["empty"])
    assert all(step in seen["summary"] for step in seen["empty"]) and "第1步" in seen["summary"]

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_new_document_with_a_wrong_passphrase_leaves_nothing_and_stays_open(qtbot, desk):  # noqa: ANN001
    """Issue 8 item 5 (SEC-06, IC-15): 新建 + 立即提交 is one transaction — a wrong signing passphrase
    leaves no draft and the dialog open to retype it (serial numbers: tests/store/test_atomic_actions.py);
    the right one then makes exactly one submitted document with its signed sheet."""
    from desktop.ui.new_document_dialog import NewDocumentDialog

    user = desk.act_as("liuyang")
    before = {d.id for d in desk.approvals.documents(user, mine=True)}
    dialog = NewDocumentDialog(desk, user, {"expense_claim": "报销单"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.titleEdit.setText("购买硒鼓（一次提交）")
    dialog.ui.purposeEdit.setPlainText("办公室打印机耗材")
    dialog.ui.amountEdit.setText("380.00")
    dialog.ui.submitCheck.setChecked(True)
    dialog.ui.passphraseEdit.setText("wrong-passphrase")
    _ok(dialog).click()
    box = dialog.findChild(QMessageBox, "refusalBox")
    assert box is not None and "SEC-06" in box.text()
    box.close()
    assert dialog.isVisible()
    assert {d.id for d in desk.approvals.documents(user, mine=True)} == before
    dialog.ui.passphraseEdit.setText(PASSWORD)
    _ok(dialog).click()
    assert not dialog.isVisible() and dialog.document_id not in before
    created = desk.approvals.document(user, dialog.document_id)
    assert created.state == "submitted" and created.serial == dialog.serial
    assert {d.id for d in desk.approvals.documents(user, mine=True)} == before | {dialog.document_id}
    assert _signers(desk, dialog.document_id) == ["刘洋"]
