"""A book's pages with their totals carried forward (a layout table with ``"carry": true``): the
cash and bank journals. Each page that does not end the book ends with a 过次页 row — the sums of
the amount columns from the first row so far and the balance reached — and the next page begins
with the same figures as 承前页, so a reader can add up any page on its own and still meet the
closing balance. Day totals (rows marked ``_subtotal``) are not summed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from desktop.documents.layout import Table
from desktop.documents.sheet_tables import _Geometry, _data_row, sums_row

if TYPE_CHECKING:
    from desktop.documents.render import _Sheet

__all__ = ["CARRIED_OUT", "CARRIED_IN", "carry_row", "draw_first_page"]

CARRIED_OUT = "过次页"
CARRIED_IN = "承前页"


# 过次页 / 承前页: the label, then the sums of the rows so far (day totals not counted twice).
carry_row = sums_row


def draw_first_page(sheet: "_Sheet", table: Table, g: _Geometry, top: float,
                    rows: Sequence[dict[str, Any]]) -> tuple[float, int]:
    """Page 1's part of a carried table (after its headings): up to ``max_rows`` rows, then 过次页
    when more follow, else the totals row. Returns the new top and how many rows were drawn."""
    shown = list(rows[:table.max_rows])
    for row in shown:
        top = _data_row(sheet, table, g, top, row)
    if len(shown) < len(rows):
        top = carry_row(sheet, table, g, top, CARRIED_OUT, shown)
    elif table.totals and rows:
        top = carry_row(sheet, table, g, top, table.totals, rows)
    return top, len(shown)
