"""Travel use cases: the trip approval before (TRAVEL-01/02), the claim after it computed from
the bureau's standards (TRAVEL-03..17), payment by the cashier; and ``desktop travel quote``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.money import format_amount
from desktop.domain.travel.allowances import Quote, QuoteInputError, parse_trip, quote_trip, trip_input_json
from desktop.domain.travel.claims import (
    LATE_CATEGORY,
    ClaimFacts,
    claim_deadline,
    claim_problems,
    cost_rows,
    is_late,
    leg_rows,
    printed_lines,
    settlement,
)
from desktop.domain.travel.grades import LegFacts, class_problems, grade_text
from desktop.domain.travel.standards import (
    RegionStandard,
    TravelStandards,
    missing_figures,
    pinned,
    standards_from_csv,
    used_by_days,
)
from desktop.domain.travel.trip import DIRECTOR_CATEGORY, trip_from_payload
from desktop.persistence.schema import Document, Staff, StaffPosition
from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.module_records import ModuleService  # imports default_standards lazily

__all__ = ["default_standards", "quote", "TravelService", "ClaimPreview", "LEADER_POSITIONS"]

LEADER_POSITIONS = frozenset({"director", "leader_in_charge", "finance_leader", "center_director"})
LATE_FILING_MARK = "【补报】"  # a trip approval filed after departure (TRAVEL-01)


@lru_cache(maxsize=1)
def default_standards() -> Mapping[str, RegionStandard]:
    """The Tongyu table (P-001 figures, TRAVEL-19 default) shipped in resources/standards."""
    from desktop.app.paths import resource_path

    return standards_from_csv(resource_path("standards", "travel_standards.csv").read_text(encoding="utf-8"))


def quote(trip: Any, standards: Mapping[str, RegionStandard] | None = None) -> Quote:
    """Parse one trip (the JSON shape of ``desktop travel quote``) and compute its breakdown.

    Raises ``QuoteInputError`` naming the malformed field.
    """
    return quote_checked(trip, standards)[0]


def quote_checked(trip: Any, standards: Mapping[str, RegionStandard] | None = None) -> tuple[Quote, list[Problem]]:
    """:func:`quote` with the figures the trip needs that the bureau has not entered (TRAVEL-19):
    those are reported (and count as 0.00 in the breakdown, which is then not payable)."""
    table = standards or default_standards()
    days, tickets = parse_trip(trip, table)
    missing = missing_figures(days, table)
    return quote_trip(days, tickets, table.filled() if missing and isinstance(table, TravelStandards) else table), missing


def _leg_json(leg: Any) -> dict[str, Any]:
    """A leg as the claim stores it (the JSON keys of ``desktop travel claim create``)."""
    return {"date": leg.date.isoformat(), "time": leg.time, "from": leg.from_place, "to": leg.to_place,
            "mode": leg.mode, "class": leg.travel_class, "amount": f"{leg.amount:.2f}",
            "allowed_fare": None if leg.allowed_fare is None else f"{leg.allowed_fare:.2f}", "receipts": leg.receipts}


def _day_problems(claim: Mapping[str, Any], table: Mapping[str, RegionStandard]) -> list[Problem]:
    """The problems of the claim's days alone (shown with those of its legs, all at once)."""
    try:
        parse_trip({"days": claim.get("days"), "tickets": []}, table)
    except QuoteInputError as exc:
        return [Problem(p.rule, f"claim.{p.code}", p.text) for p in exc.problems] or \
            [Problem("TRAVEL-04", f"claim.{exc.field}", str(exc))]
    return []


def _leg_ticket(leg: dict[str, Any]) -> dict[str, Any]:
    """The ticket a leg was paid with (the quote's input)."""
    return {"mode": leg["mode"], "class": leg["class"], "amount": leg["amount"], "allowed_fare": leg["allowed_fare"],
            "date": leg["date"]}


class ClaimPreview:
    """The claim as it would be submitted: the breakdown and every problem (shown before submitting)."""

    def __init__(self, quote: Quote | None, problems: list[Problem], deadline: date | None, late: bool,
                 trip_serial: str = ""):
        self.quote, self.problems, self.deadline, self.late, self.trip_serial = quote, problems, deadline, late, trip_serial
        self.input: dict[str, Any] = {}  # the parsed days and tickets in their JSON shape
        self.extras: Any = None  # attachments and late explanation, read by the input gate
        self.legs: list[dict[str, Any]] = []  # the itinerary as read (JSON shape)
        self.grade = ""
        self.standards_used: list[dict[str, Any]] = []  # per day: the figures in force (TRAVEL-19)
        self.advance = Decimal("0.00")

    @property
    def settlement(self):  # noqa: ANN201
        """应退/应补 against the advance (None before the quote is computed)."""
        return settlement(self.advance, self.quote.total) if self.quote else None

    @property
    def printed(self) -> list[str]:
        return printed_lines(self.quote) if self.quote else []


class TravelService(ModuleService):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions, approvals)
        approvals.submit_checks["trip_approval"] = self._check_trip_in
        approvals.submit_checks["travel_claim"] = self._check_claim_in
        approvals.act_checks["trip_approval"] = self._act_check_trip

    # Trip approval ---------------------------------------------------------------------------------
    def create_trip(self, user: SignedIn, data: Mapping[str, Any], *, submit: bool = False,
                    passphrase: str | None = None) -> int:
        """A trip approval (出差审批单) from JSON-shaped data: travellers, purpose, destinations,
        start, end, transport, own_vehicle, hosted, (leader). The chain follows days and whether a
        bureau leader travels (TRAVEL-02). Read through the input gate: bad fields, dates outside
        the sane window or a trip longer than a year are refused with the rule problems."""
        from desktop.domain.input_gate.problems import object_problems
        bad = object_problems(data, rule="TRAVEL-01", prefix="trip", label="出差信息")
        if bad:
            raise Refused(bad)
        data = dict(data)
        if not data.get("travellers"):
            data["travellers"] = [user.name]
        if LEADER_POSITIONS & set(user.positions):
            data["leader"] = True
        data["director"] = False  # decided here, never taken from the input
        today = date.today()
        plan, problems = trip_from_payload(data, today)
        if plan is not None and self._director_names(user) & {t.strip() for t in plan.travellers}:
            # The director among the travellers cannot approve the trip: it records the approval
            # from outside the bureau (TRAVEL-02, IC-03).
            plan = replace(plan, director=True)
        if plan is not None:
            problems = problems + plan.problems(self.standards(user).travel, filed_on=today)
        if problems:
            raise Refused(problems)
        # title and estimate were checked by the gate (text of at most 200 characters; exact yuan)
        title = str(data.get("title") or f"赴{plan.destinations[0]}{plan.purpose[:20]}")
        if plan.late_filed(today) and not title.startswith(LATE_FILING_MARK):
            title = (LATE_FILING_MARK + title)[:200]  # the 补报 shows in every list an approver sees (TRAVEL-01)
        payload = plan.to_payload(self.standards(user).travel, filed_on=today)
        with self.transaction() as session:  # as new_document, with the outside approval's own audit entry
            self.ensure_chain_in(session, user, "trip_approval")
            doc_id = self.approvals.create_in(session, user, "trip_approval", title, purpose=plan.purpose,
                                              amount=str(data.get("estimate", "0")), days=plan.days,
                                              category=plan.category, payload=payload)
            if plan.director:  # TRAVEL-02: the director's trip is approved outside the bureau; recorded here
                self.audit(session, user, "trip.external_approval", "document", doc_id,
                           after=payload["external_approval"])
            if submit:
                self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def _director_names(self, user: SignedIn) -> set[str]:
        with self.reading() as session:
            rows = session.execute(select(Staff.name).join(StaffPosition, StaffPosition.staff_id == Staff.id).where(
                Staff.bureau_id == user.bureau_id, StaffPosition.position == "director")).scalars()
            return {name.strip() for name in rows}

    def _act_check_trip(self, session: Session, user: SignedIn, doc: Document, action: str) -> list[Problem]:
        """The director's own trip passes its step only with the outside approval recorded (TRAVEL-02)."""
        if action != "approve" or doc.category != DIRECTOR_CATEGORY:
            return []
        ext = self.payload(doc).get("external_approval") or {}
        if all(str(ext.get(k, "")).strip() for k in ("authority", "reference", "date")):
            return []
        return [Problem("TRAVEL-02", "trip.external_approval",
                        "局长本人出差须登记上级批准（批准机关、文号、日期）后方可办结；本单据缺少上级批准记录")]

    def _check_trip_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        data = self.payload(doc)
        if "start" not in data:  # a free-form trip made through the generic page
            return []
        today = date.today()
        plan, problems = trip_from_payload({**data, "purpose": doc.purpose}, today)
        if plan is None:
            return problems
        problems = problems + plan.problems(self.standards_in(session, doc.bureau_id).travel, filed_on=today)
        if plan.category != doc.category:  # the chain follows who travels (TRAVEL-02)
            problems.append(Problem("TRAVEL-02", "trip.category", "审批单的出差人类别与审批流程不符，请重新填写审批单"))
        return problems

    # Claim -------------------------------------------------------------------------------------------
    def preview_claim(self, user: SignedIn, trip_id: int, claim: Mapping[str, Any], *,
                      claimed_on: date | None = None) -> ClaimPreview:
        with self.reading() as session:
            return self._preview(session, user, trip_id, claim, claimed_on or date.today())

    def _preview(self, session: Session, user: SignedIn, trip_id: Any, claim: Mapping[str, Any],
                 claimed_on: date, used: Any = None) -> ClaimPreview:
        from desktop.domain.input_gate.travel import read_claim_extras
        preset = self.preset_of(session, user.bureau_id)
        table = self.standards_in(session, user.bureau_id).travel
        if used:  # a claim submitted before: the figures it was computed with (TRAVEL-19)
            table = pinned(table, used)
        deadline_days = int(preset.parameters.get("travel_claim_days", Decimal("30")))
        trip = self.linked(session, user, trip_id, "trip_approval")
        trip_data = self.payload(trip) if trip else {}
        extras, problems = read_claim_extras(claim)
        if extras is None:  # with the days' problems too: every problem at once (issue 12 item 9)
            return ClaimPreview(None, problems + _day_problems(claim, table), None, False)
        start = date.fromisoformat(trip_data["start"]) if trip_data.get("start") else None
        end = date.fromisoformat(trip_data["end"]) if trip_data.get("end") else None
        grade = extras.grade or str(trip_data.get("grade", "") or "")
        legs = [_leg_json(leg) for leg in extras.legs]
        bad_class = class_problems([LegFacts(leg.mode, leg.travel_class, leg.amount, leg.allowed_fare)
                                    for leg in extras.legs], grade)
        if bad_class:  # TRAVEL-05/18, every leg at once, before the quote
            return ClaimPreview(None, bad_class + _day_problems(claim, table), None, False)
        tickets = [_leg_ticket(leg) for leg in legs] if legs else claim.get("tickets", [])
        try:
            days, tickets = parse_trip({"days": claim.get("days"), "tickets": tickets}, table)
        except QuoteInputError as exc:  # every problem at once, in Chinese (issue 12 item 9)
            found = exc.problems or (Problem("TRAVEL-04", exc.field, str(exc)),)
            out = []
            for p in found:
                where = "legs" + p.code[len("tickets"):] if legs and p.code.startswith("tickets") else p.code
                out.append(Problem(p.rule, f"claim.{where}", p.text.replace("车船机票", "行程", 1) if legs else p.text))
            return ClaimPreview(None, out, None, False)
        missing = missing_figures(days, table)  # TRAVEL-06/07/08: figures the bureau has not entered
        result = quote_trip(days, tickets, table.filled() if missing else table)
        facts = ClaimFacts(trip.state if trip else None, start, end, claimed_on, deadline_days,
                           extras.late_explanation, extras.attachments)
        problems = missing + [p for p in claim_problems(facts, days, result)
                              if not (missing and p.code == "claim.empty")]  # zero only for want of a figure
        if trip is not None and trip.submitter_id != user.staff_id and user.name not in trip_data.get("travellers", []):
            problems.append(Problem("TRAVEL-14", "claim.traveller", "只有审批单上的出差人可以报销"))
        pv = ClaimPreview(result, problems, claim_deadline(end, deadline_days) if end else None,
                          bool(end and is_late(end, claimed_on, deadline_days)), trip.serial or "" if trip else "")
        pv.input, pv.extras = trip_input_json(days, tickets), extras  # what the claim stores: only what was read
        pv.standards_used = used_by_days(days, table)  # stored with the claim (TRAVEL-19)
        pv.legs, pv.grade = legs, grade
        trip_advance = trip_data.get("advance")
        pv.advance = extras.advance if extras.advance is not None else Decimal(str(trip_advance or "0.00"))
        return pv

    def create_claim(self, user: SignedIn, trip_id: int, claim: Mapping[str, Any], *, submit: bool = False,
                     passphrase: str | None = None) -> int:
        """A travel claim on an approved trip: ``claim`` = {days: [...], tickets: [...] (the quote
        input), attachments, late_explanation}. Refused without an approved trip (TRAVEL-01)."""
        today = date.today()
        with self.reading() as session:
            pv = self._preview(session, user, trip_id, claim, today)
            trip = self.linked(session, user, trip_id, "trip_approval")
            trip_title = trip.title.removeprefix(LATE_FILING_MARK) if trip else ""  # the claim is not a 补报
            trip_data = self.payload(trip) if trip else {}
        if pv.problems:
            raise Refused(pv.problems)
        q = pv.quote
        payload = {
            "trip_id": int(trip_id), "trip_serial": pv.trip_serial, "input": pv.input,
            "quote": q.to_json(), "late_explanation": pv.extras.late_explanation,
            "standards_used": pv.standards_used,
            "deadline": pv.deadline.isoformat() if pv.deadline else "", "late": pv.late,
            "attachments": pv.extras.attachments,
            # printed
            "route": " — ".join(trip_data.get("destinations", [])), "dates": trip_data.get("dates", ""),
            "travellers": trip_data.get("traveller_list", user.name),
            "legs": pv.legs, "grade": pv.grade, "advance": f"{pv.advance:.2f}",
            "payee": pv.extras.payee or user.name, "bank": pv.extras.bank, "account": pv.extras.account,
            "settlement": {"kind": pv.settlement.kind, "amount": f"{pv.settlement.amount:.2f}"},
            # printed
            "leg_rows": leg_rows(pv.legs), "cost_rows": cost_rows(q), "grade_text": grade_text(pv.grade),
            "advance_text": format_amount(pv.advance, symbol=True), "settlement_text": pv.settlement.text(),
            "payee_text": pv.extras.payee or user.name,
            "account_text": " ".join(x for x in (pv.extras.bank, pv.extras.account) if x) or "公务卡/现金（出纳登记）",
            "personal": format_amount(q.lodging_personal + q.intercity_personal, symbol=True),
            "breakdown": pv.printed,
            "late_text": (f"逾期报销（期限{pv.deadline.isoformat()}）：{pv.extras.late_explanation}（须财务负责人审批，TRAVEL-03）"
                          if pv.late else f"期限内（截至{pv.deadline.isoformat() if pv.deadline else '—'}）"),
        }
        return self.new_document(user, "travel_claim", f"{trip_title}差旅费", purpose=trip_title or "差旅费",
                                 amount=str(q.total), days=len(pv.input["days"]),
                                 category=LATE_CATEGORY if pv.late else "", payload=payload, submit=submit,
                                 passphrase=passphrase)

    def _check_claim_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        data = self.payload(doc)
        if "input" not in data:  # a free-form claim from the generic page: the approved trip is still required
            trip = self.linked(session, user, data.get("trip_id"), "trip_approval")
            if trip is None and data.get("trip_serial"):
                trip = session.execute(select(Document).where(
                    Document.bureau_id == user.bureau_id, Document.kind == "trip_approval",
                    Document.serial == str(data["trip_serial"]))).scalar_one_or_none()
            if trip is None:
                return [Problem("TRAVEL-01", "claim.no_trip", "没有出差审批单的差旅费不予报销")]
            if trip.state not in ("approved", "archived"):
                return [Problem("TRAVEL-01", "claim.trip_not_approved", "出差审批单尚未审批通过，不予报销")]
            return []
        claim = {**data["input"], "attachments": data.get("attachments", 0),
                 "late_explanation": data.get("late_explanation", "")}
        if data.get("legs"):  # the itinerary is the tickets: check it again, not the derived copy
            claim.pop("tickets", None)
            claim.update(legs=data["legs"], grade=data.get("grade", ""), advance=data.get("advance", "0.00"),
                         payee=data.get("payee", ""), bank=data.get("bank", ""), account=data.get("account", ""))
        pv = self._preview(session, user, data.get("trip_id"), claim, date.today(),
                           used=data.get("standards_used") if self.submitted_before(session, doc) else None)
        problems = list(pv.problems)
        if pv.quote is not None and pv.quote.total != doc.amount:
            problems.append(Problem("VOUCH-15", "claim.amount", "报销金额与计算明细合计不符，请重新生成报销单"))
        if pv.late and doc.category != LATE_CATEGORY:  # saved in time, submitted late: the chain lacks the step
            problems.append(Problem("TRAVEL-03", "claim.late_chain",
                                    f"报销单保存后已超过报销期限（截至{pv.deadline.isoformat() if pv.deadline else '—'}），"
                                    "逾期报销须经财务负责人审批：请重新生成报销单并填写逾期说明"))
        return problems

    # Lists -------------------------------------------------------------------------------------------
    def approved_trips(self, user: SignedIn) -> list:
        """Approved trips of this person with no live claim yet (for a new claim)."""
        trips = self.approvals.documents(user, kinds=["trip_approval"], states=["approved", "archived"])
        claims = self.approvals.documents(user, kinds=["travel_claim"])
        claimed = {c.payload.get("trip_id") for c in claims if c.state not in ("rejected",)}
        return [t for t in trips if t.id not in claimed and (t.submitter_id == user.staff_id
                                                              or user.name in t.payload.get("travellers", []))]

    def claim(self, user: SignedIn, claim_id: int):  # noqa: ANN201
        view = self.approvals.document(user, claim_id)
        if view.kind != "travel_claim":
            raise refuse("IC-14", "document.kind", "不是差旅费报销单")
        return view
