"""Who holds each seal (SEAL-01, SEAL-03, SEAL-16, SEAL-17) and taking a seal out (SEAL-14).

The current custodian is computed from the custody events for a given day, so a delegation
(委托) ends by itself when its period is over: no background job is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.seals.model import BANK_RESERVED, SealKind, kind_info

__all__ = ["CustodyEvent", "Holding", "current_custodian", "check_custody", "check_take_out", "take_out_request_problems"]


@dataclass(frozen=True)
class CustodyEvent:
    """An assignment or handover (permanent, ``until`` None) or a delegation for a period."""

    kind: str  # "assign" | "handover" | "delegate"
    to_person: int
    start: date
    until: date | None = None  # last day of a delegation, inclusive
    ended_on: date | None = None  # a delegation handed back early
    seq: int = 0


def current_custodian(events: Iterable[CustodyEvent], day: date) -> int | None:
    """The accountable custodian on ``day`` (SEAL-03: the delegate during the period)."""
    ordered = sorted(events, key=lambda e: (e.start, e.seq))
    holder: int | None = None
    for e in ordered:
        if e.kind in ("assign", "handover") and e.start <= day:
            holder = e.to_person
    for e in ordered:
        if e.kind != "delegate" or e.start > day:
            continue
        last = e.until
        if e.ended_on is not None:
            last = e.ended_on if last is None else min(last, e.ended_on)
        if last is None or day <= last:
            holder = e.to_person
    return holder


@dataclass(frozen=True)
class Holding:
    seal_id: int
    kind: str
    custodian: int | None


def check_custody(holdings: Sequence[Holding], cashiers: Iterable[int], *,
                  block_cheque_and_finance: bool = True) -> tuple[list[Problem], list[Problem]]:
    """The separation rules over the custody that *would* result: (problems, warnings).

    SEAL-17: nobody holds every seal of the bureau; the bank-reserved seals (finance seal and
    legal-representative seal) are held by different people.
    SEAL-16 (⚙): the cashier may not hold both the cheque book and the finance seal; the bureau's
    preset may turn this into a warning (parameter ``seal_cheque_finance_block`` = 0).
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    seals = [h for h in holdings if kind_info(h.kind).signing]
    holders = {h.custodian for h in seals}
    if len(seals) >= 2 and len(holders) == 1 and None not in holders:
        problems.append(Problem("SEAL-17", "custody.all_seals", "严禁一人保管并使用所有印章：本单位的印章不能全部由同一人保管"))
    by_person: dict[int, set[str]] = {}
    for h in holdings:
        if h.custodian is not None:
            by_person.setdefault(h.custodian, set()).add(h.kind)
    for kinds in by_person.values():
        if BANK_RESERVED <= kinds:
            problems.append(Problem("SEAL-17", "custody.bank_reserved",
                                    "银行预留印鉴须分别保管：财务专用章和法人名章不能由同一人保管"))
            break
    cashier_set = set(cashiers)
    for person, kinds in by_person.items():
        if person in cashier_set and {SealKind.CHEQUE_BOOK.value, SealKind.FINANCE.value} <= kinds:
            p = Problem("SEAL-16", "custody.cheque_finance", "出纳人员不得同时保管支票和财务专用章")
            (problems if block_cheque_and_finance else warnings).append(p)
            break
    return problems, warnings


def take_out_request_problems(*, persons: Sequence[int], purpose: str) -> list[Problem]:
    """SEAL-14 before approval: at least two named persons jointly responsible, and a purpose."""
    problems: list[Problem] = []
    if len(set(persons)) < 2:
        problems.append(Problem("SEAL-14", "takeout.persons", "印章带出须有两人以上共同负责，严禁一人单独携出"))
    if not purpose.strip():
        problems.append(Problem("SEAL-14", "takeout.purpose", "请填写带出事由"))
    return problems


def check_take_out(*, approved_by: int | None, persons: Sequence[int], purpose: str,
                   approver_positions: Mapping[int, frozenset[str]] | None = None,
                   centre: bool | None = None) -> list[Problem]:
    """SEAL-14 「特殊情况需带出时须经中心主任批准，并有俩人以上共同负责」: approved in the app by the
    centre director (a centre seal) or the director (a bureau seal; ``centre`` None: either), and
    at least two named persons jointly responsible."""
    problems: list[Problem] = []
    allowed = {None: {"director", "center_director"}, True: {"center_director"}, False: {"director"}}[centre]
    if approved_by is None:
        problems.append(Problem("SEAL-14", "takeout.approval", "印章带出须经主任批准"))
    elif approver_positions is not None and not (allowed & approver_positions.get(approved_by, frozenset())):
        who = "医保中心主任" if centre else "局长" if centre is False else "局长或医保中心主任"
        problems.append(Problem("SEAL-14", "takeout.approver", f"批准人须为{who}"))
    return problems + take_out_request_problems(persons=persons, purpose=purpose)
