"""Issue 12 item 5 on both backends: the bureau's holiday calendar decides holiday use (VEH-07),
the preset names whom it is filed with (VEH-07), and a late request's urgency is accepted by the
first approver in the app, recorded with their identity (VEH-04)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.persistence.schema import AuditEntry
from desktop.services.base import Refused

PASS = "Demo#2026"


def _rules(exc) -> set[str]:  # noqa: ANN001
    return {p.rule for p in exc.value.problems}


def _weekday_ahead(days: int) -> date:
    day = date.today() + timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _data(day: date, **kw) -> dict:  # noqa: ANN003
    return {"purpose_key": "supervision", "purpose": "督导", "route": "局—乡", "destination": "和平镇",
            "long_distance": False, "passengers": 2, "departure": f"{day.isoformat()}T08:00", **kw}


def test_veh_07_weekday_set_as_holiday_by_the_admin_counts_and_filings_follow_the_preset(desk, as_user):
    """VEH-07: a weekday the administrator declares a holiday makes the request holiday use; the
    demo bureau (P-000, seed 000 names no filing) asks for none until its preset requires one."""
    admin, gy = as_user("admin"), as_user("gaoyuan")
    day = _weekday_ahead(10)
    assert desk.vehicles.check(gy, _data(day)) == []
    desk.calendar.set_day(admin, day, "holiday", "本地节日")
    assert desk.calendar.calendar(gy).is_rest_day(day)
    assert desk.vehicles.check(gy, _data(day)) == []  # holiday, but P-000 requires no filing
    desk.presets.set_parameter(admin, "holiday_filing_county_office", "1")
    got = desk.vehicles.check(gy, _data(day))
    assert [p.rule for p in got] == ["VEH-07"] and "县机关事务管理局" in got[0].text and "局办公室" not in got[0].text
    assert desk.vehicles.check(gy, _data(day, filed_county_office=True)) == []
    rows = desk.calendar.rows(gy, day.year)
    assert any(r.day == day and r.source == "本单位" and r.name == "本地节日" for r in rows)
    with desk.sessions() as s:
        assert s.execute(select(AuditEntry).where(AuditEntry.action == "calendar.set")).first() is not None
    with pytest.raises(Refused) as exc:
        desk.calendar.set_day(gy, day, "workday")  # not the administrator
    assert _rules(exc) == {"SEC-03"}
    with pytest.raises(Refused) as exc:
        desk.calendar.import_csv(admin, "date,kind,name\n2026-02-30,holiday,x\n2026-03-01,rest,y\n")
    assert _rules(exc) == {"VEH-07"} and len(exc.value.problems) == 2


def test_veh_04_urgent_request_needs_the_first_approvers_own_consent(desk, as_user):
    """VEH-04: a same-day request submitted with an urgent reason is not approved on the reason
    alone; the first step's approver (the section head) consents in the app, by name."""
    gy, head, office = as_user("gaoyuan"), as_user("linxiao"), as_user("zhoumin")
    today = date.today()
    data = _data(today + timedelta(days=0), departure=f"{today.isoformat()}T23:00", urgent_reason="突发投诉核查",
                 filed_county_office=True, filed_bureau_office=True)
    v = desk.vehicles.create(gy, data, submit=True)
    assert desk.approvals.document(gy, v).payload["urgent"] is True
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(head, v, "同意")
    assert _rules(exc) == {"VEH-04"}
    with pytest.raises(Refused):
        desk.vehicles.consent_urgent(office, v)  # not this step's approver
    desk.vehicles.consent_urgent(head, v)
    consent = desk.approvals.document(gy, v).payload["urgent_consent"]
    assert consent["by"] == head.staff_id and consent["name"] == head.name
    desk.approvals.approve(head, v, "同意")
    on_time = desk.vehicles.create(gy, _data(_weekday_ahead(3)), submit=True)
    with pytest.raises(Refused) as exc:
        desk.vehicles.consent_urgent(head, on_time)
    assert _rules(exc) == {"VEH-04"}
    desk.approvals.approve(head, on_time, "同意")  # no consent needed
