"""The printed count sheet of a stocktake (固定资产盘点表, ASSET-06): the cards on the books in the
room or department, a ✓ column and a remark column to fill in by hand, and a signature line for
each counter — the asset manager, finance and the users count together. A4 portrait, the
headings repeated on every page, ``第 n 页 共 m 页`` at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
__all__ = ["CountSheet", "CountSheetRow", "render_count_sheet", "COLUMNS"]

MM = 72 / 25.4


@dataclass(frozen=True)
class CountSheetRow:
    card_no: str
    name: str
    specification: str
    user: str
    location: str
    quantity: str


@dataclass(frozen=True)
class CountSheet:
    bureau: str
    title: str
    location: str
    department: str
    counted_on: date
    counters: tuple[str, ...]  # "刘洋（资产管理员）"
    rows: tuple[CountSheetRow, ...]


# (heading, width mm): 180 mm between 15 mm margins.
COLUMNS: tuple[tuple[str, float], ...] = (("序号", 10), ("资产编号", 28), ("名称", 38), ("规格型号", 36),
                                          ("使用人", 18), ("数量", 12), ("实有 ✓", 14), ("备注", 24))


def _clip(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def render_count_sheet(sheet: CountSheet) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rl_canvas

    from desktop.documents.fonts import register_cjk_font

    font = register_cjk_font()
    buf = BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, initialFontName=font, initialFontSize=10, pageCompression=1)
    c.setTitle(f"{sheet.title} 盘点表")
    c.setAuthor(sheet.bureau)
    page_w, page_h = A4
    left, right = 15 * MM, page_w - 15 * MM
    row_h = 7.5 * MM
    size = 8.5
    sign_h = (12 + 9 * ((len(sheet.counters) + 2) // 3)) * MM  # the counters' lines, three to a row
    first_top = page_h - 42 * MM
    other_top = page_h - 22 * MM
    bottom = 18 * MM

    def per_page(top: float, last: bool) -> int:
        return int((top - row_h - bottom - (sign_h if last else 0)) // row_h)

    # Pages: fill each; the signatures go under the last rows (a page of their own if need be).
    pages: list[list[int]] = []
    rest = list(range(len(sheet.rows)))
    while True:
        top = first_top if not pages else other_top
        if len(rest) <= per_page(top, True):
            pages.append(rest)
            break
        take = per_page(top, False)
        pages.append(rest[:take])
        rest = rest[take:]
    total_pages = len(pages)

    for p, indices in enumerate(pages):
        if p:
            c.showPage()
        if p == 0:
            c.setFont(font, 16)
            c.drawCentredString(page_w / 2, page_h - 20 * MM, f"{sheet.bureau}固定资产盘点表")
            c.setFont(font, 9.5)
            scope = "　".join(x for x in (f"存放地点：{sheet.location}" if sheet.location else "",
                                         f"部门：{sheet.department}" if sheet.department else "") if x)
            c.drawString(left, page_h - 30 * MM, f"盘点：{sheet.title}")
            c.drawRightString(right, page_h - 30 * MM, f"盘点日期：{sheet.counted_on:%Y年%m月%d日}")
            c.drawString(left, page_h - 36 * MM, f"{scope}　账面应有 {len(sheet.rows)} 项")
            top = first_top
        else:
            c.setFont(font, 9.5)
            c.drawString(left, page_h - 15 * MM, f"{sheet.title} 盘点表（续）")
            top = other_top
        # Headings
        c.setLineWidth(0.6)
        x = left
        c.setFont(font, size)
        for heading, width in COLUMNS:
            c.rect(x, top - row_h, width * MM, row_h)
            c.drawCentredString(x + width * MM / 2, top - row_h + 2.6 * MM, heading)
            x += width * MM
        y = top - row_h
        c.setLineWidth(0.4)
        for i in indices:
            r = sheet.rows[i]
            cells = (str(i + 1), r.card_no, r.name, r.specification, r.user, r.quantity, "", "")
            x = left
            for (heading, width), text in zip(COLUMNS, cells):
                c.rect(x, y - row_h, width * MM, row_h)
                text = _clip(text, font, size, width * MM - 2 * MM)
                if heading in ("序号", "数量"):
                    c.drawRightString(x + width * MM - 1 * MM, y - row_h + 2.6 * MM, text)
                else:
                    c.drawString(x + 1 * MM, y - row_h + 2.6 * MM, text)
                x += width * MM
            y -= row_h
        if not sheet.rows and p == 0:
            c.drawString(left, y - 6 * MM, "（账面上没有资产；实物均按盘盈登记）")
            y -= 8 * MM
        if p == total_pages - 1:
            c.setFont(font, 9)
            y -= 8 * MM
            c.drawString(left, y, "账外实物（盘盈）：____________________________________________________________")
            y -= 10 * MM
            c.drawString(left, y, "盘点人员签字（资产管理员、财会人员、使用人员共同参加）：")
            col_w = (right - left) / 3
            for k, who in enumerate(sheet.counters):
                cx = left + (k % 3) * col_w
                cy = y - (9 + 9 * (k // 3)) * MM
                c.drawString(cx, cy, f"{_clip(who, font, 9, col_w - 28 * MM)}：")
                c.line(cx + col_w - 27 * MM, cy - 1, cx + col_w - 3 * MM, cy - 1)
        c.setFont(font, 8)
        c.drawCentredString(page_w / 2, 10 * MM, f"第 {p + 1} 页 共 {total_pages} 页")
    c.save()
    return buf.getvalue()

