"""Half-years (SUPPLY-03, SUPPLY-11) and the dates the sections' plans are due.

Plans are made every half year: the needs for July–December are due by the first deadline of the
year (30 June), those for January–June of the next year by the second (30 December; AMB-20: as
written, not 31). A preset without deadlines takes these documented defaults.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.approval.presets import _deadline_day

__all__ = ["DEFAULT_PLAN_DEADLINES", "half_of", "half_bounds", "half_label", "plan_due", "month_bounds"]

DEFAULT_PLAN_DEADLINES = ("06-30", "12-30")


def half_of(day: date) -> tuple[int, int]:
    return day.year, 1 if day.month <= 6 else 2


def half_bounds(year: int, half: int) -> tuple[date, date]:
    if half not in (1, 2):
        raise ValueError("half is 1 or 2")
    return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))


def half_label(year: int, half: int) -> str:
    return f"{year}年{'上' if half == 1 else '下'}半年"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)


def plan_due(year: int, half: int, days: tuple[str, ...] = ()) -> date:
    """The day a section's plan for ``half`` of ``year`` is due: the first deadline of the same year
    for the second half, the last deadline of the year before for the first half."""
    ordered = sorted(days or DEFAULT_PLAN_DEADLINES)
    if half == 2:
        return _deadline_day(ordered[0], year)
    if half == 1:
        return _deadline_day(ordered[-1], year - 1)
    raise ValueError("half is 1 or 2")
