"""Meetings (MEET-*): the caps, the annual plan and the printed payloads of
desktop/domain/meetings/meeting.py that mutation testing (docs/mutation.md) found unchecked; each
test names the rule it checks. Figures: the default category table (Tongyu, 001)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.meetings.meeting import (
    MODES,
    Meeting,
    MeetingClaim,
    MeetingPlan,
    PlannedMeeting,
    cap_problems,
    meeting_claim_from_payload,
    meeting_from_payload,
    plan_deadline,
    plan_from_payload,
    report_deadline,
    report_problems,
    sum_rows,
)
from desktop.domain.meetings.standards import DEFAULT_MEETING_ROWS, meeting_standards_from_rows

D = Decimal
STD = meeting_standards_from_rows(DEFAULT_MEETING_ROWS)


def codes(problems):  # noqa: ANN001, ANN201
    return sorted(p.code for p in problems)


def meeting(**kw):  # noqa: ANN003, ANN201
    base = dict(name="全县医保工作会", category=4, content="部署年度工作", start=date(2026, 6, 10), days=1,
                travel_days=1, venue="局三楼会议室", delegates=40, staff=2, lodging=D("0.00"), food=D("2000.00"),
                other=D("500.00"))
    base.update(kw)
    return Meeting(**base)


def claim(**kw):  # noqa: ANN003, ANN201
    base = dict(meeting_id=3, delegates=40, staff=2, lodging=D("0.00"), food=D("2000.00"), other=D("500.00"),
                approval_doc=True, notice=True, sign_in_sheet=True, bills=True)
    base.update(kw)
    return MeetingClaim(**base)


def planned(category=4, delegates=40, staff=2, budget="2500.00"):  # noqa: ANN001, ANN201
    return PlannedMeeting("医保工作会", category, "年度部署", "部署", "6月", "局会议室", "局长", delegates, staff,
                          D(budget), "部门预算公用经费")


# MEET-04/05: exactly at the maximum passes, one over is refused -------------------------------
def test_meeting_at_exactly_its_maximum_days_people_and_delegates_meet04_meet05():
    """Category 4 (001): briefing meetings at most 1 day, arrival and departure at most 1 day, at most
    120 people, staff at most 5 % of delegates, at most 1 delegate per county unit (AMB-10)."""
    at_max = meeting(briefing=True, days=1, travel_days=1, delegates=100, staff=5, county_delegates=1,
                     food=D("60000.00"), other=D("0.00"))
    assert at_max.problems(STD) == []
    over = meeting(briefing=True, days=2, travel_days=2, delegates=115, staff=6, county_delegates=2,
                   food=D("0.00"), other=D("0.00"))
    out = over.problems(STD)
    assert codes(out) == ["meeting.county_delegates", "meeting.days", "meeting.people", "meeting.staff",
                          "meeting.travel_days"]
    texts = {p.code: p.text for p in out}
    assert texts["meeting.people"] == "四类会议参会人员不得超过120人（本次121人）"
    assert texts["meeting.staff"] == "四类会议工作人员不得超过会议代表人数的5%（代表115人，工作人员6人）"
    assert texts["meeting.days"] == "四类会议传达、布置类会议会期不得超过1天"
    assert texts["meeting.travel_days"] == "四类会议报到和离开时间合计不得超过1天"
    assert "1人以内" in texts["meeting.county_delegates"]
    assert meeting(days=3, briefing=False).problems(STD) == []  # only briefing meetings are held to 1 day


def test_meeting_cap_per_person_day_at_its_edge_meet09():
    """MEET-09: the comprehensive cap × person-days (delegates and staff over meeting and travel days)."""
    m = meeting(delegates=40, staff=2, days=1, travel_days=1)  # 84 person-days × 300 = 25,200
    assert m.person_days == 84
    assert meeting(food=D("25200.00"), other=D("0.00")).problems(STD) == []
    out = meeting(food=D("25200.00"), other=D("0.01")).problems(STD)
    assert codes(out) == ["meeting.cap"]
    assert out[0].text == "会议费25200.01元超过综合定额300元/人天×84人天=25200.00元"
    assert meeting(category=1, food=D("999999.00")).problems(STD) == []  # category 1: set separately


def test_days_category_and_text_fields_meet01_meet02_meet06_meet07():
    out = meeting(days=0, name=" ", venue="", mode="radio").problems(STD)
    assert codes(out) == ["meeting.days", "meeting.mode", "meeting.name", "meeting.venue"]
    assert {p.rule for p in out} == {"MEET-02", "MEET-04", "MEET-06", "MEET-07"}
    assert codes(meeting(content="").problems(STD)) == ["meeting.name"]
    assert codes(meeting(category=6).problems(STD)) == ["meeting.category"]
    assert cap_problems(0, 1, 0, 1, 0, D(0), D(0), D(0), STD, briefing=False, field="x")[0].code == "x.category"
    assert meeting(mode="video").problems(STD) == []


def test_meetings_per_year_meet03():
    assert meeting(category=4).problems(STD, held_this_year=1) == []
    out = meeting(category=4).problems(STD, held_this_year=2)
    assert codes(out) == ["meeting.per_year"] and out[0].text == "四类会议每年不超过2次（本年已有2次）"
    assert meeting(category=2).problems(STD, held_this_year=50) == []


def test_meeting_printed_payload_f12():
    m = meeting(briefing=True, mode="video", county_delegates=1, plan_id=9, approval_ref="通政办函〔2026〕3号")
    pay = m.to_payload()
    assert pay["meeting_class"] == "四类会议" and pay["mode_label"] == MODES["video"]
    assert pay["attendees"] == "代表40人，工作人员2人"
    assert pay["schedule"] == "2026-06-10 会期1天，报到离会1天"
    assert pay["budget_text"] == "住宿¥0.00＋伙食¥2,000.00＋其他¥500.00＝¥2,500.00（84人天）"
    assert (pay["lodging"], pay["food"], pay["other"]) == ("0.00", "2000.00", "500.00")
    assert (pay["plan_id"], pay["approval_ref"], pay["county_delegates"]) == (9, "通政办函〔2026〕3号", 1)
    assert (pay["briefing"], pay["in_plan"], pay["start"], pay["days"]) == (True, True, "2026-06-10", 1)
    assert (pay["name"], pay["category"], pay["venue"], pay["delegates"], pay["staff"]) == (
        "全县医保工作会", 4, "局三楼会议室", 40, 2)
    assert pay["funding"] == "部门预算公用经费" and pay["travel_days"] == 1 and pay["content"] == "部署年度工作"
    assert m.budget == D("2500.00")


# MEET-11: the claim after the meeting --------------------------------------------------------
def test_claim_needs_an_approved_planned_meeting_and_every_attachment_meet11():
    assert codes(claim().problems(None, None, STD)) == ["meeting_claim.no_meeting"]
    assert codes(claim().problems(meeting(), None, STD)) == ["meeting_claim.no_meeting"]
    assert claim().problems(meeting(), "approved", STD) == []
    assert claim().problems(meeting(), "archived", STD) == []
    out = claim(approval_doc=False, sign_in_sheet=False).problems(meeting(in_plan=False), "submitted", STD)
    assert codes(out) == ["meeting_claim.attachments", "meeting_claim.not_approved", "meeting_claim.not_in_plan"]
    assert out[2].text == "会议费报销须附：会议审批文件、实际参会人员签到表"
    out = claim(notice=False, bills=False).problems(meeting(), "approved", STD)
    assert out[0].text == "会议费报销须附：会议通知、费用原始明细单据"


def test_claim_is_capped_on_the_people_signed_in_meet09():
    assert claim(food=D("25200.00"), other=D("0.00")).problems(meeting(), "approved", STD) == []
    out = claim(delegates=20, staff=1, food=D("25200.00"), other=D("0.00")).problems(meeting(), "approved", STD)
    assert codes(out) == ["meeting_claim.cap"]
    # A one-day briefing meeting over its days is judged at approval, not again on the claim.
    assert claim().problems(meeting(days=0), "approved", STD) == []


def test_claim_printed_payload_meet11():
    pay = claim(sign_in_sheet=False).to_payload()
    assert pay["attachments"] == 3 and pay["attendees"] == "代表40人，工作人员2人（签到）"
    assert pay["cost_text"] == "住宿¥0.00＋伙食¥2,000.00＋其他¥500.00＝¥2,500.00"
    assert (pay["meeting_id"], pay["delegates"], pay["staff"], pay["food"]) == (3, 40, 2, "2000.00")
    assert (pay["approval_doc"], pay["notice"], pay["sign_in_sheet"], pay["bills"]) == (True, True, False, True)
    assert (pay["lodging"], pay["other"]) == ("0.00", "500.00")
    assert claim().total == D("2500.00")


# MEET-02/03/05: the annual plan --------------------------------------------------------------
def test_plan_deadline_and_report_deadline_meet02_meet15():
    assert plan_deadline(2027) == date(2026, 10, 31)
    assert report_deadline(2026) == date(2027, 3, 31)
    assert report_problems(2026, date(2027, 3, 31)) == []
    out = report_problems(2026, date(2027, 4, 1))
    assert codes(out) == ["meeting_report.late"] and out[0].text == "2026年会议计划执行情况应于2027-03-31前报县财政局"


def test_annual_plan_category_3_and_4_counts_meet03():
    """MEET-03 (001): category 3 at most once a year, category 4 at most twice."""
    at_max = MeetingPlan(2027, (planned(3), planned(4), planned(4), planned(5), planned(5), planned(5)))
    assert at_max.problems(STD, date(2026, 10, 31)) == []
    over = MeetingPlan(2027, (planned(3), planned(3), planned(4), planned(4), planned(4)))
    out = over.problems(STD, date(2026, 10, 1))
    assert codes(out) == ["meeting_plan.category3", "meeting_plan.category4"]
    assert out[0].text == "三类会议每年不超过1次（计划2次）" and out[1].text == "四类会议每年不超过2次（计划3次）"


def test_annual_plan_deadline_people_and_categories_meet02_meet05_meet01():
    late = MeetingPlan(2027, (planned(),))
    assert codes(late.problems(STD, date(2026, 11, 1))) == ["meeting_plan.late"]
    assert late.problems(STD, date(2026, 10, 31)) == []
    assert MeetingPlan(2027, (planned(),), "预算调整").problems(STD, date(2026, 11, 1)) == []
    assert codes(MeetingPlan(2027, ()).problems(STD, date(2026, 1, 1))) == ["meeting_plan.empty"]
    out = MeetingPlan(2027, (planned(9), planned(4, delegates=118, staff=3), planned(4, delegates=118, staff=2))
                      ).problems(STD, date(2026, 1, 1))
    assert codes(out) == ["meeting_plan[0].category", "meeting_plan[1].people"]
    assert out[1].text == "第2项：参会人员超过120人" and out[0].text == "第1项：会议类别须为一至五类"


def test_annual_plan_printed_payload_f13():
    p = MeetingPlan(2027, (planned(4, budget="2500.00"), planned(5, budget="1000.50")))
    assert p.budget == D("3500.50")
    pay = p.to_payload()
    assert pay["plan_year"] == "2027年" and pay["deadline"] == "2026-10-31（MEET-02）" and pay["count"] == "2个"
    lines = pay["plan_lines"].split("\n")
    assert lines[0] == "1. 医保工作会（四类会议）6月 局会议室 代表40人 工作人员2人 预算2500.00元 部门预算公用经费"
    assert lines[1].startswith("2. 医保工作会（五类会议）")
    assert pay["meetings"][1]["budget"] == "1000.50" and pay["meetings"][0]["category"] == 4
    assert pay["meetings"][0] == {"name": "医保工作会", "category": 4, "reason": "年度部署", "content": "部署",
                                  "when": "6月", "place": "局会议室", "leaders": "局长", "delegates": 40, "staff": 2,
                                  "budget": "2500.00", "funding": "部门预算公用经费"}
    assert pay["year"] == 2027 and pay["late_explanation"] == ""


# The payload readers and record sums ---------------------------------------------------------
def test_meeting_from_payload_reads_every_field_meet02():
    data = {"name": "全县医保工作会", "category": 4, "content": "部署", "start": "2026-06-10", "days": 1,
            "travel_days": 1, "venue": "局会议室", "delegates": 40, "staff": 2, "food": "2000.00",
            "briefing": True, "mode": "video", "county_delegates": 1, "approval_ref": " 通政办函〔2026〕3号 "}
    m, problems = meeting_from_payload(data, today=date(2026, 6, 1))
    assert problems == [] and m is not None
    assert (m.lodging, m.food, m.other) == (D("0.00"), D("2000.00"), D("0.00"))
    assert (m.category, m.days, m.delegates, m.staff, m.mode, m.briefing) == (4, 1, 40, 2, "video", True)
    assert m.approval_ref == "通政办函〔2026〕3号" and m.county_delegates == 1 and m.start == date(2026, 6, 10)
    assert m.venue == "局会议室" and m.travel_days == 1 and m.name == "全县医保工作会" and m.content == "部署"
    none, problems = meeting_from_payload({"category": "x"}, today=date(2026, 6, 1))
    assert none is None and problems


def test_meeting_claim_and_plan_from_payload_meet11_meet02():
    c, problems = meeting_claim_from_payload({"meeting_id": 3, "delegates": 40, "staff": 2, "lodging": "10.00",
                                              "approval_doc": True, "notice": True, "sign_in_sheet": True,
                                              "bills": False})
    assert problems == [] and c is not None
    assert (c.meeting_id, c.delegates, c.staff, c.lodging, c.food, c.other) == (3, 40, 2, D("10.00"), D("0"), D("0"))
    assert (c.approval_doc, c.notice, c.sign_in_sheet, c.bills) == (True, True, True, False)
    assert meeting_claim_from_payload({"delegates": "x"})[0] is None
    p, problems = plan_from_payload({"year": 2027, "meetings": [
        {"name": "医保工作会", "category": 4, "reason": "年度部署", "content": "部署", "when": "6月", "place": "局会议室",
         "leaders": "局长", "delegates": 40, "staff": 2, "budget": "2500.00", "funding": "部门预算公用经费"}],
        "late_explanation": "预算调整"}, today=date(2026, 11, 2))
    assert problems == [] and p is not None
    assert p.year == 2027 and p.meetings == (planned(),) and p.late_explanation == "预算调整"
    assert plan_from_payload({"year": "x"}, today=date(2026, 1, 1))[0] is None


@pytest.mark.parametrize("rows, total", [([], "0.00"), ([{"a": "1.50"}, {"a": None}, {"a": ""}, {"b": "9"}], "1.50"),
                                         ([{"a": "1.50"}, {"a": 2.25}], "3.75")])
def test_sum_rows_adds_exact_amounts_vouch15(rows, total):
    assert sum_rows(rows, "a") == D(total)


def test_stored_meeting_claim_and_plan_read_back_unchanged_meet02_meet11():
    """What a meeting record stores (to_payload) reads back as the same approval, claim and plan."""
    m = meeting(briefing=True, mode="video", county_delegates=1, approval_ref="通政办函〔2026〕3号",
                lodging=D("100.00"), in_plan=True)
    again, problems = meeting_from_payload(m.to_payload(), today=date(2026, 6, 1))
    assert problems == [] and again == m
    c = claim(lodging=D("10.00"), notice=False)
    assert meeting_claim_from_payload(c.to_payload()) == (c, [])
    p = MeetingPlan(2027, (planned(4), planned(5, budget="1000.50")), "预算调整")
    assert plan_from_payload(p.to_payload(), today=date(2026, 11, 2)) == (p, [])


def test_every_refusal_names_its_rule_and_says_why_meet01_meet02_meet11():
    """Each refusal a user reads: its rule ID, its code and its words."""
    got = claim().problems(None, None, STD) + claim().problems(meeting(in_plan=False), "submitted", STD)
    got += MeetingPlan(2027, ()).problems(STD, date(2026, 11, 1))
    got += MeetingPlan(2027, (planned(7), planned(5, delegates=50, staff=1))).problems(STD, date(2026, 1, 1))
    assert [(p.rule, p.code, p.text) for p in got] == [
        ("MEET-11", "meeting_claim.no_meeting", "会议费报销须关联会议审批"),
        ("MEET-11", "meeting_claim.not_approved", "会议审批尚未通过"),
        ("MEET-11", "meeting_claim.not_in_plan", "未列入年度会议计划的会议费不予报销"),
        ("MEET-02", "meeting_plan.empty", "年度会议计划中没有会议"),
        ("MEET-02", "meeting_plan.late", "2027年会议计划应于2026-10-31前报批；逾期须说明原因"),
        ("MEET-01", "meeting_plan[0].category", "第1项：会议类别须为一至五类"),
        ("MEET-05", "meeting_plan[1].people", "第2项：参会人员超过50人"),
    ]


def test_unknown_category_and_mode_print_as_stored_meet01():
    pay = meeting(category=9, mode="radio").to_payload()
    assert pay["meeting_class"] == "9" and pay["mode_label"] == "radio"
    assert planned(9).text().startswith("医保工作会（）6月")


def test_claim_payload_defaults_and_amounts_meet11():
    c, problems = meeting_claim_from_payload({"delegates": 40, "staff": 2, "food": "2000.00", "other": "500.00"})
    assert problems == [] and c.meeting_id == 0 and (c.food, c.other) == (D("2000.00"), D("500.00"))
    assert str(sum_rows([], "a")) == "0.00"


def test_every_approval_refusal_says_why_meet01_meet02_meet04_meet06_meet07():
    got = meeting(name="", venue=" ", mode="radio", days=0).problems(STD) + meeting(category=0).problems(STD)
    assert [(p.rule, p.code, p.text) for p in got] == [
        ("MEET-02", "meeting.name", "请填写会议名称和内容"),
        ("MEET-07", "meeting.venue", "请填写会议地点（定点饭店或内部会议室）"),
        ("MEET-06", "meeting.mode", "会议形式须为现场会议或电视电话会议"),
        ("MEET-04", "meeting.days", "会期须至少1天"),
        ("MEET-01", "meeting.category", "会议类别须为一至五类"),
    ]
    county = meeting(county_delegates=2).problems(STD)
    assert [(p.rule, p.code) for p in county] == [("MEET-05", "meeting.county_delegates")]


def test_exactly_the_maximum_people_passes_meet05():
    """MEET-05 category 4: at most 120 people — 115 delegates and 5 staff (5 %) are allowed."""
    assert meeting(delegates=115, staff=5, food=D("0.00"), other=D("0.00")).problems(STD) == []
    plan = MeetingPlan(2027, (planned(4, delegates=115, staff=5),))
    assert plan.problems(STD, date(2026, 1, 1)) == []


def test_a_claim_is_not_held_to_the_county_delegate_limit_amb10():
    """AMB-10 is judged on the approval (delegates per invited unit), not on the claim's sign-in."""
    rows = [dict(r, max_county_delegates=0) if r["category"] == 4 else r for r in DEFAULT_MEETING_ROWS]
    strict = meeting_standards_from_rows(rows)
    assert claim().problems(meeting(), "approved", strict) == []
    assert [p.code for p in meeting(county_delegates=1).problems(strict)] == ["meeting.county_delegates"]


def test_a_meeting_and_a_plan_far_from_today_are_refused_and_the_plan_link_kept_meet02():
    """MEET-02: the meeting's date is read against today (a date years away is a typing error, refused with
    the window), and the plan the meeting belongs to is kept."""
    m = meeting(in_plan=True, plan_id=7)
    again, problems = meeting_from_payload(m.to_payload(), today=date(2026, 6, 1))
    assert problems == [] and again.plan_id == 7
    _, problems = meeting_from_payload(m.to_payload(), today=date(2046, 6, 1))
    assert problems and all(p.rule == "MEET-02" for p in problems) and "超出合理范围" in problems[0].text
