"""Rules the product enforced without a test naming them (issue 12 item 8): each test names its rule ID and
checks the behaviour a user would meet."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.domain.meetings.meeting import Meeting
from desktop.domain.meetings.standards import DEFAULT_MEETING_ROWS, meeting_standards_from_rows
from desktop.domain.passwords import PasswordPolicy
from desktop.domain.reception.visit import accompany_limit
from desktop.domain.travel.trip import TripPlan
from desktop.domain.vehicles.request import PURPOSES, VehicleRequest

D = Decimal


def rules(problems) -> set[str]:  # noqa: ANN001
    return {p.rule for p in problems}


@pytest.fixture(scope="module")
def meet_std():
    return meeting_standards_from_rows(DEFAULT_MEETING_ROWS)


def _meeting(**kw) -> Meeting:  # noqa: ANN003
    base = dict(name="培训会", category=5, content="培训", start=date(2026, 5, 1), days=1, travel_days=0, venue="会议室",
                delegates=45, staff=3, lodging=D("0"), food=D("2000"), other=D("500"))
    base.update(kw)
    return Meeting(**base)


def _vehicle(purpose_key: str = "supervision", purpose: str = "督导") -> VehicleRequest:
    return VehicleRequest(purpose_key, purpose, "局—乡", "和平镇", False, 3, "", datetime(2026, 6, 10, 8, 0),
                          date(2026, 6, 1))


def test_veh_01_purpose_from_the_allowed_list_and_stated():
    """VEH-01: each request states a purpose from the allowed list."""
    assert "VEH-01" not in rules(_vehicle().problems())
    assert all("VEH-01" not in rules(_vehicle(key).problems()) for key in PURPOSES)
    off_list = [p for p in _vehicle("shopping").problems() if p.rule == "VEH-01"]
    assert off_list and "用车事由须为" in off_list[0].text
    assert "VEH-01" in rules(_vehicle(purpose="  ").problems())


def test_meet_01_category_one_to_five(meet_std):
    """MEET-01: every meeting has a category 1–5."""
    for category in range(1, 6):
        assert "MEET-01" not in rules(_meeting(category=category, delegates=10, staff=0).problems(meet_std))
    for category in (0, 6):
        assert "MEET-01" in rules(_meeting(category=category).problems(meet_std))


def test_meet_06_mode_is_recorded_onsite_or_video(meet_std):
    """MEET-06: briefing meetings are held by video or teleconference — record the mode."""
    assert "MEET-06" not in rules(_meeting(mode="video").problems(meet_std))
    assert "MEET-06" in rules(_meeting(mode="banquet hall").problems(meet_std))


def test_meet_07_venue_is_required(meet_std):
    """MEET-07: a designated hotel or an internal room — the venue is named."""
    assert "MEET-07" in rules(_meeting(venue=" ").problems(meet_std))
    assert "MEET-07" not in rules(_meeting().problems(meet_std))


def test_amb_10_county_delegates_per_unit_at_most_two_for_category_3(meet_std):
    """AMB-10: 「县会议代表人数控制在2人以内」 read as delegates per invited unit (category 3)."""
    ok = _meeting(category=3, delegates=50, staff=5, county_delegates=2).problems(meet_std)
    over = _meeting(category=3, delegates=50, staff=5, county_delegates=3).problems(meet_std)
    assert not any("AMB-10" in p.text for p in ok)
    assert any("AMB-10" in p.text and "2人以内" in p.text for p in over)


@pytest.mark.parametrize("guests,limit", [(1, 3), (10, 3), (11, 3), (12, 4), (30, 10), (31, 10)])
def test_amb_09_accompanying_limit_a_third_rounded_down_above_ten(guests, limit):
    """AMB-09 (with RECEP-06): at most 3 up to 10 guests; above 10 a third, rounded down."""
    assert accompany_limit(guests) == limit


@pytest.mark.parametrize("start,end,days", [(date(2026, 3, 1), date(2026, 3, 1), 1),
                                            (date(2026, 3, 1), date(2026, 3, 3), 3),
                                            (date(2026, 2, 27), date(2026, 3, 2), 4)])
def test_amb_06_trip_days_count_both_ends(start, end, days):
    """AMB-06: allowance days are calendar days with both the departure and the return day counted."""
    trip = TripPlan(("李明",), "督导", ("北京",), start, end, "train")
    assert trip.days == days


@pytest.mark.parametrize("password,ok", [("Abcdefg1!", True), ("abcdefgh1", False), ("Abcdefgh!", False),
                                         ("12345678!", False), ("Ab1!", False)])
def test_amb_15_password_needs_letters_digits_and_special_characters(password, ok):
    """AMB-15: 「数字、字符和特殊字符」 — letters, digits and special characters, at least 8 long."""
    assert (PasswordPolicy().problems(password) == []) is ok


def test_amb_11_meeting_cap_counts_delegates_and_staff_over_meeting_and_travel_days(meet_std):
    """AMB-11: person-days = (delegates + staff) × (meeting days + arrival/departure days) — the cap base."""
    m = _meeting(category=5, delegates=40, staff=2, days=1, travel_days=1)
    assert m.person_days == 42 * 2
    cap = meet_std.of(5).total * m.person_days
    assert "MEET-09" not in rules(_meeting(category=5, delegates=40, staff=2, days=1, travel_days=1,
                                           food=cap, other=D("0")).problems(meet_std))
    assert "MEET-09" in rules(_meeting(category=5, delegates=40, staff=2, days=1, travel_days=1,
                                       food=cap + D("0.01"), other=D("0")).problems(meet_std))


def _shipped(code: str):  # noqa: ANN202
    import json
    from pathlib import Path

    from desktop.domain.approval.presets import preset_from_dict

    root = Path(__file__).resolve().parents[2]
    return preset_from_dict(json.loads((root / "resources" / "presets" / f"{code}.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("code", ["P-000", "P-001"])
def test_recep_08_bureau_paid_lodging_passes_the_director_in_both_presets(code):
    """RECEP-08: 「住宿费用原则上自理，确需由本单位安排的，须经主要领导批准」 — the reception approval of both
    presets ends with the director, so a plan with bureau-paid lodging is never approved without them."""
    steps = _shipped(code).chain("reception").steps
    assert steps[-1].position == "director"


def test_amb_20_half_year_plans_due_30_june_and_30_december_as_written():
    """AMB-20: the half-year plan deadline is 30 December (not 31), as seed 000 writes it (SUPPLY-03)."""
    assert _shipped("P-000").deadlines["supply_plan"] == ("06-30", "12-30")
