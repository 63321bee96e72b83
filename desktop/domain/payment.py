"""Payment of an approved claim (method, date, payer), recorded by the cashier (VOUCH-04, MEET-12).

Posting the payment as an accounting voucher belongs to the voucher module; here it is a fact on
the claim, checked before it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from desktop.domain.approval.model import Problem

__all__ = ["Payment", "PAYMENT_METHODS", "payment_problems", "payment_from_dict"]

# method key → printed name
PAYMENT_METHODS: Mapping[str, str] = {"official_card": "公务卡", "bank_transfer": "银行转账", "cash": "现金"}
PAYABLE_STATES = frozenset({"approved", "archived"})


@dataclass(frozen=True)
class Payment:
    method: str
    paid_on: date
    payer: str  # who paid out (the cashier's name)
    reference: str = ""  # bank or card transaction reference

    def to_dict(self) -> dict[str, str]:
        return {"method": self.method, "method_label": PAYMENT_METHODS.get(self.method, self.method),
                "paid_on": self.paid_on.isoformat(), "payer": self.payer, "reference": self.reference}


def payment_from_dict(data: Mapping[str, Any] | None) -> Payment | None:
    if not data:
        return None
    return Payment(str(data["method"]), date.fromisoformat(str(data["paid_on"])), str(data.get("payer", "")),
                   str(data.get("reference", "")))


def payment_problems(payment: Payment, *, state: str, already_paid: bool, cash_allowed: bool = True,
                     approved_on: date | None = None) -> list[Problem]:
    """Why this payment cannot be recorded on a claim in ``state`` (errors as values)."""
    problems: list[Problem] = []
    if state not in PAYABLE_STATES:
        problems.append(Problem("VOUCH-04", "payment.state", "只有审批完毕的报销单才能付款"))
    if already_paid:
        problems.append(Problem("VOUCH-04", "payment.duplicate", "该报销单已登记付款，不能重复付款"))
    if payment.method not in PAYMENT_METHODS:
        problems.append(Problem("VOUCH-04", "payment.method", f"付款方式须为：{'、'.join(PAYMENT_METHODS.values())}"))
    elif payment.method == "cash" and not cash_allowed:
        problems.append(Problem("MEET-12", "payment.cash", "会议费须以银行转账或公务卡结算，禁止现金结算"))
    if not payment.payer.strip():
        problems.append(Problem("VOUCH-04", "payment.payer", "请填写付款人"))
    if approved_on is not None and payment.paid_on < approved_on:
        problems.append(Problem("VOUCH-04", "payment.date", "付款日期早于审批完成日期"))
    return problems
