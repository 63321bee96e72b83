"""The one input gate for a 办公用品入库单 (issue 14 item 4, SUPPLY-08): the GUI's receipt form and
the command line's JSON pass through ``read_receipt``, which reports every bad field of every line
at once. Checking the lines against the order (item, quantity left, spec and quality) is the
service's: it needs the order."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, flag, line, money, optional_id
from desktop.domain.input_gate.problems import GateModel, check, object_problems

__all__ = ["ReceiptInput", "ReceiptLineInput", "read_receipt", "RECEIPT_LABELS", "RECEIPT_KINDS", "MAX_RECEIPT_LINES",
           "MAX_LINE_QUANTITY"]

RECEIPT_KINDS = ("purchase", "opening")
MAX_RECEIPT_LINES = 200
MAX_LINE_QUANTITY = 100_000

RECEIPT_LABELS = {
    "": "入库单", "kind": "入库类型", "purchase_id": "采购单", "location_id": "存放地点", "received_on": "入库日期",
    "checker_id": "验收人", "supplier": "供应商", "invoice_no": "发票号", "note": "备注", "lines": "明细",
    "lines[]": "第{n}行", "item_id": "办公用品", "purchase_line_id": "采购明细", "quantity": "数量", "unit_price": "单价",
    "spec_ok": "规格相符", "quality_ok": "质量合格", "user_id": "使用人",
}


class ReceiptLineInput(GateModel):
    item_id: optional_id() = None
    purchase_line_id: optional_id() = None
    quantity: count(1, MAX_LINE_QUANTITY)
    unit_price: money()
    spec_ok: flag() = False
    quality_ok: flag() = False
    user_id: optional_id() = None
    note: line(200) = ""


class ReceiptInput(GateModel):
    kind: Literal[RECEIPT_KINDS] = "purchase"  # type: ignore[valid-type]
    purchase_id: optional_id() = None
    location_id: optional_id() = None
    received_on: day()
    checker_id: optional_id() = None
    supplier: line(100) = ""
    invoice_no: line(40) = ""
    note: line(200) = ""
    lines: list[ReceiptLineInput] = Field(min_length=1, max_length=MAX_RECEIPT_LINES)


def read_receipt(data: Any, *, today: date | None = None) -> tuple[ReceiptInput | None, list[Problem]]:
    """The receipt's fields, or every problem: a line without its item or with a price of nothing,
    a purchase receipt without its order, no checker named, a date after today."""
    bad = object_problems(data, rule="SUPPLY-08", prefix="supply_receipt", label="入库单")
    if bad:
        return None, bad
    got, problems = check(ReceiptInput, data, rule="SUPPLY-08", prefix="supply_receipt", labels=RECEIPT_LABELS,
                          context={"today": today} if today else None)
    if got is not None:
        if got.kind == "purchase" and got.purchase_id is None:
            problems.append(Problem("SUPPLY-08", "supply_receipt.purchase_id", "采购单：按采购入库须注明所依据的采购单"))
        if got.checker_id is None:
            problems.append(Problem("SUPPLY-08", "supply_receipt.checker_id",
                                    "验收人：必须指定办公室的验收人员（核对种类、规格、数量与质量）"))
        if today is not None and got.received_on > today:
            problems.append(Problem("SUPPLY-08", "supply_receipt.received_on", "入库日期：不能晚于今天"))
        for n, row in enumerate(got.lines, start=1):
            if row.item_id is None:
                problems.append(Problem("SUPPLY-08", f"supply_receipt.lines[{n - 1}].item_id", f"第{n}行 办公用品：必须填写"))
            if row.unit_price <= 0:
                problems.append(Problem("SUPPLY-08", f"supply_receipt.lines[{n - 1}].unit_price",
                                        f"第{n}行 单价：须大于零"))
    return (got if not problems else None), problems
