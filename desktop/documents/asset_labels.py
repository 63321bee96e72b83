"""QR label sheets for asset cards (ASSET-12) on common self-adhesive label stock.

``A4-3x8``: A4, 3 columns × 8 rows of 70 × 37.125 mm, edge to edge (no margins) — the stock most
offices keep. ``A4-2x5``: 2 × 5 of 105 × 59.4 mm. Each label: the QR code (error level M) holding
``"<card number> <name>"``, the card number large, the name, the bureau's name, in the bundled CJK
font (embedded). Print at actual size (不缩放).

The QR code is drawn module by module from reportlab's encoder (documents/render.py ``qr_code``:
with the ECI designator for UTF-8, so a reader does not take the name for Shift-JIS). A scanner
that cannot type Chinese still types the number first: the service reads only that.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any, Sequence

__all__ = ["Label", "LabelStock", "LAYOUTS", "render_labels", "PRINTING_NOTE"]

MM = 72 / 25.4
PRINTING_NOTE = "打印时选择“实际大小”（不缩放），用 A4 不干胶标签纸"


@dataclass(frozen=True)
class Label:
    card_no: str
    name: str
    qr_content: str
    bureau: str = ""


@dataclass(frozen=True)
class LabelStock:
    """A sheet of labels: columns × rows of width × height mm from the page's top-left corner."""

    columns: int
    rows: int
    width_mm: float
    height_mm: float
    left_mm: float = 0.0
    top_mm: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS: dict[str, LabelStock] = {
    "A4-3x8": LabelStock(3, 8, 70.0, 37.125),
    "A4-2x5": LabelStock(2, 5, 105.0, 59.4),
}


def _fit(text: str, font: str, size: float, width: float, *, lines: int, smallest: float = 5
         ) -> tuple[list[str], float]:
    """Break ``text`` into at most ``lines`` lines of ``width``, shrinking the size (down to
    ``smallest`` pt) until it fits; the last line ends in … if it still does not."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while True:
        out, line = [], ""
        for ch in text:
            if line and stringWidth(line + ch, font, size) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
        if len(out) <= lines or size <= smallest:
            break
        size -= 0.5
    if len(out) > lines:
        out = out[:lines]
        last = out[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        out[-1] = last + "…"
    return out, size


def _draw_qr(c: Any, text: str, x: float, y: float, side: float) -> None:
    """The QR code of ``text`` in a ``side``-point square at (x, y), quiet zone included."""
    from desktop.documents.render import qr_code

    code = qr_code(text)
    n = code.getModuleCount()
    cell = side / (n + 4)  # ISO/IEC 18004: a quiet zone of 4 modules; part of it is the label's edge
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    path = c.beginPath()
    for r in range(n):  # each run of dark modules in a row as one rectangle (a third of the drawing)
        col = 0
        while col < n:
            if not code.isDark(r, col):
                col += 1
                continue
            start = col
            while col < n and code.isDark(r, col):
                col += 1
            path.rect(x + (start + 2) * cell, y + side - (r + 3) * cell, (col - start) * cell, cell)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def render_labels(labels: Sequence[Label], layout: str = "A4-3x8", *, title: str = "固定资产标签") -> bytes:
    """The label sheets (as many pages as needed), labels filled row by row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rl_canvas

    from desktop.documents.fonts import register_cjk_font

    stock = LAYOUTS[layout]
    font = register_cjk_font()
    buf = BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, initialFontName=font, initialFontSize=9, pageCompression=1)
    c.setTitle(title)
    c.setSubject(PRINTING_NOTE)
    page_h = A4[1]
    w, h = stock.width_mm * MM, stock.height_mm * MM
    pad = 3.5 * MM  # most printers leave the outer 3 mm or so blank: nothing that matters goes there
    for index, label in enumerate(labels):
        if index and index % stock.per_page == 0:
            c.showPage()
        slot = index % stock.per_page
        col, row = slot % stock.columns, slot // stock.columns
        x0 = stock.left_mm * MM + col * w
        y0 = page_h - stock.top_mm * MM - (row + 1) * h
        side = min(h - 2 * pad, 0.42 * w)  # a large label gives the room to the text, not a huge code
        _draw_qr(c, label.qr_content, x0 + pad - 1 * MM, y0 + h - pad - side, side)
        tx = x0 + pad + side - 0.5 * MM
        text_w = x0 + w - pad - tx
        top = y0 + h - pad
        size_no = min(12.0 if h < 45 * MM else 15.0, h / 4.5)
        no_lines, size_no = _fit(label.card_no, font, size_no, text_w, lines=1)
        c.setFont(font, size_no)
        y = top - size_no
        c.drawString(tx, y, no_lines[0])
        name_size = min(9.5 if h < 45 * MM else 12.0, h / 5.5)
        names, name_size = _fit(label.name, font, name_size, text_w, lines=3 if h < 45 * MM else 4, smallest=7)
        c.setFont(font, name_size)
        y -= name_size * 0.6
        for line in names:
            y -= name_size * 1.2
            c.drawString(tx, y, line)
        if label.bureau:
            bureau_lines, bureau_size = _fit(label.bureau, font, 6.5 if h < 45 * MM else 8.0, text_w, lines=2)
            c.setFont(font, bureau_size)
            by = y0 + pad + (len(bureau_lines) - 1) * bureau_size * 1.15
            for line in bureau_lines:
                c.drawString(tx, by, line)
                by -= bureau_size * 1.15
    if not labels:
        c.setFont(font, 12)
        c.drawString(20 * MM, page_h - 30 * MM, "（没有要打印的标签）")
    c.save()
    return buf.getvalue()
