"""How values read on screen: money with thousands separators, times in local time."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

__all__ = ["money", "local_time", "submitted_at"]


def money(value: Decimal | int | str | None) -> str:
    """``12345.6`` → ``12,345.60``."""
    if value is None or value == "":
        return ""
    return f"{Decimal(str(value)):,.2f}"


def local_time(value: datetime | str | None, *, seconds: bool = False) -> str:
    """The database keeps naive UTC; show the PC's local time."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def submitted_at(doc) -> datetime | None:  # noqa: ANN001 - a DocumentView
    """When the document was (last) submitted."""
    for action in reversed(doc.history):
        if action.action == "submit":
            return action.at
    return None
