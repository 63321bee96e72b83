"""账簿 screens (issue 11, items 7-8): the books module for the readers of the books only (RPT-03), a
voucher made from the keyboard, submitted with the signing passphrase, reviewed by another person
(VOUCH-14, IC-03) and posted from the list; the trial balance balancing (RPT-03); the drill-down
科目余额表 → 明细账 → 记账凭证 → 原始单据 and its signed sheet; the cash journal with its day totals
and the VOUCH-13 warning; the ledger read a page at a time; month close and a closed month refusing
a voucher, every problem shown at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QMessageBox, QTableView

from desktop.domain.finance.vouchers import LineInput
from desktop.services.books import LedgerPage, LedgerRow
from desktop.ui.books.ledger_view import PAGE, LedgerModel
from desktop.ui.books.voucher_grid_model import SUMMARY
from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import MODULES
from tests.gui.sample_bureau import PASSWORD, SIGNED_TITLE

D = Decimal
SUMMARY_TEXT = "购买办公用品"


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def books(desk):  # noqa: ANN001, ANN201 - the sample bureau with its books started in January
    accountant = desk.act_as("zhaomin")
    desk.books.start_books(accountant, "2026-01", [
        ("1001", D("2000.00"), D("0")), ("1011", D("86000.00"), D("0")), ("3001", D("0"), D("88000.00")),
        ("8001", D("88000.00"), D("0")), ("8101", D("0"), D("88000.00"))])
    return desk


def _reviewed_and_posted(desk, voucher_id: int) -> None:  # noqa: ANN001
    """The voucher chain: the finance head, then the director (not the maker: IC-03); then posted."""
    document_id = desk.books.voucher(desk.act_as("zhaomin"), voucher_id).document_id
    desk.approvals.approve(desk.act_as("lifang"), document_id, "复核无误", passphrase=PASSWORD)
    desk.approvals.approve(desk.act_as("wangjianguo"), document_id, "同意", passphrase=PASSWORD)
    desk.books.post(desk.act_as("zhaomin"), [voucher_id])


def _sign(dialog) -> None:  # noqa: ANN001
    dialog.passphraseEdit.setText(PASSWORD)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _editor():  # noqa: ANN202 - the open cell's editor has the focus
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _chinese(text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(_editor(), event)


def _double_click(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:  # noqa: ANN001
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _column(table, header: str) -> int:  # noqa: ANN001
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)


def test_rpt03_books_module_for_the_readers_of_the_books_only(qtbot, desk):  # noqa: ANN001
    """账簿 for the accountant, finance head, director and office head; not for an ordinary handler;
    the old generic voucher can no longer be created from the new-document dialog (VOUCH-14)."""
    for username in ("zhaomin", "lifang", "wangjianguo", "chenjing"):
        assert "books" in _window(qtbot, desk, username).module_keys(), username
    handler = _window(qtbot, desk, "liuyang")
    assert "books" not in handler.module_keys()
    assert not [m.key for m in MODULES if "voucher" in m.kinds]  # no module offers a bare voucher document
    director = _window(qtbot, desk, "wangjianguo").open_module("books")
    assert director.voucherList.newButton.isHidden() and director.voucherList.postButton.isHidden()


def test_vouch14_voucher_from_the_keyboard_submitted_reviewed_posted_and_balanced(qtbot, books, on_modal):  # noqa: ANN001
    desk = books
    window = _window(qtbot, desk, "zhaomin")
    page = window.open_module("books")
    dialog = page.voucher_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.dateEdit.setDate(QDate(2026, 11, 20))
    dialog.attachmentsSpin.setValue(2)
    grid = dialog.grid
    dialog.summaryEdit.setFocus()
    qtbot.keyClick(dialog.summaryEdit, Qt.Key.Key_Return)  # into the grid, the first description in edit
    assert grid.view.currentIndex().row() == 0 and grid.view.currentIndex().column() == SUMMARY
    assert grid.view.state() == QAbstractItemView.State.EditingState
    keys = qtbot.keyClick

    _chinese(SUMMARY_TEXT)
    keys(_editor(), Qt.Key.Key_Return)
    qtbot.keyClicks(_editor(), "5101")
    keys(_editor(), Qt.Key.Key_Return)
    qtbot.keyClicks(_editor(), "500")
    for _ in range(3):  # credit, department, economic class
        keys(_editor(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_editor(), "30201")
    for _ in range(2):  # project, payee
        keys(_editor(), Qt.Key.Key_Tab)
    keys(_editor(), Qt.Key.Key_Return)  # after the last cell: a new row
    assert grid.view.currentIndex().row() == 1 and _editor().text() == SUMMARY_TEXT  # the summary copies down

    def row(account: str, *, debit: str = "", credit: str = "", economic: str = "") -> None:
        keys(_editor(), Qt.Key.Key_Return)  # the copied summary
        qtbot.keyClicks(_editor(), account)
        keys(_editor(), Qt.Key.Key_Tab)
        qtbot.keyClicks(_editor(), debit)
        keys(_editor(), Qt.Key.Key_Tab)
        qtbot.keyClicks(_editor(), credit)
        keys(_editor(), Qt.Key.Key_Tab)
        keys(_editor(), Qt.Key.Key_Tab)  # department
        qtbot.keyClicks(_editor(), economic)
        for _ in range(2):
            keys(_editor(), Qt.Key.Key_Tab)
        keys(_editor(), Qt.Key.Key_Return)

    row("1011", credit="=")  # = fills what balances the financial side
    row("7101", debit="500", economic="30201")
    row("8001", credit="=")
    totals = grid.totals()
    assert totals["financial_debit"] == totals["financial_credit"] == D("500.00")
    assert totals["budget_debit"] == totals["budget_credit"] == D("500.00")
    assert [(l.account, l.debit, l.credit) for l in grid.lines()] == [
        ("5101", D("500.00"), D("0.00")), ("1011", D("0.00"), D("500.00")),
        ("7101", D("500.00"), D("0.00")), ("8001", D("0.00"), D("500.00"))]

    on_modal(_sign)
    dialog.submitButton.click()
    view = dialog.view
    assert view is not None and view.voucher_no == "记-2026-11-0001" and view.state_label == "待审核"
    assert view.attachments == 2 and view.summary == SUMMARY_TEXT
    assert dialog.grid.model.read_only and not dialog.submitButton.isEnabled()  # in review: no more edits
    assert desk.sheets.sheet_issued(desk.act_as("zhaomin"), view.document_id)  # certified by the maker
    dialog.close()

    # Reviewed by the finance head and the director through the approval service (the maker cannot: IC-03).
    for who in ("lifang", "wangjianguo"):
        desk.approvals.approve(desk.act_as(who), view.document_id, "复核无误", passphrase=PASSWORD)

    # Posted from the list: the reviewed vouchers filtered, selected, 记账.
    vouchers = page.open_tab("vouchers")
    vouchers.periodBox.set_period("2026-11")
    vouchers.stateBox.setCurrentIndex(vouchers.stateBox.findText("已审核"))
    vouchers.refresh()
    assert [v.voucher_no for v in vouchers.vouchers] == ["记-2026-11-0001"]
    vouchers.table.selectAll()
    vouchers.postButton.click()
    vouchers.stateBox.setCurrentIndex(0)
    vouchers.refresh()
    state = _column(vouchers.table, vouchers.headers()[5])
    assert vouchers.table.item(0, state).text() == "已记账"
    opened = {}

    def look(dialog) -> None:  # noqa: ANN001
        opened["voucher"] = (dialog.view.voucher_no, dialog.peopleLabel.text())
        dialog.accept()

    on_modal(look)
    _double_click(qtbot, vouchers.table, vouchers.table.model().index(0, 2))  # double-click opens the voucher
    number, people = opened["voucher"]
    assert number == "记-2026-11-0001" and "李芳" in people and "王建国" in people and "赵敏" in people

    tb = page.open_tab("trial_balance")
    tb.show_period("2026-11")
    debit = _column(tb.table, tb.headers()[4])
    assert tb.table.item(tb.row_of("5101"), debit).text() == "500.00"
    assert tb.table.item(tb.row_of("7101"), debit).text() == "500.00"
    assert tb.balance.balanced
    assert "#2e7d32" in tb.balanceLabel.text() and "#b00020" not in tb.balanceLabel.text()
    year = page.open_tab("trial_balance")
    year.show_period("2026")
    closing = _column(tb.table, tb.headers()[6])
    assert tb.table.item(tb.row_of("1011"), closing).text() == "85,500.00"
    assert tb.table.item(tb.row_of("1011"), 1).font().bold()  # a level-1 subject


def test_rpt03_drill_down_trial_balance_ledger_voucher_source_document(qtbot, books, on_modal):  # noqa: ANN001
    """科目余额表 → double-click → 明细账 of the account for the same period → double-click → the
    voucher → 查看原始单据 → the claim with its signed approval sheet; and the cash journal with its
    day total and the missing 日结 (VOUCH-13)."""
    desk = books
    accountant = desk.act_as("zhaomin")
    claim = next(d for d in desk.approvals.documents(desk.act_as("lifang")) if d.title == SIGNED_TITLE)
    summary = "报销办公楼空调维修费"
    voucher_id = desk.books.make_voucher(accountant, date(2026, 11, 12), [
        LineInput("5101", summary, D("2300.00"), economic_class="30213"),
        LineInput("1001", summary, credit=D("2300.00")),
        LineInput("7101", summary, D("2300.00"), economic_class="30213"),
        LineInput("8001", summary, credit=D("2300.00"))], summary=summary, attachments=4, origin="claim",
        source_document_id=claim.id, submit=True, passphrase=PASSWORD)
    _reviewed_and_posted(desk, voucher_id)

    window = _window(qtbot, desk, "zhaomin")
    page = window.open_module("books")
    tb = page.open_tab("trial_balance")
    tb.show_period("2026-11")
    _double_click(qtbot, tb.table, tb.table.model().index(tb.row_of("5101"), 1))
    assert page.tabs.currentWidget() is page.ledger
    ledger = page.ledger
    assert ledger.account() == "5101" and ledger.periodBox.period() == "2026-11"
    model = ledger.model
    assert model.rowCount() == 2  # the opening balance, then the line
    assert [model.index(1, c).data() for c in (1, 3, 4, 6, 7)] == \
        ["记-2026-11-0001", summary, "2,300.00", "借", "2,300.00"]

    seen: dict[str, object] = {}

    def on_sheet(preview) -> None:  # noqa: ANN001
        seen["sheet"] = preview.status.text()
        preview.reject()

    def on_source(source) -> None:  # noqa: ANN001
        seen["source"] = source.browser.toPlainText()
        on_modal(on_sheet)
        source.sheetButton.click()
        source.accept()

    def on_voucher(dialog) -> None:  # noqa: ANN001
        seen["voucher"] = (dialog.view.voucher_no, dialog.view.state_label, dialog.grid.model.read_only)
        assert dialog.sourceButton.isEnabled() and not dialog.postButton.isEnabled()
        on_modal(on_source)
        dialog.sourceButton.click()
        dialog.accept()

    on_modal(on_voucher)
    _double_click(qtbot, ledger.table, model.index(1, 3))
    assert seen["voucher"] == ("记-2026-11-0001", "已记账", True)
    assert SIGNED_TITLE in seen["source"]
    assert "有效" in seen["sheet"] or "all valid" in seen["sheet"]  # the claim's sheet, signed by its handler

    journal = page.open_tab("journal")
    journal.periodBox.set_period("2026-11")
    journal.refresh()
    cells = [[journal.table.item(r, c).text() for c in range(6)] for r in range(journal.table.rowCount())]
    assert cells[0][0] == "1001 库存现金"
    assert cells[2][:5] == ["2026-11-12", "记-2026-11-0001", summary, "", "2,300.00"] and cells[2][5] == "-300.00"
    assert cells[3][4:] == ["2,300.00", "-300.00"] and journal.table.item(3, 2).font().bold()  # 本日合计
    assert "VOUCH-13" in journal.warningsLabel.text() and "2026-11-12" in journal.warningsLabel.text()


def test_rpt03_ledger_reads_a_page_at_a_time():
    """A busy account opens with its first page; the rest is read as the view scrolls down."""
    total = PAGE * 2 + 17
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> LedgerPage:
        asked.append((offset, limit))
        rows = tuple(LedgerRow(n, f"记-2026-11-{n:04d}", date(2026, 11, 1), "1002", f"第{n}行", D("1.00"), D("0"),
                               "借", D(n), None) for n in range(offset + 1, min(offset + limit, total) + 1))
        return LedgerPage("1002", "银行存款", "2026-11", "2026-11", "平", D("0"), rows, offset, total)

    model = LedgerModel(fetch)
    view = QTableView()
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    model.reset()
    assert asked == [(0, PAGE)] and model.rowCount() == 1 + PAGE
    while model.canFetchMore(QModelIndex()):
        view.scrollToBottom()
        QApplication.processEvents()
    assert asked == [(0, PAGE), (PAGE, PAGE), (2 * PAGE, PAGE)]
    assert model.rowCount() == 1 + total and model.index(total, 1).data() == f"记-2026-11-{total:04d}"
    view.close()


def test_rpt03_month_close_then_a_closed_month_refuses_a_voucher(qtbot, books, on_modal):  # noqa: ANN001
    """结账 lists what stands in the way; a closed month refuses a voucher dated in it, with every
    problem at once (the unbalanced side too); 反结账 is the finance head's, with a reason."""
    desk = books
    accountant = desk.act_as("zhaomin")
    for month in range(1, 10):
        desk.books.close_period(accountant, f"2026-{month:02d}")
    desk.books.make_voucher(accountant, date(2026, 11, 3), [
        LineInput("5101", "未审核的凭证", D("10.00")), LineInput("1011", "未审核的凭证", credit=D("10.00"))])
    window = _window(qtbot, desk, "zhaomin")
    page = window.open_module("books")
    close = page.open_tab("close")
    assert close.reopenButton.isHidden()  # the accountant does not reopen
    close.periodBox.set_period("2026-11")
    close.refresh()
    problems = close.problems()
    assert any("2026-10" in p and "RPT-03" in p for p in problems)  # the month before is open
    assert any("记-2026-11-0001" in p for p in problems)  # a voucher not reviewed and posted
    close.periodBox.set_period("2026-10")
    close.refresh()
    assert close.problems()[0].startswith("✓")
    close.closeButton.click()
    assert "2026-10" in desk.books.closed_periods(accountant) and "2026-10" in close.closedLabel.text()

    dialog = page.voucher_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    from desktop.ui.books.voucher_grid import GridLine

    dialog.dateEdit.setDate(QDate(2026, 10, 15))
    dialog.grid.set_lines([GridLine("5101", "补记十月份费用", D("100.00"), D("0")),
                           GridLine("1011", "补记十月份费用", D("0"), D("90.00"))])
    dialog.saveButton.click()
    box = dialog.findChild(QMessageBox, "refusalBox")
    assert box is not None and box.isVisible()
    assert "2026-10 已结账" in box.text() and "RPT-03" in box.text()
    assert "借贷不平" in box.text() or "不平" in box.text()  # every problem at once
    assert dialog.view is None  # nothing stored
    box.close()
    dialog.close()

    head = _window(qtbot, desk, "lifang").open_module("books")
    panel = head.open_tab("close")
    panel.periodBox.set_period("2026-10")
    panel.refresh()
    assert not panel.reopenButton.isHidden() and panel.reopenButton.isEnabled()

    def reason(dialog) -> None:  # noqa: ANN001
        dialog.setTextValue("补记十月份漏记费用")
        dialog.accept()

    on_modal(reason)
    panel.reopenButton.click()
    assert "2026-10" not in desk.books.closed_periods(accountant)


def test_vouch14_import_from_the_template_lists_every_problem_then_imports(qtbot, desk, on_modal):  # noqa: ANN001
    """导入 (item 7b): the accountant saves the template, fills it and chooses it; a file with bad rows
    lists every problem (row and column) and the import button stays off — nothing is written; the
    corrected file starts the books. The cashier has no import tab (IC-05)."""
    from io import BytesIO

    from openpyxl import load_workbook

    window = _window(qtbot, desk, "zhaomin")
    page = window.open_module("books")
    panel = page.open_tab("import")
    assert page.tabs.isTabVisible(page.TABS.index("import"))
    template = load_workbook(BytesIO(desk.book_imports.template("openings")))
    header = [c.value for c in next(template.active.iter_rows(max_row=1))]
    assert header[:3] == ["account", "debit", "credit"]
    panel.periodEdit.setText("2026-07")
    bad = "account,debit,credit\n1011,86000.00,\n3001,,86000.001\n9999,5.00,\n8001,88000.00,\n8101,,88000.00\n"
    panel.load("openings.csv", bad.encode("gb18030"))
    shown = [panel.problemList.item(i).text() for i in range(panel.problemList.count())]
    assert any("第3行" in t and "credit" in t for t in shown) and any("第4行" in t and "9999" in t for t in shown), shown
    assert not panel.importButton.isEnabled()
    assert desk.books.settings(desk.act_as("zhaomin")).start_period is None
    good = "account,debit,credit\n1011,86000.00,\n3001,,86000.00\n8001,88000.00,\n8101,,88000.00\n"
    panel.load("openings.csv", good.encode("utf-8-sig"))
    assert panel.problemList.count() == 0 and panel.importButton.isEnabled()
    on_modal(lambda box: box.accept())
    qtbot.mouseClick(panel.importButton, Qt.MouseButton.LeftButton)
    assert desk.books.settings(desk.act_as("zhaomin")).start_period == "2026-07"
    tb = desk.books.trial_balance(desk.act_as("zhaomin"), "2026-07")
    assert tb.balanced and {r.account for r in tb.rows} == {"1011", "3001", "8001", "8101"}
    cashier_page = _window(qtbot, desk, _cashier(desk)).open_module("books")
    assert not cashier_page.tabs.isTabVisible(cashier_page.TABS.index("import"))


def _cashier(desk) -> str:  # noqa: ANN001
    from desktop.persistence.schema import StaffPosition, UserAccount

    with desk.sessions() as s:
        return s.query(UserAccount.username).join(StaffPosition, StaffPosition.staff_id == UserAccount.staff_id) \
            .filter(StaffPosition.position == "cashier").first()[0]


def test_rpt03_ledger_by_department_is_that_departments_lines_only(qtbot, books):  # noqa: ANN001
    """辅助账: choosing a department in 明细账 shows only its lines (the whole account has more)."""
    desk = books
    maker = desk.act_as("zhaomin")
    depts = desk.org.departments(maker)
    a, b = depts[0], depts[1]
    vid = desk.books.make_voucher(maker, date(2026, 11, 5), [
        LineInput("5101", "印刷", D("40.00"), department_id=a.id), LineInput("5101", "邮寄", D("7.50"), department_id=b.id),
        LineInput("1011", "付款", credit=D("47.50"))], submit=True, passphrase=PASSWORD)
    _reviewed_and_posted(desk, vid)
    window = _window(qtbot, desk, "zhaomin")
    page = window.open_module("books")
    ledger = page.open_ledger("5101", "2026-11")
    assert ledger.model.page.total_rows == 2
    ledger.departmentBox.setCurrentIndex(ledger.departmentBox.findData(b.id))
    ledger.refresh()
    assert ledger.model.page.total_rows == 1 and ledger.model.page.rows[0].summary == "邮寄"
