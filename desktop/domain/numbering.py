"""Serial number format (IC-15): ``记-2026-11-0001`` per month, ``差-2026-0001`` per year."""

from __future__ import annotations

from datetime import date

__all__ = ["period_key", "format_serial"]


def period_key(period: str, on: date) -> str:
    if period == "month":
        return f"{on.year:04d}-{on.month:02d}"
    if period == "year":
        return f"{on.year:04d}"
    raise ValueError(f"unknown numbering period {period!r}")


def format_serial(prefix: str, period: str, on: date, value: int) -> str:
    return f"{prefix}-{period_key(period, on)}-{value:04d}"
