"""Streaming Excel output (openpyxl write-only mode): the one sheet writer every return uses.

A sheet is a bold title, an optional line of particulars (bureau, year, unit), a bold heading
row and the rows. ``Decimal`` values are written as numbers with two decimals and thousands
separators, so the finance bureau can sum them; plain rows in, bytes or a file out.
"""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any, Iterable, Sequence

__all__ = ["MONEY_FORMAT", "new_book", "add_sheet", "book_bytes", "money_total", "write_table"]

MONEY_FORMAT = "#,##0.00"


def new_book() -> Any:
    from openpyxl import Workbook

    return Workbook(write_only=True)


def add_sheet(book: Any, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
              heading: str | None = None, particulars: Sequence[object] = (), widths: Sequence[float] = ()) -> int:
    """Append one sheet to ``book``; returns the number of data rows written."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title=title[:31])
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    if heading:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = Font(bold=True, size=13)
        sheet.append([cell])
    if particulars:
        sheet.append(list(particulars))
    bold = Font(bold=True)
    head = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    count = 0
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, Decimal):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = MONEY_FORMAT
                out.append(cell)
            else:
                out.append(value)
        sheet.append(out)
        count += 1
    return count


def book_bytes(book: Any) -> bytes:
    buf = BytesIO()
    book.save(buf)
    return buf.getvalue()


def money_total(values: Iterable[object]) -> Decimal:
    """Exact sum of amounts given as Decimal, int or text (never through float)."""
    return sum((Decimal(str(v)) for v in values if v not in (None, "")), Decimal("0.00")).quantize(Decimal("0.01"))


def write_table(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """One sheet to a file; returns the number of data rows written."""
    book = new_book()
    count = add_sheet(book, title, headers, rows)
    Path(path).write_bytes(book_bytes(book))
    return count
