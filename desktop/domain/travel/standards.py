"""Travel standards per region (TRAVEL-06, TRAVEL-07, TRAVEL-08, TRAVEL-19): lodging cap per night,
meal allowance and city transport per calendar day. A bureau's table is data with effective dates
(:class:`TravelStandards`); P-001's default is the Tongyu table in
``resources/standards/travel_standards.csv``; P-000 ships the national rows only, its local figures
"not set" (an empty cell) until the bureau enters them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from desktop.domain.money import MoneyError, parse_amount

__all__ = ["RegionStandard", "StandardsError", "standards_from_csv", "standards_from_rows", "standards_to_rows",
           "IN_COUNTY", "TravelStandards", "standard_on", "missing_figures", "FIGURES", "used_by_days", "pinned"]

IN_COUNTY = "in_county"
SCOPES = frozenset({IN_COUNTY, "in_province", "other_province"})


class StandardsError(ValueError):
    pass


@dataclass(frozen=True)
class RegionStandard:
    region: str
    region_en: str
    scope: str
    lodging_cap: Decimal | None  # None: not set by the bureau (未设置)
    meal_allowance: Decimal | None  # a flat amount (包干), or in-county a ceiling (AMB-05)
    city_transport: Decimal | None
    source: str = ""  # where the figures come from (the bureau's document)

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
                lodging_cap=_figure(row["lodging_cap_yuan"], f"line {line} lodging_cap_yuan"),
                meal_allowance=_figure(row["meal_allowance_yuan"], f"line {line} meal_allowance_yuan"),
                city_transport=_figure(row["city_transport_yuan"], f"line {line} city_transport_yuan"),
                source=row.get("source", "").strip(),
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


def _figure(text: str, where: str) -> Decimal | None:
    """An amount, or None for an empty cell (a figure the bureau has not entered)."""
    return None if not text.strip() else parse_amount(text, field=where)


def _text(v: Decimal | None) -> str:
    return "" if v is None else str(v)


def standards_to_rows(table: Mapping[str, RegionStandard]) -> list[dict[str, str]]:
    return [{"region": s.region, "region_en": s.region_en, "scope": s.scope, "lodging_cap_yuan": _text(s.lodging_cap),
             "meal_allowance_yuan": _text(s.meal_allowance), "city_transport_yuan": _text(s.city_transport),
             **({"source": s.source} if s.source else {})}
            for s in table.values()]


# Effective dates -------------------------------------------------------------------------------
FIGURES = {"lodging_cap": ("住宿费", "TRAVEL-06"), "meal_allowance": ("伙食补助费", "TRAVEL-07"),
           "city_transport": ("市内交通费", "TRAVEL-08")}


class TravelStandards(Mapping[str, RegionStandard]):
    """The bureau's travel table over time: as a mapping, every region any version names (the
    latest version's figures); :meth:`on` the table in force on a day.

    Reading of a trip that spans a change (TRAVEL-19 "适时调整"): each calendar day is paid by the
    version in force on that day — a night's lodging by the version of the night's date, a day's
    meals and city transport by that day's version — as the seed pays each day by "当天" standards
    (TRAVEL-09). A day before the first dated version uses the first version.
    """

    def __init__(self, versions: Sequence[tuple[date | None, Mapping[str, RegionStandard]]]):
        self.versions = sorted(versions, key=lambda v: v[0] or date.min)
        merged: dict[str, RegionStandard] = {}
        for _on, table in self.versions:
            merged.update(table)
        self._all = merged

    def on(self, day: date | None) -> Mapping[str, RegionStandard]:
        if not self.versions:
            return {}
        if day is None:
            return self.versions[-1][1]
        found = self.versions[0][1]
        for effective, table in self.versions:
            if effective is None or effective <= day:
                found = table
        return found

    def effective_of(self, day: date) -> date | None:
        found = self.versions[0][0] if self.versions else None
        for effective, _t in self.versions:
            if effective is None or effective <= day:
                found = effective
        return found

    def __getitem__(self, region: str) -> RegionStandard:
        return self._all[region]

    def __iter__(self):  # noqa: ANN204
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def filled(self) -> "TravelStandards":
        """The same table with every unset figure as 0.00 (to compute the rest of a claim while
        its missing figures are reported)."""
        zero = Decimal("0.00")

        def fill(s: RegionStandard) -> RegionStandard:
            return RegionStandard(s.region, s.region_en, s.scope, zero if s.lodging_cap is None else s.lodging_cap,
                                  zero if s.meal_allowance is None else s.meal_allowance,
                                  zero if s.city_transport is None else s.city_transport, s.source)
        return TravelStandards([(d, {k: fill(v) for k, v in t.items()}) for d, t in self.versions])


def standard_on(standards: Mapping[str, RegionStandard], region: str, day: date | None) -> RegionStandard:
    """The standard of ``region`` in force on ``day`` (a plain mapping: the same every day)."""
    on = getattr(standards, "on", None)
    if on is not None:
        table = on(day)
        if region in table:
            return table[region]
    return standards[region]


def _needs(days: Sequence[Any], standards: Mapping[str, RegionStandard]) -> list[tuple[Any, RegionStandard, str]]:
    """(day, standard, figure) for every figure the calculation of ``days`` uses (as quote_trip
    does: no lodging or meal figure on hosted days, meals on the way to a hosted meeting flat,
    no city transport in the county or with one's own vehicle)."""
    hosted_any = any(d.hosted for d in days)
    out = []
    for d in days:
        std = standard_on(standards, d.region, d.on)
        if d.lodged and d.lodging_invoice is not None and not d.hosted:
            out.append((d, std, "lodging_cap"))
        if not d.hosted and (std.in_county or not hosted_any):
            out.append((d, std, "meal_allowance"))
        if not std.in_county and not d.hosted and not d.own_vehicle:
            out.append((d, std, "city_transport"))
    return out


def missing_figures(days: Sequence[Any], standards: Mapping[str, RegionStandard], *, source: str = "") -> list[Any]:
    """One problem per region and figure the trip needs that the bureau has not entered, naming
    the dates, the figure and where to enter it (TRAVEL-06/07/08, TRAVEL-19)."""
    from desktop.domain.approval.model import Problem
    from desktop.domain.standard_versions import WHERE_TO_ENTER

    gaps: dict[tuple[str, str], list[str]] = {}
    sources: dict[tuple[str, str], str] = {}
    for d, std, figure in _needs(days, standards):
        if getattr(std, figure) is None:
            key = (std.region, figure)
            gaps.setdefault(key, []).append(d.on.isoformat())
            sources[key] = std.source or source
    out = []
    for (region, figure), dates in gaps.items():
        label, rule = FIGURES[figure]
        where = f"（{sources[(region, figure)]}）" if sources[(region, figure)] else ""
        out.append(Problem(rule, f"standards.travel.{figure}",
                           f"未设置“{region}”{label}标准（{'、'.join(dates)}）：{WHERE_TO_ENTER}{where}"))
    return out


def used_by_days(days: Sequence[Any], standards: Mapping[str, RegionStandard]) -> list[dict[str, Any]]:
    """What a claim stores when submitted: per day the region's figures in force that day and the
    version's date, so a later change of the table never changes the claim (TRAVEL-19)."""
    out = []
    for d in days:
        std = standard_on(standards, d.region, d.on)
        effective = standards.effective_of(d.on) if isinstance(standards, TravelStandards) else None
        out.append({"date": d.on.isoformat(), "from": effective.isoformat() if effective else None,
                    **standards_to_rows({std.region: std})[0]})
    return out


def pinned(standards: Mapping[str, RegionStandard], used: Sequence[Mapping[str, Any]]) -> TravelStandards:
    """The table with the figures a submitted claim stored pinned on their days (any other day or
    region: the table as it is)."""
    base = standards if isinstance(standards, TravelStandards) else TravelStandards([(None, standards)])
    pins: dict[str, Mapping[str, RegionStandard]] = {}
    for row in used:
        pins[str(row["date"])] = standards_from_rows([{k: v for k, v in row.items() if k not in ("date", "from")}])
    return _Pinned(base, pins)


class _Pinned(TravelStandards):
    def __init__(self, base: TravelStandards, pins: Mapping[str, Mapping[str, RegionStandard]]):
        super().__init__(base.versions)
        self._pins = pins
        for table in pins.values():
            for k, v in table.items():
                self._all.setdefault(k, v)

    def on(self, day: date | None) -> Mapping[str, RegionStandard]:
        table = super().on(day)
        pin = self._pins.get(day.isoformat()) if day else None
        return {**table, **pin} if pin else table

    def filled(self) -> TravelStandards:
        base = TravelStandards(self.versions).filled()
        zero = Decimal("0.00")
        pins = {d: {k: RegionStandard(v.region, v.region_en, v.scope, v.lodging_cap or zero, v.meal_allowance or zero,
                                      v.city_transport or zero, v.source) for k, v in t.items()}
                for d, t in self._pins.items()}
        return _Pinned(base, pins)
