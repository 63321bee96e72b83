"""Module pages list their kinds' documents; 新建 creates and submits a document of that kind (with the
handler's signing passphrase, which issues the certified approval sheet)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD


def test_new_document_from_a_module_is_submitted(qtbot, desk, on_modal):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    page = window.open_module("supplies")
    assert page.ui.titleLabel.text() == "办公用品"
    assert [r[4] for r in texts_of(page.ui.documentsTable)] == ["草稿"]

    def fill(dialog) -> None:  # noqa: ANN001
        dialog.ui.titleEdit.setText("采购档案盒")
        dialog.ui.purposeEdit.setPlainText("档案整理")
        dialog.ui.amountEdit.setText("1234.5")
        assert dialog.ui.passphraseEdit.isVisible() and dialog.ui.passphraseLabel.text() == "签名口令："
        dialog.ui.passphraseEdit.setText(PASSWORD)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(fill)
    page.ui.newButton.click()
    row = next(r for r in texts_of(page.ui.documentsTable) if r[2] == "采购档案盒")
    assert row[1] == "办公用品采购申请" and row[3] == "1,234.50" and row[4] == "审批中"
    mine = window.open_module("mine")
    assert "采购档案盒" in [r[2] for r in texts_of(mine.ui.documentsTable)]
    doc_id = next(d.id for d in mine.documents if d.title == "采购档案盒")
    report = desk.sheets.verify(desk.sheets.latest_pdf(desk.act_as("liuyang"), doc_id))
    assert report.ok and [s.signer for s in report.signatures] == ["刘洋"]


def test_a_draft_can_be_submitted_from_my_documents(qtbot, desk, on_modal):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    mine = window.open_module("mine")
    row = next(i for i, r in enumerate(texts_of(mine.ui.documentsTable)) if r[4] == "草稿")
    mine.ui.documentsTable.selectRow(row)
    doc_id = mine.selected().id
    assert mine.ui.submitButton.isEnabled()

    def sign(dialog) -> None:  # noqa: ANN001
        dialog.passphraseEdit.setText(PASSWORD)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(sign)
    mine.ui.submitButton.click()
    doc = desk.approvals.document(desk.act_as("liuyang"), doc_id)
    assert doc.state == "submitted" and doc.serial
    shown = next(r for r in texts_of(mine.ui.documentsTable) if r[2] == doc.title)
    assert shown[4] == "审批中" and shown[0] == doc.serial


def _approved_claim(desk) -> int:  # noqa: ANN001
    """The sample's training claim, approved by the director (the last step)."""
    director = desk.act_as("wangjianguo")
    doc = next(d for d in desk.approvals.documents(director) if d.title == "参加省医保局业务培训报销")
    desk.approvals.approve(director, doc.id, "同意")
    return doc.id


def _select_title(page, title: str) -> None:  # noqa: ANN001
    rows = texts_of(page.ui.documentsTable)
    page.ui.documentsTable.selectRow(next(i for i, r in enumerate(rows) if r[2] == title))


def test_accountant_archives_an_approved_document(qtbot, desk):  # noqa: ANN001
    doc_id = _approved_claim(desk)
    window = MainWindow(desk, desk.accounts.authenticate("zhaomin", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    page = window.open_module("expenses")
    _select_title(page, "医保信息系统维护费")  # still in approval: nothing to archive
    assert page.ui.archiveButton.isVisible() and not page.ui.archiveButton.isEnabled()
    _select_title(page, "参加省医保局业务培训报销")
    assert page.ui.archiveButton.text() == "归档" and page.ui.archiveButton.isEnabled()
    page.ui.archiveButton.click()
    assert desk.approvals.document(desk.act_as("zhaomin"), doc_id).state == "archived"
    row = next(r for r in texts_of(page.ui.documentsTable) if r[2] == "参加省医保局业务培训报销")
    assert row[4] == "已归档"
    assert not page.ui.archiveButton.isEnabled()
    assert "归档" in page.ui.detailBrowser.toPlainText()  # the history shows the archive action


def test_archive_by_a_handler_is_refused_and_shown(qtbot, desk):  # noqa: ANN001
    doc_id = _approved_claim(desk)
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    mine = window.open_module("mine")
    _select_title(mine, "参加省医保局业务培训报销")
    assert mine.ui.archiveButton.isEnabled()
    mine.ui.archiveButton.click()
    box = mine.findChild(QMessageBox, "refusalBox")
    assert box is not None and box.isVisible()
    assert "归档须由财务负责人、会计或办公室主任办理" in box.text() and "ARCH-02" in box.text()
    box.close()
    assert desk.approvals.document(desk.act_as("liuyang"), doc_id).state == "approved"
