"""Meetings (会议): the approval with its category and caps, the claim after it, the annual plan
(F-13, by end of October, MEET-02) and the annual report of meetings held (F-15, by end of
March, MEET-15).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.money import format_amount, record_amount
from desktop.domain.meetings.standards import CATEGORY_LABELS, MeetingStandards

__all__ = ["Meeting", "MeetingClaim", "PlannedMeeting", "MeetingPlan", "plan_deadline", "report_deadline",
           "report_problems", "meeting_from_payload", "meeting_claim_from_payload", "plan_from_payload", "MODES"]

ZERO = Decimal("0.00")
MODES = {"onsite": "现场会议", "video": "电视电话会议"}


_money = record_amount  # RECEP/VEH/MEET amounts: exact, two places (desktop.domain.money)


def plan_deadline(year: int) -> date:
    """MEET-02: next year's plan by the end of October."""
    return date(year - 1, 10, 31)


def report_deadline(year: int) -> date:
    """MEET-15: the report on ``year``'s meetings by the end of March of the next year."""
    return date(year + 1, 3, 31)


def cap_problems(category: int, delegates: int, staff: int, days: int, travel_days: int, lodging: Decimal,
                 food: Decimal, other: Decimal, standards: MeetingStandards, *, briefing: bool,
                 county_delegates: int = 0, field: str = "meeting") -> list[Problem]:
    out: list[Problem] = []
    std = standards.of(category)
    if std is None:
        return [Problem("MEET-01", f"{field}.category", "会议类别须为一至五类")]
    name = CATEGORY_LABELS[category]
    if days < 1:
        out.append(Problem("MEET-04", f"{field}.days", "会期须至少1天"))
    if briefing and std.max_days is not None and days > std.max_days:
        out.append(Problem("MEET-04", f"{field}.days", f"{name}传达、布置类会议会期不得超过{std.max_days}天"))
    if std.max_travel_days is not None and travel_days > std.max_travel_days:
        out.append(Problem("MEET-04", f"{field}.travel_days", f"{name}报到和离开时间合计不得超过{std.max_travel_days}天"))
    people = delegates + staff
    if std.max_people is not None and people > std.max_people:
        out.append(Problem("MEET-05", f"{field}.people", f"{name}参会人员不得超过{std.max_people}人（本次{people}人）"))
    if std.staff_share is not None and staff > delegates * std.staff_share:
        out.append(Problem("MEET-05", f"{field}.staff",
                           f"{name}工作人员不得超过会议代表人数的{(std.staff_share * 100).normalize()}%（代表{delegates}人，工作人员{staff}人）"))
    if std.max_county_delegates is not None and county_delegates > std.max_county_delegates:
        out.append(Problem("MEET-05", f"{field}.county_delegates",
                           f"{name}每单位会议代表控制在{std.max_county_delegates}人以内（AMB-10）"))
    total = lodging + food + other
    if std.total is not None:  # category 1's standard is set separately (MEET-09): no cap here
        person_days = people * (days + travel_days)
        cap = (std.total * person_days).quantize(Decimal("0.01"))
        if total > cap:
            out.append(Problem("MEET-09", f"{field}.cap",
                               f"会议费{total}元超过综合定额{std.total}元/人天×{person_days}人天={cap}元"))
    return out


@dataclass(frozen=True)
class Meeting:
    """The meeting approval (会议审批), before the meeting."""

    name: str
    category: int
    content: str
    start: date
    days: int
    travel_days: int
    venue: str
    delegates: int
    staff: int
    lodging: Decimal
    food: Decimal
    other: Decimal
    briefing: bool = False
    mode: str = "onsite"
    county_delegates: int = 0
    funding: str = "部门预算公用经费"
    in_plan: bool = True
    plan_id: int | None = None
    approval_ref: str = ""  # 上级批准文号: categories 2–3 are approved by 县委/县政府 (MEET-02, issue 12)

    @property
    def budget(self) -> Decimal:
        return self.lodging + self.food + self.other

    @property
    def person_days(self) -> int:
        """The cap's base (AMB-11): everyone signed in, delegates and staff, over meeting and travel days."""
        return (self.delegates + self.staff) * (self.days + self.travel_days)

    def problems(self, standards: MeetingStandards, *, held_this_year: int = 0) -> list[Problem]:
        out: list[Problem] = []
        if not self.name.strip() or not self.content.strip():
            out.append(Problem("MEET-02", "meeting.name", "请填写会议名称和内容"))
        if not self.venue.strip():
            out.append(Problem("MEET-07", "meeting.venue", "请填写会议地点（定点饭店或内部会议室）"))
        if self.mode not in MODES:
            out.append(Problem("MEET-06", "meeting.mode", "会议形式须为现场会议或电视电话会议"))
        out += cap_problems(self.category, self.delegates, self.staff, self.days, self.travel_days, self.lodging,
                            self.food, self.other, standards, briefing=self.briefing,
                            county_delegates=self.county_delegates)
        std = standards.of(self.category)
        if std is not None and std.max_per_year is not None and held_this_year + 1 > std.max_per_year:
            out.append(Problem("MEET-03", "meeting.per_year",
                               f"{CATEGORY_LABELS[self.category]}每年不超过{std.max_per_year}次（本年已有{held_this_year}次）"))
        return out

    def to_payload(self) -> dict[str, Any]:
        return {"name": self.name, "category": self.category, "content": self.content, "start": self.start.isoformat(),
                "days": self.days, "travel_days": self.travel_days, "venue": self.venue, "delegates": self.delegates,
                "staff": self.staff, "lodging": str(self.lodging), "food": str(self.food), "other": str(self.other),
                "briefing": self.briefing, "mode": self.mode, "county_delegates": self.county_delegates,
                "funding": self.funding, "in_plan": self.in_plan, "plan_id": self.plan_id,
                "approval_ref": self.approval_ref,
                # printed
                "meeting_class": CATEGORY_LABELS.get(self.category, str(self.category)), "attendees":
                    f"代表{self.delegates}人，工作人员{self.staff}人", "mode_label": MODES.get(self.mode, self.mode),
                "schedule": f"{self.start.isoformat()} 会期{self.days}天，报到离会{self.travel_days}天",
                "budget_text": f"{_sum_text(self.lodging, self.food, self.other, self.budget)}（{self.person_days}人天）"}


@dataclass(frozen=True)
class MeetingClaim:
    """The meeting-cost claim after the meeting (MEET-09 on the actual figures, MEET-11)."""

    meeting_id: int
    delegates: int  # signed in
    staff: int
    lodging: Decimal
    food: Decimal
    other: Decimal
    approval_doc: bool
    notice: bool
    sign_in_sheet: bool
    bills: bool

    @property
    def total(self) -> Decimal:
        return self.lodging + self.food + self.other

    def problems(self, meeting: Meeting | None, meeting_state: str | None, standards: MeetingStandards) -> list[Problem]:
        out: list[Problem] = []
        if meeting is None or meeting_state is None:
            return [Problem("MEET-11", "meeting_claim.no_meeting", "会议费报销须关联会议审批")]
        if meeting_state not in ("approved", "archived"):
            out.append(Problem("MEET-11", "meeting_claim.not_approved", "会议审批尚未通过"))
        if not meeting.in_plan:
            out.append(Problem("MEET-11", "meeting_claim.not_in_plan", "未列入年度会议计划的会议费不予报销"))
        missing = [n for n, ok in (("会议审批文件", self.approval_doc), ("会议通知", self.notice),
                                   ("实际参会人员签到表", self.sign_in_sheet), ("费用原始明细单据", self.bills)) if not ok]
        if missing:
            out.append(Problem("MEET-11", "meeting_claim.attachments", f"会议费报销须附：{'、'.join(missing)}"))
        out += cap_problems(meeting.category, self.delegates, self.staff, meeting.days, meeting.travel_days,
                            self.lodging, self.food, self.other, standards, briefing=False, field="meeting_claim")
        return [p for p in out if p.code != "meeting_claim.days"]

    def to_payload(self) -> dict[str, Any]:
        return {"meeting_id": self.meeting_id, "delegates": self.delegates, "staff": self.staff,
                "lodging": str(self.lodging), "food": str(self.food), "other": str(self.other),
                "approval_doc": self.approval_doc, "notice": self.notice, "sign_in_sheet": self.sign_in_sheet,
                "bills": self.bills, "attachments": sum((self.approval_doc, self.notice, self.sign_in_sheet, self.bills)),
                "attendees": f"代表{self.delegates}人，工作人员{self.staff}人（签到）",
                "cost_text": _sum_text(self.lodging, self.food, self.other, self.total)}


@dataclass(frozen=True)
class PlannedMeeting:
    name: str
    category: int
    reason: str
    content: str
    when: str
    place: str
    leaders: str
    delegates: int
    staff: int
    budget: Decimal
    funding: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "category": self.category, "reason": self.reason, "content": self.content,
                "when": self.when, "place": self.place, "leaders": self.leaders, "delegates": self.delegates,
                "staff": self.staff, "budget": str(self.budget), "funding": self.funding}

    def text(self) -> str:
        return (f"{self.name}（{CATEGORY_LABELS.get(self.category, '')}）{self.when} {self.place} "
                f"代表{self.delegates}人 工作人员{self.staff}人 预算{self.budget}元 {self.funding}")


@dataclass(frozen=True)
class MeetingPlan:
    """The annual meeting plan (年度会议计划, F-13) for ``year``."""

    year: int
    meetings: tuple[PlannedMeeting, ...]
    late_explanation: str = ""

    @property
    def budget(self) -> Decimal:
        return sum((m.budget for m in self.meetings), ZERO)

    def problems(self, standards: MeetingStandards, submitted_on: date) -> list[Problem]:
        out: list[Problem] = []
        if not self.meetings:
            out.append(Problem("MEET-02", "meeting_plan.empty", "年度会议计划中没有会议"))
        deadline = plan_deadline(self.year)
        if submitted_on > deadline and not self.late_explanation.strip():
            out.append(Problem("MEET-02", "meeting_plan.late",
                               f"{self.year}年会议计划应于{deadline.isoformat()}前报批；逾期须说明原因"))
        for cat, limit in ((c, standards.of(c).max_per_year) for c in (3, 4) if standards.of(c)):
            n = sum(1 for m in self.meetings if m.category == cat)
            if limit is not None and n > limit:
                out.append(Problem("MEET-03", f"meeting_plan.category{cat}",
                                   f"{CATEGORY_LABELS[cat]}每年不超过{limit}次（计划{n}次）"))
        for i, m in enumerate(self.meetings):
            std = standards.of(m.category)
            if std is None:
                out.append(Problem("MEET-01", f"meeting_plan[{i}].category", f"第{i + 1}项：会议类别须为一至五类"))
                continue
            if std.max_people is not None and m.delegates + m.staff > std.max_people:
                out.append(Problem("MEET-05", f"meeting_plan[{i}].people", f"第{i + 1}项：参会人员超过{std.max_people}人"))
        return out

    def to_payload(self) -> dict[str, Any]:
        return {"year": self.year, "meetings": [m.to_dict() for m in self.meetings],
                "late_explanation": self.late_explanation,
                "plan_lines": "\n".join(f"{i + 1}. {m.text()}" for i, m in enumerate(self.meetings)),
                "plan_year": f"{self.year}年", "deadline": f"{plan_deadline(self.year).isoformat()}（MEET-02）",
                "count": f"{len(self.meetings)}个"}


def report_problems(year: int, today: date) -> list[Problem]:
    d = report_deadline(year)
    if today > d:
        return [Problem("MEET-15", "meeting_report.late", f"{year}年会议计划执行情况应于{d.isoformat()}前报县财政局")]
    return []


def _z(amount: Decimal | None) -> Decimal:
    return ZERO if amount is None else amount


def _sum_text(lodging: Decimal, food: Decimal, other: Decimal, total: Decimal) -> str:
    """住宿¥0.00＋伙食¥2,200.00＋其他¥500.00＝¥2,700.00 (the printed money style)."""
    y = lambda amount: format_amount(amount, symbol=True)  # noqa: E731
    return f"住宿{y(lodging)}＋伙食{y(food)}＋其他{y(other)}＝{y(total)}"


def meeting_from_payload(data: Mapping[str, Any], today: date | None = None) -> tuple[Meeting | None, list[Problem]]:
    """The meeting approval through the input gate (``desktop.domain.input_gate.meetings``)."""
    from desktop.domain.input_gate.meetings import read_meeting
    m, problems = read_meeting(data, today)
    if m is None:
        return None, problems
    return Meeting(m.name, m.category, m.content, m.start, m.days, m.travel_days, m.venue, m.delegates, m.staff,
                   _z(m.lodging), _z(m.food), _z(m.other), m.briefing, m.mode, m.county_delegates, m.funding,
                   m.in_plan, m.plan_id, m.approval_ref.strip()), problems


def meeting_claim_from_payload(data: Mapping[str, Any]) -> tuple[MeetingClaim | None, list[Problem]]:
    from desktop.domain.input_gate.meetings import read_meeting_claim
    c, problems = read_meeting_claim(data)
    if c is None:
        return None, problems
    return MeetingClaim(c.meeting_id or 0, c.delegates, c.staff, _z(c.lodging), _z(c.food), _z(c.other),
                        c.approval_doc, c.notice, c.sign_in_sheet, c.bills), problems


def plan_from_payload(data: Mapping[str, Any], today: date | None = None) -> tuple[MeetingPlan | None, list[Problem]]:
    from desktop.domain.input_gate.meetings import read_meeting_plan
    p, problems = read_meeting_plan(data, today)
    if p is None:
        return None, problems
    rows = tuple(PlannedMeeting(m.name, m.category, m.reason, m.content, m.when, m.place, m.leaders, m.delegates,
                                m.staff, _z(m.budget), m.funding) for m in p.meetings)
    return MeetingPlan(p.year, rows, p.late_explanation), problems


def sum_rows(rows: Sequence[Mapping[str, Any]], key: str) -> Decimal:
    return sum((_money(r.get(key)) for r in rows), ZERO)
