"""报销与凭证 screens: a claim typed from the keyboard with two invoices and submitted (VOUCH-05,
VOUCH-01: the figures and the 大写 agree), a duplicate invoice refused naming the first claim
(VOUCH-03), the cashier paying an approved claim with every refusal shown at once (VOUCH-09/11),
and the accountant making its voucher from the proposal (VOUCH-14)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.domain.money import to_chinese_upper
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD

YEAR = date.today().year
ON = (date.today() - timedelta(days=3)).isoformat()


def _budget(desk, approved: str = "20000") -> None:  # noqa: ANN001
    desk.claims.create_budget_line(desk.act_as("lifang"), {"year": YEAR, "code": "BL-30201", "name": "办公费",
                                                           "economic_class": "30201", "approved": approved})


def _claim_record(number: str, amount: str = "1280.50") -> dict:
    return {"purpose": "购买打印纸及硒鼓", "economic_class": "30201",
            "invoices": [{"category": "办公费", "code": "3200231130", "number": number, "date": ON,
                          "issuer": "金川区文具店", "amount": amount}]}


def _sign(dialog) -> None:  # noqa: ANN001
    dialog.passphraseEdit.setText(PASSWORD)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _keys(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Digits and letters as key presses; Chinese as the input method commits it (QTest cannot press it)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def _type(qtbot, table, texts: list[str]) -> None:  # noqa: ANN001
    """Type each text into the cell being edited and go on with Tab (Enter for the last one)."""
    for n, text in enumerate(texts):
        editor = table.indexWidget(table.currentIndex())
        assert editor is not None, f"no cell in edit before {text!r}"
        _keys(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return if n == len(texts) - 1 else Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: table.rowCount() == 3)  # Enter commits through the event loop, then a new row opens


def test_claim_typed_from_the_keyboard_with_two_invoices_is_submitted_vouch_05_vouch_01(qtbot, desk, on_modal):  # noqa: ANN001
    _budget(desk)
    liu = desk.accounts.authenticate("liuyang", PASSWORD)
    window = MainWindow(desk, liu)
    qtbot.addWidget(window)
    area = window.open_module("expenses")
    assert type(area).__name__ == "ClaimsArea" and area.cashier is None and area.awaiting is None
    seen: dict = {}

    def fill(dialog) -> None:  # noqa: ANN001
        _keys(qtbot, dialog.purposeEdit, "购买打印纸及硒鼓")
        dialog.classCombo.setCurrentIndex(dialog.classCombo.findData("30201"))
        table = dialog.invoiceTable
        table.setFocus()
        table.setCurrentCell(0, 0)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        _type(qtbot, table, ["办公费", "3200231130", "08412345", ON, "金川区文具店", "1280.50",
                      "办公费", "3200231130", "08412346", ON, "金川区文具店", "399.5"])
        seen["rows"] = [r[:6] for r in texts_of(table) if any(r[:6])]
        seen["total"] = dialog.totalLabel.text()
        on_modal(_sign)
        dialog.submitButton.click()

    on_modal(fill)
    area.list.claimButton.click()
    assert seen["rows"] == [["办公费", "3200231130", "08412345", ON, "金川区文具店", "1280.50"],
                            ["办公费", "3200231130", "08412346", ON, "金川区文具店", "399.5"]]
    assert "¥1,680.00" in seen["total"] and "人民币" + to_chinese_upper(Decimal("1680.00")) in seen["total"]
    assert "壹仟陆佰捌拾元整" in seen["total"]
    doc = next(d for d in desk.approvals.documents(liu, kinds=["expense_claim"]) if d.title == "购买打印纸及硒鼓")
    assert doc.state == "submitted"
    view = desk.claims.claim(liu, doc.id)
    assert view.total == Decimal("1680.00") and len(view.invoices) == 2 and view.total_upper.endswith("壹仟陆佰捌拾元整")
    assert view.budget_line is not None and view.budget_line.code == "BL-30201"


def test_claim_without_purpose_is_refused_at_once_with_every_problem_vouch_05(qtbot, desk, on_modal):  # noqa: ANN001
    from desktop.ui.claims.claim_dialog import ClaimDialog

    dialog = ClaimDialog(desk, desk.act_as("liuyang"))
    qtbot.addWidget(dialog)
    dialog.invoiceTable.item(0, 5).setText("12.3.4")
    assert "cannot be read" in dialog.totalLabel.text() or "无法" in dialog.totalLabel.text()
    for c, text in enumerate(["办公费", "3200231130", "08415555", ON, "金川区文具店", "100"]):
        dialog.invoiceTable.item(0, c).setText(text)
    assert "¥100.00" in dialog.totalLabel.text() and "壹佰元整" in dialog.totalLabel.text()
    problems = dialog.run_check()
    assert {"VOUCH-05"} <= {p.rule for p in problems}
    assert "VOUCH-05" in dialog.problemsLabel.text()


def test_duplicate_invoice_refusal_names_the_first_claim_vouch_03(qtbot, desk, on_modal):  # noqa: ANN001
    _budget(desk)
    liu = desk.act_as("liuyang")
    first = desk.claims.create_claim(liu, _claim_record("08419999"), submit=True)
    serial = desk.approvals.document(liu, first).serial
    assert serial
    from desktop.ui.claims.claim_dialog import ClaimDialog

    dialog = ClaimDialog(desk, desk.act_as("zhangwei"))
    qtbot.addWidget(dialog)
    dialog.purposeEdit.setText("再次报销同一张发票")
    for c, text in enumerate(["办公费", "3200231130", "08419999", ON, "金川区文具店", "1280.50"]):
        dialog.invoiceTable.item(0, c).setText(text)
    dialog.saveButton.click()
    box = dialog.findChild(QMessageBox, "refusalBox")
    assert box is not None and serial in box.text() and "VOUCH-0" in box.text()
    assert dialog.document_id is None
    box.close()


def test_cashier_pays_an_approved_claim_and_the_accountant_makes_its_voucher_vouch_09_vouch_14(  # noqa: ANN001
        qtbot, desk, on_modal):
    _budget(desk)
    desk.books.start_books(desk.act_as("lifang"), f"{YEAR}-01")
    liu = desk.act_as("liuyang")
    doc_id = desk.claims.create_claim(liu, _claim_record("08417777"), submit=True)
    desk.approvals.approve(desk.act_as("lifang"), doc_id, "同意")
    desk.approvals.approve(desk.act_as("wangjianguo"), doc_id, "同意")
    serial = desk.approvals.document(liu, doc_id).serial

    cashier = MainWindow(desk, desk.accounts.authenticate("sunli", PASSWORD))
    qtbot.addWidget(cashier)
    area = cashier.open_module("expenses")
    page = area.open_tab("cashier")
    assert area.awaiting is None  # the cashier neither makes nor reviews vouchers (IC)
    rows = texts_of(page.table)
    assert [r[0] for r in rows] == [serial]
    page.table.selectRow(0)
    seen: dict = {}

    def pay(dialog) -> None:  # noqa: ANN001
        assert "人民币壹仟贰佰捌拾元伍角" in dialog.summaryLabel.text()
        dialog.methodCombo.setCurrentIndex(dialog.methodCombo.findData("cash"))
        assert dialog.accountCombo.currentData() == "1001"
        seen["card"] = dialog.cardLabel.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        box = dialog.findChild(QMessageBox, "refusalBox")
        seen["refusal"] = box.text() if box else ""
        if box:
            box.close()
        dialog.methodCombo.setCurrentIndex(dialog.methodCombo.findData("official_card"))
        assert dialog.accountCombo.currentData() == "1011"
        dialog.referenceEdit.setText("GWK-20261128-01")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(pay)
    page.payButton.click()
    assert "VOUCH-09" in seen["refusal"] and "VOUCH-11" in seen["refusal"]  # both reasons at once
    assert "VOUCH-09" in seen["card"] or "公务卡" in seen["card"] or "catalogue" in seen["card"]
    view = desk.claims.claim(liu, doc_id)
    assert view.state == "paid" and [p.method for p in view.payments] == ["official_card"]
    assert texts_of(page.table) == []

    accountant = MainWindow(desk, desk.accounts.authenticate("zhaomin", PASSWORD))
    qtbot.addWidget(accountant)
    aarea = accountant.open_module("expenses")
    awaiting = aarea.open_tab("awaiting")
    assert aarea.cashier is None
    assert [r[0] for r in texts_of(awaiting.table)] == [serial]
    awaiting.table.selectRow(0)
    proposal = texts_of(awaiting.linesTable)
    assert {r[1][:4] for r in proposal} >= {"1011", "7101"}  # financial and budget lines (平行记账)

    def make(dialog) -> None:  # noqa: ANN001
        assert dialog.grid.lines() and not dialog.dateEdit.isEnabled()
        dialog.saveButton.click()
        seen["voucher"] = dialog.voucher_id
        dialog.closeButton.click()

    on_modal(make)
    awaiting.makeButton.click()
    assert seen["voucher"] is not None
    voucher = desk.books.voucher(desk.act_as("zhaomin"), seen["voucher"])
    assert voucher.origin == "claim" and voucher.source_document_id == doc_id and voucher.total == Decimal("1280.50")
    assert desk.claims.claim(liu, doc_id).state == "booked"
    assert texts_of(awaiting.table) == []
