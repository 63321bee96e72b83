"""Ruled tables on a sheet (a layout's ``tables``): the legs of a travel claim, the visitors of a
reception, … — one row per object of a payload list, headings, money right-aligned as
¥1,234.50, counts right-aligned, a totals row over every row of the list.

The first page holds at most ``max_rows`` rows of a table; when the list is longer, the first
page prints the first rows, one line saying how many continue, and the totals of the whole list;
the remaining rows follow on continuation pages (续页) after the sheet, with the headings again
and the same totals at the end. Signature fields stay on page 1. No blank rows are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Sequence

from desktop.documents.layout import Column, Table
from desktop.domain.money import format_amount

if TYPE_CHECKING:  # the renderer's page object (desktop.documents.render._Sheet)
    from desktop.documents.render import _Sheet

__all__ = ["draw_tables", "draw_continuations", "table_rows", "cell_text", "totals"]

MM = 72 / 25.4


def table_rows(sheet_payload: dict[str, Any], table: Table) -> list[dict[str, Any]]:
    """The list a table prints (objects only; anything else in the payload is not a row)."""
    value = sheet_payload.get(table.value[len("payload."):])
    if not isinstance(value, list):
        return []
    return [row for row in value if isinstance(row, dict)]


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).replace(",", "").lstrip("¥￥"))
    except InvalidOperation:
        return None


def cell_text(column: Column, value: Any) -> str:
    if value is None or value == "":
        return ""
    if column.kind in ("money", "balance"):
        amount = _decimal(value)
        return format_amount(amount, symbol=True) if amount is not None else str(value)
    if column.kind == "count":
        return str(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def totals(table: Table, rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Column key → the printed total of the whole list, for money and count columns (rows marked
    ``_subtotal`` — a day's total in a journal — are not summed again); a balance column: the last
    row's balance."""
    out: dict[str, str] = {}
    for col in table.columns:
        if col.kind == "balance":
            last = next((r.get(col.key) for r in reversed(rows) if r.get(col.key) not in (None, "")), None)
            out[col.key] = cell_text(col, last) if last is not None else ""
        elif col.kind == "money":
            total = sum((_decimal(r.get(col.key)) or Decimal("0") for r in rows if not r.get("_subtotal")),
                        Decimal("0.00"))
            out[col.key] = format_amount(total, symbol=True)
        elif col.kind == "count":
            out[col.key] = str(sum(int(_decimal(r.get(col.key)) or 0) for r in rows))
    return out


@dataclass
class _Geometry:
    x: float  # left of the first column (after the label column)
    widths: list[float]
    row_h: float
    size: float


def _geometry(sheet: "_Sheet", table: Table, label_w: float) -> _Geometry:
    x = sheet.left + label_w
    avail = sheet.right - x
    weight = sum(c.weight for c in table.columns)
    widths = [avail * c.weight / weight for c in table.columns]
    row_h = sheet.p.row * 0.62  # 5.9 mm on A4: one line of 9.5 pt with air
    return _Geometry(x, widths, row_h, sheet.p.font - 1)


def _rule_row(sheet: "_Sheet", g: _Geometry, top: float, cells: Sequence[str], aligns: Sequence[str],
              spans: Sequence[int] | None = None, notes: Sequence[str] | None = None) -> float:
    """One ruled row: ``cells[i]`` over ``spans[i]`` columns (default one each); ``notes[i]`` in
    small grey text under a cell's text (a voucher line's auxiliary dimensions), the row taller."""
    c = sheet.c
    c.setLineWidth(0.5)
    noted = bool(notes and any(notes))
    bottom = top - g.row_h
    if noted:  # as many small lines (at most four) as the longest note needs
        widths, col = [], 0
        for i in range(len(cells)):
            n = spans[i] if spans else 1
            widths.append(sum(g.widths[col:col + n]))
            col += n
        lines = max(len(sheet._wrap(t, w - 2.4 * MM, g.size - 2.5)) for t, w in zip(notes, widths) if t)
        bottom = top - g.row_h * 0.8 - min(lines, 4) * (g.size - 2.5) * 1.35 - 2.2 * MM
    c.line(g.x, bottom, sheet.right, bottom)
    x, col = g.x, 0
    for i, text in enumerate(cells):
        n = spans[i] if spans else 1
        w = sum(g.widths[col:col + n])
        if col > 0:
            c.line(x, top, x, bottom)
        # In a taller row a cell without a note takes the whole height (a long summary wraps).
        h = g.row_h if not noted or notes[i] or aligns[i] != "left" else top - bottom
        sheet.text_in(text, x, top, w, h, g.size, align=aligns[i], pad=1.2 * MM)
        if noted and notes[i]:
            c.setFillColorRGB(0.35, 0.35, 0.38)
            sheet.text_in(notes[i], x, top - g.row_h * 0.8, w, top - g.row_h * 0.8 - bottom, g.size - 2.5,
                          align="left", pad=1.2 * MM)
            c.setFillColorRGB(0.08, 0.08, 0.10)
        x += w
        col += n
    return bottom


def _headings(sheet: "_Sheet", table: Table, g: _Geometry, top: float) -> float:
    return _rule_row(sheet, g, top, [c.heading for c in table.columns], ["center"] * len(table.columns))


def _data_row(sheet: "_Sheet", table: Table, g: _Geometry, top: float, row: dict[str, Any]) -> float:
    texts = [cell_text(c, row.get(c.key)) for c in table.columns]
    aligns = ["right" if c.kind != "text" else "left" for c in table.columns]
    notes = row.get("_notes")
    if isinstance(notes, dict) and notes:
        return _rule_row(sheet, g, top, texts, aligns, notes=[str(notes.get(c.key, "") or "") for c in table.columns])
    return _rule_row(sheet, g, top, texts, aligns)


def sums_row(sheet: "_Sheet", table: Table, g: _Geometry, top: float, label: str,
             rows: Sequence[dict[str, Any]]) -> float:
    """One row: ``label`` over the text columns before the first figure (or in the first column's
    place when there are none), then the sums of ``rows`` — the totals row, 过次页 and 承前页."""
    sums = totals(table, rows)
    first = max(1, next((i for i, c in enumerate(table.columns) if c.kind != "text"), len(table.columns)))
    cells, spans, aligns = [label], [first], ["center"]
    for col in table.columns[first:]:
        cells.append(sums.get(col.key, ""))
        spans.append(1)
        aligns.append("right" if col.kind != "text" else "left")
    return _rule_row(sheet, g, top, cells, aligns, spans)


def _totals_row(sheet: "_Sheet", table: Table, g: _Geometry, top: float, rows: Sequence[dict[str, Any]]) -> float:
    return sums_row(sheet, table, g, top, f"{table.totals}（共{len(rows)}项）", rows)


def _spanning(sheet: "_Sheet", g: _Geometry, top: float, text: str) -> float:
    return _rule_row(sheet, g, top, [text], ["left"], [len(g.widths)])


def draw_tables(sheet: "_Sheet", before_row: int, top: float) -> float:
    """Draw the layout's tables placed before ``rows[before_row]`` on page 1; returns the new top.
    Rows that do not fit are kept on the sheet object for :func:`draw_continuations`."""
    for table in sheet.layout.tables:
        if table.at != before_row:
            continue
        rows = table_rows(sheet.data.payload, table)
        g = _geometry(sheet, table, sheet.p.label_w)
        block_top = top
        top = _headings(sheet, table, g, top)
        if table.carry and rows:  # a book: 过次页 at the foot, 承前页 on the next page
            from desktop.documents.carried_totals import draw_first_page

            top, drawn = draw_first_page(sheet, table, g, top, rows)
            if drawn < len(rows):
                sheet.table_continuations = [*getattr(sheet, "table_continuations", []), (table, rows, drawn)]
            _close_block(sheet, table, g, block_top, top)
            continue
        shown, rest = rows, []
        if len(rows) > table.max_rows:
            shown, rest = rows[:table.max_rows - 1], rows[table.max_rows - 1:]
        if not rows:
            top = _spanning(sheet, g, top, table.empty)
        for row in shown:
            top = _data_row(sheet, table, g, top, row)
        if rest:
            top = _spanning(sheet, g, top, f"另有{len(rest)}项（第{len(shown) + 1}至{len(rows)}项）见续页")
            pending = getattr(sheet, "table_continuations", [])
            pending.append((table, rows, len(shown)))
            sheet.table_continuations = pending
        if table.totals and rows:
            top = _totals_row(sheet, table, g, top, rows)
        _close_block(sheet, table, g, block_top, top)
    return top


def _close_block(sheet: "_Sheet", table: Table, g: _Geometry, block_top: float, top: float) -> None:
    c = sheet.c
    c.line(g.x, block_top, g.x, top)
    c.line(sheet.left, top, sheet.right, top)
    sheet.text_in(table.label, sheet.left, block_top, sheet.p.label_w, block_top - top, sheet.p.font,
                  align="center", pad=1.2 * MM)


def draw_continuations(sheet: "_Sheet") -> int:
    """The continuation pages (after page 1 was shown): every row page 1 could not hold, with the
    headings on each page and the totals at the end. Returns how many pages were drawn."""
    pending = list(getattr(sheet, "table_continuations", []))
    if not pending:
        return 0
    c, p = sheet.c, sheet.p
    pages = 0
    bottom_limit = p.margin_bottom + 10 * MM

    def new_page() -> float:
        nonlocal pages
        pages += 1
        top = p.size[1] - p.margin_top
        c.setFillColorRGB(0.08, 0.08, 0.10)
        c.setFont(sheet.font, p.font + 1)
        title = sheet.layout.title or sheet.data.kind_title
        c.drawCentredString(p.size[0] / 2, top - p.font - 1, f"{sheet.data.bureau_name} {title}（续页）")
        c.setFont(sheet.font, p.font - 1)
        y = top - p.font * 2.6
        c.drawString(sheet.left, y, f"编号：{sheet.data.serial or '（未编号）'}")
        c.drawRightString(sheet.right, y, f"第{pages + 1}页")
        return y - p.font * 0.8

    for table, rows, start in pending:
        g = _geometry(sheet, table, 0.0)
        g.x = sheet.left
        g.widths = [sheet.width * col.weight / sum(x.weight for x in table.columns) for col in table.columns]
        i = start
        while i < len(rows):
            top = new_page()
            c.setFont(sheet.font, p.font)
            c.drawString(sheet.left, top - p.font, f"{table.label}（续，第{i + 1}项起）")
            top -= p.font * 1.6
            block_top = top
            top = _headings(sheet, table, g, top)
            if table.carry:
                from desktop.documents.carried_totals import CARRIED_IN, CARRIED_OUT, carry_row

                top = carry_row(sheet, table, g, top, CARRIED_IN, rows[:i])
            reserve = 2 if table.carry or (i == len(rows) - 1 and table.totals) else 1
            while i < len(rows) and top - g.row_h * reserve > bottom_limit:
                top = _data_row(sheet, table, g, top, rows[i])
                i += 1
            if table.carry:
                top = carry_row(sheet, table, g, top, CARRIED_OUT if i < len(rows) else table.totals or "合计",
                                rows[:i])
            elif i >= len(rows) and table.totals:
                top = _totals_row(sheet, table, g, top, rows)
            c.setLineWidth(1.0)
            c.rect(sheet.left, top, sheet.width, block_top - top)
            c.setFont(sheet.font, 6.5)
            c.setFillColorRGB(0.45, 0.45, 0.48)
            c.drawString(sheet.left, top - 10, f"内容摘要：{sheet.hash[:24]}（与第1页相同）")
            c.setFillColorRGB(0.08, 0.08, 0.10)
            c.showPage()
    return pages
