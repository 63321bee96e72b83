"""The one sheet engine: any :class:`~desktop.documents.layout.SheetLayout` plus a record's plain
data → a printable PDF (reportlab), with the places of its signature fields.

Output is deterministic: reportlab's invariant mode, the creation date taken from the record,
the CJK TrueType font embedded as a subset and no other font (``initialFontName``). Everything
is drawn inside the printable margins; a layout that would not fit raises :class:`SheetOverflow`
instead of clipping.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from io import BytesIO
from typing import Any

from desktop.documents.fonts import register_cjk_font
from desktop.documents.layout import Cell, SheetLayout
from desktop.documents.line_breaking import wrap_text
from desktop.documents.rule_refs import basis_line, strip_rule_ids
from desktop.documents.seal_image import draw_name_seal, draw_official_seal
from desktop.documents.sheet_tables import draw_continuations, draw_tables
from desktop.domain.money import format_amount, normalise_amounts, to_chinese_upper

__all__ = ["StepBox", "SheetData", "FieldBox", "RenderedSheet", "StampText", "SheetOverflow", "render_sheet",
           "render_appearance", "content_hash", "ISSUER_FIELD", "SEAL_FIELD", "step_field", "qr_code", "qr_payload"]

MM = 72 / 25.4
ISSUER_FIELD = "sig_issuer"
SEAL_FIELD = "sig_bureau_seal"
INK = (0.08, 0.08, 0.10)
RULE = (0.15, 0.15, 0.18)
# What the printed footer tells a recipient: how to check the signatures in words, never a command line.
CHECK_SIGNATURES = "本单经电子签名，电子签名可在PDF阅读器中验证；扫描二维码可核对编号与内容摘要"
# …and on a sheet printed to be signed by hand (registers, reports): no claim of electronic signatures.
CHECK_PRINTED = "本单为打印件，由签字栏人员手写签名；扫描二维码可核对编号与内容摘要"
NAME_SEAL_MIN = 12 * MM  # a person's name seal is printed at least this size (legible on A5)
# How an A5 slip prints on the A4 paper most offices keep: at its real size, so seals stay legible.
A5_PRINTING = "A5横向；用A4纸打印时选择“实际大小”（不缩放）"


def _canvas(buf: BytesIO, size: tuple[float, float], font: str, font_size: float) -> Any:
    """A reportlab canvas in invariant mode (same record, same bytes) starting in the CJK font,
    so no unembedded Helvetica is ever referenced."""
    from reportlab.pdfgen import canvas as rl_canvas

    return rl_canvas.Canvas(buf, pagesize=size, invariant=1, initialFontName=font, initialFontSize=font_size,
                            pageCompression=1)


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def step_field(index: int, key: str) -> str:
    return f"sig_step{index + 1}_{key}"


class SheetOverflow(ValueError):
    """The record does not fit on the layout's paper: refuse rather than clip."""


@dataclass(frozen=True)
class StepBox:
    key: str
    label: str  # the step, e.g. 财务负责人审核
    position: str  # the position's name, e.g. 财务负责人


@dataclass(frozen=True)
class SheetData:
    """Everything a sheet shows, as plain values (no sessions)."""

    bureau_name: str
    kind: str
    kind_title: str
    serial: str
    title: str
    purpose: str
    amount: Decimal
    days: int
    category: str
    department: str
    submitter: str
    submitted_on: date
    steps: tuple[StepBox, ...]
    attachments: int = 0
    decision: str = ""
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldBox:
    name: str
    role: str  # "issuer", "step", "seal"
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 in points, page 1
    step_key: str = ""
    label: str = ""  # what the field is for, as printed: 财务负责人审核（财务负责人）; the PDF's /TU


@dataclass(frozen=True)
class RenderedSheet:
    pdf: bytes
    fields: tuple[FieldBox, ...]
    content_hash: str
    paper: str


@dataclass(frozen=True)
class StampText:
    """What a signature's visible appearance shows."""

    name: str
    position: str
    opinion: str
    when: date
    caption: str = "签名"
    seal_name: str = ""  # name drawn in the red seal; empty: no seal
    seal_shape: str = ""  # "round" / "square": a bureau seal's impression instead of a person's name seal
    seal_arc: str = ""  # a round seal's text along the arc (the bureau's name)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def content_hash(data: SheetData) -> str:
    """SHA-256 over the record's content as the sheet prints it (carried in the QR code)."""
    raw = {k: _jsonable(v) for k, v in asdict(data).items()}
    raw["steps"] = [asdict(s) for s in data.steps]
    text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=_jsonable, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _value(data: SheetData, source: str) -> str:
    if source.startswith("text:"):
        return source[5:]
    if source.startswith("payload."):
        value = data.payload.get(source[8:], "")
        if isinstance(value, list):
            return "；".join(str(v) for v in value)
        return "" if value is None else str(value)
    if source == "amount":
        return format_amount(data.amount, symbol=True)
    if source == "amount_upper":
        return "人民币" + to_chinese_upper(data.amount)
    if source == "days":
        return f"{data.days} 天" if data.days else ""
    if source == "submitted_on":
        return _cn_date(data.submitted_on)
    if source == "attachments":
        return f"{data.attachments} 张"
    return str(getattr(data, source, "") or "")


# Geometry per paper -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Paper:
    size: tuple[float, float]
    margin_x: float
    margin_top: float
    margin_bottom: float
    row: float  # a one-line row
    extra_line: float
    step_row: float
    issuer_row: float
    label_w: float
    font: float
    title_font: float
    qr: float
    seal_col: float


_PAPERS = {
    "A4": _Paper((210 * MM, 297 * MM), 18 * MM, 14 * MM, 14 * MM, 9.5 * MM, 5.5 * MM, 25 * MM, 19 * MM, 27 * MM,
                 10.5, 22, 22 * MM, 48 * MM),
    # A5: rows high enough for a name seal of at least 12 mm (NAME_SEAL_MIN) in every signature.
    "A5": _Paper((210 * MM, 148 * MM), 13 * MM, 9 * MM, 9 * MM, 7.6 * MM, 4.6 * MM, 15.5 * MM, 15.5 * MM, 24 * MM,
                 9.5, 17, 17 * MM, 40 * MM),
    # A4 landscape: the wide books (科目余额表 with six amount columns).
    "A4L": _Paper((297 * MM, 210 * MM), 16 * MM, 12 * MM, 12 * MM, 8.5 * MM, 5.0 * MM, 20 * MM, 17 * MM, 27 * MM,
                  10, 20, 20 * MM, 48 * MM),
}


class _Sheet:
    def __init__(self, layout: SheetLayout, data: SheetData):
        self.layout, self.data = layout, data
        self.p = _PAPERS[layout.paper]
        self.font = register_cjk_font()
        self.buf = BytesIO()
        self.c = _canvas(self.buf, self.p.size, self.font, self.p.font)
        _fix_timestamp(self.c, data.submitted_on)
        self.fields: list[FieldBox] = []
        self.rule_ids: list[str] = []  # named by the texts printed: the 依据 footnote
        self.hash = content_hash(data)
        self.left = self.p.margin_x
        self.right = self.p.size[0] - self.p.margin_x
        self.width = self.right - self.left

    # Text helpers ---------------------------------------------------------------------------
    def _sw(self, text: str, size: float) -> float:
        return _width(text, self.font, size)

    def _wrap(self, text: str, width: float, size: float) -> list[str]:
        return wrap_text(text, width, lambda s: self._sw(s, size))[0]

    def _fit(self, text: str, width: float, height: float, size: float) -> tuple[list[str], float]:
        """Shrink down to 7.5 pt to fit — also while a bracketed phrase or an ASCII word would have
        to be cut (line_breaking.py); then cut with an ellipsis (never draw outside the cell)."""
        while True:
            lines, cut = wrap_text(text, width, lambda s: self._sw(s, size))
            # A short label wrapped with one character left over (财务负责人审⏎核): smaller rather.
            orphan = len(text) <= 16 and len(lines) > text.count("\n") + 1 and any(len(ln) == 1 for ln in lines)
            if (len(lines) * size * 1.3 <= height and not cut and not orphan) or size <= 7.5:
                break
            size -= 0.5
        max_lines = max(1, int(height // (size * 1.3)))
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            while lines[-1] and self._sw(lines[-1] + "…", size) > width:
                lines[-1] = lines[-1][:-1]
            lines[-1] += "．．"
        return lines, size

    def text_in(self, text: str, x: float, top: float, w: float, h: float, size: float, *, align: str = "left",
                pad: float = 2 * MM) -> None:
        if not text:
            return
        lines, size = self._fit(text, w - 2 * pad, h - 1.2 * MM, size)
        c = self.c
        c.setFont(self.font, size)
        lead = size * 1.3
        block = lead * len(lines)
        y = top - (h - block) / 2 - size * 1.02
        for line in lines:
            if align == "justify" and len(line) > 1:
                span = min(w * 0.62, size * len(line) * 2.0)
                step = (span - size) / (len(line) - 1)
                for i, ch in enumerate(line):
                    c.drawCentredString(x + (w - span) / 2 + size / 2 + i * step, y, ch)
            elif align in ("center", "justify"):
                c.drawCentredString(x + w / 2, y, line)
            elif align == "right":
                c.drawRightString(x + w - pad, y, line)
            else:
                c.drawString(x + pad, y, line)
            y -= lead

    # Parts ------------------------------------------------------------------------------
    def header(self) -> float:
        c, p, d = self.c, self.p, self.data
        top = p.size[1] - p.margin_top
        c.setFillColorRGB(*INK)
        c.setFont(self.font, p.font + 1)
        c.drawCentredString(p.size[0] / 2, top - (p.font + 1), d.bureau_name)
        title = self.layout.title or d.kind_title
        gap = p.title_font * (0.45 if len(title) <= 5 else 0.12)
        ty = top - (p.font + 1) - p.title_font * 1.35
        c.setFont(self.font, p.title_font)
        # A heavier title: fill and stroke the glyphs.
        c.setLineWidth(p.title_font * 0.03)
        c.setStrokeColorRGB(*INK)
        tw = self._sw(title, p.title_font) + gap * (len(title) - 1)
        text = c.beginText(p.size[0] / 2 - tw / 2, ty)
        text.setTextRenderMode(2)
        text.setFont(self.font, p.title_font)
        text.setCharSpace(gap)
        text.textOut(title)
        text.setCharSpace(0)
        text.setTextRenderMode(0)
        c.drawText(text)
        c.setLineWidth(0.8)
        for dy in (4, 6.2):
            c.line(p.size[0] / 2 - tw / 2 - 6, ty - dy, p.size[0] / 2 + tw / 2 + 6, ty - dy)
        y = ty - 8
        if self.layout.subtitle:
            c.setFont(self.font, p.font - 1)
            c.drawCentredString(p.size[0] / 2, y - p.font, self.layout.subtitle)
            y -= p.font * 1.4
        self.qr(self.right - p.qr, top - p.qr + 2 * MM)
        info_y = min(y, top - p.qr + 2 * MM) - p.font * 1.5
        c.setFont(self.font, p.font - 0.5)
        c.drawString(self.left, info_y, f"填报日期：{_cn_date(d.submitted_on)}")
        dept = f"填报部门：{d.department}" if d.department else ""
        if dept:
            c.drawCentredString(p.size[0] / 2, info_y, dept)
        c.drawRightString(self.right, info_y, f"编号：{d.serial or '（未编号）'}")
        return info_y - p.font * 0.7

    def qr(self, x: float, y: float) -> None:
        """The serial and content hash as a QR code, drawn module by module (no font involved)."""
        code = qr_code(qr_payload(self.data.serial, self.data.kind, self.hash))
        n = code.getModuleCount()
        cell = self.p.qr / (n + 2)  # one module of quiet zone each side
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        path = c.beginPath()
        for r in range(n):
            for col in range(n):
                if code.isDark(r, col):
                    path.rect(x + (col + 1) * cell, y + self.p.qr - (r + 2) * cell, cell, cell)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()

    def printable(self, text: str) -> str:
        """A module's text as the body prints it: amounts as ¥1,234.50, rule IDs moved to the
        依据 footnote."""
        text, ids = strip_rule_ids(normalise_amounts(text))
        self.rule_ids.extend(ids)
        return text

    def row(self, cells: tuple[Cell, ...], top: float) -> float:
        c, p = self.c, self.p
        if any("（续" in cell.label for cell in cells) and not any(_value(self.data, cell.value).strip()
                                                                 for cell in cells):
            return top  # a continuation row with nothing to continue is not drawn
        lines = max(cell.lines for cell in cells)
        h = p.row + (lines - 1) * p.extra_line
        c.setLineWidth(0.5)
        c.setStrokeColorRGB(*RULE)
        c.line(self.left, top - h, self.right, top - h)
        lw = p.label_w
        if len(cells) == 1:
            spans = [(self.left, lw, self.width - lw)]
        else:  # two or three cells (a row of sign-off boxes) of equal width
            vw = (self.width - len(cells) * lw) / len(cells)
            spans = [(self.left + i * (lw + vw), lw, vw) for i in range(len(cells))]
        for cell, (x, lwid, vwid) in zip(cells, spans):
            c.line(x + lwid, top, x + lwid, top - h)
            if x > self.left:
                c.line(x, top, x, top - h)
            self.text_in(cell.label, x, top, lwid, h, p.font, align="justify" if len(cell.label) <= 3 else "center",
                         pad=1.2 * MM)
            self.text_in(self.printable(_value(self.data, cell.value)), x + lwid, top, vwid, h, p.font)
        return top - h

    def amount_row(self, top: float) -> float:
        c, p, d = self.c, self.p, self.data
        h = p.row
        c.setLineWidth(0.5)
        c.line(self.left, top - h, self.right, top - h)
        c.line(self.left + p.label_w, top, self.left + p.label_w, top - h)
        self.text_in(self.layout.amount_label or "金额", self.left, top, p.label_w, h, p.font, align="center",
                     pad=1.2 * MM)
        vx, vw = self.left + p.label_w, self.width - p.label_w
        self.text_in(f"（大写）人民币{to_chinese_upper(d.amount)}", vx, top, vw * 0.68, h, p.font + 0.5)
        c.line(vx + vw * 0.68, top, vx + vw * 0.68, top - h)
        self.text_in(f"（小写）{format_amount(d.amount, symbol=True)}", vx + vw * 0.68, top, vw * 0.32, h, p.font + 0.5,
                     align="right")
        return top - h

    def approval_block(self, top: float) -> float:
        c, p, lay = self.c, self.p, self.layout
        h = p.row * 0.85
        c.setLineWidth(0.5)
        c.line(self.left, top - h, self.right, top - h)
        self.text_in(lay.approval_title, self.left + self.width * 0.3, top, self.width * 0.4, h, p.font + 0.5,
                     align="justify")
        top -= h
        seal_w = p.seal_col if lay.seal_label else 0.0
        sig_right = self.right - seal_w
        block_top = top
        rows = [(StepBox(s.key, s.label, s.position), "step", step_field(i, s.key), p.step_row)
                for i, s in enumerate(self.data.steps)]
        issuer_h = p.issuer_row
        if lay.seal_label and lay.seal_height_mm:
            issuer_h = max(issuer_h, lay.seal_height_mm * MM - sum(r[3] for r in rows))
        rows.append((StepBox("issuer", lay.issuer_label, self.data.submitter), "issuer", ISSUER_FIELD, issuer_h))
        for step, role, name, rh in rows:
            c.setLineWidth(0.5)
            c.line(self.left, top - rh, sig_right, top - rh)
            c.line(self.left + p.label_w, top, self.left + p.label_w, top - rh)
            sub = f"（{step.position}）" if role == "step" and step.position and step.position not in step.label else ""
            self.text_in(step.label + ("\n" + sub if sub else ""), self.left, top, p.label_w, rh, p.font - 0.5,
                         align="center", pad=1.2 * MM)
            inset = 0.8
            self.fields.append(FieldBox(name, role, (round(self.left + p.label_w + inset, 2), round(top - rh + inset, 2),
                                                     round(sig_right - inset, 2), round(top - inset, 2)),
                                        step_key=step.key if role == "step" else "",
                                        label=f"{step.label}（{step.position}）" if step.position else step.label))
            top -= rh
        if lay.seal_label:
            c.line(sig_right, block_top, sig_right, top)
            c.line(sig_right, top, self.right, top)
            height = block_top - top
            c.setFont(self.font, p.font - 1.5)
            c.setFillColorRGB(0.35, 0.35, 0.38)
            c.drawCentredString(sig_right + seal_w / 2, block_top - (p.font + 1), f"（{lay.seal_label}）")
            c.setFillColorRGB(*INK)
            side = min(seal_w - 6 * MM, height - (p.font + 5))
            x1 = sig_right + (seal_w - side) / 2
            y1 = top + (height - (p.font + 3) - side) / 2
            self.fields.append(FieldBox(SEAL_FIELD, "seal", (round(x1, 2), round(y1, 2), round(x1 + side, 2),
                                                             round(y1 + side, 2)), label=lay.seal_label))
        return top

    def footer(self, y: float, basis: str) -> float:
        """The small grey lines under the note: the rules the sheet applies (依据, for a reviewer),
        how A5 prints on A4, the content digest and how a recipient checks the signatures — in
        words, never a command line. Returns the lowest baseline drawn."""
        c = self.c
        c.setFillColorRGB(0.45, 0.45, 0.48)
        c.setFont(self.font, 6.5)
        if basis or self.layout.paper == "A5":
            y -= 2
            if basis:
                c.drawString(self.left, y, basis)
            if self.layout.paper == "A5":
                c.drawRightString(self.right, y, A5_PRINTING)
            y -= 6.5 * 1.5
        else:
            y -= 2
        c.drawString(self.left, y, f"内容摘要：{self.hash[:24]}")
        c.drawRightString(self.right, y, CHECK_PRINTED if self.layout.printed else CHECK_SIGNATURES)
        c.setFillColorRGB(*INK)
        return y

    def draw(self) -> RenderedSheet:
        c, p, lay = self.c, self.p, self.layout
        c.setTitle(f"{self.data.kind_title} {self.data.serial}")
        c.setAuthor(self.data.bureau_name)
        c.setSubject(f"sha256:{self.hash}")
        c.setCreator("Bureau Desk")
        c.setProducer("Bureau Desk")
        table_top = self.header()
        top = table_top
        for i, cells in enumerate(lay.rows):
            top = draw_tables(self, i, top)  # a layout's ruled tables (sheet_tables.py)
            top = self.row(cells, top)
        top = draw_tables(self, len(lay.rows), top)
        if lay.amount_label:
            top = self.amount_row(top)
        if lay.attachments:
            top = self.row((Cell("附件", "attachments", span=True),), top)
        top = self.approval_block(top)
        c.setLineWidth(1.2)
        c.setStrokeColorRGB(*INK)
        c.rect(self.left, top, self.width, table_top - top)
        y = top - p.font * 1.3
        c.setFont(self.font, p.font - 2)
        note, ids = strip_rule_ids(lay.note)
        if note:
            for line in self._wrap(note, self.width, p.font - 2):
                c.drawString(self.left, y, line)
                y -= (p.font - 2) * 1.35
        y = self.footer(y, basis_line([*ids, *self.rule_ids]))
        if y < p.margin_bottom:
            raise SheetOverflow(f"{self.data.kind_title} {self.data.serial}: the content does not fit on {lay.paper}")
        c.showPage()
        draw_continuations(self)  # table rows page 1 could not hold
        c.save()
        return RenderedSheet(self.buf.getvalue(), tuple(self.fields), self.hash, lay.paper)


def qr_payload(serial: str, kind: str, digest: str) -> str:
    return f"BUREAUDESK|{serial}|{kind}|sha256:{digest}"


def qr_code(text: str) -> Any:
    """The QR code of ``text`` as reportlab's matrix. A non-ASCII text is preceded by an ECI
    designator 26 (UTF-8, ISO/IEC 18004 7.4.2): without it readers guess the byte encoding
    (zbar read 印 as Shift-JIS: 蜊ｰ). The ECI segment's 12 bits are counted when the version
    is chosen (reportlab's encoder counts only the 4-bit mode)."""
    from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRECI, QRErrorCorrectLevel

    class _Utf8Eci(QRECI):  # type: ignore[misc]
        bitlength = 8  # the designator byte after the mode (ECI 26 < 128: one byte)

    code = QRCode(None, QRErrorCorrectLevel.M)
    if not text.isascii():
        code.addData(_Utf8Eci(26))
    code.addData(QR8bitByte(text.encode("utf-8")) if not text.isascii() else text)
    code.make()
    return code


def _fix_timestamp(canvas: Any, day: date) -> None:
    """The PDF's creation date is the record's date, so printing again gives the same bytes."""
    ts = canvas._doc._timeStamp  # reportlab keeps one TimeStamp per document
    epoch = int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())
    ts.t = epoch
    ts.lt = time.gmtime(epoch)
    ts.YMDhms = tuple(ts.lt)[:6]
    ts.dhh = ts.dmm = 0
    ts.tzname = "UTC"


def render_sheet(layout: SheetLayout, data: SheetData) -> RenderedSheet:
    """The unsigned sheet and the places of its signature fields (page 1). An A5 slip whose chain
    has more steps than its half page holds (a bureau with a longer chain) prints on A4 instead:
    every signature field stays on page 1, and submitting never fails for want of paper."""
    try:
        return _Sheet(layout, data).draw()
    except SheetOverflow:
        if layout.paper != "A5":
            raise
    import dataclasses

    return _Sheet(dataclasses.replace(layout, paper="A4"), data).draw()


def render_appearance(width: float, height: float, stamp: StampText) -> bytes:
    """A signature's visible appearance, one page of exactly the field's size: opinion, name,
    position and date, and the person's red name seal at the right."""
    font = register_cjk_font()
    buf = BytesIO()
    c = _canvas(buf, (width, height), font, 9)
    if width < height * 1.6:  # a square field (the bureau seal's): the seal fills it
        side = min(width, height - 9) * 0.92
        if stamp.seal_shape:
            side = min(width, height - 7) * 0.98
            draw_official_seal(c, (width - side) / 2, height - side, side, stamp.seal_arc, stamp.seal_name, font,
                               shape=stamp.seal_shape)
        elif stamp.seal_name:
            draw_name_seal(c, (width - side) / 2, height - side - 1, side, stamp.seal_name, font)
        c.setFont(font, 6)
        c.setFillColorRGB(*INK)
        c.drawCentredString(width / 2, 1.5, _cn_date(stamp.when))
        c.showPage()
        c.save()
        return buf.getvalue()
    seal = min(height - 2 * MM, 17 * MM) if stamp.seal_name else 0
    text_w = width - seal - 4 * MM
    small = 8.5 if height > 14 * MM else 7.5
    if stamp.opinion:
        size = 11.5 if height > 14 * MM else 9.5
        lines = _wrap_simple(stamp.opinion, text_w - 2 * MM, size, font)
        avail = int((height - small * 2.2) // (size * 1.3))
        lines = lines[:max(1, avail)]
        y = height - size - 1.5 * MM
        c.setFillColorRGB(*INK)
        c.setFont(font, size)
        for line in lines:
            c.drawString(2 * MM, y, line)
            y -= size * 1.3
    c.setFont(font, small)
    c.setFillColorRGB(*INK)
    who = f"{stamp.caption}：{stamp.name}" + (f"（{stamp.position}）" if stamp.position else "")
    c.drawString(2 * MM, 1.6 * MM, who)
    c.drawRightString(width - seal - 3 * MM, 1.6 * MM, _cn_date(stamp.when))
    if seal:
        draw_name_seal(c, width - seal - 1.5 * MM, (height - seal) / 2, seal, stamp.seal_name, font)
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap_simple(text: str, width: float, size: float, font: str) -> list[str]:
    return wrap_text(text, width, lambda s: _width(s, font, size))[0]
