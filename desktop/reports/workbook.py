"""Streaming Excel output (openpyxl write-only mode) for report packs; plain rows in, file out."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

__all__ = ["write_table"]


def write_table(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write one sheet; returns the number of data rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    bold = Font(bold=True)
    head = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    count = 0
    for row in rows:
        sheet.append(list(row))
        count += 1
    book.save(str(path))
    return count
