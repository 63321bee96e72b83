"""Half-yearly counts of a store (SUPPLY-11) and what a difference needs (SUPPLY-12): the rules
that need no database — a line's difference and value, what stops a report, the report's title,
and the adjustment that turns an approved difference into stock movements."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.money import CENT
from desktop.domain.supplies.periods import half_label

__all__ = ["CountLine", "difference_of", "difference_value", "report_problems", "count_title", "Adjustment",
           "adjustments"]


@dataclass(frozen=True)
class CountLine:
    """One counted item as the rules see it."""

    name: str
    book_quantity: int
    counted_quantity: int | None
    explanation: str = ""
    compensation: Decimal = Decimal("0.00")
    liable: bool = False


def difference_of(book: int, counted: int | None) -> int | None:
    """Counted less book (盘盈 +, 盘亏 −); ``None`` while not counted."""
    return None if counted is None else counted - book


def difference_value(difference: int | None, average_cost: Decimal) -> Decimal:
    """The difference at the item's moving-average cost, signed, to the cent."""
    if not difference:
        return Decimal("0.00")
    return (average_cost * difference).quantize(CENT)


def report_problems(lines: Sequence[CountLine]) -> list[Problem]:
    """SUPPLY-11: every line counted and every difference explained, all listed at once;
    SUPPLY-12: a compensation names the person liable."""
    problems: list[Problem] = []
    if not lines:
        problems.append(Problem("SUPPLY-11", "count.empty", "本次盘点没有任何物品"))
    for line in lines:
        if line.counted_quantity is None:
            problems.append(Problem("SUPPLY-11", "count.not_counted", f"{line.name}：尚未录入实存数量"))
            continue
        if line.counted_quantity != line.book_quantity and not line.explanation.strip():
            problems.append(Problem("SUPPLY-11", "count.unexplained",
                                    f"{line.name}：账存 {line.book_quantity}，实存 {line.counted_quantity}，"
                                    "差异须查明原因并说明"))
        if line.compensation > 0 and not line.liable:
            problems.append(Problem("SUPPLY-12", "count.liable_missing", f"{line.name}：有赔偿金额，须写明赔偿责任人"))
    return problems


def count_title(year: int, half: int, location: str) -> str:
    """2026年上半年办公用品盘点（办公室库房）"""
    return f"{half_label(year, half)}办公用品盘点（{location}）"


@dataclass(frozen=True)
class Adjustment:
    """A movement the approved count makes: ``kind`` gain | loss, ``quantity`` signed."""

    key: int
    name: str
    kind: str
    quantity: int


def adjustments(lines: Sequence[tuple[int, str, int, int]]) -> tuple[list[Adjustment], list[Problem]]:
    """From (key, name, difference, on hand now) per line: a gain or loss by the difference
    (stock may have moved since the count began, so the difference is applied, not the counted
    quantity); refused, every line at once, where the loss would take stock below zero."""
    out: list[Adjustment] = []
    problems: list[Problem] = []
    for key, name, difference, on_hand in lines:
        if difference == 0:
            continue
        if on_hand + difference < 0:
            problems.append(Problem("SUPPLY-11", "count.below_zero",
                                    f"{name}：盘亏 {-difference}，但现有库存仅 {on_hand}（盘点后已有出库），"
                                    "调整后将为负数：请查明后重新盘点"))
            continue
        out.append(Adjustment(key, name, "gain" if difference > 0 else "loss", difference))
    return out, problems
