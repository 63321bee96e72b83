"""The travel claim (差旅费报销单, F-02) after the trip: linked to an approved trip (TRAVEL-01),
within the deadline or with an explanation (TRAVEL-03), within the approved dates (TRAVEL-14),
with its attachments (TRAVEL-11); the figures come from :mod:`allowances`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.travel.allowances import Line, Quote, TripDay
from desktop.domain.travel.trip import MIN_REASON_CHARS, explained

__all__ = ["ClaimFacts", "claim_deadline", "claim_problems", "is_late", "printed_lines", "ITEM_LABELS",
           "LATE_CATEGORY", "APPROVED_STATES", "Settlement", "settlement", "cost_rows", "leg_rows"]

ITEM_LABELS = {"lodging": "住宿费", "meals": "伙食补助费", "city_transport": "市内交通费",
               "intercity": "城市间交通费", "claim": "报销"}
# The chain's category for a claim after the deadline (TRAVEL-03): the presets' travel_claim chain
# then has the finance head sign "逾期报销审批" in place of the ordinary finance-head step (one
# person signs one step of an item, IC-02, and the finance head already signs every claim).
LATE_CATEGORY = "late"
APPROVED_STATES = frozenset({"approved", "archived"})


def claim_deadline(returned_on: date, days: int) -> date:
    """The last day to claim: ``days`` after the day of return (TRAVEL-03, 30 by default)."""
    return returned_on + timedelta(days=days)


def is_late(returned_on: date, claimed_on: date, days: int) -> bool:
    return claimed_on > claim_deadline(returned_on, days)


@dataclass(frozen=True)
class ClaimFacts:
    trip_state: str | None  # None: no trip linked
    trip_start: date | None
    trip_end: date | None
    claimed_on: date
    deadline_days: int
    late_explanation: str
    attachments: int


def claim_problems(facts: ClaimFacts, days: Sequence[TripDay], quote: Quote) -> list[Problem]:
    out: list[Problem] = []
    if facts.trip_state is None:
        out.append(Problem("TRAVEL-01", "claim.no_trip", "没有出差审批单的差旅费不予报销"))
        return out
    if facts.trip_state not in APPROVED_STATES:
        out.append(Problem("TRAVEL-01", "claim.trip_not_approved", "出差审批单尚未审批通过，不予报销"))
    if facts.trip_start and facts.trip_end and days:
        outside = [d.on.isoformat() for d in days if not facts.trip_start <= d.on <= facts.trip_end]
        if outside:
            out.append(Problem("TRAVEL-14", "claim.dates", f"报销日期超出审批的出差日期：{'、'.join(outside)}"))
    if facts.trip_end is not None and facts.claimed_on < facts.trip_end:
        out.append(Problem("TRAVEL-03", "claim.early", f"出差尚未结束（返回日期{facts.trip_end.isoformat()}），返回后报销"))
    if facts.trip_end is not None:
        deadline = claim_deadline(facts.trip_end, facts.deadline_days)
        if facts.claimed_on > deadline and not explained(facts.late_explanation):
            out.append(Problem("TRAVEL-03", "claim.late",
                               f"已超过报销期限（返回后{facts.deadline_days}天，截至{deadline.isoformat()}），"
                               f"须填写逾期说明（至少{MIN_REASON_CHARS}个字）并经财务负责人审批逾期报销"))
    if quote.refused:
        out.extend(Problem(ln.rule, "claim.refused", ln.note) for ln in quote.lines if ln.rule == "TRAVEL-12")
    needs_bills = quote.lodging > 0 or quote.intercity > 0
    if needs_bills and facts.attachments < 1:
        out.append(Problem("TRAVEL-11", "claim.attachments", "须附机票、车船票、住宿费发票等凭证"))
    if quote.total <= Decimal("0"):
        out.append(Problem("TRAVEL-04", "claim.empty", "报销金额为零"))
    return out


def _group(lines: Sequence[Line]) -> list[tuple[Line, Line, int, Decimal, Decimal]]:
    """Lines of one item with the same figure, rule and note on following days → one printed line."""
    order = {"intercity": 0, "lodging": 1, "meals": 2, "city_transport": 3}
    groups: list[list[Line]] = []
    for ln in sorted(lines, key=lambda x: order.get(x.item, 9)):  # stable: days stay in order
        last = groups[-1][-1] if groups else None
        if (last is not None and last.item == ln.item and last.rule == ln.rule and last.note == ln.note
                and last.paid == ln.paid and last.personal == ln.personal and ln.item != "intercity"
                and last.on is not None and ln.on is not None and (ln.on - last.on).days == 1):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return [(g[0], g[-1], len(g), sum((x.paid for x in g), Decimal("0.00")),
             sum((x.personal for x in g), Decimal("0.00"))) for g in groups]


def printed_lines(quote: Quote) -> list[str]:
    """The breakdown for the printed claim: one line per run of equal days, with the rule."""
    out = []
    for first, last, n, paid, personal in _group(quote.lines):
        when = ""
        if first.on is not None:
            when = first.on.strftime("%m-%d") + (f"至{last.on.strftime('%m-%d')}" if n > 1 and last.on else "")
        each = f"{first.paid}×{n}=" if n > 1 else ""
        extra = f"（个人自理{personal}）" if personal else ""
        out.append(f"{ITEM_LABELS.get(first.item, first.item)} {when} {each}{paid}元{extra} {first.note} [{first.rule}]")
    return out


@dataclass(frozen=True)
class Settlement:
    """应退/应补: what the traveller returns (advance above the claim) or is still paid."""

    kind: str  # "refund" 应退, "payable" 应补, "settled" 结清
    amount: Decimal

    @property
    def label(self) -> str:
        return {"refund": "应退", "payable": "应补", "settled": "结清"}[self.kind]

    def text(self) -> str:
        from desktop.domain.money import format_amount

        if self.kind == "settled":
            return "结清（预借金额与报销合计相等）"
        who = "出差人退回" if self.kind == "refund" else "补付出差人"
        return f"{self.label} {format_amount(self.amount, symbol=True)}（{who}）"


def settlement(advance: Decimal, total: Decimal) -> Settlement:
    """应退/应补 = advance − total reimbursed: positive → 应退 (the traveller returns it),
    negative → 应补 (the bureau pays the rest), zero → 结清."""
    diff = (advance - total).quantize(Decimal("0.01"))
    if diff > 0:
        return Settlement("refund", diff)
    if diff < 0:
        return Settlement("payable", -diff)
    return Settlement("settled", Decimal("0.00"))


def cost_rows(quote: Quote) -> list[dict[str, str]]:
    """The four cost lines of the 差旅费报销单 (TRAVEL-04): item, days or tickets, what was
    paid, what the traveller pays, and how it was computed (one run of equal days per part)."""
    counts = {"intercity": "张", "lodging": "晚", "meals": "天", "city_transport": "天"}
    rows = []
    for item in ("intercity", "lodging", "meals", "city_transport"):
        groups = [g for g in _group(quote.lines) if g[0].item == item]
        n = sum(g[2] for g in groups)
        paid = sum((g[3] for g in groups), Decimal("0.00"))
        personal = sum((g[4] for g in groups), Decimal("0.00"))
        basis = []
        for first, last, k, g_paid, g_personal in groups:
            when = first.on.strftime("%m-%d") if first.on else ""
            if k > 1 and last.on:
                when += f"至{last.on.strftime('%m-%d')}"
            figure = f"{first.paid}×{k}" if k > 1 else f"{g_paid}"
            extra = f"，自理{g_personal}" if g_personal else ""
            basis.append(f"{when} {figure}{extra}".strip())
        note = "；".join(basis) if basis else "无"
        rows.append({"item": ITEM_LABELS[item], "count": f"{n}{counts[item]}" if n else "—",
                     "paid": f"{paid:.2f}", "personal": f"{personal:.2f}", "basis": note})
    return rows


def leg_rows(legs: Sequence[dict]) -> list[dict[str, str]]:
    """The itinerary as printed: date, time, from → to, means, class, fare, receipts."""
    from desktop.domain.travel.grades import MODE_LABELS

    out = []
    for leg in legs:
        out.append({"date": str(leg.get("date", ""))[5:], "time": leg.get("time", ""),
                    "route": f"{leg.get('from', '')} → {leg.get('to', '')}",
                    "mode": MODE_LABELS.get(str(leg.get("mode", "")), str(leg.get("mode", ""))),
                    "class": leg.get("class", ""), "amount": str(leg.get("amount", "")),
                    "receipts": int(leg.get("receipts", 0) or 0)})
    return out
