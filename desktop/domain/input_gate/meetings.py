"""Schemas for meeting input: the meeting approval, the claim after it and the annual plan."""

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, flag, line, money, optional_id, text, year
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["MeetingInput", "MeetingClaimInput", "PlannedMeetingInput", "MeetingPlanInput", "read_meeting",
           "read_meeting_claim", "read_meeting_plan", "MAX_MEETING_DAYS", "MAX_PEOPLE", "MEETING_LABELS"]

MAX_MEETING_DAYS = 60
MAX_PEOPLE = 10_000
MEETING_CEILING = Decimal("10000000")

MEETING_LABELS = {"": "会议信息", "name": "会议名称", "category": "会议类别", "content": "会议内容",
                  "start": "开始日期", "days": "会期天数", "travel_days": "报到离会天数", "venue": "会议地点",
                  "delegates": "代表人数", "staff": "工作人员人数", "lodging": "住宿费", "food": "伙食费",
                  "other": "其他费用", "briefing": "传达布置类", "mode": "会议形式", "county_delegates": "每单位代表人数",
                  "funding": "经费来源", "in_plan": "列入年度计划", "plan_id": "年度会议计划", "approval_ref": "上级批准文号", "meeting_id": "会议审批",
                  "approval_doc": "会议审批文件", "notice": "会议通知", "sign_in_sheet": "签到表", "bills": "费用明细单据",
                  "year": "年度", "meetings": "计划会议", "late_explanation": "逾期说明", "reason": "召开理由",
                  "when": "时间", "place": "地点", "leaders": "出席领导", "budget": "预算"}

_Count = count(0, MAX_PEOPLE)
_Money = money(MEETING_CEILING, nullable=True)  # empty: 0.00


class MeetingInput(GateModel):
    name: line(200) = ""
    category: count(0, 99) = 0
    content: text(2000) = ""
    start: day()
    days: count(0, MAX_MEETING_DAYS) = 1
    travel_days: count(0, 10) = 0
    venue: line(200) = ""
    delegates: _Count = 0
    staff: _Count = 0
    lodging: _Money = None
    food: _Money = None
    other: _Money = None
    briefing: flag() = False
    mode: line(20) = "onsite"
    county_delegates: _Count = 0
    funding: line(100) = "部门预算公用经费"
    in_plan: flag() = True
    plan_id: optional_id() = None
    approval_ref: line(100, nullable=True) = ""  # 上级批准文号 (MEET-02, categories 2–3)


class MeetingClaimInput(GateModel):
    meeting_id: optional_id() = None
    delegates: _Count = 0
    staff: _Count = 0
    lodging: _Money = None
    food: _Money = None
    other: _Money = None
    approval_doc: flag() = False
    notice: flag() = False
    sign_in_sheet: flag() = False
    bills: flag() = False


class PlannedMeetingInput(GateModel):
    name: line(200) = ""
    category: count(0, 99) = 0
    reason: text(500) = ""
    content: text(1000) = ""
    when: line(50) = ""
    place: line(200) = ""
    leaders: line(200) = ""
    delegates: _Count = 0
    staff: _Count = 0
    budget: _Money = None
    funding: line(100) = "部门预算公用经费"


class MeetingPlanInput(GateModel):
    year: year()
    meetings: list[PlannedMeetingInput] = Field(default_factory=list, max_length=200)
    late_explanation: text(1000) = ""


def _ctx(today: date | None) -> dict[str, Any] | None:
    return {"today": today} if today else None


def read_meeting(data: Any, today: date | None = None) -> tuple[MeetingInput | None, list[Problem]]:
    return check(MeetingInput, data, rule="MEET-02", prefix="meeting", labels=MEETING_LABELS, context=_ctx(today),
                 rules={"days": "MEET-04", "travel_days": "MEET-04", "delegates": "MEET-05", "staff": "MEET-05",
                        "lodging": "MEET-09", "food": "MEET-09", "other": "MEET-09"})


def read_meeting_claim(data: Any) -> tuple[MeetingClaimInput | None, list[Problem]]:
    return check(MeetingClaimInput, data, rule="MEET-11", prefix="meeting_claim", labels=MEETING_LABELS)


def read_meeting_plan(data: Any, today: date | None = None) -> tuple[MeetingPlanInput | None, list[Problem]]:
    return check(MeetingPlanInput, data, rule="MEET-02", prefix="meeting_plan", labels=MEETING_LABELS,
                 context=_ctx(today))
