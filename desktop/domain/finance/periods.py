"""Accounting periods as the books name them: a month "2026-11" or a year "2026" (its twelve months)."""

from __future__ import annotations

import calendar
from datetime import date

__all__ = ["parse_period", "period_of", "previous_period", "next_period", "period_dates"]


def parse_period(text: str) -> tuple[str, str]:
    """'2026' → ('2026-01', '2026-12'); '2026-11' → ('2026-11', '2026-11'); else ValueError."""
    text = (text or "").strip()
    year, sep, month = text.partition("-")
    ok_year = len(year) == 4 and year.isascii() and year.isdigit() and 1900 < int(year) < 3000
    if ok_year and not sep:
        return f"{year}-01", f"{year}-12"
    if ok_year and len(month) == 2 and month.isascii() and month.isdigit() and 1 <= int(month) <= 12:
        return text, text
    raise ValueError(f"期间“{text[:40]}”须为 YYYY 或 YYYY-MM，如 2026 或 2026-11")


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_period(period: str) -> str:
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def next_period(period: str) -> str:
    year, month = int(period[:4]), int(period[5:])
    return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"


def period_dates(first: str, last: str | None = None) -> tuple[date, date]:
    """The first day of ``first`` and the last day of ``last`` (default: the same month)."""
    last = last or first
    y2, m2 = int(last[:4]), int(last[5:])
    return date(int(first[:4]), int(first[5:]), 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
