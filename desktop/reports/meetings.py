"""The annual meeting plan (年度会议计划, F-13) and the annual report of meetings held
(会议计划和执行情况年度报告, F-15) in Excel (openpyxl write-only); plain rows in, bytes out."""

from __future__ import annotations

from io import BytesIO
from typing import Sequence

__all__ = ["write_meeting_xlsx", "PLAN_HEADERS", "REPORT_HEADERS"]

PLAN_HEADERS = ("序号", "会议名称", "类别", "召开理由", "主要内容", "时间", "地点", "出席领导", "会议代表", "工作人员",
                "经费预算", "经费渠道")
REPORT_HEADERS = ("序号", "会议名称", "类别", "主要内容", "时间", "地点", "会议代表", "工作人员", "经费支出", "经费渠道",
                  "列入年度计划")


def write_meeting_xlsx(title: str, bureau: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                       note: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    for i, w in enumerate((6, 26, 10, 20, 26, 14, 18, 12, 10, 10, 12, 16)):
        sheet.column_dimensions[chr(ord("A") + i)].width = w
    head = WriteOnlyCell(sheet, value=title)
    head.font = Font(bold=True, size=13)
    sheet.append([head])
    sheet.append([f"单位：{bureau}", None, note])
    bold = Font(bold=True)
    cells = []
    for h in headers:
        c = WriteOnlyCell(sheet, value=h)
        c.font = bold
        cells.append(c)
    sheet.append(cells)
    for i, row in enumerate(rows, start=1):
        sheet.append([i, *row])
    buf = BytesIO()
    book.save(buf)
    return buf.getvalue()
