"""The one input gate for an office-supply catalogue item and a store (issue 14 item 1): the GUI's
item form, the command line's JSON and options all pass through ``read_item`` / ``read_location``,
which report every bad field at once (SUPPLY-02)."""

from __future__ import annotations

from typing import Any, Literal

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, flag, line
from desktop.domain.input_gate.problems import GateModel, check, object_problems

__all__ = ["ItemInput", "LocationInput", "read_item", "read_location", "suggested_kind", "ITEM_LABELS",
           "ITEM_FIELDS", "KINDS", "CONSUMABLE_WORDS", "SPECIAL_WORDS", "MAX_REORDER_LEVEL"]

KINDS = ("consumable", "special")
MAX_REORDER_LEVEL = 100_000

# SUPPLY-02: 「一般办公用品指文具、纸张、碳粉、办公自动化耗材、卫生清洁用品等日常办公消耗性用品」
# 「特殊办公用品指办公桌椅、档案柜、电脑、打印机等非消耗性用品」 — words that suggest a kind for a
# category typed on the form (a suggestion only: the kind is always chosen explicitly).
CONSUMABLE_WORDS = ("文具", "纸", "碳粉", "硒鼓", "墨", "耗材", "清洁", "卫生", "笔", "本", "胶", "电池")
SPECIAL_WORDS = ("桌", "椅", "柜", "电脑", "计算机", "打印机", "复印", "扫描", "相机", "投影", "家具", "设备",
                 "空调", "碎纸机")

ITEM_LABELS = {
    "": "办公用品", "code": "编码", "name": "品名", "category": "类别", "specification": "规格型号", "unit": "计量单位",
    "kind": "种类（一般/特殊办公用品）", "reorder_level": "最低库存", "procurement_catalogue": "属政府集中采购目录",
    "asset_category_code": "固定资产分类", "lendable": "可借用",
}


class ItemInput(GateModel):
    code: line(20) = ""
    name: line(60)
    category: line(20) = ""
    specification: line(100) = ""
    unit: line(8) = "个"
    kind: Literal[KINDS]  # type: ignore[valid-type]
    reorder_level: count(0, MAX_REORDER_LEVEL) = 0
    procurement_catalogue: flag() = False
    asset_category_code: line(20) = ""
    lendable: flag() = False


ITEM_FIELDS = tuple(ItemInput.model_fields)


class LocationInput(GateModel):
    name: line(60)


def suggested_kind(category: str) -> str | None:
    """The kind a category's words suggest (SUPPLY-02), or None when they say nothing."""
    text = category or ""
    if any(w in text for w in SPECIAL_WORDS):
        return "special"
    if any(w in text for w in CONSUMABLE_WORDS):
        return "consumable"
    return None


def read_item(data: Any) -> tuple[ItemInput | None, list[Problem]]:
    """The item's fields, or every problem (blank name or unit, an unknown kind)."""
    bad = object_problems(data, rule="SUPPLY-02", prefix="supply_item", label="办公用品")
    if bad:
        return None, bad
    got, problems = check(ItemInput, data, rule="SUPPLY-02", prefix="supply_item", labels=ITEM_LABELS)
    if got is not None:
        if not got.name:
            problems.append(Problem("SUPPLY-02", "supply_item.name", "品名：必须填写"))
        if not got.unit:
            problems.append(Problem("SUPPLY-02", "supply_item.unit", "计量单位：必须填写"))
        if got.code and not got.code.isprintable():
            problems.append(Problem("SUPPLY-02", "supply_item.code", "编码：只能是可打印的字符"))
    return (got if not problems else None), problems


def read_location(data: Any) -> tuple[LocationInput | None, list[Problem]]:
    bad = object_problems(data, rule="SUPPLY-08", prefix="supply_location", label="存放地点")
    if bad:
        return None, bad
    got, problems = check(LocationInput, data, rule="SUPPLY-08", prefix="supply_location",
                          labels={"": "存放地点", "name": "存放地点"})
    if got is not None and not got.name:
        problems.append(Problem("SUPPLY-08", "supply_location.name", "存放地点：必须填写"))
    return (got if not problems else None), problems
