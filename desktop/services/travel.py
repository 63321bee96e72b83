"""Travel use cases. For now: the standards-checked claim calculation (``desktop travel quote``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

from desktop.domain.travel.allowances import Quote, parse_trip, quote_trip
from desktop.domain.travel.standards import RegionStandard, standards_from_csv

__all__ = ["default_standards", "quote"]


@lru_cache(maxsize=1)
def default_standards() -> Mapping[str, RegionStandard]:
    """The Tongyu table (P-001 figures, TRAVEL-19 default) shipped in resources/standards."""
    from desktop.app.paths import resource_path

    return standards_from_csv(resource_path("standards", "travel_standards.csv").read_text(encoding="utf-8"))


def quote(trip: Any, standards: Mapping[str, RegionStandard] | None = None) -> Quote:
    """Parse one trip (the JSON shape of ``desktop travel quote``) and compute its breakdown.

    Raises ``QuoteInputError`` naming the malformed field.
    """
    table = standards or default_standards()
    days, tickets = parse_trip(trip, table)
    return quote_trip(days, tickets, table)
