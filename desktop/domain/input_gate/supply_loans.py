"""Schemas for what a person types about loans of equipment (SUPPLY-14/12) and the half-yearly
counts of a store (SUPPLY-11/12). Used alike by the services, the GUI and the CLI; each reader
returns the record or every problem at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import ID_CEILING, count, day, flag, line, money, optional_id
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["LoanRequestInput", "LoanDecisionInput", "LoanSignInput", "LoanReturnInput", "CountStartInput",
           "CountEntryInput", "CountEntryLine", "read_loan_request", "read_loan_decision", "read_loan_sign",
           "read_loan_return", "read_count_start", "read_count_entry", "MAX_LOAN_QUANTITY", "MAX_COUNT_LINES",
           "MAX_COUNTED"]

MAX_LOAN_QUANTITY = 20  # equipment is lent a few units at a time (two cameras for a meeting)
MAX_COUNT_LINES = 5000  # items in one store
MAX_COUNTED = 1_000_000  # units of one item found in one store
COMPENSATION_CEILING = Decimal("1000000.00")
LABELS = {"item_id": "物品", "due_on": "归还日期", "purpose": "借用事由", "quantity": "数量", "location_id": "存放地点",
          "borrower_id": "借用人", "approve": "审批意见", "note": "意见", "condition": "物品状况",
          "damaged": "损坏", "lost": "丢失", "compensation": "赔偿金额", "counted_on": "盘点日期", "lines": "盘点明细",
          "counted_quantity": "实存数量", "explanation": "差异原因", "liable_staff_id": "赔偿责任人"}

Id = count(1, ID_CEILING)


class LoanRequestInput(GateModel):
    item_id: Id
    due_on: day()
    purpose: line(200)
    quantity: count(1, MAX_LOAN_QUANTITY) = 1
    location_id: optional_id() = None
    borrower_id: optional_id() = None


class LoanDecisionInput(GateModel):
    approve: flag()
    note: line(200) = ""


class LoanSignInput(GateModel):
    condition: line(200)


class LoanReturnInput(GateModel):
    condition: line(200)
    damaged: flag() = False
    lost: flag() = False
    compensation: money(COMPENSATION_CEILING) = Decimal("0.00")


class CountStartInput(GateModel):
    location_id: Id
    counted_on: day()


class CountEntryLine(GateModel):
    item_id: Id
    counted_quantity: count(0, MAX_COUNTED, nullable=True) = None
    explanation: line(200) = ""
    liable_staff_id: optional_id() = None
    compensation: money(COMPENSATION_CEILING) = Decimal("0.00")


class CountEntryInput(GateModel):
    lines: list[CountEntryLine] = Field(min_length=1, max_length=MAX_COUNT_LINES)


def _read(model, data: Any, rule: str, prefix: str, today: date | None):  # noqa: ANN001, ANN202
    return check(model, data, rule=rule, prefix=prefix, labels=LABELS, context={"today": today} if today else None)


def read_loan_request(data: Any, today: date | None = None) -> tuple[LoanRequestInput | None, list[Problem]]:
    return _read(LoanRequestInput, data, "SUPPLY-14", "supply_loan", today)


def read_loan_decision(data: Any) -> tuple[LoanDecisionInput | None, list[Problem]]:
    return _read(LoanDecisionInput, data, "SUPPLY-14", "supply_loan", None)


def read_loan_sign(data: Any) -> tuple[LoanSignInput | None, list[Problem]]:
    return _read(LoanSignInput, data, "SUPPLY-14", "supply_loan", None)


def read_loan_return(data: Any) -> tuple[LoanReturnInput | None, list[Problem]]:
    return _read(LoanReturnInput, data, "SUPPLY-12", "supply_loan", None)


def read_count_start(data: Any, today: date | None = None) -> tuple[CountStartInput | None, list[Problem]]:
    return _read(CountStartInput, data, "SUPPLY-11", "supply_count", today)


def read_count_entry(data: Any) -> tuple[CountEntryInput | None, list[Problem]]:
    return _read(CountEntryInput, data, "SUPPLY-11", "supply_count", None)
