"""The seal registers in Excel (openpyxl write-only): 印章台账 and 用印登记簿; plain rows in, bytes out."""

from __future__ import annotations

from io import BytesIO
from typing import Iterable, Sequence

__all__ = ["write_register_xlsx"]


def write_register_xlsx(title: str, bureau_name: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """One sheet: the title and bureau on top, then a bold heading row and the rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    widths = [6, 28, 12, 14, 10, 14, 12, 16, 18, 12, 20]
    for i, h in enumerate(headers):
        sheet.column_dimensions[chr(ord("A") + i)].width = widths[i] if i < len(widths) else 14
    head = WriteOnlyCell(sheet, value=title)
    head.font = Font(bold=True, size=14)
    sheet.append([head])
    sheet.append([f"单位：{bureau_name}"])
    bold = Font(bold=True)
    cells = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append(list(row))
    buf = BytesIO()
    book.save(buf)
    return buf.getvalue()
