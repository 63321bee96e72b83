"""Schemas for the administrator's rule settings: each named parameter with its own bounds
(``collective_threshold`` 1e9 is not a threshold), the standards tables, chain definitions."""

from decimal import Decimal
from functools import lru_cache
from typing import Any, Mapping

from pydantic import Field, TypeAdapter, ValidationError

from desktop.domain.approval.model import Problem
from desktop.domain.approval.presets import PARAMETER_LABELS
from desktop.domain.input_gate.fields import count, flag, fraction, line, money
from desktop.domain.input_gate.problems import GateModel, check, problems_from, quote
from desktop.domain.input_gate.trees import tree_problems

__all__ = ["PARAMETER_BOUNDS", "read_parameter", "read_standards", "chain_problems", "STANDARD_RULES"]

# name → the type its value must have (bounds included). Any other parameter: a number 0…1千万.
PARAMETER_BOUNDS: Mapping[str, Any] = {
    "collective_threshold": money("10000000"),  # VOUCH-08: yuan, at most 1千万
    "travel_short_days": count(1, 30),  # TRAVEL-02
    "travel_claim_days": count(1, 365),  # TRAVEL-03
    "bulk_disposal_count": count(1, 10_000),  # ASSET-03
    "asset_threshold_general": money("1000000"),  # ASSET-01 / AMB-13
    "asset_threshold_special": money("1000000"),  # ASSET-01 / AMB-13
    "asset_income_to_treasury": count(0, 1),  # ASSET-04: 1 treasury, 0 finance section
    "asset_disposal_external_ref": count(0, 1),  # ASSET-02: 1 required, 0 optional
    "seal_cheque_finance_block": count(0, 1),  # SEAL-16: 1 forbid, 0 warn
    "holiday_filing_county_office": count(0, 1),  # VEH-07: 1 required, 0 not
    "holiday_filing_bureau_office": count(0, 1),  # VEH-07
}
_OTHER = money("10000000")


@lru_cache(maxsize=16)
def _adapter(name: str) -> TypeAdapter:
    return TypeAdapter(PARAMETER_BOUNDS.get(name, _OTHER))


def read_parameter(name: Any, value: Any) -> tuple[Decimal | None, list[Problem]]:
    """The parameter's value as stored (a ``Decimal``), or the problem (SEC-08)."""
    if not isinstance(name, str) or len(name) > 60:
        return None, [Problem("SEC-08", "preset.parameter", f"参数名无效（收到：{quote(name)}）")]
    label = PARAMETER_LABELS.get(name, (f"参数 {quote(name, 60)}", ""))[0]
    if isinstance(value, str):
        value = value.strip()
    try:
        parsed = _adapter(name).validate_python(value)
    except ValidationError as exc:
        kind = exc.errors()[0]["type"]
        if kind in ("money_text", "money_type", "count_type", "money_missing"):  # the message admins know
            return None, [Problem("SEC-08", "preset.parameter", f"{label}：参数 {name} 的值不是数字（收到：{quote(value)}）")]
        return None, problems_from(exc, rule="SEC-08", prefix="preset.parameter", labels={"": label})
    number = Decimal(parsed)
    if number == number.to_integral_value():  # 60000, not 60000.00: stored as the administrator wrote it
        number = Decimal(int(number))
    return number, []


# The standards tables -----------------------------------------------------------------------------
STANDARD_RULES = {"travel": "TRAVEL-19", "reception": "RECEP-05", "meeting": "MEET-09", "vehicle": "VEH-04"}
STANDARD_LABELS = {"": "标准表", "region": "地区", "region_en": "英文名", "scope": "范围",
                   "lodging_cap_yuan": "住宿费限额", "meal_allowance_yuan": "伙食补助", "city_transport_yuan": "市内交通费",
                   "source": "来源", "meal_type": "用餐类型", "meal": "餐次", "amount": "标准", "limit": "限额方式",
                   "alcohol_exception": "港澳台来宾例外", "rows": "行", "rows[]": "第{n}行", "category": "会议类别", "total": "综合定额",
                   "lodging": "住宿费", "food": "伙食费", "other": "其他费用", "max_people": "人数上限",
                   "max_county_delegates": "每单位代表上限", "staff_share": "工作人员比例", "max_per_year": "每年次数上限",
                   "max_days": "会期上限", "max_travel_days": "报到离会天数上限", "local_days": "县内提前天数",
                   "long_days": "长途提前天数"}
_Std = money("10000")
_OptStd = money("10000", nullable=True)
_OptCount = count(0, 100_000, nullable=True)


class TravelRow(GateModel):
    region: line(30)
    region_en: line(100, nullable=True) = ""
    scope: line(30)
    # empty (null): a figure the bureau has not entered yet — claims that need it are refused (TRAVEL-19)
    lodging_cap_yuan: _OptStd = None
    meal_allowance_yuan: _OptStd = None
    city_transport_yuan: _OptStd = None
    source: line(200, nullable=True) = ""


class ReceptionRow(GateModel):
    meal_type: line(20)
    meal: line(20) = "any"
    amount: _Std
    limit: line(20) = "max_inclusive"


class ReceptionTable(GateModel):
    alcohol_exception: flag() = False
    rows: list[ReceptionRow] = Field(max_length=50)


class MeetingRow(GateModel):
    category: count(0, 99)
    total: _OptStd = None
    lodging: _OptStd = None
    food: _OptStd = None
    other: _OptStd = None
    max_people: _OptCount = None
    max_county_delegates: _OptCount = None
    staff_share: fraction() = None
    max_per_year: _OptCount = None
    max_days: _OptCount = None
    max_travel_days: _OptCount = None


class VehicleRow(GateModel):
    local_days: count(0, 30) = 1
    long_days: count(0, 30) = 2


class TravelTable(GateModel):
    rows: list[TravelRow] = Field(max_length=300)


class ReceptionRows(GateModel):
    rows: list[ReceptionRow] = Field(max_length=50)


class MeetingTable(GateModel):
    rows: list[MeetingRow] = Field(max_length=10)


def read_standards(table: Any, rows: Any) -> list[Problem]:
    """Problems of one standards table as given to ``set_standards`` (its shape, every figure
    bounded, no JSON floats); the domain parsers then check the meaning (scopes, categories)."""
    if table not in STANDARD_RULES:
        return [Problem("SEC-08", "preset.standards", f"没有标准表 {quote(table, 30)}（可用：{'、'.join(STANDARD_RULES)}）")]
    rule = STANDARD_RULES[table]
    labels = {**STANDARD_LABELS, "": f"标准表 {table}"}
    code = f"standards.{table}"
    if table == "vehicle":
        return check(VehicleRow, rows, rule=rule, prefix=code, labels=labels)[1]
    if table == "reception" and isinstance(rows, Mapping):
        return check(ReceptionTable, rows, rule=rule, prefix=code, labels=labels)[1]
    model = {"travel": TravelTable, "reception": ReceptionRows, "meeting": MeetingTable}[table]
    if not isinstance(rows, list):
        return [Problem(rule, code, f"标准表 {table}：须为行的列表，不接受{_kind(rows)}（收到：{quote(rows)}）")]
    return check(model, {"rows": rows}, rule=rule, prefix=code, labels=labels)[1]


def _kind(value: Any) -> str:
    from desktop.domain.input_gate.fields import kind_of

    return kind_of(value)


_KIND = line(50)


def chain_problems(kind: Any, chain: Any) -> list[Problem]:
    """A chain definition: its kind a short key, the definition an object of clean, bounded text."""
    out: list[Problem] = []
    try:
        TypeAdapter(_KIND).validate_python(kind)
    except ValidationError as exc:
        out += problems_from(exc, rule="SEC-08", prefix="preset.chain.kind", labels={"": "单据类型"})
    if not isinstance(chain, Mapping):
        out.append(Problem("SEC-08", "preset.chain", f"审批流程：须为 JSON 对象，不接受{_kind(chain)}（收到：{quote(chain)}）"))
    else:
        out += tree_problems(chain, rule="SEC-08", code="preset.chain", label="审批流程", max_depth=8, max_text=500,
                             max_nodes=2000)
    return out
