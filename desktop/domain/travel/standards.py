"""Travel standards per region (TRAVEL-06, TRAVEL-07, TRAVEL-08, TRAVEL-19): lodging cap per night,
meal allowance and city transport per calendar day. A bureau's table is data; the default is the
Tongyu table in ``resources/standards/travel_standards.csv``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping

from desktop.domain.money import MoneyError, parse_amount

__all__ = ["RegionStandard", "StandardsError", "standards_from_csv", "IN_COUNTY"]

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
    table: dict[str, RegionStandard] = {}
    reader = csv.DictReader(io.StringIO(text))
    for line, row in enumerate(reader, start=2):
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
