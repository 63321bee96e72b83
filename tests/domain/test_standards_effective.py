"""Standards as bureau data with effective dates (TRAVEL-19), P-000 without Tongyu's local figures,
and the refusal that names a figure the bureau has not entered (TRAVEL-06/07/08, RECEP-05, MEET-09).

Seed 000 (P-000, Jinchuan) points to its own document for travel figures: 「按照……（区委办发〔2015〕6号）
及《……关于调整全区党政机关差旅住宿标准等有关问题的通知》（金区财发〔2017〕115号）执行」 — a document
the seeds do not hold; so P-000 ships only the national table for other provinces (seed 001:
「吉林省外执行财政部发布的住宿费限额标准」) and leaves its local tables "not set".
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.domain.approval.presets import preset_from_dict
from desktop.domain.meetings.standards import meeting_standards_from_rows, missing_category
from desktop.domain.reception.standards import missing_meal_standard, reception_standards_from_rows
from desktop.domain.standard_versions import Version, VersionError, in_force, versions_of, with_version
from desktop.domain.travel.allowances import parse_trip, quote_trip
from desktop.domain.travel.standards import TravelStandards, missing_figures, pinned, standards_from_rows, used_by_days
from desktop.services.module_records import standards_from_preset
from desktop.services.rule_presets import shipped_preset


def day(on, region, lodged=False, invoice=None, hosted=False, own=False):
    return {"date": on.isoformat(), "region": region, "lodged": lodged, "lodging_invoice": invoice, "hosted": hosted,
            "own_vehicle": own}


def row(region, scope, lodging, meals, city):
    return {"region": region, "scope": scope, "lodging_cap_yuan": lodging, "meal_allowance_yuan": meals,
            "city_transport_yuan": city}


def p000():
    return standards_from_preset(preset_from_dict(shipped_preset("P-000")).standards, "P-000")


def test_p000_ships_the_national_table_and_no_local_figures_travel_19():
    """TRAVEL-19: P-000 must not inherit 县城 200 / 乡镇 150 / 吉林省内 350 nor Tongyu's reception and
    meeting figures; the national rows for other provinces are there."""
    std = p000()
    assert "县城" not in std.travel and "乡镇" not in std.travel and "吉林省内" not in std.travel
    assert std.travel["北京"].lodging_cap == Decimal("350.00") and std.travel["西藏"].meal_allowance == Decimal("120.00")
    assert "甘肃" not in std.travel  # Jinchuan's own province is not "other province": its figure is local
    local = [s for s in std.travel.values() if s.scope != "other_province"]
    assert local and all(s.lodging_cap is None and s.meal_allowance is None for s in local)
    assert std.reception.limits == () and std.meeting.categories == {}
    p001 = standards_from_preset({}, "P-001")  # P-001 keeps the Tongyu figures
    assert p001.travel["县城"].lodging_cap == Decimal("200.00") and len(p001.reception.limits) == 5


def test_old_p000_bureau_without_stored_standards_gets_p000_defaults_not_tongyu_travel_19():
    """A bureau on P-000 whose stored preset predates the standards falls back to P-000's shipped
    tables (not Tongyu's)."""
    std = standards_from_preset({}, "P-000")
    assert "县城" not in std.travel and std.reception.limits == ()


def test_missing_local_figure_is_named_with_where_to_enter_travel_06_07():
    """TRAVEL-06/07: a night in the district needs the district lodging cap and meal allowance; both
    are named, with the document and 规则配置 → 标准."""
    std = p000().travel
    days, tickets = parse_trip({"days": [day(date(2026, 5, 4), "区内", True, "180.00"), day(date(2026, 5, 5), "区内")],
                                "tickets": []}, std)
    problems = missing_figures(days, std)
    assert {p.rule for p in problems} == {"TRAVEL-06", "TRAVEL-07"}
    texts = " ".join(p.text for p in problems)
    assert "未设置“区内”住宿费标准" in texts and "未设置“区内”伙食补助费标准" in texts
    assert "规则配置 → 标准" in texts and "金区财发〔2017〕115号" in texts
    # The rest of the claim is still computed (missing figures as 0.00), so other problems come too.
    assert quote_trip(days, tickets, std.filled()).lodging == Decimal("0.00")
    # A trip to Beijing needs no local figure.
    days, _t = parse_trip({"days": [day(date(2026, 5, 4), "北京", True, "300.00")], "tickets": []}, std)
    assert missing_figures(days, std) == []


def test_hosted_days_need_no_lodging_or_meal_figure_travel_15():
    """TRAVEL-15: lodging and meals arranged by the host use no figure: none is asked for."""
    std = p000().travel
    days, _t = parse_trip({"days": [day(date(2026, 5, 4), "甘肃省内", True, "200.00", hosted=True, own=True)],
                           "tickets": []}, std)
    assert missing_figures(days, std) == []


def _dated() -> TravelStandards:
    old = standards_from_rows([row("北京", "other_province", "350", "100", "80")])
    new = standards_from_rows([row("北京", "other_province", "500", "120", "80")])
    return TravelStandards([(None, old), (date(2026, 6, 1), new)])


def test_a_trip_spanning_a_change_is_paid_per_day_travel_19():
    """TRAVEL-19: each day by the version in force that day — the night of 05-31 at 350, of 06-01 at 500."""
    std = _dated()
    days, tickets = parse_trip({"days": [day(date(2026, 5, 31), "北京", True, "450.00"),
                                         day(date(2026, 6, 1), "北京", True, "450.00"),
                                         day(date(2026, 6, 2), "北京")], "tickets": []}, std)
    q = quote_trip(days, tickets, std)
    assert q.lodging == Decimal("800.00") and q.lodging_personal == Decimal("100.00")
    assert q.meals == Decimal("340.00")  # 100 + 120 + 120


def test_stored_figures_keep_a_submitted_claim_unchanged_travel_19():
    """TRAVEL-19: a claim stores the figures per day; computed from them, a later version of the
    table (even one back-dated) does not change it."""
    std = _dated()
    trip = {"days": [day(date(2026, 6, 2), "北京", True, "450.00")], "tickets": []}
    days, tickets = parse_trip(trip, std)
    used = used_by_days(days, std)
    assert used[0]["lodging_cap_yuan"] == "500.00" and used[0]["from"] == "2026-06-01"
    changed = TravelStandards([*std.versions, (date(2026, 6, 2), standards_from_rows(
        [row("北京", "other_province", "300", "90", "60")]))])
    assert quote_trip(days, tickets, changed).lodging == Decimal("300.00")
    assert quote_trip(days, tickets, pinned(changed, used)).lodging == Decimal("450.00")


def test_legacy_tables_read_as_in_force_from_the_beginning_travel_19():
    """TRAVEL-19: a preset stored before versions (a list of rows) is one version from the beginning."""
    [v] = versions_of([row("北京", "other_province", "350", "100", "80")], "travel")
    assert v.effective is None and in_force([v], date(1990, 1, 1)) is v
    [r] = versions_of({"alcohol_exception": True, "rows": []}, "reception")
    assert r.extra == {"alcohol_exception": True}
    versions = with_version([v], Version(date(2027, 1, 1), []))
    assert in_force(versions, date(2026, 12, 31)) is v and in_force(versions, date(2027, 1, 1)).effective
    with pytest.raises(VersionError):
        versions_of({"versions": [{"from": "2027-01-01", "rows": []}, {"from": "2027-01-01", "rows": []}]}, "travel")


def test_reception_and_meeting_not_set_name_the_figure_recep_05_meet_09():
    """RECEP-05 / MEET-09: an empty table is "not set"; the words name the meal or category and where
    to enter it."""
    rec = reception_standards_from_rows([], source="区机关事务管理局规定")
    assert rec.limit("table", "lunch") is None
    text = missing_meal_standard("table", "any", rec)
    assert "未设置“工作桌餐”接待用餐标准" in text and "规则配置 → 标准" in text and "区机关事务管理局规定" in text
    meet = meeting_standards_from_rows([])
    gap = missing_category(3, meet)
    assert gap.rule == "MEET-09" and "三类会议" in gap.text and "规则配置 → 标准" in gap.text
    assert missing_category(7, meet) is None


def test_trip_days_before_the_first_dated_version_use_the_first_travel_19():
    std = TravelStandards([(date(2026, 6, 1), standards_from_rows([row("北京", "other_province", "500", "120", "80")]))])
    days, tickets = parse_trip({"days": [day(date(2026, 5, 1) + timedelta(days=0), "北京")], "tickets": []}, std)
    assert quote_trip(days, tickets, std).meals == Decimal("120.00")
