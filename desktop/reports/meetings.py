"""The annual meeting plan (年度会议计划, F-13) and the annual report of meetings held
(会议计划和执行情况年度报告, F-15) in Excel (openpyxl write-only); plain rows in, bytes out."""

from __future__ import annotations

from typing import Sequence

from desktop.reports.workbook import add_sheet, book_bytes, money_total, new_book

__all__ = ["write_meeting_xlsx", "PLAN_HEADERS", "REPORT_HEADERS"]

PLAN_HEADERS = ("序号", "会议名称", "类别", "召开理由", "主要内容", "时间", "地点", "出席领导", "会议代表", "工作人员",
                "经费预算", "经费渠道")
REPORT_HEADERS = ("序号", "会议名称", "类别", "主要内容", "时间", "地点", "会议代表", "工作人员", "经费支出", "经费渠道",
                  "列入年度计划")


MONEY_HEADERS = frozenset({"经费预算", "经费支出"})


def write_meeting_xlsx(title: str, bureau: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                       note: str = "") -> bytes:
    """One numbered sheet; the budget/spending column is written as money."""
    money = {i for i, h in enumerate(headers[1:]) if h in MONEY_HEADERS}
    numbered = [[i, *(money_total([v]) if j in money and v not in (None, "") else v for j, v in enumerate(row))]
                for i, row in enumerate(rows, start=1)]
    book = new_book()
    add_sheet(book, title, headers, numbered, heading=title, particulars=[f"单位：{bureau}", None, note],
              widths=(6, 26, 10, 20, 26, 14, 18, 12, 10, 10, 12, 16))
    return book_bytes(book)
