"""Travel standards per region (TRAVEL-06, TRAVEL-07, TRAVEL-08, TRAVEL-19): lodging cap per night,
meal allowance and city transport per calendar day. A bureau's table is data; the default is the
Tongyu table in ``resources/standards/travel_standards.csv``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Mapping

from desktop.domain.money import MoneyError, parse_amount

__all__ = ["RegionStandard", "StandardsError", "standards_from_csv", "standards_from_rows", "standards_to_rows",
           "IN_COUNTY"]

IN_COUNTY = "in_county"
SCOPES = frozenset({IN_COUNTY, "in_province", "other_province"})


class StandardsError(ValueError):
    pass


@dataclass(frozen=True)
class RegionStandard:
    region: str
    region_en: str
    scope: str
    lodging_cap: Decimal
    meal_allowance: Decimal  # a flat amount (包干), or in-county a ceiling (AMB-05)
    city_transport: Decimal

    @property
    def in_county(self) -> bool:
        return self.scope == IN_COUNTY


def standards_from_csv(text: str) -> Mapping[str, RegionStandard]:
    """Parse a standards table (the columns of travel_standards.csv)."""
    return standards_from_rows(csv.DictReader(io.StringIO(text)), first_line=2)


def standards_from_rows(rows: Iterable[Mapping[str, Any]], *, first_line: int = 0) -> Mapping[str, RegionStandard]:
    """The same table as rows (the bureau preset's ``standards.travel``: dicts with the CSV's columns)."""
    table: dict[str, RegionStandard] = {}
    for line, raw in enumerate(rows, start=first_line):
        row = {k: ("" if v is None else str(v)) for k, v in raw.items()}
        try:
            scope = row["scope"].strip()
            if scope not in SCOPES:
                raise StandardsError(f"line {line}: scope {scope!r} is not one of {sorted(SCOPES)}")
            std = RegionStandard(
                region=row["region"].strip(),
                region_en=row.get("region_en", "").strip(),
                scope=scope,
                lodging_cap=parse_amount(row["lodging_cap_yuan"], field=f"line {line} lodging_cap_yuan"),
                meal_allowance=parse_amount(row["meal_allowance_yuan"], field=f"line {line} meal_allowance_yuan"),
                city_transport=parse_amount(row["city_transport_yuan"], field=f"line {line} city_transport_yuan"),
            )
        except KeyError as exc:
            raise StandardsError(f"line {line}: missing column {exc.args[0]!r}") from None
        except MoneyError as exc:
            raise StandardsError(str(exc)) from None
        if std.region in table:
            raise StandardsError(f"line {line}: region {std.region!r} appears twice")
        table[std.region] = std
    if not table:
        raise StandardsError("the standards table is empty")
    return table


def standards_to_rows(table: Mapping[str, RegionStandard]) -> list[dict[str, str]]:
    return [{"region": s.region, "region_en": s.region_en, "scope": s.scope, "lodging_cap_yuan": str(s.lodging_cap),
             "meal_allowance_yuan": str(s.meal_allowance), "city_transport_yuan": str(s.city_transport)}
            for s in table.values()]
