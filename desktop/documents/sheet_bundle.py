"""Several sheets of one layout in one printable PDF (a journal per cash or bank account): each
sheet drawn by the one engine, page after page, on one canvas. Printable only: signature fields are
placed on page 1 of a single sheet, so a bundle is never certified.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any, Sequence

from desktop.documents.layout import SheetLayout
from desktop.documents.render import SheetData, _canvas, _fix_timestamp, _PAPERS, _Sheet
from desktop.documents.fonts import register_cjk_font

__all__ = ["render_bundle"]


class _KeepOpen:
    """The shared canvas as one sheet sees it: its ``save`` waits for the last sheet."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas

    def __getattr__(self, name: str) -> Any:
        return getattr(self._canvas, name)

    def save(self) -> None:
        pass


def render_bundle(layout: SheetLayout, sheets: Sequence[SheetData]) -> bytes:
    """One PDF of every sheet in order (at least one); deterministic like a single sheet."""
    if not sheets:
        raise ValueError("a bundle needs at least one sheet")
    if len(sheets) == 1:
        from desktop.documents.render import render_sheet

        return render_sheet(layout, sheets[0]).pdf
    paper = _PAPERS[layout.paper]
    buf = BytesIO()
    canvas = _canvas(buf, paper.size, register_cjk_font(), paper.font)
    _fix_timestamp(canvas, sheets[0].submitted_on)
    shared = _KeepOpen(canvas)
    for data in sheets:
        sheet = _Sheet(layout, data)
        sheet.c = shared
        sheet.draw()
    canvas.save()
    return buf.getvalue()
