"""Travel, reception, vehicle and meeting spending by department and month, with the two returns
the finance bureau asks for (公务接待费, 公务用车), in Excel (openpyxl write-only); plain rows in,
bytes out.
"""

from __future__ import annotations

from io import BytesIO
from typing import Sequence

__all__ = ["write_spending_xlsx", "SPENDING_HEADERS", "RECEPTION_HEADERS", "VEHICLE_HEADERS"]

SPENDING_HEADERS = ("部门", "月份", "差旅费", "公务接待费", "公务用车费", "会议费", "合计")
RECEPTION_HEADERS = ("编号", "日期", "部门", "来访单位", "公函", "接待对象人数", "陪餐人数", "金额", "付款")
VEHICLE_HEADERS = ("编号", "用车时间", "部门", "目的地", "事由", "县内/长途", "节假日", "车辆", "租车费用")


def _sheet(book, title: str, bureau: str, year: int, headers: Sequence[str], rows, widths) -> None:  # noqa: ANN001
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = book.create_sheet(title=title[:31])
    for i, w in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = w
    head = WriteOnlyCell(sheet, value=f"{bureau} {year}年{title}")
    head.font = Font(bold=True, size=13)
    sheet.append([head])
    sheet.append([f"单位：{bureau}", None, f"年度：{year}", None, "金额单位：元"])
    bold = Font(bold=True)
    cells = []
    for h in headers:
        c = WriteOnlyCell(sheet, value=h)
        c.font = bold
        cells.append(c)
    sheet.append(cells)
    for row in rows:
        sheet.append(list(row))


def write_spending_xlsx(bureau: str, year: int, by_month: Sequence[Sequence[object]],
                        receptions: Sequence[Sequence[object]], vehicles: Sequence[Sequence[object]]) -> bytes:
    """Three sheets: 按部门和月份 (with a total line), 公务接待费, 公务用车. Amounts are numbers
    (two decimals) so the finance bureau can sum them."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    totals = [sum(float(r[i]) for r in by_month) for i in range(2, 7)]
    _sheet(book, "按部门和月份", bureau, year, SPENDING_HEADERS,
           [*by_month, ("合计", "", *[round(t, 2) for t in totals])], [16, 10, 12, 12, 12, 12, 12])
    _sheet(book, "公务接待费", bureau, year, RECEPTION_HEADERS,
           [*receptions, ("合计", "", "", "", "", sum(int(r[5]) for r in receptions),
                          sum(int(r[6]) for r in receptions), round(sum(float(r[7]) for r in receptions), 2), "")],
           [16, 12, 14, 22, 22, 12, 10, 12, 26])
    _sheet(book, "公务用车", bureau, year, VEHICLE_HEADERS,
           [*vehicles, ("合计", "", "", "", "", "", "", "", round(sum(float(r[8]) for r in vehicles), 2))],
           [16, 18, 14, 22, 24, 10, 8, 22, 12])
    buf = BytesIO()
    book.save(buf)
    return buf.getvalue()
