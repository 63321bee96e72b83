"""Meetings: approval with the category's limits and caps (MEET-03/04/05/09), the claim after it
(MEET-11, no cash MEET-12), the annual plan (F-13, MEET-02) and the annual report of meetings
held (F-15, MEET-15).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.meetings.meeting import (
    meeting_claim_from_payload,
    meeting_from_payload,
    plan_from_payload,
    report_deadline,
    report_problems,
)
from desktop.domain.meetings.standards import CATEGORY_LABELS
from desktop.persistence.schema import Document
from desktop.services.base import Refused, SignedIn
from desktop.services.module_records import ModuleService
from desktop.services.need_to_know import require_reports

__all__ = ["MeetingService", "ReportRow"]

ReportRow = tuple  # name, category, content, date, place, delegates, staff, cost, funding, in plan


class MeetingService(ModuleService):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions, approvals)
        approvals.submit_checks["meeting"] = self._check_meeting_in
        approvals.submit_checks["meeting_claim"] = self._check_claim_in
        approvals.submit_checks["meeting_plan"] = self._check_plan_in

    # Meeting approval --------------------------------------------------------------------------
    def _held_this_year(self, session: Session, bureau_id: int, category: int, year: int, exclude: int | None) -> int:
        docs = session.execute(select(Document).where(Document.bureau_id == bureau_id, Document.kind == "meeting",
                                                      Document.state.in_(["submitted", "approved", "archived"]))).scalars()
        n = 0
        for d in docs:
            p = self.payload(d)
            if d.id != exclude and p.get("category") == category and str(p.get("start", "")).startswith(str(year)):
                n += 1
        return n

    def _meeting_problems(self, session: Session, user: SignedIn, data: Mapping[str, Any], exclude: int | None = None):  # noqa: ANN202
        m, problems = meeting_from_payload(data, date.today())
        if m is None:
            return None, problems
        plan = self.linked(session, user, m.plan_id, "meeting_plan") if m.plan_id else None
        if m.plan_id and plan is None:
            problems.append(Problem("MEET-02", "meeting.plan", "关联的年度会议计划不存在"))
        held = self._held_this_year(session, user.bureau_id, m.category, m.start.year, exclude)
        std = self.standards_in(session, user.bureau_id).meeting_on(m.start)  # in force on the meeting's date
        return m, problems + _name_missing(m.problems(std, held_this_year=held), {"meeting.category": m.category}, std)

    def check(self, user: SignedIn, data: Mapping[str, Any]) -> list[Problem]:
        with self.reading() as session:
            return self._meeting_problems(session, user, data)[1]

    def create(self, user: SignedIn, data: Mapping[str, Any], *, submit: bool = False,
               passphrase: str | None = None) -> int:
        """A meeting approval: name, category (1–5), content, start, days, travel_days, venue,
        delegates, staff, lodging, food, other (budget), briefing, mode, plan_id / in_plan."""
        with self.reading() as session:
            m, problems = self._meeting_problems(session, user, data)
        if problems:
            raise Refused(problems)
        return self.new_document(user, "meeting", f"{m.name}（{CATEGORY_LABELS[m.category]}）", purpose=m.content,
                                 amount=str(m.budget), days=m.days, category=str(m.category), payload=m.to_payload(),
                                 submit=submit, passphrase=passphrase)

    def _check_meeting_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        data = self.payload(doc)
        if "start" not in data:
            return []  # a free-form record from the generic page
        return self._meeting_problems(session, user, data, exclude=doc.id)[1]

    # Claim after the meeting -------------------------------------------------------------------------
    def _claim_std(self, session: Session, user: SignedIn, data: Mapping[str, Any], m: Any, pin: bool) -> Any:
        """The caps in force on the meeting's date (TRAVEL-19), or, for a claim submitted before,
        the ones it stored then (a later change of the table never changes it)."""
        from desktop.domain.meetings.standards import MeetingStandardsError, meeting_standards_from_rows

        used = data.get("standards_used")
        if pin and isinstance(used, list):
            try:
                return meeting_standards_from_rows(used)
            except MeetingStandardsError:
                pass
        return self.standards_in(session, user.bureau_id).meeting_on(m.start if m else None)

    def _claim_problems(self, session: Session, user: SignedIn, data: Mapping[str, Any],  # noqa: ANN202
                        pin: bool = False):
        c, problems = meeting_claim_from_payload(data)
        if c is None:
            return None, None, problems
        doc = self.linked(session, user, c.meeting_id, "meeting")
        m = meeting_from_payload(self.payload(doc))[0] if doc else None  # a stored record: no today window
        std = self._claim_std(session, user, data, m, pin)
        return c, doc, problems + _name_missing(c.problems(m, doc.state if doc else None, std),
                                                {"meeting_claim.category": m.category if m else None}, std)

    def create_claim(self, user: SignedIn, meeting_id: int, data: Mapping[str, Any], *, submit: bool = False,
                     passphrase: str | None = None) -> int:
        from desktop.domain.input_gate.problems import object_problems
        bad = object_problems(data, rule="MEET-11", prefix="meeting_claim", label="会议费报销")
        if bad:
            raise Refused(bad)
        with self.reading() as session:
            c, doc, problems = self._claim_problems(session, user, {**data, "meeting_id": meeting_id})
            title = doc.title if doc else ""
            mdata = self.payload(doc) if doc else {}
        if problems:
            raise Refused(problems)
        payload = {**c.to_payload(), "meeting_serial": "", "meeting_class": mdata.get("meeting_class", ""),
                   "venue": mdata.get("venue", ""), "schedule": mdata.get("schedule", ""),
                   "budget_text": mdata.get("budget_text", "")}
        with self.reading() as session:
            d = self.linked(session, user, meeting_id, "meeting")
            payload["meeting_serial"] = d.serial or "" if d else ""
            m = meeting_from_payload(self.payload(d))[0] if d else None
            payload["standards_used"] = self._claim_std(session, user, {}, m, False).to_rows()  # kept (TRAVEL-19)
        return self.new_document(user, "meeting_claim", f"{title}会议费", purpose=mdata.get("content", title),
                                 amount=str(c.total), category=str(mdata.get("category", "")), payload=payload,
                                 submit=submit, passphrase=passphrase)

    def _check_claim_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        return self._claim_problems(session, user, self.payload(doc), pin=self.submitted_before(session, doc))[2]

    # Annual plan -----------------------------------------------------------------------------------------
    def create_plan(self, user: SignedIn, data: Mapping[str, Any], *, submit: bool = False,
                    passphrase: str | None = None, today: date | None = None) -> int:
        """Next year's meeting plan (年度会议计划): year, meetings [{name, category, reason, content,
        when, place, leaders, delegates, staff, budget, funding}], by the end of October (MEET-02)."""
        plan, problems = plan_from_payload(data, today or date.today())
        if plan is not None:
            std = self.standards(user).meeting_on(date(plan.year, 1, 1))
            problems = problems + _name_missing(plan.problems(std, today or date.today()), _plan_codes(plan), std)
        if problems:
            raise Refused(problems)
        return self.new_document(user, "meeting_plan", f"{plan.year}年度会议计划", purpose="年度会议计划报批",
                                 amount=str(plan.budget), payload=plan.to_payload(), submit=submit,
                                 passphrase=passphrase)

    def _check_plan_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        plan, problems = plan_from_payload(self.payload(doc), date.today())
        if plan is None:
            return problems
        std = self.standards_in(session, doc.bureau_id).meeting_on(date(plan.year, 1, 1))
        return problems + _name_missing(plan.problems(std, date.today()), _plan_codes(plan), std)

    def plan_for(self, user: SignedIn, year: int):  # noqa: ANN201
        plans = [d for d in self.approvals.documents(user, kinds=["meeting_plan"])
                 if d.payload.get("year") == year and d.state != "rejected"]
        return plans[0] if plans else None

    # Annual report (F-15) -----------------------------------------------------------------------------
    def annual_report(self, user: SignedIn, year: int) -> tuple[list[tuple], list[Problem], date]:
        """Meetings of ``year`` (name, category, content, date, place, delegates, staff, cost,
        funding, in plan), the cost being the claimed figure once claimed, else the approved budget.
        A bureau-wide return: only for those who read every document (SEC-03)."""
        require_reports(user)
        meetings = [d for d in self.approvals.documents(user, kinds=["meeting"], states=["approved", "archived"])
                    if str(d.payload.get("start", "")).startswith(str(year))]
        claims = {c.payload.get("meeting_id"): c for c in self.approvals.documents(user, kinds=["meeting_claim"],
                                                                                 states=["approved", "archived"])}
        rows = []
        for d in sorted(meetings, key=lambda x: x.payload.get("start", "")):
            p = d.payload
            c = claims.get(d.id)
            delegates, staff = (c.payload.get("delegates"), c.payload.get("staff")) if c else (p.get("delegates"), p.get("staff"))
            rows.append((p.get("name", d.title), CATEGORY_LABELS.get(p.get("category"), ""), p.get("content", d.purpose),
                         p.get("start", ""), p.get("venue", ""), int(delegates or 0), int(staff or 0),
                         Decimal(c.amount if c else d.amount), p.get("funding", ""),
                         "是" if p.get("in_plan", True) else "否"))
        return rows, report_problems(year, date.today()), report_deadline(year)


def _plan_codes(plan: Any) -> dict[str, int]:
    return {f"meeting_plan[{i}].category": m.category for i, m in enumerate(plan.meetings)}


def _name_missing(problems: list[Problem], categories: Mapping[str, Any], standards: Any) -> list[Problem]:
    """MEET-09: a meeting of a category (1–5) the bureau has not entered (P-000 ships none) is
    refused naming the figures and where to enter them, not as "类别须为一至五类"."""
    from desktop.domain.meetings.standards import missing_category

    out = []
    for p in problems:
        gap = missing_category(categories.get(p.code), standards, p.code.split(".")[0]) if p.code in categories else None
        if gap is not None:
            prefix = p.text.split("：")[0] + "：" if p.code.startswith("meeting_plan[") else ""
            p = Problem(gap.rule, gap.code, prefix + gap.text)
        out.append(p)
    return out
