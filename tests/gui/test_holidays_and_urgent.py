"""Issue 12 item 5 in the GUI: 规则配置 → 节假日 lists and corrects the holiday calendar (VEH-07);
the first approver agrees to a late request's urgency from 接待·用车 (VEH-04)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD


def test_veh_07_holidays_tab_lists_the_notice_and_sets_a_day(qtbot, desk):  # noqa: ANN001
    """VEH-07: 2026 shows 国庆节 on 1 October and the working Saturday 10 October; a day set here
    is the bureau's, and counts for vehicle use."""
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    page = window.open_module("admin").open_tab("holidays")
    page.yearSpin.setValue(2026)
    rows = texts_of(page.table)
    shipped = next(r for r in rows if r[0] == "2026-10-01")
    assert shipped[2:4] == ["放假", "国庆节"]
    assert any(r[0] == "2026-10-10" and r[2] == "调休上班" for r in rows)
    page.dayEdit.setDate(QDate(2026, 12, 3))
    page.kindCombo.setCurrentIndex(page.kindCombo.findData("holiday"))
    page.nameEdit.setText("本地节日")
    page.setButton.click()
    own = next(r for r in texts_of(page.table) if r[0] == "2026-12-03")
    assert own[2:4] == ["放假", "本地节日"] and own[4] != shipped[4]  # set by the bureau
    assert desk.calendar.calendar(desk.act_as("liuyang")).is_rest_day(date(2026, 12, 3))


def test_veh_04_urgent_button_records_the_approvers_consent(qtbot, desk):  # noqa: ANN001
    """VEH-04: the section head selects the late request and agrees to the urgent use."""
    today = date.today()
    liu = desk.act_as("liuyang")
    v = desk.vehicles.create(liu, {"purpose_key": "supervision", "purpose": "督导", "route": "局—乡",
                                   "destination": "和平镇", "passengers": 2, "departure": f"{today.isoformat()}T23:00",
                                   "urgent_reason": "突发投诉核查", "filed_county_office": True,
                                   "filed_bureau_office": True}, submit=True)
    window = MainWindow(desk, desk.accounts.authenticate("zhangwei", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    page = window.open_module("hospitality")
    table = page.ui.documentsTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == v)
    table.selectRow(row)
    assert page.urgentButton.isEnabled()
    page.urgentButton.click()
    assert desk.approvals.document(liu, v).payload["urgent_consent"]["name"] == "张伟"
    assert not page.urgentButton.isEnabled()
