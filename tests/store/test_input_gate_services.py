"""The input gate wired into the services (issue 8 item 3), on SQLite and PostgreSQL: the GUI,
the command line and JSON files all reach these calls, so each measured miss is refused here
with Chinese problems naming the field, and nothing is written (no document, no audit entry)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.persistence.schema import AuditEntry, Document, Staff
from desktop.services.base import Refused


def _counts(desk) -> tuple[int, int, int]:  # noqa: ANN001
    with desk.sessions() as s:
        return (s.execute(select(func.count()).select_from(Document)).scalar(),
                s.execute(select(func.count()).select_from(AuditEntry)).scalar(),
                s.execute(select(func.count()).select_from(Staff)).scalar())


def _refused(desk, call, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
    before = _counts(desk)
    with pytest.raises(Refused) as exc:
        call(*args, **kw)
    assert _counts(desk) == before, "a refused input wrote something"
    for p in exc.value.problems:
        assert p.rule and any("\u4e00" <= c <= "\u9fff" for c in p.text), p
    return exc.value.problems


def _visit(day: date, **kw) -> dict:  # noqa: ANN003
    data = {"guest_unit": "市医疗保障局", "letter_no": "市医保函〔2026〕31号", "guests": 4, "purpose": "调研",
            "start": day.isoformat(), "meals": [{"date": day.isoformat(), "meal_type": "buffet", "meal": "lunch",
                                                  "guests": 4, "accompany": 2, "amount": "396.00"}]}
    data.update(kw)
    return data


def test_recep_06_guests_1e30_and_2_5_refused_and_nothing_printed_issue8_gate(desk, as_user):
    """Measured miss: guests 1e30 or 2.5 accepted and printed on a certified sheet."""
    lx = as_user("linxiao")
    day = date.today() + timedelta(days=5)
    for guests in ("1e30", 2.5, 1e30):
        problems = _refused(desk, desk.reception.create, lx, _visit(day, guests=guests), submit=True)
        assert "reception.guests" in {p.code for p in problems}
    doc = desk.reception.create(lx, _visit(day), submit=True)
    assert desk.approvals.document(lx, doc).payload["guests"] == 4


def test_recep_05_meal_in_1999_and_json_float_amounts_refused_issue8_gate(desk, as_user):
    """Measured misses: a meal dated 1999 on a 2026 visit; JSON floats for meal amounts (as
    ``travel quote`` refuses them)."""
    lx = as_user("linxiao")
    day = date.today() + timedelta(days=5)
    meal = {"date": "1999-12-01", "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2, "amount": 396.0}
    problems = _refused(desk, desk.reception.create, lx, _visit(day, meals=[meal]))
    assert {p.code for p in problems} == {"reception.meals[0].date", "reception.meals[0].amount"}
    assert {p.rule for p in problems} == {"RECEP-05"}
    # The reception list after an approved visit: meals on the visit's days only.
    rec = next(d for d in desk.approvals.documents(lx, kinds=["reception"], states=["approved"]))
    on = date.fromisoformat(rec.payload["start"])
    bad = {"meals": [{**meal, "date": (on - timedelta(days=40)).isoformat(), "amount": "396.00"}],
           "items": [{"name": "自助午餐", "amount": "396.00"}], "invoices": 1, "letter_attached": True,
           "declaration": True}
    problems = _refused(desk, desk.reception.create_list, lx, rec.id, bad)
    assert "reception_list.meals[0].date" in {p.code for p in problems}


def test_travel_01_trip_from_1900_to_2100_not_submitted_issue8_gate(desk, as_user):
    """Measured miss: a trip from 1900-01-01 to 2100-01-01 (73 050 days) was submitted."""
    gy = as_user("gaoyuan")
    problems = _refused(desk, desk.travel.create_trip, gy, {"purpose": "培训", "destinations": ["北京"],
                                                            "start": "1900-01-01", "end": "2100-01-01"}, submit=True)
    assert {p.code for p in problems} >= {"trip.start", "trip.end"} and {p.rule for p in problems} == {"TRAVEL-01"}
    problems = _refused(desk, desk.travel.create_trip, gy, ["start", "end"])
    assert [p.code for p in problems] == ["trip"]
    problems = _refused(desk, desk.travel.create_trip, gy, {"purpose": ["x"], "title": {"a": 1}, "estimate": 12.5,
                                                            "destinations": ["北京"], "start": "2026-12-01",
                                                            "end": "2026-12-02"})
    assert {"trip.purpose", "trip.title", "trip.estimate"} <= {p.code for p in problems}


def test_vouch_08_collective_threshold_1e9_refused_sec_08_issue8_gate(desk, as_user):
    """Measured miss: ``collective_threshold 1e9`` accepted."""
    admin = as_user("admin")
    for bad in ("1e9", "1000000000", 5000.5):
        problems = _refused(desk, desk.presets.set_parameter, admin, "collective_threshold", bad)
        assert [p.rule for p in problems] == ["SEC-08"]
    desk.presets.set_parameter(admin, "collective_threshold", "5000")
    assert desk.presets.preset(admin).parameters["collective_threshold"] == 5000
    problems = _refused(desk, desk.presets.set_standards, admin, "reception",
                        [{"meal_type": "table", "meal": "any", "amount": 1e9}])
    assert problems[0].rule == "RECEP-05"


def test_sec_01_names_with_control_bidi_or_100000_characters_refused_issue8_gate(desk, as_user):
    """Measured miss: names with control characters, CR/LF, right-to-left override or 100 000
    characters; the message quotes at most ~80 characters of the value."""
    admin = as_user("admin")
    dept = desk.org.departments(admin)[0].id
    for name in ("张\x00三", "张三\r\n李四", "\u202e三张", "张" * 100_000, ["张三"]):
        problems = _refused(desk, desk.org.add_staff, admin, name, dept)
        assert [p.code for p in problems] == ["staff.name"]
        assert len(problems[0].text) < 160
        _refused(desk, desk.org.add_department, admin, name)
    assert desk.org.add_staff(admin, "欧阳娜娜", dept, "科员")


def test_vouch_01_document_fields_full_width_and_lists_refused_issue8_gate(desk, as_user):
    """Measured misses: full-width ``１２`` read as 12.00; a list stored as text ("['x']")."""
    hl = as_user("huanglei")
    problems = _refused(desk, desk.approvals.create_draft, hl, "expense_claim", "办公用品", purpose="办公", amount="１２")
    assert [(p.rule, p.code) for p in problems] == [("VOUCH-01", "document.amount")]
    problems = _refused(desk, desk.approvals.create_draft, hl, "expense_claim", ["x"], purpose={"a": 1}, amount="12",
                        days=2.5)
    assert {p.code for p in problems} == {"document.title", "document.purpose", "document.days"}
    assert desk.approvals.create_draft(hl, "expense_claim", "办公用品", purpose="办公", amount="12")


def test_meeting_and_vehicle_counts_bounded_issue8_gate(desk, as_user):
    yf = as_user("yangfan")
    problems = _refused(desk, desk.meetings.create, yf, {"name": "培训会", "category": 5, "content": "培训",
                                                          "start": (date.today() + timedelta(days=9)).isoformat(),
                                                          "venue": "会议室", "delegates": "1e30", "staff": 2.5,
                                                          "food": 2000.0})
    assert {p.code for p in problems} == {"meeting.delegates", "meeting.staff", "meeting.food"}
    gy = as_user("gaoyuan")
    problems = _refused(desk, desk.vehicles.create, gy, {"purpose_key": "supervision", "purpose": "督导",
                                                         "route": "局—乡", "destination": "乡", "passengers": 10 ** 9,
                                                         "departure": "2100-01-01T08:00", "long_distance": "false"})
    assert {p.code for p in problems} == {"vehicle.passengers", "vehicle.departure", "vehicle.long_distance"}


def test_usernames_go_through_the_gate_sec01(empty_desk):
    """Issue 8 gate (SEC-01): a username with CJK, spaces, control characters or 100 000 characters is
    refused with a short quote; an upper-case ASCII name is stored in lower case."""
    from desktop.services.base import Refused
    from desktop.services.setup import initialise

    initialise(empty_desk, bureau_name="测试局", bureau_code="CS", admin_username="admin",
               admin_password="Strong#2026x")
    admin = empty_desk.accounts.authenticate("admin", "Strong#2026x")
    staff = empty_desk.org.add_staff(admin, "新同事", None, "")
    for bad in ("张三", "a b", "bad\nname", "x" * 100_000, "\u202eevil"):
        with pytest.raises(Refused) as refused:
            empty_desk.accounts.create_account(admin, staff, bad, "Start#2026x")
        assert refused.value.problems[0].code == "account.username"
        assert len(refused.value.problems[0].text) < 200
    account_id = empty_desk.accounts.create_account(admin, staff, "XinTongShi", "Start#2026x")
    assert [a.username for a in empty_desk.accounts.list_accounts(admin) if a.id == account_id] == ["xintongshi"]
