"""What a PDF to be sealed contains, and plain text documents and tabular registers drawn by
reportlab (the demo's report to be sealed; the printable 印章台账 and 用印登记簿)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Sequence

from desktop.documents.fonts import register_cjk_font
from desktop.documents.line_breaking import wrap_text
from desktop.documents.rule_refs import basis_line, strip_rule_ids
from desktop.domain.seals.use import ContentFacts

__all__ = ["content_facts", "render_text_document", "RegisterTable", "render_register", "NotReadable"]

MM = 72 / 25.4
_TEXT = re.compile(rb"(?:\)|>|\])\s*(?:Tj|TJ|'|\")")
_DO = re.compile(rb"/[^\s/]+\s+Do\b")
_PAINT = re.compile(rb"(?:^|\s)(?:f\*?|F|S|s|B\*?|b\*?)(?=\s|$)")


class NotReadable(ValueError):
    """Not a PDF the seal can be applied to."""


def content_facts(pdf: bytes) -> ContentFacts:
    """Count pages and the operators that put something on them (text, images, painted paths);
    blank paper has none (SEAL-07)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.lstrip()[:5].startswith(b"%PDF"):
        raise NotReadable("不是PDF文件")
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        pages = int(reader.root["/Pages"]["/Count"])
        text = images = paths = 0
        for i in range(pages):
            page_ref, _ = reader.find_page_for_modification(i)
            contents = page_ref.get_object().get("/Contents")
            if contents is None:
                continue
            contents = contents.get_object()
            streams = list(contents) if not hasattr(contents, "data") else [contents]
            for stream in streams:
                data = stream.get_object().data
                text += len(_TEXT.findall(data))
                images += len(_DO.findall(data))
                paths += len(_PAINT.findall(data))
        return ContentFacts(pages=pages, text_ops=text, image_ops=images, path_ops=paths)
    except NotReadable:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure: not readable
        raise NotReadable(f"PDF文件无法读取：{exc}") from exc


def _canvas(buf: BytesIO, size: tuple[float, float], font: str):  # noqa: ANN202
    from reportlab.pdfgen import canvas as rl_canvas

    return rl_canvas.Canvas(buf, pagesize=size, invariant=1, initialFontName=font, initialFontSize=11,
                            pageCompression=1)


def render_text_document(bureau_name: str, title: str, paragraphs: Sequence[str], day: date) -> bytes:
    """A plain A4 document (a report, a letter): title and paragraphs, the bureau and the date."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = register_cjk_font()
    buf = BytesIO()
    c = _canvas(buf, A4, font)
    w, h = A4
    c.setTitle(title)
    c.setFont(font, 18)
    c.drawCentredString(w / 2, h - 35 * MM, title)
    y = h - 52 * MM
    size, width = 12, w - 50 * MM
    c.setFont(font, size)
    for para in paragraphs:
        lines, _ = wrap_text("　　" + para, width, lambda t: stringWidth(t, font, size))  # 禁则 as on the sheets
        for i, line in enumerate(lines):
            c.drawString(25 * MM, y, line)
            y -= size * (2.2 if i == len(lines) - 1 else 1.8)
    c.drawRightString(w - 30 * MM, y - 10 * MM, bureau_name)
    c.drawRightString(w - 30 * MM, y - 18 * MM, f"{day.year}年{day.month}月{day.day}日")
    c.showPage()
    c.save()
    return buf.getvalue()


@dataclass(frozen=True)
class RegisterTable:
    """A printable register: title, the bureau, column headings with relative widths, rows of text."""

    bureau_name: str
    title: str
    columns: tuple[tuple[str, float], ...]
    rows: tuple[tuple[str, ...], ...]
    printed_on: date
    note: str = ""


def render_register(table: RegisterTable) -> bytes:
    """The register as ruled A4 landscape pages with the heading row repeated on every page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = register_cjk_font()
    size = landscape(A4)
    buf = BytesIO()
    c = _canvas(buf, size, font)
    c.setTitle(table.title)
    c.setAuthor(table.bureau_name)
    left, right = 12 * MM, size[0] - 12 * MM
    total = sum(wt for _, wt in table.columns)
    widths = [(right - left) * wt / total for _, wt in table.columns]
    fs, row_h = 8.5, 8 * MM

    def fit(text: str, width: float) -> str:
        text = text.replace("\n", " ")
        while text and stringWidth(text, font, fs) > width - 2 * MM:
            text = text[:-2] + "…"
        return text

    def heading(page: int) -> float:
        c.setFont(font, 16)
        c.drawCentredString(size[0] / 2, size[1] - 16 * MM, table.title)
        c.setFont(font, 9)
        c.drawString(left, size[1] - 24 * MM, f"单位：{table.bureau_name}")
        d = table.printed_on
        c.drawRightString(right, size[1] - 24 * MM, f"打印日期：{d.year}年{d.month}月{d.day}日　第{page}页")
        return size[1] - 27 * MM

    def draw_row(cells: Sequence[str], top: float, bold: bool = False) -> float:
        x = left
        c.setLineWidth(0.5)
        c.rect(left, top - row_h, right - left, row_h)
        c.setFont(font, fs + (0.5 if bold else 0))
        for text, wdt in zip(cells, widths):
            c.line(x, top, x, top - row_h)
            c.drawString(x + 1 * MM, top - row_h / 2 - fs / 3, fit(str(text), wdt))
            x += wdt
        return top - row_h

    page = 1
    top = draw_row([h for h, _ in table.columns], heading(page), bold=True)
    for row in table.rows or (("（无记录）",) + ("",) * (len(widths) - 1),):
        if top - row_h < 18 * MM:
            c.showPage()
            page += 1
            top = draw_row([h for h, _ in table.columns], heading(page), bold=True)
        top = draw_row(row, top)
    note, rule_ids = strip_rule_ids(table.note)
    if note:
        c.setFont(font, 7.5)
        c.drawString(left, top - 5 * MM, note)
    if rule_ids:  # the rules in a small 依据 line, as on the sheets
        c.setFont(font, 6.5)
        c.setFillColorRGB(0.45, 0.45, 0.48)
        c.drawString(left, top - (9 if note else 5) * MM, basis_line(rule_ids))
    c.showPage()
    c.save()
    return buf.getvalue()
