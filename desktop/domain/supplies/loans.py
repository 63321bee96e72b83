"""Loans of equipment (借用/归还, SUPPLY-14) and paying for damage or loss (SUPPLY-12): the rules
that need no database — what a request must say, when a loan is overdue, which signatures a
stage still needs, and what a return may record."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Iterable

from desktop.domain.approval.model import Problem

__all__ = ["MAX_LOAN_DAYS", "STAGES", "ROLES", "request_problems", "is_overdue", "missing_roles", "return_problems",
           "sign_problems"]

MAX_LOAN_DAYS = 90  # a loan is for a task (a meeting, an inspection trip), not a permanent issue
STAGES = ("lend", "return")
ROLES = ("keeper", "borrower")


def request_problems(*, lendable: bool, active: bool, item_name: str, due_on: date, today: date,
                     quantity: int, purpose: str) -> list[Problem]:
    """What is wrong with a loan request, all at once (SUPPLY-14): only lendable equipment is lent,
    for a stated purpose, until a day after today and at most ``MAX_LOAN_DAYS`` ahead."""
    problems: list[Problem] = []
    if not active:
        problems.append(Problem("SUPPLY-14", "loan.item_inactive", f"{item_name} 已停用，不能借用"))
    elif not lendable:
        problems.append(Problem("SUPPLY-14", "loan.not_lendable",
                                f"{item_name} 不是可借用的设备（照相机、摄像机等由办公室登记为可借用的物品方可借用）"))
    if due_on <= today:
        problems.append(Problem("SUPPLY-14", "loan.due_past", f"归还日期须在今天（{today:%Y-%m-%d}）之后"))
    elif due_on > today + timedelta(days=MAX_LOAN_DAYS):
        problems.append(Problem("SUPPLY-14", "loan.due_far",
                                f"借用期限最长{MAX_LOAN_DAYS}天（最迟 {today + timedelta(days=MAX_LOAN_DAYS):%Y-%m-%d}）"))
    if quantity < 1:
        problems.append(Problem("SUPPLY-14", "loan.quantity", "借用数量至少为1"))
    if not purpose.strip():
        problems.append(Problem("SUPPLY-14", "loan.purpose", "请填写借用事由"))
    return problems


def is_overdue(state: str, due_on: date, today: date) -> bool:
    """Lent and not back by the due day (the keeper's home page lists these)."""
    return state == "lent" and due_on < today


def missing_roles(signed: Iterable[str]) -> list[str]:
    """The roles (keeper, borrower) still to sign a stage, in that order."""
    have = set(signed)
    return [r for r in ROLES if r not in have]


def sign_problems(*, stage: str, role: str, signed: dict[str, int], staff_id: int) -> list[Problem]:
    """A stage is signed once per role, by two different people (the keeper cannot also sign as
    the borrower: each checks the other), and at return the keeper checks first."""
    problems: list[Problem] = []
    label = "借出" if stage == "lend" else "归还"
    if role in signed:
        problems.append(Problem("SUPPLY-14", "loan.signed", f"{label}时的{'保管人' if role == 'keeper' else '借用人'}已签字"))
    other = "borrower" if role == "keeper" else "keeper"
    if signed.get(other) == staff_id:
        problems.append(Problem("SUPPLY-14", "loan.same_person", f"{label}时保管人与借用人须为不同的人，各自签字"))
    if stage == "return" and role == "borrower" and "keeper" not in signed:
        problems.append(Problem("SUPPLY-14", "loan.keeper_first", "归还时须先由保管人验收签字，再由借用人签字"))
    return problems


def return_problems(*, condition: str, damaged: bool, lost: bool, compensation: Decimal) -> list[Problem]:
    """SUPPLY-12 照价赔偿: compensation is recorded only for an item damaged or lost, never negative;
    the keeper states the condition they found (or that it was lost)."""
    problems: list[Problem] = []
    if not condition.strip():
        problems.append(Problem("SUPPLY-14", "loan.condition", "请填写验收时物品的状况"))
    if compensation < 0:
        problems.append(Problem("SUPPLY-12", "loan.compensation_negative", "赔偿金额不能为负数"))
    elif compensation > 0 and not (damaged or lost):
        problems.append(Problem("SUPPLY-12", "loan.compensation_without_damage",
                                "只有损坏或丢失的物品才由使用者照价赔偿：请注明损坏或丢失"))
    return problems
