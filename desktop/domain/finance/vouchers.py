"""Accounting vouchers (记账凭证): lines, the balance of each side, numbers and red reversals.

平行记账: the financial-accounting lines (1xxx–5xxx) balance on their own and the budget-accounting
lines (6xxx–8xxx) balance on their own; a voucher may have only financial lines (a transfer without
cash) but never budget lines alone. A correction of a posted voucher is a red reversal (红字冲销):
the same lines with negated amounts, linked to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Iterable, Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.finance.chart import SIDE_LABELS
from desktop.domain.finance.periods import period_of

__all__ = ["LineInput", "AccountFacts", "voucher_problems", "side_totals", "voucher_no", "period_of",
           "reversal_lines", "MAX_LINES", "ZERO"]

ZERO = Decimal("0.00")
MAX_LINES = 200


@dataclass(frozen=True)
class LineInput:
    account: str  # code
    summary: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO
    department_id: int | None = None
    project: str = ""
    payee: str = ""
    functional_class: str = ""
    economic_class: str = ""


@dataclass(frozen=True)
class AccountFacts:
    code: str
    name: str
    side: str
    postable: bool
    active: bool = True


def voucher_no(period: str, number: int) -> str:
    """记-2026-11-0001: gapless per month (IC-15)."""
    return f"记-{period}-{number:04d}"


def side_totals(lines: Iterable[LineInput], accounts: Mapping[str, AccountFacts]) -> dict[str, tuple[Decimal, Decimal]]:
    totals = {"financial": [ZERO, ZERO], "budget": [ZERO, ZERO]}
    for line in lines:
        facts = accounts.get(line.account)
        if facts is None:
            continue
        totals[facts.side][0] += line.debit
        totals[facts.side][1] += line.credit
    return {k: (v[0], v[1]) for k, v in totals.items()}


def voucher_problems(lines: Sequence[LineInput], accounts: Mapping[str, AccountFacts], *,
                     allow_red: bool = False) -> list[Problem]:
    """Every reason the lines cannot form a voucher (VOUCH-14: balanced on each side, postable
    accounts, one amount per line). ``allow_red``: negative amounts for a red reversal."""
    problems: list[Problem] = []
    if not lines:
        return [Problem("VOUCH-14", "voucher.empty", "凭证至少要有两行分录")]
    if len(lines) > MAX_LINES:
        problems.append(Problem("VOUCH-14", "voucher.too_many", f"一张凭证最多 {MAX_LINES} 行分录"))
    for n, line in enumerate(lines, 1):
        facts = accounts.get(line.account)
        if facts is None:
            problems.append(Problem("VOUCH-14", "line.account", f"第{n}行：没有科目 {line.account}"))
        elif not facts.postable:
            problems.append(Problem("VOUCH-14", "line.not_postable",
                                    f"第{n}行：科目 {line.account} {facts.name} 下设明细科目，请记入明细科目"))
        elif not facts.active:
            problems.append(Problem("VOUCH-14", "line.inactive", f"第{n}行：科目 {line.account} {facts.name} 已停用"))
        if line.debit and line.credit:
            problems.append(Problem("VOUCH-14", "line.both", f"第{n}行：借方和贷方只能填一方"))
        if not line.debit and not line.credit:
            problems.append(Problem("VOUCH-14", "line.zero", f"第{n}行：借方或贷方金额须填一方"))
        if not allow_red and (line.debit < 0 or line.credit < 0):
            problems.append(Problem("VOUCH-14", "line.negative", f"第{n}行：金额不能为负（更正已记账凭证用红字冲销）"))
        if not line.summary.strip():
            problems.append(Problem("VOUCH-14", "line.summary", f"第{n}行：摘要不能为空"))
    totals = side_totals(lines, accounts)
    used = {accounts[l.account].side for l in lines if l.account in accounts}
    for side in ("financial", "budget"):
        debit, credit = totals[side]
        if debit != credit:
            problems.append(Problem("VOUCH-14", f"voucher.unbalanced_{side}",
                                    f"{SIDE_LABELS[side]}借贷不平：借方 {debit:,.2f}，贷方 {credit:,.2f}，差额 {debit - credit:,.2f}"))
    if used == {"budget"}:
        problems.append(Problem("VOUCH-14", "voucher.budget_only", "凭证不能只有预算会计分录，须同时有财务会计分录"))
    return problems


def reversal_lines(lines: Sequence[LineInput]) -> list[LineInput]:
    """The red reversal of a posted voucher: the same accounts and sides, amounts negated."""
    return [replace(l, summary=f"冲销：{l.summary}"[:200], debit=-l.debit, credit=-l.credit) for l in lines]
