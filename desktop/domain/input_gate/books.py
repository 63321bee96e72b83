"""The books' inputs: a voucher as a JSON record (``desktop books voucher make``) and the cells of
an import file (期初余额, vouchers from the old system) — limits on the file, its rows and every
cell, and each cell read to exactly what the books take or a reason a clerk can act on.

Import cells are checked one by one here (no I/O); the service adds what needs the database
(accounts, departments, open periods) and lists every problem of the file at once.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import EARLIEST, LATEST, count, day, forbidden_char, line, money, optional_id
from desktop.domain.input_gate.problems import GateModel, check, object_problems, quote

__all__ = ["VoucherLineRecord", "VoucherRecord", "read_voucher", "VOUCHER_LABELS",
           "MAX_IMPORT_BYTES", "MAX_IMPORT_ROWS", "MAX_CELL_CHARS", "MAX_VOUCHER_LINES",
           "cell_text", "cell_amount", "cell_date"]

MAX_VOUCHER_LINES = 200  # as domain.finance.vouchers.MAX_LINES
# A year of a county bureau's vouchers is a few thousand rows; 200 000 rows (~20 MB of CSV) is far beyond.
MAX_IMPORT_BYTES = 32 * 1024 * 1024
MAX_IMPORT_ROWS = 200_000
MAX_CELL_CHARS = 200

VOUCHER_LABELS = {"": "凭证", "date": "日期", "summary": "摘要", "attachments": "附件张数", "lines": "分录",
                  "account": "科目", "debit": "借方金额", "credit": "贷方金额", "department": "部门",
                  "department_id": "部门", "project": "项目", "payee": "往来单位", "functional_class": "功能分类",
                  "economic_class": "经济分类"}


class VoucherLineRecord(GateModel):
    account: line(20)
    summary: line(200) = ""
    debit: money(nullable=True) = None
    credit: money(nullable=True) = None
    department: line(100, nullable=True) = ""
    department_id: optional_id() = None
    project: line(100, nullable=True) = ""
    payee: line(100, nullable=True) = ""
    functional_class: line(20, nullable=True) = ""
    economic_class: line(20, nullable=True) = ""


class VoucherRecord(GateModel):
    date: day()
    summary: line(200) = ""
    attachments: count(0, 999) = 0
    lines: list[VoucherLineRecord] = Field(min_length=2, max_length=MAX_VOUCHER_LINES)


def read_voucher(data: Any) -> tuple[VoucherRecord | None, list[Problem]]:
    """The voucher record, or every problem of its fields (VOUCH-14)."""
    bad = object_problems(data, rule="VOUCH-14", prefix="voucher", label="凭证")
    if bad:
        return None, bad
    return check(VoucherRecord, data, rule="VOUCH-14", prefix="voucher", labels=VOUCHER_LABELS)


# Import cells ---------------------------------------------------------------------------------
_AMOUNT = re.compile(r"[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?", re.ASCII)
_DAY = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})", re.ASCII)


def cell_text(value: Any, *, limit: int = MAX_CELL_CHARS) -> tuple[str, str | None]:
    """A text cell trimmed, or the reason it cannot be taken (too long, control or bidi characters)."""
    if value is None:
        return "", None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value.strip() if isinstance(value, str) else str(value)
    if len(text) > limit:
        return "", f"过长：最多{limit}字（收到{len(text)}字）"
    bad = forbidden_char(text, multiline=False)
    if bad is not None:
        return "", f"含不允许的字符：{bad}"
    return text, None


def cell_amount(value: Any) -> tuple[Decimal, str | None]:
    """An amount cell (blank is zero) as two-place yuan, or the reason: not an amount, more than
    two decimals, negative, too large. Excel numbers arrive as float: read by their shortest
    decimal text, so 1234.56 stays 1234.56."""
    zero = Decimal("0.00")
    if value is None or (isinstance(value, str) and not value.strip()):
        return zero, None
    if isinstance(value, bool):
        return zero, "不是金额"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return zero, "不是金额"
        # A cell computed by a formula carries binary noise (0.1+0.2 = 0.30000000000000004): what
        # Excel shows to the fen is taken; a real third decimal (12.345) is still refused.
        rounded = round(value, 2)
        value = repr(rounded) if abs(value - rounded) < 1e-7 * max(1.0, abs(value)) else repr(value)
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, (str, Decimal)):
        return zero, f"不是金额（收到：{quote(value, 40)}）"
    if isinstance(value, str):
        text = value.strip().replace("¥", "").replace("￥", "").strip()
        if "e" in text.lower() and re.fullmatch(r"[+-]?[0-9.]+[eE][+-]?[0-9]+", text):
            try:
                text = format(Decimal(text), "f")
            except InvalidOperation:
                return zero, "不是金额"
        if not _AMOUNT.fullmatch(text):
            return zero, f"不是金额（收到：{quote(value, 40)}）"
        amount = Decimal(text.replace(",", ""))
    else:
        amount = value
    if not amount.is_finite():
        return zero, "不是金额"
    if amount != amount.quantize(Decimal("0.01"), rounding="ROUND_DOWN"):
        return zero, f"金额最多两位小数（收到：{quote(value, 40)}）"
    if amount < 0:
        return zero, "金额不能为负（红字更正请在本系统中做红字冲销）"
    if amount > Decimal("999999999999.99"):
        return zero, "金额超出上限"
    return amount.quantize(Decimal("0.01")), None


def cell_date(value: Any) -> tuple[date | None, str | None]:
    """A date cell: an Excel date, or text 2026-11-20 / 2026/11/20 / 2026.11.20."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        d = value
    elif isinstance(value, str) and _DAY.fullmatch(value.strip()):
        y, m, dd = (int(x) for x in _DAY.fullmatch(value.strip()).groups())
        try:
            d = date(y, m, dd)
        except ValueError:
            return None, f"不是有效日期（收到：{quote(value, 40)}）"
    elif value is None or (isinstance(value, str) and not value.strip()):
        return None, "必须填写日期"
    else:
        return None, f"不是日期 YYYY-MM-DD（收到：{quote(value, 40)}）"
    if not EARLIEST <= d <= LATEST:
        return None, f"日期超出合理范围（收到：{d.isoformat()}）"
    return d, None
