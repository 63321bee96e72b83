"""Issue 12 item 5: the holiday calendar behind VEH-07, the filing authorities from the preset
(VEH-07) and the urgent request that needs an approver's consent (VEH-04)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop.domain.vehicles.calendar import CalendarDay, calendar_days_from_csv, calendar_csv, merge_days
from desktop.domain.vehicles.request import (
    LeadTimes,
    VehicleRequest,
    filings_from_parameters,
    needs_urgent_consent,
)

CAL_DIR = Path(__file__).resolve().parents[2] / "resources" / "calendar"


def _shipped(year: int) -> list[CalendarDay]:
    days, problems = calendar_days_from_csv((CAL_DIR / f"holidays_{year}.csv").read_text(encoding="utf-8"))
    assert problems == []
    return days


def test_veh_07_2026_weekday_public_holiday_is_a_holiday_and_adjusted_saturday_a_working_day():
    """VEH-07 「节假日用车」 with the 2026 notice (国办发明电〔2025〕7号): Thursday 1 October is a
    holiday, Saturday 10 October and Sunday 4 January are working days (调休上班)."""
    cal = merge_days(_shipped(2026), [])
    assert cal.is_rest_day(date(2026, 10, 1)) and date(2026, 10, 1).weekday() == 3
    assert cal.is_rest_day(date(2026, 2, 16))  # 春节, a Monday
    assert not cal.is_rest_day(date(2026, 10, 10)) and date(2026, 10, 10).weekday() == 5
    assert not cal.is_rest_day(date(2026, 1, 4))
    assert cal.is_rest_day(date(2026, 11, 28))  # an ordinary Saturday
    assert not cal.is_rest_day(date(2026, 11, 27))  # an ordinary Friday


def test_veh_07_2027_shipped_with_the_statutory_days():
    """VEH-07: 2027 ships (provisional, statutory days of 《全国年节及纪念日放假办法》) and is in force."""
    cal = merge_days(_shipped(2027), [])
    assert cal.is_rest_day(date(2027, 10, 1)) and cal.is_rest_day(date(2027, 2, 8)) and cal.is_rest_day(date(2027, 6, 9))
    assert "PROVISIONAL" in (CAL_DIR / "holidays_2027.csv").read_text(encoding="utf-8")


def test_veh_07_bureau_corrections_override_the_shipped_days():
    """VEH-07: the bureau declares a working Saturday, an extra holiday, or undoes a shipped day."""
    cal = merge_days(_shipped(2026), [CalendarDay(date(2026, 11, 28), "workday", "补班"),
                                      CalendarDay(date(2026, 11, 27), "holiday", "本地节日"),
                                      CalendarDay(date(2026, 10, 1), "normal")])
    assert not cal.is_rest_day(date(2026, 11, 28)) and cal.is_rest_day(date(2026, 11, 27))
    assert not cal.is_rest_day(date(2026, 10, 1))  # undone: an ordinary Thursday
    assert cal.label(date(2026, 11, 27)) == "本地节日"


def test_veh_07_calendar_csv_round_trip_and_bad_rows_all_reported():
    days = [CalendarDay(date(2026, 5, 1), "holiday", "劳动节"), CalendarDay(date(2026, 5, 9), "workday", "调休")]
    again, problems = calendar_days_from_csv(calendar_csv(days))
    assert problems == [] and again == days
    _, problems = calendar_days_from_csv("date,kind,name\n2026-13-01,holiday,x\n2026-05-01,vacation,y\n")
    assert [p.rule for p in problems] == ["VEH-07", "VEH-07"]


def _veh(departure: datetime, requested: date, **kw) -> VehicleRequest:  # noqa: ANN003
    return VehicleRequest("supervision", "督导", "局—乡", "和平镇", False, 3, "", departure, requested, **kw)


def test_veh_07_filings_follow_the_preset_000_none_001_both():
    """VEH-07: 001 「节假日用车需向县机关事物管理局和局办公室分别报备」; seed 000 names no filing."""
    req = _veh(datetime(2026, 10, 1, 8), date(2026, 9, 28), holiday=True)
    assert req.problems(filings=filings_from_parameters({"holiday_filing_county_office": "0",
                                                         "holiday_filing_bureau_office": "0"})) == []
    both = filings_from_parameters({"holiday_filing_county_office": "1", "holiday_filing_bureau_office": "1"})
    got = req.problems(filings=both)
    assert [p.rule for p in got] == ["VEH-07"] and "县机关事务管理局" in got[0].text and "局办公室" in got[0].text
    assert filings_from_parameters({}) == ()


def test_veh_04_late_request_with_reason_needs_consent_on_time_request_does_not():
    """VEH-04: a late request with an urgent reason passes submission but is marked for the
    approver's consent; one on time, or without a reason, is not an urgent request."""
    lead = LeadTimes()
    late = _veh(datetime(2026, 11, 24, 15), date(2026, 11, 24), urgent_reason="突发事件")
    assert late.problems(lead) == [] and needs_urgent_consent(late, lead)
    assert not needs_urgent_consent(_veh(datetime(2026, 11, 25, 8), date(2026, 11, 24), urgent_reason="x"), lead)
    no_reason = _veh(datetime(2026, 11, 24, 15), date(2026, 11, 24))
    assert not needs_urgent_consent(no_reason, lead) and [p.rule for p in no_reason.problems(lead)] == ["VEH-04"]
