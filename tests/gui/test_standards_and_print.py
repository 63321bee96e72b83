"""规则预设 → 标准 (TRAVEL-19, RECEP-05, MEET-09): an administrator's edit of a lodging cap changes
the travel quote; malformed figures are all refused at once and nothing changes. 报表 → 打印预览:
the spending return shown page by page and printed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.travel import quote
from desktop.ui.main_window import MainWindow
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD

pytestmark = pytest.mark.gui

BEIJING_NIGHT = {"days": [{"date": "2026-03-02", "region": "北京", "lodged": True, "lodging_invoice": "420.00",
                           "hosted": False, "own_vehicle": False},
                          {"date": "2026-03-03", "region": "北京", "lodged": False, "lodging_invoice": None,
                           "hosted": False, "own_vehicle": False}], "tickets": []}


def _editor(qtbot, desk, table="travel"):  # noqa: ANN001, ANN202
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    editor = window.open_module("admin").open_tab("presets").open_standards(table)
    return window, editor


def _row(table, text):  # noqa: ANN001, ANN202
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def _column(key, name):  # noqa: ANN001, ANN202
    from desktop.ui.admin.standards_editor import COLUMNS

    return [c[0] for c in COLUMNS[key]].index(name)


def test_lodging_cap_edited_in_the_gui_changes_the_quote(qtbot, desk):  # noqa: ANN001
    admin = desk.act_as("admin")
    before = quote(BEIJING_NIGHT, desk.travel.standards(admin).travel).to_json()
    assert (before["lodging"], before["lodging_personal"]) == ("350.00", "70.00")
    _window, editor = _editor(qtbot, desk)
    table = editor.tables["travel"]
    row = _row(table, "北京")
    assert table.item(row, _column("travel", "lodging_cap_yuan")).text() == "350.00"
    table.item(row, _column("travel", "lodging_cap_yuan")).setText("420")
    editor.saveButton.click()
    # P-000's table is stored by version (TRAVEL-19, issue 12): the version in force is the one edited
    stored = {r["region"]: r for r in desk.presets.standards_versions(admin, "travel")[-1].rows}
    assert stored["北京"]["lodging_cap_yuan"] == "420.00" and stored["天津"]["lodging_cap_yuan"] == "320.00"
    assert desk.travel.standards(desk.act_as("liuyang")).travel["北京"].lodging_cap == Decimal("420.00")
    after = quote(BEIJING_NIGHT, desk.travel.standards(admin).travel).to_json()
    assert (after["lodging"], after["lodging_personal"]) == ("420.00", "0.00")
    # The saved figure is shown back with two decimals; the table is now the bureau's own.
    assert table.item(row, _column("travel", "lodging_cap_yuan")).text() == "420.00"
    assert "travel" in editor.own and editor.defaultsButton.isEnabled()
    # A region added and a reception standard changed are saved too.
    editor.add_row()
    new = table.currentRow()
    table.item(new, 0).setText("雄安新区")
    table.item(new, _column("travel", "lodging_cap_yuan")).setText("380.50")
    reception = editor.select("reception")  # P-000 ships no meal standards (issue 12): one entered
    editor.add_row()
    reception.item(0, _column("reception", "amount")).setText("30")
    editor.saveButton.click()
    travel_rows = desk.presets.standards_versions(admin, "travel")[-1].rows
    assert {r["region"]: r["lodging_cap_yuan"] for r in travel_rows}["雄安新区"] == "380.50"
    assert desk.presets.standards_versions(admin, "reception")[-1].rows[0]["amount"] == "30.00"
    assert desk.reception.standards(admin).reception.limit("buffet", "breakfast").amount == Decimal("30.00")
    # Back to the shipped table.
    editor.select("travel")
    assert editor.back_to_defaults(confirm=lambda: True)
    assert "travel" not in desk.presets.preset(admin).standards
    assert desk.travel.standards(admin).travel["北京"].lodging_cap == Decimal("350.00")


def test_malformed_figures_are_refused_all_at_once_and_nothing_changes(qtbot, desk):  # noqa: ANN001
    admin = desk.act_as("admin")
    before = desk.presets.preset(admin).to_dict()
    _window, editor = _editor(qtbot, desk)
    travel = editor.tables["travel"]
    row = _row(travel, "北京")
    travel.item(row, _column("travel", "lodging_cap_yuan")).setText("三百")
    travel.item(row, _column("travel", "meal_allowance_yuan")).setText("100.005")
    travel.item(_row(travel, "天津"), 0).setText("北京")  # a region twice
    meeting = editor.select("meeting")
    meeting.item(2, _column("meeting", "max_people")).setText("2.5")
    assert editor.save() is False
    box = editor.findChild(QMessageBox, "refusalBox")
    assert box is not None and box.isVisible()
    text = box.text()
    for expected in ("三百", "100.005", "北京", "2.5", "TRAVEL-19", "MEET-09"):
        assert expected in text
    assert text.count("<li>") == 4
    assert desk.presets.preset(admin).to_dict() == before
    assert desk.travel.standards(admin).travel["北京"].lodging_cap == Decimal("350.00")
    box.close()


def test_print_preview_of_the_spending_report(qtbot, desk, tmp_path):  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrinter

    window = MainWindow(desk, desk.accounts.authenticate("lifang", PASSWORD))
    qtbot.addWidget(window)
    page = window.open_module("reports")
    assert set(page.preview_buttons) == {"spendingPdf", "meetingReportPdf"}
    dialog = page.preview("spendingPdf", modal=False)
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1 and dialog.data[:4] == b"%PDF"
    assert dialog.printButton.isEnabled()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer=printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    meetings = page.preview("meetingReportPdf", modal=False)
    qtbot.addWidget(meetings)
    assert meetings.page_count() >= 1
