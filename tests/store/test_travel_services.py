"""Travel, reception, vehicle and meeting services on both backends: links between records,
payment by the cashier after approval with its audit entry, chains missing from an older
stored preset, per-bureau standards, and the spending reports read back from Excel."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from sqlalchemy import select

from desktop.persistence.schema import AuditEntry, Bureau
from desktop.services.base import Refused

PASS = "Demo#2026"


def _rules(exc) -> set[str]:  # noqa: ANN001
    return {p.rule for p in exc.value.problems}


def _audit(desk, action: str) -> list:  # noqa: ANN001
    with desk.sessions() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


def _trip(desk, who, start: date, days: int = 2, submit: bool = True) -> int:  # noqa: ANN001
    """A trip to 北京; one that started before today is a 补报 with its reason (TRAVEL-01)."""
    late = {"late_filing_reason": "临时通知参加培训，出发后补报"} if start < date.today() else {}
    return desk.travel.create_trip(who, {"purpose": "参加培训", "destinations": ["北京"], "start": start.isoformat(),
                                         "end": (start + timedelta(days=days - 1)).isoformat(), "transport": "train",
                                         **late}, submit=submit)


def _claim_input(start: date, days: int = 2) -> dict:
    return {"days": [{"date": (start + timedelta(days=i)).isoformat(), "region": "北京", "lodged": i < days - 1,
                      "lodging_invoice": "300.00" if i < days - 1 else None, "hosted": False, "own_vehicle": False}
                     for i in range(days)],
            "tickets": [{"mode": "train", "class": "二等座", "amount": "300.00"}], "attachments": 2}


def test_trip_chain_by_days_travel_02(desk, as_user):
    gy = as_user("gaoyuan")
    short = _trip(desk, gy, date.today() + timedelta(days=5), days=3)
    long = _trip(desk, gy, date.today() + timedelta(days=5), days=4)
    assert [s.position for s in desk.approvals.document(gy, short).steps] == ["leader_in_charge"]
    assert [s.position for s in desk.approvals.document(gy, long).steps] == ["director"]
    leader = desk.travel.create_trip(as_user("limh"), {"purpose": "调研", "destinations": ["县城"],
                                                       "start": "2026-12-01", "end": "2026-12-01", "transport": "unit_car"},
                                     submit=True)
    assert [s.position for s in desk.approvals.document(as_user("limh"), leader).steps] == ["director"]


def test_claim_refused_without_approved_trip_and_paid_by_cashier_after_approval(desk, as_user):
    gy = as_user("gaoyuan")
    start = date.today() - timedelta(days=10)
    trip = _trip(desk, gy, start)
    with pytest.raises(Refused) as exc:  # submitted, not approved
        desk.travel.create_claim(gy, trip, _claim_input(start))
    assert _rules(exc) == {"TRAVEL-01"}
    with pytest.raises(Refused) as exc:  # no trip at all
        desk.travel.create_claim(gy, 999999, _claim_input(start))
    assert "TRAVEL-01" in _rules(exc)
    desk.approvals.approve(as_user("limh"), trip, "同意")
    claim = desk.travel.create_claim(gy, trip, _claim_input(start), submit=True)
    view = desk.approvals.document(gy, claim)
    assert view.amount == Decimal("300.00") + Decimal("300.00") + Decimal("200.00") + Decimal("160.00")
    assert view.payload["quote"]["lines"] and all(ln["rule"] for ln in view.payload["quote"]["lines"])
    assert any("[TRAVEL-06]" in line for line in view.payload["breakdown"])
    assert [r["item"] for r in view.payload["cost_rows"]] == ["城市间交通费", "住宿费", "伙食补助费", "市内交通费"]
    with pytest.raises(Refused) as exc:
        desk.travel.record_payment(as_user("chenjing"), claim, "official_card", date.today())
    assert _rules(exc) == {"VOUCH-04"}
    desk.approvals.approve(as_user("wufang"), claim, "同意")
    desk.approvals.approve(as_user("wangjianguo"), claim, "同意")
    with pytest.raises(Refused) as exc:
        desk.travel.record_payment(as_user("wufang"), claim, "official_card", date.today())
    assert _rules(exc) == {"IC-03"}
    paid = desk.travel.record_payment(as_user("chenjing"), claim, "official_card", date.today(), reference="R1")
    assert paid.payer == "陈静"
    assert desk.approvals.document(gy, claim).payload["payment"]["method"] == "official_card"
    entries = [e for e in _audit(desk, "payment.record") if str(e.entity_id) == str(claim)]
    assert len(entries) == 1 and "陈静" in entries[0].actor and "official_card" in entries[0].after_json
    with pytest.raises(Refused) as exc:
        desk.travel.record_payment(as_user("chenjing"), claim, "official_card", date.today())
    assert _rules(exc) == {"VOUCH-04"}
    assert desk.audit.verify().ok


def test_late_claim_needs_explanation_travel_03(desk, as_user):
    hl = as_user("huanglei")
    start = date.today() - timedelta(days=40)
    trip = _trip(desk, hl, start)
    desk.approvals.approve(as_user("limh"), trip, "同意")
    with pytest.raises(Refused) as exc:
        desk.travel.create_claim(hl, trip, _claim_input(start))
    assert _rules(exc) == {"TRAVEL-03"}
    claim = desk.travel.create_claim(hl, trip, {**_claim_input(start), "late_explanation": "外派审计"}, submit=True)
    view = desk.approvals.document(hl, claim)
    assert view.category == "late" and "TRAVEL-03" in view.payload["late_text"]
    assert view.steps[0].position == "finance_head"


def test_missing_chain_falls_back_to_shipped_preset(desk, as_user):
    with desk.sessions.begin() as s:
        bureau = s.execute(select(Bureau)).scalars().first()
        data = json.loads(bureau.preset_json)
        del data["chains"]["meeting_plan"]
        bureau.preset_json = json.dumps(data, ensure_ascii=False)
    ly = as_user("liuyang")
    year = date.today().year + 1
    doc = desk.meetings.create_plan(ly, {"year": year, "late_explanation": "测试", "meetings": [
        {"name": "培训会", "category": 5, "delegates": 30, "staff": 2, "budget": "3000"}]}, submit=True)
    assert desk.approvals.document(ly, doc).state == "submitted"
    assert "meeting_plan" in desk.presets.preset(as_user("admin")).chains
    assert _audit(desk, "preset.chain_added")


def test_bureau_standards_editable(desk, as_user):
    admin = as_user("admin")
    plan = {"guest_unit": "市局", "letter_no": "函1", "guests": 2, "purpose": "调研", "start": "2026-12-01",
            "meals": [{"date": "2026-12-01", "meal_type": "table", "meal": "lunch", "guests": 2, "accompany": 1,
                       "amount": "390.00"}]}
    assert desk.reception.check_plan(as_user("linxiao"), plan) == []  # 130 a head < 150
    desk.presets.set_standards(admin, "reception", [{"meal_type": "table", "meal": "any", "amount": "120",
                                                     "limit": "max_exclusive"}])
    assert {p.rule for p in desk.reception.check_plan(as_user("linxiao"), plan)} == {"RECEP-05"}
    with pytest.raises(Refused):
        desk.presets.set_standards(admin, "reception", [{"meal_type": "banquet", "amount": "1"}])
    with pytest.raises(Refused):
        desk.presets.set_standards(as_user("wufang"), "reception", None)
    desk.presets.set_standards(admin, "reception", None)
    # Back to the shipped table: the demo bureau is on P-000, which ships no meal standards (issue 12,
    # TRAVEL-19): the meal is refused naming the standard to enter, not checked against Tongyu's.
    assert [p.code for p in desk.reception.check_plan(as_user("linxiao"), plan)] == ["meals[0].standard"]


def test_reception_letter_list_and_attachments(desk, as_user):
    lx = as_user("linxiao")
    with pytest.raises(Refused) as exc:
        desk.reception.create(lx, {"guest_unit": "市局", "letter_no": "", "guests": 11, "purpose": "调研",
                                   "start": "2026-12-01", "meals": [{"date": "2026-12-01", "meal_type": "buffet",
                                                                    "meal": "lunch", "guests": 11, "accompany": 4,
                                                                    "amount": "900"}]})
    assert _rules(exc) == {"RECEP-01", "RECEP-06"}
    yf = as_user("yangfan")  # need-to-know (SEC-03): the list is made on one's own reception
    rec = [d for d in desk.reception.approvals.documents(yf, kinds=["reception"]) if d.state == "submitted"][0]
    with pytest.raises(Refused) as exc:
        desk.reception.create_list(yf, rec.id, {"meals": [],
                                                "items": [{"name": "啤酒", "amount": "10", "category": "alcohol"}],
                                                "invoices": 0, "declaration": False})
    assert {"RECEP-02", "RECEP-07", "RECEP-10", "RECEP-12"} <= _rules(exc)


def test_vehicle_lead_time_and_dispatch(desk, as_user):
    gy = as_user("gaoyuan")
    tomorrow = date.today() + timedelta(days=1)
    data = {"purpose_key": "supervision", "purpose": "督导", "route": "局—市", "destination": "白城市",
            "long_distance": True, "passengers": 2, "departure": f"{tomorrow.isoformat()}T08:00"}
    if tomorrow.weekday() >= 5:
        data.update(filed_county_office=True, filed_bureau_office=True)
    with pytest.raises(Refused) as exc:
        desk.vehicles.create(gy, data)
    assert _rules(exc) == {"VEH-04"}
    v = desk.vehicles.create(gy, {**data, "urgent_reason": "突发检查"}, submit=True)
    with pytest.raises(Refused) as exc:
        desk.vehicles.dispatch(as_user("zhoumin"), v, {"vehicle": "车", "plate": "吉G1", "driver": "孙"})
    assert _rules(exc) == {"VEH-05"}  # not approved yet


def test_demo_shows_every_stage(desk, as_user):
    wf = as_user("wufang")
    claims = desk.approvals.documents(wf, kinds=["travel_claim"])
    assert any(c.payload.get("payment") for c in claims)
    assert any(c.payload.get("late") and c.state == "submitted" for c in claims)
    assert desk.approvals.documents(wf, kinds=["reception_list"], states=["approved"])
    vehicles = desk.approvals.documents(wf, kinds=["vehicle_request"])
    assert any(v.payload.get("holiday") for v in vehicles) and any(v.payload.get("dispatch") for v in vehicles)
    assert desk.approvals.documents(wf, kinds=["meeting_plan"], states=["approved"])
    assert desk.approvals.documents(wf, kinds=["meeting_claim"], states=["approved"])
    # the paid claim carries its signed sheet
    paid = next(c for c in claims if c.payload.get("payment"))
    assert desk.sheets.latest_pdf(wf, paid.id)[:4] == b"%PDF"


def test_spending_report_by_department_and_month(desk, as_user):
    from openpyxl import load_workbook

    wf = as_user("wufang")
    year = date.today().year
    data = desk.spending.export_xlsx(wf, year)
    book = load_workbook(BytesIO(data))
    assert book.sheetnames == ["按部门和月份", "公务接待费", "公务用车"]
    rows = list(book["按部门和月份"].iter_rows(min_row=4, values_only=True))
    month = date.today().strftime("%Y-%m")
    by = {(r[0], r[1]): r for r in rows}
    med = by[("医药服务管理股", month)]
    claim = [c for c in desk.approvals.documents(wf, kinds=["travel_claim"]) if c.payload.get("payment")][0]
    listed = desk.approvals.documents(wf, kinds=["reception_list"], states=["approved"])[0]
    assert Decimal(str(med[2])) == claim.amount  # travel
    assert Decimal(str(med[3])) == listed.amount  # reception
    assert Decimal(str(med[4])) == Decimal("450.00")  # the rented vehicle
    total = rows[-1]
    assert total[0] == "合计" and Decimal(str(total[6])).quantize(Decimal("0.01")) == sum(
        (Decimal(str(r[6])) for r in rows[:-1]), Decimal("0")).quantize(Decimal("0.01"))
    # Amounts are numbers formatted as money (the finance bureau sums them), not text.
    money_cell = book["按部门和月份"].cell(row=4, column=3)
    assert isinstance(money_cell.value, (int, float)) and money_cell.number_format == "#,##0.00"
    rec = list(book["公务接待费"].iter_rows(min_row=4, values_only=True))
    assert rec[0][3] == "市医疗保障局" and rec[0][5] == 4 and rec[0][6] == 2
    with pytest.raises(Refused):
        desk.spending.export_xlsx(as_user("gaoyuan"), year)
    assert desk.spending.print_pdf(wf, year)[:4] == b"%PDF"


def test_meeting_plan_and_report_xlsx(desk, as_user):
    from openpyxl import load_workbook

    wf = as_user("wufang")
    year = date.today().year
    plan = load_workbook(BytesIO(desk.spending.meeting_plan_xlsx(wf, desk.meetings, year))).active
    rows = list(plan.iter_rows(min_row=4, values_only=True))
    assert [r[1] for r in rows] == ["全县医保待遇政策培训会", "医保基金监管工作会议"]
    report = load_workbook(BytesIO(desk.spending.meeting_report_xlsx(wf, desk.meetings, year))).active
    rows = list(report.iter_rows(min_row=4, values_only=True))
    assert rows[0][1] == "全县医保待遇政策培训会" and rows[0][6] == 43 and rows[0][8] == 2616.0
    assert desk.spending.meeting_report_pdf(wf, desk.meetings, year)[:4] == b"%PDF"
