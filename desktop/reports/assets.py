"""The fixed-asset reports in Excel (issue 13 item 8): 资产台账, 资产增减变动表, 折旧明细表 and the
counts by category or department. openpyxl write-only: rows stream to the file, so a 50 000-card
ledger never sits in memory as cells. Each sheet: a bold title, a line of particulars, a bold
shaded heading row frozen under the title, column widths, amounts as numbers in ¥ #,##0.00 (the
finance bureau can sum them), and a bold totals row. Plain rows in, a file out.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

__all__ = ["YUAN_FORMAT", "write_sheet", "write_ledger", "write_changes", "write_schedule", "write_counts",
           "LEDGER_HEADERS", "CHANGES_HEADERS", "COUNTS_HEADERS"]

YUAN_FORMAT = '"¥"#,##0.00'
Progress = Callable[[int, int], None]
ZERO = Decimal("0.00")

LEDGER_HEADERS = ("资产编号", "资产名称", "分类代码", "分类名称", "规格型号", "数量", "单位", "取得日期", "使用部门",
                  "使用人", "存放地点", "状态", "原值", "累计折旧", "净值")
LEDGER_WIDTHS = (15, 22, 12, 16, 18, 7, 6, 12, 16, 10, 16, 9, 14, 14, 14)
CHANGES_HEADERS = ("分类代码", "分类名称", "期初数量", "期初原值", "本期增加数量", "本期增加原值", "本期减少数量",
                   "本期减少原值", "期末数量", "期末原值", "本期折旧")
COUNTS_HEADERS = ("代码", "名称", "卡片数", "数量", "原值", "累计折旧", "净值")
SCHEDULE_HEADERS = ("资产编号", "资产名称", "使用部门", "费用科目", *(f"{m}月" for m in range(1, 13)), "全年合计")


def write_sheet(path: str | Path, *, sheet_title: str, heading: str, particulars: Sequence[object],
                headers: Sequence[str], widths: Sequence[float], rows: Iterable[Sequence[object]],
                totals: Callable[[], Sequence[object]] | None = None, expected: int = 0,
                progress: Progress | None = None, after: Callable[[Any], None] | None = None) -> int:
    """One streamed sheet to ``path``; ``totals`` is asked for the totals row after the last row
    (so a streaming caller can add up as it goes), ``after`` may add further sheets to the book.
    Returns the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=sheet_title[:31])
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "C4"  # title, particulars, headings stay; so do number and name
    # Printed from Excel: A4 landscape, all columns on the page's width, headings on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "3:3"
    title = WriteOnlyCell(sheet, value=heading)
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    sheet.append(list(particulars))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8EEF4")
    thin = Side(style="thin", color="9AA5B1")
    head = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(bottom=thin, top=thin)
        head.append(cell)
    sheet.append(head)

    # A write-only row is written out as soon as it is appended, so one styled cell per column is
    # reused row after row: styling 50 000 × 3 fresh cells would cost more than the whole query.
    styled: dict[tuple[int, str], Any] = {}

    def cell_for(i: int, value: object, fmt: str) -> Any:
        cell = styled.get((i, fmt))
        if cell is None:
            cell = styled[(i, fmt)] = WriteOnlyCell(sheet)
            cell.number_format = fmt
        cell.value = value
        return cell

    def cells(values: Sequence[object], font: Any = None) -> list[Any]:
        if font is not None:  # the totals row: fresh bold cells
            out = []
            for value in values:
                cell = WriteOnlyCell(sheet, value=value)
                cell.font = font
                if isinstance(value, Decimal):
                    cell.number_format = YUAN_FORMAT
                out.append(cell)
            return out
        return [cell_for(i, v, YUAN_FORMAT) if isinstance(v, Decimal)
                else cell_for(i, v, "yyyy-mm-dd") if isinstance(v, date) else v for i, v in enumerate(values)]

    count = 0
    for row in rows:
        sheet.append(cells(row))
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count, max(expected, count))
    if totals is not None:
        sheet.append(cells(totals(), bold))
    if after is not None:
        after(book)
    book.save(str(path))
    if progress is not None:
        progress(count, max(expected, count))
    return count


def _particulars(bureau: str, what: str) -> list[object]:
    return [f"单位：{bureau}", None, what, None, "金额单位：元"]


def write_ledger(path: str | Path, bureau: str, as_of: date, rows: Iterable[Any], expected: int,
                 progress: Progress | None = None) -> int:
    """资产台账: ``rows`` are LedgerRow-like (attributes), streamed."""
    sums = [ZERO, ZERO, 0, 0]

    def body() -> Iterable[Sequence[object]]:
        for r in rows:
            sums[0] += r.original_value
            sums[1] += r.accumulated
            sums[2] += 1
            sums[3] += r.quantity
            yield (r.card_no, r.name, r.category_code, r.category_name, r.specification, r.quantity, r.unit,
                   r.acquired_on, r.department_name, r.user_name, r.location, r.status_label, r.original_value,
                   r.accumulated, r.original_value - r.accumulated)

    return write_sheet(path, sheet_title="资产台账", heading=f"{bureau} 固定资产台账",
                       particulars=_particulars(bureau, f"截至：{as_of:%Y-%m-%d}"), headers=LEDGER_HEADERS,
                       widths=LEDGER_WIDTHS, rows=body(),
                       totals=lambda: (f"合计 {sums[2]} 张", "", "", "", "", sums[3], "", "", "", "", "", "",
                                       sums[0], sums[1], sums[0] - sums[1]),
                       expected=expected, progress=progress)


def write_changes(path: str | Path, bureau: str, report: Any, progress: Progress | None = None) -> int:
    """资产增减变动表 by category."""
    def line(r: Any) -> tuple[object, ...]:
        return (r.category_code, r.category_name, r.opening_count, r.opening_value, r.added_count, r.added_value,
                r.removed_count, r.removed_value, r.closing_count, r.closing_value, r.depreciation)

    span = report.first if report.first == report.last else f"{report.first} 至 {report.last}"
    return write_sheet(path, sheet_title="资产增减变动表", heading=f"{bureau} 资产增减变动表",
                       particulars=_particulars(bureau, f"期间：{span}"), headers=CHANGES_HEADERS,
                       widths=(12, 20, 10, 15, 12, 15, 12, 15, 10, 15, 14), rows=[line(r) for r in report.rows],
                       totals=lambda: ("合计", "", *line(report.total)[2:]), progress=progress)


def write_schedule(path: str | Path, bureau: str, year: int, rows: Iterable[Any],
                   run_totals: Sequence[Decimal | None], expected: int, progress: Progress | None = None) -> int:
    """折旧明细表: per card per month (streamed), the month totals, and each month's run total."""
    sums = [ZERO] * 13

    def body() -> Iterable[Sequence[object]]:
        for r in rows:
            for i, amount in enumerate(r.months):
                sums[i] += amount
            sums[12] += r.total
            yield (r.card_no, r.name, r.department_name, r.expense_account,
                   *(m if m else None for m in r.months), r.total)

    def totals() -> Sequence[object]:
        return ("合计", "", "", "", *sums)

    return write_sheet(path, sheet_title="折旧明细表", heading=f"{bureau} {year}年固定资产折旧明细表",
                       particulars=_particulars(bureau, f"年度：{year}"), headers=SCHEDULE_HEADERS,
                       widths=(15, 20, 14, 9, *([11] * 12), 13), rows=body(), totals=totals,
                       expected=expected, progress=progress, after=lambda book: _run_sheet(book, run_totals, sums[:12]))


def _run_sheet(book: Any, run_totals: Sequence[Decimal | None], month_totals: Sequence[Decimal]) -> None:
    """A second sheet: each month's run total beside the schedule's month total (they agree)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = book.create_sheet("计提核对")
    sheet.column_dimensions["A"].width = 8
    for col in "BCD":
        sheet.column_dimensions[col].width = 16
    heads = []
    for h in ("月份", "计提总额", "明细合计", "是否一致"):
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = Font(bold=True)
        heads.append(cell)
    sheet.append(heads)
    for m, (run, lines) in enumerate(zip(run_totals, month_totals), start=1):
        row = [f"{m}月"]
        for value in (run, lines):
            cell = WriteOnlyCell(sheet, value=value if value is not None else "未计提")
            cell.number_format = YUAN_FORMAT
            row.append(cell)
        row.append("—" if run is None and not lines else ("一致" if (run or ZERO) == lines else "不一致"))
        sheet.append(row)


def write_counts(path: str | Path, bureau: str, report: Any, progress: Progress | None = None) -> int:
    """Counts by category or department on the books."""
    by = "按分类" if report.by == "category" else "按部门"

    def line(r: Any) -> tuple[object, ...]:
        return (r.key, r.name, r.cards, r.quantity, r.original_value, r.accumulated, r.net_value)

    return write_sheet(path, sheet_title=f"资产统计{by}", heading=f"{bureau} 固定资产统计（{by}）",
                       particulars=_particulars(bureau, f"截至：{report.as_of:%Y-%m-%d}"), headers=COUNTS_HEADERS,
                       widths=(12, 22, 9, 9, 16, 16, 16), rows=[line(r) for r in report.rows],
                       totals=lambda: ("合计", "", *line(report.total)[2:]), progress=progress)
