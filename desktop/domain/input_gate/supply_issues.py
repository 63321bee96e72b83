"""Schemas for what a person types when issuing office supplies (issue 14): naming a section's
collector (SUPPLY-09), an issue with its lines (SUPPLY-09/10) and handing a held item back
(SUPPLY-13). Each reader returns the record or every problem at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import ID_CEILING, count, day, flag, line, optional_id
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["CollectorInput", "IssueLineInput", "IssueInput", "HandBackInput", "read_collector", "read_issue",
           "read_hand_back", "MAX_ISSUE_LINES", "MAX_ISSUE_QUANTITY"]

MAX_ISSUE_LINES = 200  # one issue register page is far shorter; a section's half-year at most
MAX_ISSUE_QUANTITY = 100_000  # whole units of one item in one line (sheets of paper come by the ream)
LABELS = {"department_id": "领用部门", "staff_id": "领用人", "location_id": "存放地点", "issued_on": "领用日期",
          "note": "备注", "lines": "领用明细", "item_id": "办公用品", "quantity": "数量", "holder_id": "使用人",
          "old_returned": "已交旧", "old_note": "交回的旧物品", "approval_ref": "审批文号",
          "approval_document_id": "审批单", "condition": "交回时状况"}


class CollectorInput(GateModel):
    department_id: count(1, ID_CEILING)
    staff_id: count(1, ID_CEILING)


class IssueLineInput(GateModel):
    item_id: count(1, ID_CEILING)
    quantity: count(1, MAX_ISSUE_QUANTITY)
    holder_id: optional_id() = None
    old_returned: flag() = False
    old_note: line(100) = ""
    approval_ref: line(60) = ""
    approval_document_id: optional_id() = None


class IssueInput(GateModel):
    department_id: count(1, ID_CEILING)
    location_id: optional_id() = None
    issued_on: day()
    note: line(200) = ""
    lines: list[IssueLineInput] = Field(min_length=1, max_length=MAX_ISSUE_LINES)


class HandBackInput(GateModel):
    issue_line_id: count(1, ID_CEILING)
    condition: line(200) = ""


def read_collector(data: Any) -> tuple[CollectorInput | None, list[Problem]]:
    return check(CollectorInput, data, rule="SUPPLY-09", prefix="supply_collector", labels=LABELS)


def read_issue(data: Any, today: date | None = None) -> tuple[IssueInput | None, list[Problem]]:
    return check(IssueInput, data, rule="SUPPLY-09", prefix="supply_issue", labels=LABELS,
                 context={"today": today} if today else None)


def read_hand_back(data: Any) -> tuple[HandBackInput | None, list[Problem]]:
    return check(HandBackInput, data, rule="SUPPLY-13", prefix="supply_issue", labels=LABELS)
