"""Schemas for what a person types when planning and buying office supplies (issue 14): a
section's half-year plan (SUPPLY-03), an ad-hoc purchase request (SUPPLY-04), a supplier's quote
(SUPPLY-05/06) and the choice of a supplier (SUPPLY-05/07). Each reader returns the record or
every problem at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import ID_CEILING, count, day, flag, line, money, optional_id
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["PlanInput", "PlanLineInput", "AdhocInput", "AdhocLineInput", "QuoteInput", "ChoiceInput",
           "read_plan", "read_adhoc", "read_quote", "read_choice", "MAX_PLAN_LINES", "MAX_QUANTITY",
           "PURCHASE_LABELS"]

MAX_PLAN_LINES = 200
MAX_QUANTITY = 100_000  # units of one item in one line: far above a county bureau's half-year need
PURCHASE_LABELS = {"year": "年度", "half": "半年", "lines": "明细", "item_id": "办公用品", "description": "物品名称",
                   "quantity": "数量", "unit_price": "估计单价", "purpose": "用途", "note": "备注", "reason": "申请理由",
                   "supplier": "供应商", "total": "报价金额", "quoted_on": "报价日期", "agreement_supplier": "协议供货单位",
                   "quote_id": "所选报价", "procurement_ref": "政府采购办批准文号"}


class PlanLineInput(GateModel):
    item_id: optional_id() = None
    description: line(100, nullable=True) = ""
    quantity: count(1, MAX_QUANTITY)
    unit_price: money() = 0
    purpose: line(200, nullable=True) = ""


class PlanInput(GateModel):
    year: count(2000, 2099)
    half: count(1, 2)
    lines: list[PlanLineInput] = Field(min_length=1, max_length=MAX_PLAN_LINES)
    note: line(200, nullable=True) = ""


class AdhocLineInput(GateModel):
    item_id: count(1, ID_CEILING)
    quantity: count(1, MAX_QUANTITY)
    unit_price: money()
    note: line(200, nullable=True) = ""


class AdhocInput(GateModel):
    lines: list[AdhocLineInput] = Field(min_length=1, max_length=MAX_PLAN_LINES)
    reason: line(200)


class QuoteInput(GateModel):
    supplier: line(100)
    total: money()
    quoted_on: day()
    agreement_supplier: flag() = False
    note: line(200, nullable=True) = ""


class ChoiceInput(GateModel):
    quote_id: count(1, ID_CEILING)
    reason: line(200, nullable=True) = ""
    procurement_ref: line(60, nullable=True) = ""


def read_plan(data: Any) -> tuple[PlanInput | None, list[Problem]]:
    got, problems = check(PlanInput, data, rule="SUPPLY-03", prefix="supply_plan", labels=PURCHASE_LABELS)
    if got is not None:
        for n, x in enumerate(got.lines, 1):
            if x.item_id is None and not x.description.strip():
                problems.append(Problem("SUPPLY-03", "supply_plan.lines.item",
                                        f"明细第{n}行：请选择目录中的办公用品，或写明新物品的名称"))
    return (got if not problems else None), problems


def read_adhoc(data: Any) -> tuple[AdhocInput | None, list[Problem]]:
    got, problems = check(AdhocInput, data, rule="SUPPLY-04", prefix="supply_purchase", labels=PURCHASE_LABELS)
    if got is not None and not got.reason.strip():
        problems.append(Problem("SUPPLY-04", "supply_purchase.reason", "请写明临时采购的理由"))
    return (got if not problems else None), problems


def read_quote(data: Any, today: date | None = None) -> tuple[QuoteInput | None, list[Problem]]:
    got, problems = check(QuoteInput, data, rule="SUPPLY-05", prefix="supply_quote", labels=PURCHASE_LABELS,
                          context={"today": today} if today else None)
    if got is not None:
        if not got.supplier.strip():
            problems.append(Problem("SUPPLY-05", "supply_quote.supplier", "请填写供应商名称"))
        if got.total <= 0:
            problems.append(Problem("SUPPLY-05", "supply_quote.total", "报价金额须大于零"))
        if today is not None and got.quoted_on > today:
            problems.append(Problem("SUPPLY-05", "supply_quote.future", f"报价日期 {got.quoted_on} 晚于今天"))
    return (got if not problems else None), problems


def read_choice(data: Any) -> tuple[ChoiceInput | None, list[Problem]]:
    return check(ChoiceInput, data, rule="SUPPLY-05", prefix="supply_purchase", labels=PURCHASE_LABELS)
