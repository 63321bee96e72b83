"""规则配置 → 标准 with effective dates (TRAVEL-19): P-000's local tables shown "not set" with a hint,
a version added from a date without changing the earlier one, a figure entered for the district.

Seed 000 refers to 金区财发〔2017〕115号 for its figures, which the seeds do not hold: the sample
bureau (on P-000) starts with the national rows only.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest

from desktop.ui.main_window import MainWindow
from tests.gui.sample_bureau import ADMIN_PASSWORD

pytestmark = pytest.mark.gui


def _editor(qtbot, desk, table="travel"):  # noqa: ANN001, ANN202
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    editor = window.open_module("admin").open_tab("presets").open_standards(table)
    return window, editor


def _row(table, text):  # noqa: ANN001, ANN202
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def _col(key, name):  # noqa: ANN001, ANN202
    from desktop.ui.admin.standards_editor import COLUMNS

    return [c[0] for c in COLUMNS[key]].index(name)


def _not_set() -> str:
    from desktop.ui.admin.standards_editor import NOT_SET, _t

    return _t(NOT_SET)  # 未设置 once the lead compiles the Chinese


def _shot(widget, name):  # noqa: ANN001, ANN202
    """A PNG to look at (BUREAU_DESK_SHOTS=folder), as the brief asks."""
    folder = os.environ.get("BUREAU_DESK_SHOTS")
    if folder:
        widget.window().resize(1280, 720)
        widget.grab().save(os.path.join(folder, name))


def test_p000_local_tables_read_not_set_with_a_hint_travel_19(qtbot, desk):  # noqa: ANN001
    """TRAVEL-19 / RECEP-05 / MEET-09: the district's figures, reception meals and meeting caps of
    P-000 are shown as 未设置 with where they come from, not Tongyu's figures."""
    _window, editor = _editor(qtbot, desk)
    travel = editor.tables["travel"]
    regions = [travel.item(r, 0).text() for r in range(travel.rowCount())]
    assert "区内" in regions and "县城" not in regions and "吉林省内" not in regions
    row = _row(travel, "区内")
    assert travel.item(row, _col("travel", "lodging_cap_yuan")).text() == _not_set()
    assert travel.item(_row(travel, "北京"), _col("travel", "lodging_cap_yuan")).text() == "350.00"
    assert "金区财发〔2017〕115号" in editor.hints["travel"].text()
    assert _not_set() in editor.hints["travel"].text() or "未设置" in editor.hints["travel"].text()
    _shot(editor, "standards_travel_p000.png")
    meeting = editor.select("meeting")
    assert meeting.rowCount() == 5 and meeting.item(2, _col("meeting", "total")).text() == _not_set()
    assert editor.select("reception").rowCount() == 0 and "[RECEP-05]" in editor.hints["reception"].text()
    assert "区机关事务管理局" in editor.hints["reception"].text()
    assert editor.save() is True  # nothing changed: the "not set" tables stay not set
    assert desk.meetings.standards(desk.act_as("admin")).meeting.categories == {}


def test_a_version_added_from_a_date_keeps_the_earlier_one_travel_19(qtbot, desk):  # noqa: ANN001
    """TRAVEL-19: the admin adds a version of the travel table from 2027-01-01 with 北京 at 500;
    days before it keep 350."""
    admin = desk.act_as("admin")
    _window, editor = _editor(qtbot, desk)
    table = editor.add_version("travel", date(2027, 1, 1))
    table.item(_row(table, "北京"), _col("travel", "lodging_cap_yuan")).setText("500")
    table.item(_row(table, "区内"), _col("travel", "lodging_cap_yuan")).setText("180")
    editor.sourceEdits["travel"].setText("金区财发〔2026〕1号")
    assert editor.save() is True
    versions = desk.presets.standards_versions(admin, "travel")
    assert [v.effective for v in versions] == [None, date(2027, 1, 1)]
    assert versions[1].source == "金区财发〔2026〕1号"
    std = desk.travel.standards(admin).travel
    assert std.on(date(2026, 12, 31))["北京"].lodging_cap == Decimal("350.00")
    assert std.on(date(2027, 1, 1))["北京"].lodging_cap == Decimal("500.00")
    assert std.on(date(2026, 12, 31))["区内"].lodging_cap is None
    assert std.on(date(2027, 1, 1))["区内"].lodging_cap == Decimal("180.00")
    combo = editor.versionCombos["travel"]
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert len(labels) == 2 and "2027-01-01" in labels[1]
    # The version from the beginning shown again is unchanged.
    editor.show_version("travel", None)
    travel = editor.tables["travel"]
    assert travel.item(_row(travel, "北京"), _col("travel", "lodging_cap_yuan")).text() == "350.00"
    _shot(editor, "standards_travel_versions.png")


def test_district_figures_entered_in_the_version_in_force_travel_19(qtbot, desk):  # noqa: ANN001
    """TRAVEL-19: figures typed into the "not set" cells are saved into the version shown."""
    admin = desk.act_as("admin")
    _window, editor = _editor(qtbot, desk)
    travel = editor.tables["travel"]
    row = _row(travel, "区内")
    for name, value in (("lodging_cap_yuan", "160"), ("meal_allowance_yuan", "60"), ("city_transport_yuan", "0")):
        travel.item(row, _col("travel", name)).setText(value)
    assert editor.save() is True
    std = desk.travel.standards(admin).travel["区内"]
    assert (std.lodging_cap, std.meal_allowance, std.city_transport) == (Decimal("160.00"), Decimal("60.00"),
                                                                         Decimal("0.00"))
    assert [v.effective for v in desk.presets.standards_versions(admin, "travel")] == [None]
