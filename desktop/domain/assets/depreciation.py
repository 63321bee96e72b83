"""Monthly depreciation of fixed assets (政府会计准则第3号——固定资产 and its 应用指南).

Straight line, month by month, with no residual value: the monthly amount is the original value
over the useful life in months, rounded to the fen (ROUND_HALF_UP); the month that completes the
life takes whatever is left, so the total is exactly the original value. The guidance's timing:
「当月增加的固定资产，当月开始计提折旧；当月减少的固定资产，当月不再计提折旧」 — a card is
depreciated from the month of ``acquired_on`` and not in the month it left the books
(``removed_period``); once fully depreciated it stays on the books and takes nothing more. Land,
heritage and library items (``depreciable`` false) never take any.

A card registered in the app is on a schedule fixed by its acquisition month: what it should have
taken by the end of a month is ``monthly × months elapsed`` (all of it once the life is over), and a
run charges the difference from what it has taken. So a card accepted after its acquisition
month's run had closed catches up (补提) in the next run, and the rounding residue falls in the last
month by itself. A card brought over from before the app (``depreciated_before`` over
``months_before``) has no such anchor: each run charges it one month, and the month that
completes its life (or any month after it) takes what is left.

Pure: no I/O, Decimal only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Mapping

__all__ = ["FEN", "ZERO", "CardFacts", "EXPENSE_ACCOUNTS", "DEFAULT_EXPENSE_ACCOUNT", "expense_account_for",
           "monthly_amount", "monthly_fen", "months_between", "month_of", "month_index", "charge", "charge_fen", "full_schedule", "lines_digest"]

FEN = Decimal("0.01")
ZERO = Decimal("0.00")

# Which expense account a card's depreciation is charged to, by the unit of the card's department
# (Department.unit). Under 政府会计制度 a 行政单位 charges the depreciation of assets used in its
# administration to 5101 单位管理费用, and the 医保中心 (a 事业单位 doing the insured's business)
# charges the assets of its business to 5001 业务活动费用. The one place this mapping lives; a card
# with no department is charged to the bureau's administration (5101).
EXPENSE_ACCOUNTS: Mapping[str, str] = {"bureau": "5101", "centre": "5001"}
DEFAULT_EXPENSE_ACCOUNT = "5101"


def expense_account_for(unit: str | None) -> str:
    return EXPENSE_ACCOUNTS.get(unit or "", DEFAULT_EXPENSE_ACCOUNT)


@dataclass(frozen=True)
class CardFacts:
    """What the depreciation of a card depends on (a few columns of ``asset_cards``)."""

    original_value: Decimal
    useful_life_months: int
    acquired_on: date
    depreciable: bool = True
    depreciated_before: Decimal = ZERO  # taken before the app (an opening card)
    months_before: int = 0
    removed_period: str | None = None  # YYYY-MM the card left the books (not depreciated in it)

    @property
    def opening(self) -> bool:
        """Brought over with depreciation already taken: charged one month per run."""
        return self.months_before > 0 or self.depreciated_before > 0


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: str, last: str) -> int:
    """Months from ``first`` to ``last`` counting both ('2026-01'..'2026-01' is 1; negative or 0 if
    ``last`` is before ``first``)."""
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1


def month_index(period: str) -> int:
    """'2026-11' → a month number (year × 12 + month − 1), so months compare and subtract as ints."""
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def monthly_fen(value_fen: int, life_months: int) -> int:
    """The regular month's amount in fen: value over life, rounded half up (value ≥ 0)."""
    if life_months <= 0:
        return 0
    return (2 * value_fen + life_months) // (2 * life_months)


def monthly_amount(original_value: Decimal, life_months: int) -> Decimal:
    """The regular month's amount: original value over the life in months, to the fen (half up)."""
    return Decimal(monthly_fen(_fen(original_value), life_months)).scaleb(-2) if life_months > 0 else ZERO


def _fen(value: Decimal) -> int:
    return int((Decimal(value) * 100).to_integral_value(rounding=ROUND_HALF_UP))


def charge_fen(value_fen: int, life: int, first_month: int, month: int, accumulated_fen: int, *,
               opening: bool = False, months_before: int = 0, lines: int = 0, removed_month: int | None = None,
               depreciable: bool = True) -> int:
    """:func:`charge` in integer fen and month numbers (:func:`month_index`): the run's fast path
    for tens of thousands of cards."""
    if not depreciable or life <= 0 or value_fen <= 0:
        return 0
    if removed_month is not None and month >= removed_month:
        return 0
    elapsed = month - first_month + 1
    if elapsed <= 0:
        return 0
    remaining = value_fen - accumulated_fen
    if remaining <= 0:
        return 0
    monthly = monthly_fen(value_fen, life)
    if opening:
        return remaining if months_before + lines + 1 >= life else min(monthly, remaining)
    due = value_fen if elapsed >= life else min(value_fen, monthly * elapsed)
    return max(due - accumulated_fen, 0)


def charge(card: CardFacts, period: str, *, accumulated: Decimal, lines: int = 0) -> Decimal:
    """The depreciation of ``card`` for ``period`` (YYYY-MM), given what it has taken so far
    (``accumulated``: depreciated_before plus the lines of earlier runs) and how many runs have
    charged it (``lines``: counts only for an opening card). Never negative; zero when the card is
    exempt, not yet acquired, removed in or before the period, or fully depreciated."""
    fen = charge_fen(_fen(card.original_value), card.useful_life_months, month_index(month_of(card.acquired_on)),
                     month_index(period), _fen(accumulated), opening=card.opening, months_before=card.months_before,
                     lines=lines, removed_month=month_index(card.removed_period) if card.removed_period else None,
                     depreciable=card.depreciable)
    return Decimal(fen).scaleb(-2) if fen else ZERO


def full_schedule(card: CardFacts, start: str | None = None) -> list[tuple[str, Decimal]]:
    """Every month's charge from ``start`` (default: the acquisition month; an opening card's first
    run in the app) to the end of its life, as monthly runs would make them one after the other."""
    out: list[tuple[str, Decimal]] = []
    accumulated = card.depreciated_before
    start = start or month_of(card.acquired_on)
    year, month = int(start[:4]), int(start[5:7])
    for _ in range(max(card.useful_life_months, 0) + 1):
        period = f"{year:04d}-{month:02d}"
        amount = charge(card, period, accumulated=accumulated, lines=len(out))
        if amount <= 0:
            break
        out.append((period, amount))
        accumulated += amount
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def lines_digest(period: str, lines: Iterable[tuple[int, Decimal, str]]) -> str:
    """SHA-256 of a run's lines (card id, amount, expense account), in card order: the run's audit
    entry carries it, so a line changed behind the app shows against the trail."""
    h = hashlib.sha256(period.encode())
    for card_id, amount, account in sorted(lines, key=lambda line: line[0]):
        h.update(f"\n{card_id}|{Decimal(amount).quantize(FEN)}|{account}".encode())
    return h.hexdigest()
