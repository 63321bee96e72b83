"""The 收发存汇总表 in Excel (issue 14 item 8; SUPPLY-11): one row per item — opening, received
(入库, 退库, 盘盈), issued (领用, 盘亏), closing, each as quantity and amount — with a totals row.
Written by the streaming sheet writer of the asset reports (:func:`desktop.reports.assets.write_sheet`:
openpyxl write-only, title and particulars, frozen headings, ¥ #,##0.00 amounts as numbers, A4
landscape fitted to the page's width with the headings repeated). Plain report in, a file out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from desktop.reports.assets import write_sheet

__all__ = ["HEADERS", "write_movement_report"]

HEADERS = ("编码", "名称", "规格型号", "单位", "期初数量", "期初金额", "本期收入数量", "本期收入金额", "本期发出数量",
           "本期发出金额", "期末结存数量", "期末结存金额")
WIDTHS = (10, 20, 16, 6, 9, 14, 10, 14, 10, 14, 10, 14)


def _line(r: Any) -> tuple[object, ...]:
    return (r.code, r.name, r.specification, r.unit, r.opening_quantity, r.opening_value, r.in_quantity, r.in_value,
            r.out_quantity, r.out_value, r.closing_quantity, r.closing_value)


def write_movement_report(path: str | Path, bureau: str, report: Any,
                          progress: Callable[[int, int], None] | None = None) -> int:
    """``report`` is a ``MovementReport`` (services.supply_reports); returns the item rows written."""
    rows: Iterable[Sequence[object]] = (_line(r) for r in report.rows)
    place = report.location_name or "全部存放地点"
    span = f"期间：{report.title}（{report.first:%Y-%m-%d} 至 {report.last:%Y-%m-%d}）"
    return write_sheet(path, sheet_title=f"收发存{report.title}", heading=f"{bureau} 办公用品收发存汇总表",
                       particulars=[f"单位：{bureau}", None, span, None, None, None, f"存放地点：{place}", None, None,
                                    "金额单位：元"],
                       headers=HEADERS, widths=WIDTHS, rows=rows,
                       totals=lambda: ("合计", "", "", "", *_line(report.totals)[4:]),
                       expected=len(report.rows), progress=progress)
