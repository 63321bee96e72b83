"""Meeting standards per category one to five (MEET-03, -04, -05, -09): the comprehensive cap
per person-day and its parts, and the limits on days, people, county delegates and staff share.
Bureau data; the defaults are the Tongyu figures (``reception_meeting_standards.csv`` + 001).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

__all__ = ["CategoryStandard", "MeetingStandards", "DEFAULT_MEETING_ROWS", "meeting_standards_from_rows",
           "MeetingStandardsError", "CATEGORY_LABELS", "missing_category"]

CATEGORY_LABELS = {1: "一类会议", 2: "二类会议", 3: "三类会议", 4: "四类会议", 5: "五类会议"}


class MeetingStandardsError(ValueError):
    pass


@dataclass(frozen=True)
class CategoryStandard:
    category: int
    total: Decimal | None  # comprehensive cap per person-day; None: set separately (category 1)
    lodging: Decimal | None
    food: Decimal | None
    other: Decimal | None
    max_people: int | None
    max_county_delegates: int | None  # AMB-10: delegates per invited unit, a warning
    staff_share: Decimal | None  # staff at most this share of delegates
    max_per_year: int | None  # MEET-03
    max_days: int | None  # MEET-04: briefing meetings
    max_travel_days: int | None  # MEET-04: arrival plus departure days


DEFAULT_MEETING_ROWS: list[dict[str, Any]] = [
    {"category": 1, "total": None, "lodging": None, "food": None, "other": None, "max_people": None,
     "max_county_delegates": None, "staff_share": None, "max_per_year": None, "max_days": None, "max_travel_days": 2},
    {"category": 2, "total": "480", "lodging": "300", "food": "100", "other": "80", "max_people": None,
     "max_county_delegates": None, "staff_share": None, "max_per_year": None, "max_days": None, "max_travel_days": 2},
    {"category": 3, "total": "380", "lodging": "200", "food": "100", "other": "80", "max_people": 200,
     "max_county_delegates": 2, "staff_share": "0.10", "max_per_year": 1, "max_days": 1, "max_travel_days": 1},
    {"category": 4, "total": "300", "lodging": "150", "food": "100", "other": "50", "max_people": 120,
     "max_county_delegates": 1, "staff_share": "0.05", "max_per_year": 2, "max_days": 1, "max_travel_days": 1},
    {"category": 5, "total": "300", "lodging": "150", "food": "100", "other": "50", "max_people": 50,
     "max_county_delegates": None, "staff_share": None, "max_per_year": None, "max_days": 1, "max_travel_days": 1},
]


@dataclass(frozen=True)
class MeetingStandards:
    categories: Mapping[int, CategoryStandard]  # empty: the bureau has not entered its table (未设置)
    source: str = ""  # the document the figures come from

    def of(self, category: int) -> CategoryStandard | None:
        return self.categories.get(category)

    def to_rows(self) -> list[dict[str, Any]]:
        out = []
        for c in sorted(self.categories.values(), key=lambda x: x.category):
            row = {}
            for key in CategoryStandard.__dataclass_fields__:
                v = getattr(c, key)
                row[key] = str(v) if isinstance(v, Decimal) else v
            out.append(row)
        return out


def _dec(row: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    v = row.get(key)
    if v is None or v == "":
        return None
    try:
        d = Decimal(str(v))
    except InvalidOperation:
        raise MeetingStandardsError(f"{where}.{key}: {v!r} is not a number") from None
    if not d.is_finite() or d < 0:
        raise MeetingStandardsError(f"{where}.{key}: must be a number ≥ 0")
    return d


def _int(row: Mapping[str, Any], key: str, where: str) -> int | None:
    v = row.get(key)
    if v is None or v == "":
        return None
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise MeetingStandardsError(f"{where}.{key}: must be a whole number ≥ 0")
    return v


def meeting_standards_from_rows(rows: Iterable[Mapping[str, Any]], *, source: str = "") -> MeetingStandards:
    """The table; no rows is a table not entered yet (a meeting is then refused, MEET-09)."""
    out: dict[int, CategoryStandard] = {}
    for i, row in enumerate(rows):
        where = f"meeting[{i}]"
        cat = row.get("category")
        if cat not in (1, 2, 3, 4, 5):
            raise MeetingStandardsError(f"{where}.category: must be 1..5")
        if cat in out:
            raise MeetingStandardsError(f"{where}.category: {cat} appears twice")
        out[cat] = CategoryStandard(cat, _dec(row, "total", where), _dec(row, "lodging", where), _dec(row, "food", where),
                                    _dec(row, "other", where), _int(row, "max_people", where),
                                    _int(row, "max_county_delegates", where), _dec(row, "staff_share", where),
                                    _int(row, "max_per_year", where), _int(row, "max_days", where),
                                    _int(row, "max_travel_days", where))
    return MeetingStandards(out, source)


def missing_category(category: Any, standards: MeetingStandards, field: str = "meeting") -> Any:
    """The problem for a meeting of a category (1–5) the bureau has not entered, naming the figure
    and where to enter it (MEET-09); None when the category is set or is not 1–5."""
    from desktop.domain.approval.model import Problem
    from desktop.domain.standard_versions import WHERE_TO_ENTER

    if category not in CATEGORY_LABELS or standards.of(category) is not None:
        return None
    where = f"（{standards.source}）" if standards.source else ""
    return Problem("MEET-09", f"{field}.standard",
                   f"未设置“{CATEGORY_LABELS[category]}”会议费综合定额及人数、会期标准：{WHERE_TO_ENTER}{where}")
