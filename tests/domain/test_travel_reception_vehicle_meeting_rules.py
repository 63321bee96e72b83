"""Rules of travel (TRAVEL-*), reception (RECEP-*), vehicles (VEH-*) and meetings (MEET-*) as pure
functions; each test names the rule it checks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.domain.approval.model import PresetError
from desktop.domain.approval.presets import preset_from_dict
from desktop.domain.meetings.meeting import (
    Meeting,
    MeetingClaim,
    MeetingPlan,
    PlannedMeeting,
    plan_deadline,
    report_deadline,
    report_problems,
)
from desktop.domain.meetings.standards import DEFAULT_MEETING_ROWS, meeting_standards_from_rows
from desktop.domain.payment import Payment, payment_problems
from desktop.domain.reception.standards import reception_rows_from_csv, reception_standards_from_rows
from desktop.domain.reception.visit import (
    BillItem,
    Meal,
    ReceptionList,
    ReceptionPlan,
    accompany_limit,
    meal_problems,
)
from desktop.domain.travel.allowances import parse_trip, quote_trip
from desktop.domain.travel.claims import ClaimFacts, claim_deadline, claim_problems, printed_lines
from desktop.domain.travel.standards import standards_from_csv
from desktop.domain.travel.trip import TripPlan
from desktop.domain.vehicles.request import Dispatch, LeadTimes, VehicleRequest, is_holiday

SHARED = "resources/standards/"
D = Decimal


def rules(problems):  # noqa: ANN001, ANN201
    return {p.rule for p in problems}


@pytest.fixture(scope="module")
def travel_table():
    return standards_from_csv(open(SHARED + "travel_standards.csv", encoding="utf-8").read())


@pytest.fixture(scope="module")
def rec_std():
    return reception_standards_from_rows(reception_rows_from_csv(
        open(SHARED + "reception_meeting_standards.csv", encoding="utf-8").read()))


@pytest.fixture(scope="module")
def meet_std():
    return meeting_standards_from_rows(DEFAULT_MEETING_ROWS)


# TRAVEL ----------------------------------------------------------------------------------------
def test_travel_01_trip_needs_travellers_destination_and_04_purpose(travel_table):
    plan = TripPlan((), "", (), date(2026, 3, 2), date(2026, 3, 1), "train")
    got = plan.problems(travel_table)
    assert {"TRAVEL-01", "TRAVEL-04"} <= rules(got)
    assert {p.code for p in got} >= {"trip.travellers", "trip.purpose", "trip.destinations", "trip.dates"}


def test_travel_02_days_counted_inclusive_and_leader_category():
    plan = TripPlan(("高远",), "培训", ("北京",), date(2026, 3, 1), date(2026, 3, 3), "train")
    assert plan.days == 3 and plan.category == ""
    assert TripPlan(("李明华",), "x", ("北京",), date(2026, 3, 1), date(2026, 3, 1), "train", leader=True).category == "leader"


def test_travel_17_no_private_car_and_19_unknown_region(travel_table):
    plan = TripPlan(("a",), "p", ("火星",), date(2026, 3, 1), date(2026, 3, 1), "private_car")
    assert {"TRAVEL-17", "TRAVEL-19"} <= rules(plan.problems(travel_table))


def _claim(travel_table, **kw):  # noqa: ANN001, ANN003, ANN202
    days, tickets = parse_trip({"days": [
        {"date": "2026-03-01", "region": "北京", "lodged": True, "lodging_invoice": "300.00", "hosted": False, "own_vehicle": False},
        {"date": "2026-03-02", "region": "北京", "lodged": False, "lodging_invoice": None, "hosted": False, "own_vehicle": False}],
        "tickets": [{"mode": "train", "class": "二等座", "amount": "300.00"}]}, travel_table)
    q = quote_trip(days, tickets, travel_table)
    facts = dict(trip_state="approved", trip_start=date(2026, 3, 1), trip_end=date(2026, 3, 2),
                 claimed_on=date(2026, 3, 20), deadline_days=30, late_explanation="", attachments=2)
    facts.update(kw)
    return claim_problems(ClaimFacts(**facts), days, q), q


def test_travel_01_claim_without_approved_trip_is_refused(travel_table):
    assert ["claim.no_trip"] == [p.code for p in _claim(travel_table, trip_state=None)[0]]
    assert "TRAVEL-01" in rules(_claim(travel_table, trip_state="submitted")[0])
    assert _claim(travel_table)[0] == []


def test_travel_03_deadline_is_30_days_after_return_and_late_needs_explanation(travel_table):
    assert claim_deadline(date(2026, 3, 2), 30) == date(2026, 4, 1)
    assert _claim(travel_table, claimed_on=date(2026, 4, 1))[0] == []  # the 30th day is still in time
    late = _claim(travel_table, claimed_on=date(2026, 4, 2))[0]
    assert rules(late) == {"TRAVEL-03"}
    assert _claim(travel_table, claimed_on=date(2026, 4, 2), late_explanation="外派审计，未能按期")[0] == []
    assert [p.code for p in _claim(travel_table, claimed_on=date(2026, 3, 1))[0]] == ["claim.early"]


def test_travel_11_bills_and_14_dates_outside_trip(travel_table):
    assert "TRAVEL-11" in rules(_claim(travel_table, attachments=0)[0])
    assert "TRAVEL-14" in rules(_claim(travel_table, trip_end=date(2026, 3, 1))[0])


def test_breakdown_printed_with_rule_ids(travel_table):
    _p, q = _claim(travel_table)
    lines = printed_lines(q)
    assert any("住宿费" in ln and "[TRAVEL-06]" in ln for ln in lines)
    assert any("伙食补助费" in ln and "100.00×2=200.00元" in ln and "[TRAVEL-07]" in ln for ln in lines)
    assert any("市内交通费" in ln and "[TRAVEL-08]" in ln for ln in lines)
    assert q.total == D("300.00") + D("300.00") + D("200.00") + D("160.00")


# RECEP -----------------------------------------------------------------------------------------
def _plan(letter="市医保函〔2026〕31号", meals=(), guests=4):  # noqa: ANN001, ANN202
    return ReceptionPlan("市医疗保障局", letter, guests, "", "调研", date(2026, 3, 1), date(2026, 3, 1), tuple(meals))


def test_recep_01_no_reception_without_official_letter(rec_std):
    assert "RECEP-01" in rules(_plan(letter="").problems(rec_std))
    assert _plan().problems(rec_std) == []


@pytest.mark.parametrize("meal_type,meal,per_head,ok", [
    ("buffet", "breakfast", "25.00", True), ("buffet", "breakfast", "25.01", False),
    ("buffet", "lunch", "70.00", True), ("buffet", "dinner", "70.50", False),
    ("table", "lunch", "149.99", True), ("table", "dinner", "150.00", False),  # strictly below 150
    ("staff", "lunch", "50.00", True), ("staff", "lunch", "51.00", False),
])
def test_recep_05_meal_standards_per_type_and_per_head(rec_std, meal_type, meal, per_head, ok):
    m = Meal(date(2026, 3, 1), meal_type, meal, 2, 0, D(per_head) * 2)
    assert (meal_problems([m], 2, rec_std) == []) is ok
    if not ok:
        assert rules(meal_problems([m], 2, rec_std)) == {"RECEP-05"}


@pytest.mark.parametrize("guests,limit", [(1, 3), (10, 3), (11, 3), (12, 4), (30, 10)])
def test_recep_06_accompany_limits(guests, limit, rec_std):
    assert accompany_limit(guests) == limit
    ok = Meal(date(2026, 3, 1), "buffet", "lunch", guests, limit, D("60") * (guests + limit))
    over = Meal(date(2026, 3, 1), "buffet", "lunch", guests, limit + 1, D("60") * (guests + limit + 1))
    assert meal_problems([ok], guests, rec_std) == []
    assert rules(meal_problems([over], guests, rec_std)) == {"RECEP-06"}


def _list(**kw):  # noqa: ANN003, ANN202
    base = dict(reception_id=1, meals=(Meal(date(2026, 3, 1), "buffet", "lunch", 4, 2, D("396.00")),),
                items=(BillItem("自助午餐", D("396.00")),), lodging=D("0"), transport=D("0"), invoices=1,
                letter_attached=True, declaration=True)
    base.update(kw)
    return ReceptionList(**base)


def test_recep_07_no_alcohol_or_cigarettes(rec_std):
    """RECEP-07 by item category (issue 12: no word filter; uncategorised lines go by the declaration)."""
    lst = _list(items=(BillItem("自助午餐", D("300.00"), "food"), BillItem("白酒两瓶", D("60.00"), "alcohol"),
                       BillItem("香烟一条", D("36.00"), "tobacco")))
    got = lst.problems(rec_std, guests=4, reception_state="approved")
    assert [p.rule for p in got if p.rule == "RECEP-07"] == ["RECEP-07", "RECEP-07"]
    assert _list().problems(rec_std, guests=4, reception_state="approved") == []


def test_recep_10_invoice_letter_and_list_needed(rec_std):
    got = _list(invoices=0, letter_attached=False).problems(rec_std, guests=4, reception_state="approved")
    assert rules(got) == {"RECEP-10"}
    assert "财务票据" in got[0].text and "公函" in got[0].text
    assert "RECEP-09" in rules(_list().problems(rec_std, guests=4, reception_state=None))


# VEH -------------------------------------------------------------------------------------------
def _veh(departure, requested, long=False, **kw):  # noqa: ANN001, ANN003, ANN202
    return VehicleRequest("supervision", "督导", "局—乡", "和平镇", long, 3, "", departure, requested, **kw)


def test_veh_04_lead_time_one_day_local_two_days_long():
    today = date(2026, 11, 24)
    assert _veh(datetime(2026, 11, 25, 8), today).problems() == []
    assert rules(_veh(datetime(2026, 11, 24, 15), today).problems()) == {"VEH-04"}
    assert rules(_veh(datetime(2026, 11, 25, 8), today, long=True).problems()) == {"VEH-04"}
    assert _veh(datetime(2026, 11, 26, 8), today, long=True).problems() == []
    assert _veh(datetime(2026, 11, 24, 15), today, urgent_reason="突发事件").problems() == []
    assert rules(_veh(datetime(2026, 11, 27, 8), today, long=True).problems(LeadTimes(1, 4))) == {"VEH-04"}


def test_veh_07_holiday_use_filed_with_both_offices():
    assert is_holiday(date(2026, 11, 28)) and not is_holiday(date(2026, 11, 27))
    today = date(2026, 11, 24)
    got = _veh(datetime(2026, 11, 28, 8), today, holiday=True, filed_county_office=True).problems()
    assert rules(got) == {"VEH-07"} and "局办公室" in got[0].text
    assert _veh(datetime(2026, 11, 28, 8), today, holiday=True, filed_county_office=True,
                filed_bureau_office=True).problems() == []


def test_veh_05_rental_needs_agreement_and_driver_documents():
    assert rules(Dispatch("GL8", "吉G1", "孙", True).problems()) == {"VEH-05"}
    assert Dispatch("GL8", "吉G1", "孙", True, "安达", "ZC-1", D("450"), "驾", "行", "身").problems() == []


# MEET ------------------------------------------------------------------------------------------
def _meeting(**kw):  # noqa: ANN003, ANN202
    base = dict(name="培训会", category=5, content="培训", start=date(2026, 5, 1), days=1, travel_days=0, venue="会议室",
                delegates=45, staff=3, lodging=D("0"), food=D("2000"), other=D("500"))
    base.update(kw)
    return Meeting(**base)


def test_meet_03_per_year_limits(meet_std):
    assert rules(_meeting(category=3, delegates=50, staff=5).problems(meet_std, held_this_year=1)) == {"MEET-03"}
    assert _meeting(category=4, delegates=50, staff=2).problems(meet_std, held_this_year=1) == []
    assert rules(_meeting(category=4, delegates=50, staff=2).problems(meet_std, held_this_year=2)) == {"MEET-03"}


def test_meet_04_days_and_travel_days(meet_std):
    assert rules(_meeting(days=2, briefing=True).problems(meet_std)) == {"MEET-04"}
    assert _meeting(days=2, briefing=False).problems(meet_std) == []
    assert rules(_meeting(travel_days=2).problems(meet_std)) == {"MEET-04"}
    assert _meeting(category=2, travel_days=2, delegates=10, staff=1).problems(meet_std) == []


def test_meet_05_people_and_staff_share(meet_std):
    assert rules(_meeting(delegates=50, staff=1).problems(meet_std)) == {"MEET-05"}  # category 5: 50
    assert rules(_meeting(category=4, delegates=100, staff=6).problems(meet_std)) == {"MEET-05"}  # 5 %
    assert _meeting(category=4, delegates=100, staff=5).problems(meet_std) == []
    assert rules(_meeting(category=3, delegates=190, staff=11).problems(meet_std)) == {"MEET-05"}  # 200 people


def test_meet_09_cap_per_person_day(meet_std):
    # category 3: 380 × (10 people × (1 day + 1 travel day)) = 7600
    ok = _meeting(category=3, delegates=10, staff=0, travel_days=1, lodging=D("4000"), food=D("2000"), other=D("1600"))
    assert ok.problems(meet_std) == []
    over = _meeting(category=3, delegates=10, staff=0, travel_days=1, lodging=D("4000"), food=D("2000"), other=D("1600.01"))
    got = over.problems(meet_std)
    assert rules(got) == {"MEET-09"} and "7600.00" in got[0].text
    assert _meeting(category=2, delegates=10, staff=0, lodging=D("4800"), food=D("0"), other=D("0")).problems(meet_std) == []


def test_meet_11_claim_needs_plan_and_attachments(meet_std):
    claim = MeetingClaim(1, 40, 3, D("0"), D("2000"), D("400"), True, True, False, True)
    got = claim.problems(_meeting(in_plan=False), "approved", meet_std)
    assert rules(got) == {"MEET-11"} and {p.code for p in got} == {"meeting_claim.not_in_plan", "meeting_claim.attachments"}
    full = MeetingClaim(1, 40, 3, D("0"), D("2000"), D("400"), True, True, True, True)
    assert full.problems(_meeting(), "approved", meet_std) == []


def test_meet_02_plan_deadline_and_15_report_deadline(meet_std):
    pm = PlannedMeeting("培训会", 5, "r", "c", "5月", "会议室", "", 40, 2, D("5000"), "公用经费")
    assert plan_deadline(2027) == date(2026, 10, 31)
    assert MeetingPlan(2027, (pm,)).problems(meet_std, date(2026, 10, 31)) == []
    assert rules(MeetingPlan(2027, (pm,)).problems(meet_std, date(2026, 11, 1))) == {"MEET-02"}
    three = PlannedMeeting("a", 3, "", "", "", "", "", 50, 5, D("1"), "")
    assert rules(MeetingPlan(2027, (three, three)).problems(meet_std, date(2026, 10, 1))) == {"MEET-03"}
    assert report_deadline(2026) == date(2027, 3, 31)
    assert report_problems(2026, date(2027, 3, 31)) == []
    assert rules(report_problems(2026, date(2027, 4, 1))) == {"MEET-15"}


# Payment and per-bureau standards ----------------------------------------------------------------
def test_payment_only_after_approval_and_no_cash_for_meetings():
    p = Payment("cash", date(2026, 3, 1), "陈静")
    assert rules(payment_problems(p, state="submitted", already_paid=False)) == {"VOUCH-04"}
    assert payment_problems(p, state="approved", already_paid=False) == []
    assert rules(payment_problems(p, state="approved", already_paid=False, cash_allowed=False)) == {"MEET-12"}
    assert rules(payment_problems(p, state="approved", already_paid=True)) == {"VOUCH-04"}


def test_preset_accepts_and_validates_standards():
    base = {"code": "X", "name": "x", "chains": {}}
    assert preset_from_dict(base).to_dict().get("standards") is None
    good = {**base, "standards": {"reception": [{"meal_type": "table", "meal": "any", "amount": "120",
                                                 "limit": "max_exclusive"}],
                                  "meeting": DEFAULT_MEETING_ROWS, "vehicle": {"local_days": 1, "long_days": 3}}}
    assert preset_from_dict(good).standards["vehicle"]["long_days"] == 3
    with pytest.raises(PresetError, match="standards.reception"):
        preset_from_dict({**base, "standards": {"reception": [{"meal_type": "banquet", "amount": "1"}]}})
    with pytest.raises(PresetError, match="unknown tables"):
        preset_from_dict({**base, "standards": {"hotels": []}})
    with pytest.raises(PresetError, match="standards"):
        preset_from_dict({**base, "standards": {"travel": [{"region": "x", "scope": "moon", "lodging_cap_yuan": "1",
                                                            "meal_allowance_yuan": "1", "city_transport_yuan": "1"}]}})
