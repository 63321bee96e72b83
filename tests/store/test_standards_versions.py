"""Standards with effective dates, stored in the bureau's preset (TRAVEL-19), through the services on
the demo bureau (P-000) — on SQLite and PostgreSQL.

- a claim that needs a figure the bureau has not entered is refused naming it and where to enter
  it, with the claim's other problems at once (TRAVEL-06/07, RECEP-05, MEET-09);
- the admin adds a version from a date: days before it keep the earlier figures;
- a submitted claim keeps the figures it was computed with: returned and submitted again after a
  back-dated change, it is neither recomputed nor refused (VOUCH-15).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services.base import Refused
from desktop.services.demo import DEMO_STANDARDS_SOURCE


def _doc(desk, user, kind, title_part):  # noqa: ANN001, ANN202
    return next(d for d in desk.approvals.documents(user, kinds=[kind]) if title_part in d.title)


def _shipped_p000(desk, admin, *tables):  # noqa: ANN001, ANN202
    for table in tables:  # back to the shipped P-000 tables: national rows, local ones not set
        desk.presets.set_standards(admin, table, None)


def test_demo_bureau_enters_its_own_marked_demonstration_figures_travel_19(desk):  # noqa: ANN001
    """TRAVEL-19: the demo (P-000) holds its figures as its own version, marked as demonstration."""
    admin = desk.act_as("admin")
    for table in ("travel", "reception", "meeting"):
        [version] = desk.presets.standards_versions(admin, table)
        assert version.source == DEMO_STANDARDS_SOURCE and "演示" in version.source


def test_p000_claim_with_a_local_figure_not_set_is_refused_naming_it_travel_06(desk):  # noqa: ANN001
    """TRAVEL-06/07: on P-000's shipped tables a night in the district is refused: "未设置“区内”住宿费
    标准 … 规则配置 → 标准 … 金区财发〔2017〕115号", together with the missing attachments (TRAVEL-11)."""
    admin, gao = desk.act_as("admin"), desk.act_as("gaoyuan")
    _shipped_p000(desk, admin, "travel")
    trip = _doc(desk, gao, "trip_approval", "北京")
    start = date.fromisoformat(trip.payload["start"])
    claim = {"days": [{"date": start.isoformat(), "region": "区内", "lodged": True, "lodging_invoice": "150.00",
                       "hosted": False, "own_vehicle": False}],
             "tickets": [{"mode": "coach", "class": "", "amount": "20.00", "allowed_fare": None}], "attachments": 0}
    pv = desk.travel.preview_claim(gao, trip.id, claim)
    rules = [p.rule for p in pv.problems]
    assert "TRAVEL-06" in rules and "TRAVEL-07" in rules and "TRAVEL-11" in rules
    text = " ".join(p.text for p in pv.problems)
    assert "未设置“区内”住宿费标准" in text and "规则配置 → 标准" in text and "金区财发〔2017〕115号" in text
    with pytest.raises(Refused) as refused:
        desk.travel.create_claim(gao, trip.id, claim)
    assert {"TRAVEL-06", "TRAVEL-07", "TRAVEL-11"} <= {p.rule for p in refused.value.problems}
    # Beijing is in the national table: no figure is missing there.
    claim["days"][0]["region"] = "北京"
    assert not [p for p in desk.travel.preview_claim(gao, trip.id, claim).problems if p.code.startswith("standards.")]


def test_p000_reception_and_meeting_not_set_are_refused_naming_them_recep_05_meet_09(desk):  # noqa: ANN001
    """RECEP-05 / MEET-09: P-000 ships no meal standards nor meeting caps (seed 000: 「公务接待范围按照区机关
    事务管理局相关规定执行」): a reception meal and a meeting are refused naming what to enter."""
    admin = desk.act_as("admin")
    _shipped_p000(desk, admin, "reception", "meeting")
    on = (date.today() + timedelta(days=5)).isoformat()
    problems = desk.reception.check_plan(desk.act_as("linxiao"), {
        "guest_unit": "市医疗保障局", "letter_no": "市医保函〔2026〕40号", "guests": 4, "purpose": "调研",
        "start": on, "end": on, "lodging": "self", "venue": "局机关职工食堂",
        "meals": [{"date": on, "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 5,
                   "amount": "200.00"}]})
    texts = [p.text for p in problems]
    assert any("未设置“自助餐午餐”接待用餐标准" in t and "规则配置 → 标准" in t for t in texts), texts
    assert "RECEP-06" in {p.rule for p in problems}  # the accompanying limit at the same time
    problems = desk.meetings.check(desk.act_as("yangfan"), {
        "name": "培训会", "category": 5, "content": "业务培训", "start": on, "days": 1, "travel_days": 0,
        "venue": "局三楼会议室", "delegates": 20, "staff": 2, "lodging": "0", "food": "800.00", "other": "0",
        "briefing": False, "in_plan": True, "funding": "部门预算公用经费"})
    meet = [p for p in problems if p.rule == "MEET-09"]
    assert meet and "未设置“五类会议”" in meet[0].text and "规则配置 → 标准" in meet[0].text
    assert not [p for p in problems if p.rule == "MEET-01"]  # not "类别须为一至五类"


def test_a_version_from_a_date_applies_from_that_day_travel_19(desk):  # noqa: ANN001
    """TRAVEL-19: 北京 meals 100 until the change, 120 from the second day of the trip: paid per day."""
    admin, gao = desk.act_as("admin"), desk.act_as("gaoyuan")
    trip = _doc(desk, gao, "trip_approval", "北京")
    start = date.fromisoformat(trip.payload["start"])
    rows = [dict(r) for r in desk.presets.standards_versions(admin, "travel")[-1].rows]
    for r in rows:
        if r["region"] == "北京":
            r["meal_allowance_yuan"] = "120.00"
    desk.presets.set_standards(admin, "travel", rows, effective=start + timedelta(days=1), source="测试文件〔2026〕1号")
    versions = desk.presets.standards_versions(admin, "travel")
    assert [v.effective for v in versions] == [None, start + timedelta(days=1)]
    claim = {"days": [{"date": (start + timedelta(days=i)).isoformat(), "region": "北京", "lodged": False,
                       "lodging_invoice": None, "hosted": False, "own_vehicle": False} for i in range(2)],
             "tickets": [], "attachments": 1}
    pv = desk.travel.preview_claim(gao, trip.id, claim)
    assert pv.quote.meals == Decimal("220.00")
    assert [u["meal_allowance_yuan"] for u in pv.standards_used] == ["100.00", "120.00"]


def _pending_user(desk, doc_id):  # noqa: ANN001, ANN202
    from desktop.services.demo import DEMO_PEOPLE

    for username, *_rest in DEMO_PEOPLE:
        user = desk.act_as(username)
        if any(d.id == doc_id for d in desk.approvals.pending_for(user)):
            return user
    raise AssertionError("nobody has the claim waiting")


def test_a_submitted_claim_keeps_its_figures_after_a_back_dated_change_travel_19(desk):  # noqa: ANN001
    """TRAVEL-19: 「县医疗保障局根据县政府差旅费管理办法变动情况适时调整」 — a change never changes a
    claim already submitted: returned and submitted again, it is computed with the figures it stored
    (before: refused with VOUCH-15 "报销金额与计算明细合计不符")."""
    admin, huang = desk.act_as("admin"), desk.act_as("huanglei")
    claim = _doc(desk, huang, "travel_claim", "异地就医")
    assert claim.state == "submitted" and claim.payload["standards_used"][0]["region"] == "吉林省内"
    amount = Decimal(claim.amount)
    trip = desk.approvals.document(huang, claim.payload["trip_id"])
    start = date.fromisoformat(trip.payload["start"])
    rows = [dict(r) for r in desk.presets.standards_versions(admin, "travel")[-1].rows]
    for r in rows:
        if r["region"] == "吉林省内":
            r["lodging_cap_yuan"], r["meal_allowance_yuan"] = "200.00", "80.00"
    desk.presets.set_standards(admin, "travel", rows, effective=start - timedelta(days=30))  # back-dated
    desk.approvals.return_(_pending_user(desk, claim.id), claim.id, ["请补充住宿发票原件"], "退回补充")
    desk.approvals.submit(huang, claim.id)
    again = desk.approvals.document(huang, claim.id)
    assert again.state == "submitted" and Decimal(again.amount) == amount
    # A new claim on the same days would use the new figures.
    stored = json.loads(json.dumps(again.payload["input"]))
    pv = desk.travel.preview_claim(huang, trip.id, {**stored, "attachments": 3, "late_explanation": "测试"})
    assert pv.quote.total < amount


def test_quote_with_p000_lists_the_missing_figures_travel_19(tmp_path):  # noqa: ANN001
    """TRAVEL-19: `desktop travel quote --preset P-000` names the figures not set (exit 1)."""
    trip = {"days": [{"date": "2026-05-04", "region": "区内", "lodged": True, "lodging_invoice": "150.00",
                      "hosted": False, "own_vehicle": False}], "tickets": []}
    run = subprocess.run([sys.executable, "-m", "desktop", "travel", "quote", "--preset", "P-000"],
                         input=json.dumps(trip), capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    data = json.loads(run.stdout)
    assert any("未设置“区内”住宿费标准" in p["text"] and p["rule"] == "TRAVEL-06" for p in data["problems"])
    trip["days"][0]["region"] = "北京"
    run = subprocess.run([sys.executable, "-m", "desktop", "travel", "quote", "--preset", "P-000"],
                         input=json.dumps(trip), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and json.loads(run.stdout)["problems"] == []


def test_a_submitted_reception_list_keeps_its_meal_standards_recep_05(desk):  # noqa: ANN001
    """RECEP-05 with TRAVEL-19: the reception list stores the meal standards it was checked with; its
    check after submission uses them, so a back-dated lower standard does not refuse it again."""
    admin, lin = desk.act_as("admin"), desk.act_as("linxiao")
    lst = next(d for d in desk.approvals.documents(lin, kinds=["reception_list"]))
    assert lst.payload["standards_used"]["rows"]
    desk.presets.set_standards(admin, "reception", [{"meal_type": "buffet", "meal": "any", "amount": "10",
                                                     "limit": "max_inclusive"}], effective=date(2000, 1, 1))
    svc = desk.reception
    with svc.reading() as session:
        now = {p.code for p in svc._list_problems(session, lin, lst.payload)[1]}
        kept = {p.code for p in svc._list_problems(session, lin, lst.payload, pin=True)[1]}
    assert "meals[0].over_standard" in now and "meals[0].over_standard" not in kept
