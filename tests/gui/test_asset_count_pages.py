"""清查盘点, 折旧 and 资产报表 screens (issue 13, GUI of items 5, 6, 8) on the demonstration bureau:
a count typed in by a scanner (found green, a second scan warned with a beep, an unknown tag
listed; the not-found list shrinking in place), the surplus/shortage report refused without a
cause and a handling for every line (ASSET-06) and, once approved, the cards adjusted; QR labels
of a whole room; the monthly depreciation run twice saying the second time it was already done
(nothing changed); the asset reports shown, printed and exported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.services.desk import Desk

PASSWORD = "Demo#2026"
ROOM = "五楼 501 清点测试室"


@pytest.fixture
def demo(templates):  # noqa: ANN001, ANN201 - the demo bureau with three cards in one room
    desk = Desk.open(templates.new_url("sqlite", demo=True))
    manager = desk.act_as("liuyang")
    dept = next(d.id for d in desk.org.departments(manager) if d.name == "待遇保障股")
    huanglei = next(s.id for s in desk.org.staff(manager) if s.name == "黄磊")
    desk.test_cards = [desk.assets.register(manager, {
        "name": name, "category_code": "A02010105", "specification": spec, "original_value": value,
        "acquired_on": date(2024, 3, 1).isoformat(), "acquisition_way": "purchase", "department_id": dept,
        "user_id": huanglei, "location": ROOM, "depreciated_before": Decimal("0"), "months_before": 0},
        opening=True) for name, spec, value in (("台式计算机", "联想 M720", Decimal("5600.00")),
                                                ("台式计算机", "联想 M730", Decimal("5800.00")),
                                                ("台式计算机", "华为 B520", Decimal("6100.00")))]
    desk.counter_ids = [desk.act_as(u).staff_id for u in ("liuyang", "zhenglj")] + [huanglei]
    yield desk
    desk.close()


def _card_no(desk: Desk, card_id: int) -> str:
    return desk.assets.card(desk.act_as("liuyang"), card_id).card_no


def _count_screen(qtbot, desk):  # noqa: ANN001, ANN202 - a count of ROOM, opened from the new-count dialog
    from desktop.ui.assets.stocktake_page import StocktakePage

    page = StocktakePage(desk, desk.act_as("liuyang"))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitActive(page):  # the scan field can hold the keyboard
        page.show()
        page.activateWindow()
    page.refresh()
    dialog = page.new_count(modal=False)
    dialog.titleEdit.setText("501室年度清查")
    dialog.locationBox.setEditText(ROOM)
    dialog.check_counters(desk.counter_ids)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), "the count was not started"
    if not page.isActiveWindow():  # the dialog gone, the page has the keyboard again
        with qtbot.waitActive(page):
            page.activateWindow()
    screen = page.countScreen
    assert page.stack.currentWidget() is screen
    assert screen.expected_total == 3
    return page, screen


def _scan(qtbot, screen, tag: str) -> None:  # noqa: ANN001 - as a scanner: the characters, then Enter
    qtbot.keyClicks(screen.scanEdit, tag)
    qtbot.keyClick(screen.scanEdit, Qt.Key.Key_Return)


def test_ASSET06_scanner_sequence_found_duplicate_warned_unknown_listed(qtbot, demo, monkeypatch):  # noqa: ANN001
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    page, screen = _count_screen(qtbot, demo)
    first, second, third = (_card_no(demo, c) for c in demo.test_cards)
    assert screen.missingTable.rowCount() == 3
    _scan(qtbot, screen, first)
    kind, text = screen.lines()[0]
    assert kind == "found" and first in text
    assert screen.resultList.item(0).foreground().color().name() == "#2e7d32"  # green
    assert "1 / 3" in screen.counterLabel.text()
    assert screen.scanEdit.text() == ""
    assert screen.scanEdit.hasFocus()  # ready for the next scan
    hidden = [screen.missingTable.item(r, 0).text() for r in range(3) if screen.missingTable.isRowHidden(r)]
    assert hidden == [first]  # that one row, in place: the list is not read again
    _scan(qtbot, screen, first)  # the same label again
    kind, _text = screen.lines()[0]
    assert kind == "duplicate" and beeps == [1]
    assert screen.resultList.item(0).foreground().color().name() == "#b26a00"  # amber
    assert "1 / 3" in screen.counterLabel.text()  # not counted twice
    _scan(qtbot, screen, "ZC2099-99999")
    kind, text = screen.lines()[0]
    assert kind == "unknown" and "ZC2099-99999" in text
    assert screen.unknown_tags == ["ZC2099-99999"]
    _scan(qtbot, screen, second)
    assert [k for k, _ in screen.lines()] == ["found", "unknown", "duplicate", "found"]  # latest first
    assert "2 / 3" in screen.counterLabel.text()
    assert [screen.missingTable.item(r, 0).text() for r in range(3) if not screen.missingTable.isRowHidden(r)] == [third]
    # The service agrees with what the screen shows.
    summary = demo.stocktakes.summary(demo.act_as("liuyang"), screen.stocktake_id)
    assert summary.found == 2 and summary.unknown_tags == ["ZC2099-99999"]
    assert [c.card_no for c in summary.not_found] == [third]
    # Read again from the database, the screen shows the same.
    screen.load(screen.stocktake_id)
    assert "2 / 3" in screen.counterLabel.text()
    assert screen.missingBox.title().endswith("1")


def test_ASSET06_report_refused_without_cause_and_handling_then_approved_and_adjusted(qtbot, demo, on_modal):  # noqa: ANN001
    page, screen = _count_screen(qtbot, demo)
    first, second, third = (_card_no(demo, c) for c in demo.test_cards)
    for tag in (first, second, "ZC2099-88888"):
        _scan(qtbot, screen, tag)
    dialog = screen.open_report(modal=False)
    table = dialog.table
    assert table.rowCount() == 2  # the shortage (third) and the surplus (the unknown tag), pre-filled
    kinds = [table.item(r, 0).data(Qt.ItemDataRole.UserRole)[0] for r in range(2)]
    assert kinds == ["shortage", "surplus"]
    assert third in table.item(0, 1).text()
    assert dialog.submit() is None  # nothing filled in
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
               and w.objectName() == "refusalBox")
    text = box.text()
    assert text.count("[ASSET-06]") == 6  # two causes, two handlings, the surplus's category and value
    box.close()
    assert demo.stocktakes.stocktake(demo.act_as("liuyang"), screen.stocktake_id).state == "counting"
    from desktop.ui.assets.difference_dialog import CATEGORY, CAUSE, HANDLING, VALUE

    dialog.set_cell(0, CAUSE, "调拨未办手续")
    dialog.set_cell(0, HANDLING, "核销")
    dialog.set_cell(1, CAUSE, "赠送未入账")
    assert dialog.submit() is None  # still one handling, the value and the category missing
    next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
         and w.objectName() == "refusalBox").close()
    dialog.set_cell(1, HANDLING, "补登卡片")
    dialog.set_cell(1, VALUE, "3200")
    combo = table.cellWidget(1, CATEGORY)
    combo.setCurrentIndex(combo.findData("A02010105"))

    def sign(box) -> None:  # noqa: ANN001
        box.passphraseEdit.setText(PASSWORD)
        box.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(sign)
    doc_id = dialog.submit()
    assert doc_id is not None
    view = demo.stocktakes.stocktake(demo.act_as("liuyang"), screen.stocktake_id)
    assert view.state == "reported" and view.document_id == doc_id
    assert not screen.scanEdit.isEnabled()  # the counting is over
    assert screen.adjustButton.isVisible() and not screen.adjustButton.isEnabled()  # not approved yet
    for who in ("wufang", "zhoumin", "wangjianguo"):  # 财务核对 → 办公室 → 局长 (P-000)
        demo.approvals.approve(demo.act_as(who), doc_id, "同意", passphrase=PASSWORD)
    screen.load(screen.stocktake_id)
    assert screen.adjustButton.isEnabled()
    assert screen.adjust()
    assert demo.assets.card(demo.act_as("liuyang"), demo.test_cards[2]).status == "written_off"
    assert not screen.adjustButton.isVisible()


def test_ASSET06_labels_of_a_whole_room(qtbot, demo):  # noqa: ANN001
    from desktop.ui.assets.label_dialog import LabelDialog

    dialog = LabelDialog(demo, demo.act_as("liuyang"))
    qtbot.addWidget(dialog)
    dialog.locationBox.setCurrentIndex(dialog.locationBox.findData(ROOM))
    assert dialog.chosen_ids() == demo.test_cards
    assert dialog.make()
    assert dialog.data.startswith(b"%PDF") and dialog.page_count() == 1
    assert "3" in dialog.status.text() and dialog.saveButton.isEnabled()


def test_ASSET05_depreciation_run_twice_says_already_done(qtbot, demo):  # noqa: ANN001
    from desktop.ui.assets.depreciation_page import DepreciationPage

    page = DepreciationPage(demo, demo.act_as("zhenglj"))
    qtbot.addWidget(page)
    page.refresh()
    period = page.periodBox.period()
    assert page.previewTable.rowCount() >= 3  # our three cards take depreciation this month
    numbers = [page.previewTable.item(r, 0).text() for r in range(page.previewTable.rowCount())]
    assert _card_no(demo, demo.test_cards[0]) in numbers
    first = page.run()
    assert first is not None and not first.already
    assert period in page.resultLabel.text()
    runs = demo.depreciation.runs(demo.act_as("zhenglj"))
    again = page.run()
    assert again is not None and again.already
    assert "already" in page.resultLabel.text() or "已计提" in page.resultLabel.text()
    assert demo.depreciation.runs(demo.act_as("zhenglj")) == runs  # nothing changed
    if first.voucher_id is not None:
        assert not page.voucherButton.isHidden() and first.voucher_no in page.voucherButton.text()
    assert page.runsTable.item(0, 0).text() == period
    rec = page.reconcile()
    assert rec is not None and page.reconcileLabel.text()
    # The asset manager reads the preview but does not run it (ASSET-05: custody apart from accounting).
    manager_page = DepreciationPage(demo, demo.act_as("liuyang"))
    qtbot.addWidget(manager_page)
    assert manager_page.runButton.isHidden()


def test_ASSET06_asset_reports_shown_printed_and_exported(qtbot, demo, tmp_path):  # noqa: ANN001
    """The four reports in the table with their total line, the printable sheet and the workbook."""
    from openpyxl import load_workbook

    from desktop.ui.assets.asset_reports_page import AssetReportsPage

    page = AssetReportsPage(demo, demo.act_as("zhenglj"))
    qtbot.addWidget(page)
    page.set_report("ledger")
    page.show_report()
    table = page.table
    ours = [r for r in range(table.rowCount()) if table.item(r, 8).text() == ROOM]
    assert len(ours) == 3
    total = page.tr("Total")  # 合计 once the translations are compiled
    assert table.item(table.rowCount() - 1, 0).text() == total
    original = sum(Decimal(table.item(r, 10).text().replace(",", "")) for r in range(table.rowCount() - 1))
    assert Decimal(table.item(table.rowCount() - 1, 10).text().replace(",", "")) == original  # to the fen
    for which in ("changes", "schedule", "counts"):
        page.set_report(which)
        page.show_report()
        assert page.table.rowCount() >= 1 and page.table.item(page.table.rowCount() - 1, 0).text() == total
    page.set_report("counts")
    page.byBox.setCurrentIndex(page.byBox.findData("department"))
    page.refresh()  # coming back to the tab reads the report shown again
    assert any(page.table.item(r, 0).text() == "待遇保障股" for r in range(page.table.rowCount()))
    dialog = page.preview(modal=False)
    assert dialog is not None and dialog.data.startswith(b"%PDF") and dialog.page_count() >= 1
    dialog.close()
    page.set_report("ledger")
    path = page.export(str(tmp_path / "台账"))
    assert path is not None and path.suffix == ".xlsx"
    sheet = load_workbook(path, read_only=True).worksheets[0]
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None}
    assert {_card_no(demo, c) for c in demo.test_cards} <= cells
