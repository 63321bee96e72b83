"""Reception meal standards (RECEP-05), bureau data with the Tongyu figures as default
(``reception_meeting_standards.csv``): a cap per person per meal, inclusive or strictly below.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

__all__ = ["MealLimit", "ReceptionStandards", "MEAL_TYPES", "MEALS", "reception_standards_from_rows",
           "reception_rows_from_csv", "ReceptionStandardsError", "missing_meal_standard"]

MEAL_TYPES: Mapping[str, str] = {"buffet": "自助餐", "table": "工作桌餐", "staff": "工作人员用餐"}
MEALS: Mapping[str, str] = {"breakfast": "早餐", "lunch": "午餐", "dinner": "晚餐", "any": "每餐"}
LIMIT_TYPES = frozenset({"max_inclusive", "max_exclusive"})


class ReceptionStandardsError(ValueError):
    pass


@dataclass(frozen=True)
class MealLimit:
    meal_type: str
    meal: str  # breakfast / lunch / dinner, or "any"
    amount: Decimal
    exclusive: bool  # the table meal is "低于150元": strictly below

    def allows(self, per_head: Decimal) -> bool:
        return per_head < self.amount if self.exclusive else per_head <= self.amount

    def allows_total(self, amount: Decimal, heads: int) -> bool:
        """RECEP-05 on the unrounded cost per head: the meal's total against standard × heads."""
        cap = self.amount * heads
        return amount < cap if self.exclusive else amount <= cap

    def text(self) -> str:
        return f"{MEAL_TYPES[self.meal_type]}{'' if self.meal == 'any' else MEALS[self.meal]}" \
               f"{'低于' if self.exclusive else '不超过'}{self.amount}元/人"


@dataclass(frozen=True)
class ReceptionStandards:
    limits: tuple[MealLimit, ...]  # empty: the bureau has not entered its meal standards (未设置)
    alcohol_exception: bool = False  # RECEP-07 profile switch: alcohol for HK/Macau/Taiwan guests
    source: str = ""  # the document the figures come from

    def limit(self, meal_type: str, meal: str) -> MealLimit | None:
        for lim in self.limits:
            if lim.meal_type == meal_type and lim.meal in (meal, "any"):
                return lim
        return None

    def to_rows(self) -> list[dict[str, Any]]:
        return [{"meal_type": x.meal_type, "meal": x.meal, "amount": str(x.amount),
                 "limit": "max_exclusive" if x.exclusive else "max_inclusive"} for x in self.limits]


def reception_standards_from_rows(rows: Iterable[Mapping[str, Any]], *, alcohol_exception: bool = False,
                                  source: str = "") -> ReceptionStandards:
    """The meal standards; no rows is a table not entered yet (each meal then refused, RECEP-05)."""
    limits = []
    for i, row in enumerate(rows):
        where = f"reception[{i}]"
        mt, meal, kind = str(row.get("meal_type", "")), str(row.get("meal", "any")), str(row.get("limit", "max_inclusive"))
        if mt not in MEAL_TYPES:
            raise ReceptionStandardsError(f"{where}.meal_type: {mt!r} is not one of {sorted(MEAL_TYPES)}")
        if meal not in MEALS:
            raise ReceptionStandardsError(f"{where}.meal: {meal!r} is not one of {sorted(MEALS)}")
        if kind not in LIMIT_TYPES:
            raise ReceptionStandardsError(f"{where}.limit: {kind!r} is not one of {sorted(LIMIT_TYPES)}")
        try:
            amount = Decimal(str(row.get("amount")))
        except InvalidOperation:
            raise ReceptionStandardsError(f"{where}.amount: {row.get('amount')!r} is not a number") from None
        if not amount.is_finite() or amount <= 0:
            raise ReceptionStandardsError(f"{where}.amount: must be more than 0")
        limits.append(MealLimit(mt, meal, amount.quantize(Decimal("0.01")), kind == "max_exclusive"))
    return ReceptionStandards(tuple(limits), alcohol_exception, source)


def missing_meal_standard(meal_type: str, meal: str, standards: ReceptionStandards) -> str:
    """The words for a meal whose standard the bureau has not entered: the figure and where to
    enter it (RECEP-05, TRAVEL-19's "bureau data")."""
    from desktop.domain.standard_versions import WHERE_TO_ENTER

    what = f"{MEAL_TYPES.get(meal_type, meal_type)}{'' if meal == 'any' else MEALS.get(meal, meal)}"
    return f"未设置“{what}”接待用餐标准：{WHERE_TO_ENTER}" + (f"（{standards.source}）" if standards.source else "")


_CSV_TYPES = {"自助餐": "buffet", "工作桌餐": "table", "工作人员用餐": "staff"}
_CSV_MEALS = {"早餐": "breakfast", "午餐": "lunch", "晚餐": "dinner", "每餐": "any"}


def reception_rows_from_csv(text: str) -> list[dict[str, Any]]:
    """The reception rows of ``reception_meeting_standards.csv`` in the preset's row shape."""
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["module"] != "reception":
            continue
        out.append({"meal_type": _CSV_TYPES[row["category"].split()[0]], "meal": _CSV_MEALS[row["item"].split()[0]],
                    "amount": row["amount_yuan"], "limit": row["limit_type"]})
    return out
