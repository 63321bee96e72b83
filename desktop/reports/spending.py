"""Travel, reception, vehicle and meeting spending by department and month, with the two returns
the finance bureau asks for (公务接待费, 公务用车), in Excel (openpyxl write-only); plain rows in,
bytes out.
"""

from __future__ import annotations

from typing import Sequence

from desktop.reports.workbook import add_sheet, book_bytes, money_total, new_book

__all__ = ["write_spending_xlsx", "SPENDING_HEADERS", "RECEPTION_HEADERS", "VEHICLE_HEADERS"]

SPENDING_HEADERS = ("部门", "月份", "差旅费", "公务接待费", "公务用车费", "会议费", "合计")
RECEPTION_HEADERS = ("编号", "日期", "部门", "来访单位", "公函", "接待对象人数", "陪餐人数", "金额", "付款")
VEHICLE_HEADERS = ("编号", "用车时间", "部门", "目的地", "事由", "县内/长途", "节假日", "车辆", "租车费用")


def _money(row: Sequence[object], columns: Sequence[int]) -> list[object]:
    """The row with its amount columns as exact two-place Decimals (formatted as money in Excel)."""
    return [money_total([v]) if i in columns and v not in (None, "") else v for i, v in enumerate(row)]


def write_spending_xlsx(bureau: str, year: int, by_month: Sequence[Sequence[object]],
                        receptions: Sequence[Sequence[object]], vehicles: Sequence[Sequence[object]]) -> bytes:
    """Three sheets: 按部门和月份 (with a total line), 公务接待费, 公务用车. Amounts are numbers
    (two decimals) so the finance bureau can sum them."""
    book = new_book()
    particulars = [f"单位：{bureau}", None, f"年度：{year}", None, "金额单位：元"]
    amounts = range(2, 7)
    totals = [money_total(r[i] for r in by_month) for i in amounts]
    add_sheet(book, "按部门和月份", SPENDING_HEADERS, [*(_money(r, amounts) for r in by_month), ("合计", "", *totals)],
              heading=f"{bureau} {year}年按部门和月份", particulars=particulars, widths=[16, 10, 12, 12, 12, 12, 12])
    add_sheet(book, "公务接待费", RECEPTION_HEADERS,
              [*(_money(r, [7]) for r in receptions),
               ("合计", "", "", "", "", sum(int(r[5]) for r in receptions), sum(int(r[6]) for r in receptions),
                money_total(r[7] for r in receptions), "")],
              heading=f"{bureau} {year}年公务接待费", particulars=particulars,
              widths=[16, 12, 14, 22, 22, 12, 10, 12, 26])
    add_sheet(book, "公务用车", VEHICLE_HEADERS,
              [*(_money(r, [8]) for r in vehicles), ("合计", "", "", "", "", "", "", "", money_total(r[8] for r in vehicles))],
              heading=f"{bureau} {year}年公务用车", particulars=particulars, widths=[16, 18, 14, 22, 24, 10, 8, 22, 12])
    return book_bytes(book)
