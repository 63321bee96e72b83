"""The seal registers in Excel (openpyxl write-only): 印章台账 and 用印登记簿; plain rows in, bytes out."""

from __future__ import annotations

from typing import Iterable, Sequence

from desktop.reports.workbook import add_sheet, book_bytes, new_book

__all__ = ["write_register_xlsx"]


def write_register_xlsx(title: str, bureau_name: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """One sheet: the title and bureau on top, then a bold heading row and the rows."""
    widths = [6, 28, 12, 14, 10, 14, 12, 16, 18, 12, 20]
    book = new_book()
    add_sheet(book, title, headers, rows, heading=title, particulars=[f"单位：{bureau_name}"],
              widths=[widths[i] if i < len(widths) else 14 for i in range(len(headers))])
    return book_bytes(book)
