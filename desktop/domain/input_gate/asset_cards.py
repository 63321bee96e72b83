"""The one input gate for a fixed-asset card's fields (F-21): the GUI's card form, the command
line's JSON and an Excel import all pass through ``read_card``, which reports every bad field at
once. Business rules (threshold, approval, luxury woods …) are in ``desktop.domain.assets.cards``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, flag, line, money, optional_id
from desktop.domain.input_gate.problems import GateModel, check, object_problems

__all__ = ["CardInput", "read_card", "CARD_LABELS", "CARD_FIELDS", "OPENING_FIELDS", "WAYS"]

WAYS = ("purchase", "transfer_in", "donation", "surplus", "other")

CARD_LABELS = {
    "": "资产卡片", "name": "资产名称", "category_code": "资产分类", "specification": "规格型号", "unit": "计量单位",
    "quantity": "数量", "original_value": "原值", "acquired_on": "取得日期", "acquisition_way": "取得方式",
    "funding_source": "经费来源", "supplier": "供应商", "contract_no": "合同编号", "approval_ref": "审批文号",
    "source_document_id": "审批单", "department_id": "使用部门", "user_id": "使用人", "location": "存放地点",
    "bulk": "批量低值资产", "storage_media": "含存储介质", "note": "备注", "depreciated_before": "期初累计折旧",
    "months_before": "已提折旧月数",
}


class CardInput(GateModel):
    name: line(60)
    category_code: line(20)
    specification: line(100) = ""
    unit: line(8) = "台"
    quantity: count(1, 100_000) = 1
    original_value: money()
    acquired_on: day()
    acquisition_way: Literal[WAYS] = "purchase"  # type: ignore[valid-type]
    funding_source: line(30) = ""
    supplier: line(100) = ""
    contract_no: line(40) = ""
    approval_ref: line(60) = ""
    source_document_id: optional_id() = None
    department_id: optional_id() = None
    user_id: optional_id() = None
    location: line(60) = ""
    bulk: flag() = False
    storage_media: flag() = False
    note: line(200) = ""
    depreciated_before: money() = Decimal("0.00")
    months_before: count(0, 1200) = 0


CARD_FIELDS = tuple(f for f in CardInput.model_fields if f not in ("depreciated_before", "months_before"))
OPENING_FIELDS = ("depreciated_before", "months_before")


def read_card(data: Any, *, opening: bool = False, today: date | None = None) -> tuple[CardInput | None, list[Problem]]:
    """The card's fields, or every problem. A new purchase is dated within the usual window around
    ``today``; an opening card (an asset already in use) may be decades old. Blank name or category
    is refused here; the opening fields are only read for an opening card."""
    bad = object_problems(data, rule="ASSET-01", prefix="asset", label="资产卡片")
    if bad:
        return None, bad
    if not opening:
        data = {k: v for k, v in data.items() if k not in OPENING_FIELDS}
    got, problems = check(CardInput, data, rule="ASSET-01", prefix="asset", labels=CARD_LABELS,
                          context={"today": today} if today and not opening else None)
    if got is not None:
        if not got.name:
            problems.append(Problem("ASSET-01", "asset.name", "资产名称：必须填写"))
        if not got.category_code:
            problems.append(Problem("ASSET-01", "asset.category_code", "资产分类：必须填写"))
        if got.original_value <= 0:
            problems.append(Problem("ASSET-01", "asset.original_value", "原值：须大于零"))
        if today is not None and got.acquired_on > today:
            problems.append(Problem("ASSET-01", "asset.acquired_on", "取得日期：不能晚于今天"))
    return (got if not problems else None), problems
