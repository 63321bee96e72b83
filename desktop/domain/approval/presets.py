"""A bureau's rule preset: named parameters (thresholds), chains per document kind, and the
incompatible position pairs. Shipped presets P-000 (Jinchuan) and P-001 (Tongyu) are JSON in
``resources/presets``; a bureau keeps its own edited copy in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from desktop.domain.approval.model import ChainSpec, PresetError
from desktop.domain.duties import IncompatiblePair, pairs_from_dicts
from desktop.domain.positions import POSITION_KEYS

__all__ = ["Preset", "preset_from_dict", "PARAMETER_LABELS", "DEADLINE_LABELS", "next_deadline"]

# What each named parameter means, for the administrator's screen: (label, rule ID).
PARAMETER_LABELS: Mapping[str, tuple[str, str]] = {
    "collective_threshold": ("集体决策金额标准（元，达到即需集体决策）", "VOUCH-08"),
    "travel_short_days": ("出差分级审批天数（含本数由分管领导审批）", "TRAVEL-02"),
    "travel_claim_days": ("差旅费报销期限（返回后天数）", "TRAVEL-03"),
    "bulk_disposal_count": ("批量处置数量标准（件）", "ASSET-03"),
    "asset_threshold_general": ("固定资产价值标准：通用设备（元，达到即建卡）", "ASSET-01"),
    "asset_threshold_special": ("固定资产价值标准：专用设备（元，达到即建卡）", "ASSET-01"),
    "asset_income_to_treasury": ("资产处置残值收入上缴财政（1 上缴财政，0 交财务科）", "ASSET-04"),
    "asset_disposal_external_ref": ("资产处置须录入区国资局批复文号（1 是，0 否）", "ASSET-02"),
    "seal_cheque_finance_block": ("出纳不得同时保管支票和财务专用章（1 禁止，0 仅警告）", "SEAL-16"),
    "holiday_filing_county_office": ("节假日用车须向县机关事务管理局报备（1 是，0 否）", "VEH-07"),
    "holiday_filing_bureau_office": ("节假日用车须向局办公室报备（1 是，0 否）", "VEH-07"),
}

# Dates in the year something is due, "MM-DD" (a preset's ``deadlines``): (label, rule ID).
DEADLINE_LABELS: Mapping[str, tuple[str, str]] = {
    "supply_plan": ("办公用品使用计划单提交截止日（每年）", "SUPPLY-03"),
}


def _deadline_day(text: str, year: int) -> date:
    month, day = (int(p) for p in text.split("-"))
    if (month, day) == (2, 29) and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28  # "02-29" falls on the last day of February in other years
    return date(year, month, day)


def next_deadline(days: tuple[str, ...], today: date) -> date | None:
    """The first of ``days`` ("MM-DD", each year) on or after ``today``: the half-year supply plans
    are due 30 June and 30 December (SUPPLY-03), so on 1 July the next is 30 December."""
    if not days:
        return None
    this_year = sorted(_deadline_day(d, today.year) for d in days)
    return next((d for d in this_year if d >= today), _deadline_day(sorted(days)[0], today.year + 1))


@dataclass(frozen=True)
class Preset:
    code: str
    name: str
    parameters: Mapping[str, Decimal]
    chains: Mapping[str, ChainSpec]
    incompatible: tuple[IncompatiblePair, ...]
    notes: Mapping[str, str]
    # The bureau's standards tables (TRAVEL-19, RECEP-05, MEET-09): "travel", "reception", "meeting",
    # "vehicle" rows; a missing table means the shipped defaults (resources/standards).
    standards: Mapping[str, Any] = field(default_factory=dict)
    # Dates something is due each year, "MM-DD" by name (DEADLINE_LABELS): supply_plan (SUPPLY-03).
    deadlines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def chain(self, kind: str) -> ChainSpec:
        try:
            return self.chains[kind]
        except KeyError:
            raise PresetError(f"no approval chain for document kind {kind!r}") from None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "parameters": {k: str(v) for k, v in self.parameters.items()},
            "chains": {k: c.to_dict() for k, c in self.chains.items()},
            "incompatible_positions": [
                {"first": p.first, "second": p.second, "rule": p.rule, "reason": p.reason} for p in self.incompatible
            ],
            "notes": dict(self.notes),
            **({"standards": dict(self.standards)} if self.standards else {}),
            **({"deadlines": {k: list(v) for k, v in self.deadlines.items()}} if self.deadlines else {}),
        }


def preset_from_dict(data: Mapping[str, Any]) -> Preset:
    """Parse and check a preset; ``PresetError`` names the first wrong place."""
    try:
        code, name = str(data["code"]), str(data["name"])
    except KeyError as exc:
        raise PresetError(f"preset: missing {exc.args[0]!r}") from exc
    params: dict[str, Decimal] = {}
    for key, value in (data.get("parameters") or {}).items():
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise PresetError(f"parameters.{key}: {value!r} is not a number") from None
        if not number.is_finite() or number < 0:
            raise PresetError(f"parameters.{key}: {value!r} must be a number ≥ 0")
        params[str(key)] = number
    chains: dict[str, ChainSpec] = {}
    for kind, raw in (data.get("chains") or {}).items():
        chain = ChainSpec.from_dict(str(kind), raw)
        for i, step in enumerate(chain.steps):
            where = f"chains.{kind}.steps[{i}]"
            if step.position not in POSITION_KEYS:
                raise PresetError(f"{where}.position: unknown position {step.position!r}")
            if step.position == "sysadmin":
                raise PresetError(f"{where}.position: the system administrator takes no business approvals (SEC-13)")
            for cond, label in ((step.when, "when"), (step.collective, "collective")):
                if cond is not None:
                    cond.validate(params, f"{where}.{label}")
        if chain.reference is not None:
            chain.reference.validate(params, f"chains.{kind}.reference")
        chains[chain.kind] = chain
    pairs = pairs_from_dicts(data.get("incompatible_positions") or [])
    for i, pair in enumerate(pairs):
        for pos in (pair.first, pair.second):
            if pos not in POSITION_KEYS:
                raise PresetError(f"incompatible_positions[{i}]: unknown position {pos!r}")
    standards = _check_standards(data.get("standards") or {})
    return Preset(code=code, name=name, parameters=params, chains=chains, incompatible=pairs,
                  notes={str(k): str(v) for k, v in (data.get("notes") or {}).items()}, standards=standards,
                  deadlines=_check_deadlines(data.get("deadlines") or {}))


def _check_deadlines(data: Any) -> dict[str, tuple[str, ...]]:
    """``{"supply_plan": ["06-30", "12-30"]}`` (AMB-20: 30 December as written, not 31): known names,
    each a real day of the year as MM-DD."""
    if not isinstance(data, Mapping):
        raise PresetError("deadlines: must be an object of lists of MM-DD days")
    out: dict[str, tuple[str, ...]] = {}
    for name, days in data.items():
        if name not in DEADLINE_LABELS:
            raise PresetError(f"deadlines: unknown name {name!r} (one of {list(DEADLINE_LABELS)})")
        if not isinstance(days, list) or not days:
            raise PresetError(f"deadlines.{name}: must be a non-empty list of MM-DD days")
        for d in days:
            try:
                if not isinstance(d, str) or len(d) != 5 or d[2] != "-":
                    raise ValueError(d)
                _deadline_day(d, 2028)  # a leap year: 02-29 is a day
            except ValueError:
                raise PresetError(f"deadlines.{name}: {d!r} is not a day as MM-DD") from None
        out[str(name)] = tuple(days)
    return out


STANDARD_TABLES = ("travel", "reception", "meeting", "vehicle")


def _check_standards(data: Any) -> dict[str, Any]:
    """Validate the bureau's standards tables with the parsers the modules use."""
    from desktop.domain.meetings.standards import MeetingStandardsError, meeting_standards_from_rows
    from desktop.domain.reception.standards import ReceptionStandardsError, reception_standards_from_rows
    from desktop.domain.travel.standards import StandardsError, standards_from_rows

    if not isinstance(data, Mapping):
        raise PresetError("standards: must be an object of tables")
    unknown = set(data) - set(STANDARD_TABLES)
    if unknown:
        raise PresetError(f"standards: unknown tables {sorted(unknown)} (one of {list(STANDARD_TABLES)})")
    from desktop.domain.standard_versions import VersionError, versions_of

    parsers = {"travel": standards_from_rows, "reception": reception_standards_from_rows,
               "meeting": meeting_standards_from_rows}
    try:  # each version of each table (a legacy list of rows: one version, TRAVEL-19)
        for name, parse in parsers.items():
            if name in data:
                for version in versions_of(data[name], name):
                    parse(_rows(version.rows, name))
    except (StandardsError, ReceptionStandardsError, MeetingStandardsError, VersionError) as exc:
        raise PresetError(f"standards.{exc}") from None
    if "vehicle" in data:
        v = data["vehicle"]
        if not isinstance(v, Mapping) or any(not isinstance(v.get(k, 1), int) or v.get(k, 1) < 0
                                             for k in ("local_days", "long_days")):
            raise PresetError("standards.vehicle: local_days and long_days must be whole numbers ≥ 0")
    return {k: data[k] for k in STANDARD_TABLES if k in data}


def _rows(value: Any, name: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(r, Mapping) for r in value):
        raise PresetError(f"standards.{name}: must be a list of rows (objects)")
    return value
