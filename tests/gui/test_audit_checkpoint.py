"""Signed audit checkpoints in the GUI (SEC-01): the finance head is reminded on the home page and
signs; the audit page shows the latest checkpoint and lists records changed behind the app (SEC-18);
a tampered document is marked in lists and in the document view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from desktop.ui.checkpoint_dialog import CheckpointDialog
from desktop.ui.main_window import MainWindow
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD


def test_SEC01_finance_head_is_reminded_and_signs_the_checkpoint(qtbot, desk):  # noqa: ANN001
    head = desk.accounts.authenticate("lifang", PASSWORD)
    window = MainWindow(desk, head)
    qtbot.addWidget(window)
    window.show()
    home = window.home
    home.refresh()
    assert "审计检查点" in home.ui.countLabel.text()
    assert home.checkpointButton.isVisible()
    home.checkpointButton.click()
    dialog = home.findChild(CheckpointDialog, "checkpointDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.passphraseEdit.setText(PASSWORD)
    dialog.signButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    latest = desk.audit.latest_checkpoint()
    assert latest is not None and latest.position == "finance_head" and latest.reason == "daily"
    assert not home.checkpointButton.isVisible()


def test_SEC01_wrong_passphrase_keeps_the_dialog_open(qtbot, desk):  # noqa: ANN001
    dialog = CheckpointDialog(desk, desk.act_as("lifang"), "sign-out", at_sign_out=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphraseEdit.setText("Wrong#0000")
    dialog.signButton.click()
    assert dialog.isVisible() and dialog.view is None
    assert desk.audit.latest_checkpoint() is None


def test_SEC18_audit_page_lists_changed_records_and_lists_mark_the_document(qtbot, desk):  # noqa: ANN001
    admin = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(admin)
    admin.show()
    page = admin.open_module("admin").open_tab("audit")
    assert page.checkpointLabel.text() == page.tr(
        "No signed audit checkpoint yet: the audit post or the finance head should sign one.")
    assert "b00020" in page.checkpointLabel.styleSheet()
    with desk.engine.begin() as conn:
        doc_id = conn.execute(text("SELECT max(id) FROM documents WHERE kind = 'expense_claim'")).scalar()
        conn.execute(text("UPDATE documents SET amount = amount * 10 WHERE id = :d"), {"d": doc_id})
    page.deepCheck.setChecked(True)
    page.ui.verifyButton.click()
    box = page.findChild(QMessageBox, "verifyBox")
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert f"documents #{doc_id} amount" in box.detailedText()
    finance = desk.act_as("lifang")
    window = MainWindow(desk, finance)
    qtbot.addWidget(window)
    window.show()
    expenses = window.open_module("expenses")
    table = expenses.ui.documentsTable
    titles = [table.item(r, 2).text() for r in range(table.rowCount())]
    marked = [t for t in titles if t.startswith("⚠ " + QCoreApplication.translate("DocumentHtml", "[TAMPERED]"))]
    assert len(marked) == 1, titles
    expenses.ui.documentsTable.selectRow(titles.index(marked[0]))
    assert "SEC-18" in expenses.ui.detailBrowser.toPlainText()


def test_SEC01_sign_out_offers_the_day_checkpoint_to_the_finance_head_only(qtbot, desk, on_modal):  # noqa: ANN001
    from desktop.ui.checkpoint_dialog import offer_checkpoint

    assert offer_checkpoint(desk, desk.act_as("liuyang")) is None  # a clerk is never asked

    def sign(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, CheckpointDialog)
        dialog.passphraseEdit.setText(PASSWORD)
        dialog.signButton.click()

    on_modal(sign)
    view = offer_checkpoint(desk, desk.act_as("lifang"))
    assert view is not None and view.reason == "sign-out"
    assert desk.audit.checkpoint_due(desk.act_as("lifang")) is False  # nothing new since: not asked again
