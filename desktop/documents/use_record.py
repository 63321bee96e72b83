"""The custodian's signature on the 用印申请单 (SEAL-08): the sheet's last field, whose lock makes
the sheet no-changes-allowed, signed with the custodian's own key; its visible appearance is the
用印登记 entry — register number, sealing date and time, reason, 文号, 监印人, the custodian and
the sealed outgoing document's full SHA-256 — so the paper request ties to the sealed document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from desktop.documents.pki import Unlocked

__all__ = ["UseRecord", "record_lines", "render_record_appearance", "sign_use_record"]

MM = 72 / 25.4


@dataclass(frozen=True)
class UseRecord:
    register_no: str
    sealed_at: datetime  # local time, as printed
    seal_name: str
    reason: str
    document_no: str
    witness: str
    custodian: str
    sealed_sha256: str


def record_lines(r: UseRecord) -> list[tuple[str, str]]:
    """(label, value) in printing order; the seal's name is on the sheet already, the hash follows."""
    return [("登记号", r.register_no), ("用印时间", f"{r.sealed_at:%Y-%m-%d %H:%M}"), ("事由", r.reason or "—"),
            ("文号", r.document_no or "无"), ("监印人", r.witness), ("用印人", f"{r.custodian}（保管员）")]


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for ch in text:
        if line and stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return lines + [line]


def render_record_appearance(width: float, height: float, r: UseRecord) -> bytes:
    """One page of the field's size: the entry, then the full SHA-256 in two lines of a small
    font; the text size is the largest that fits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas as rl_canvas

    from desktop.documents.fonts import register_cjk_font
    from desktop.documents.seal_image import SEAL_RED

    font = register_cjk_font()
    pad = 1.5
    inner = width - 2 * pad
    half = (len(r.sealed_sha256) + 1) // 2
    hash_lines = [r.sealed_sha256[:half], r.sealed_sha256[half:]]
    hash_size = min(6.0, 0.98 * inner / max(max(stringWidth(t, font, 1.0) for t in hash_lines), 1.0))
    room = height - 2 * pad - (len(hash_lines) + 1) * hash_size * 1.2
    for size in (7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0, 3.6):
        # Only the reason may wrap; number, time, 文号 and names stay on one line each.
        fits = all(stringWidth(f"{label}：{value}", font, size) <= inner
                   for label, value in record_lines(r) if label != "事由")
        lines = [(part, label == "登记号") for label, value in record_lines(r)
                 for part in _wrap(f"{label}：{value}", inner, font, size)]
        if fits and len(lines) * size * 1.25 <= room:
            break
    buf = BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(width, height), invariant=1, initialFontName=font, pageCompression=1)
    y = height - pad - size
    for text, strong in lines:
        c.setFillColorRGB(*(SEAL_RED if strong else (0.1, 0.1, 0.12)))
        c.setFont(font, size)
        c.drawString(pad, y, text)
        y -= size * 1.25
    c.setFillColorRGB(0.1, 0.1, 0.12)
    y = pad + len(hash_lines) * hash_size * 1.2 - hash_size * 0.2
    c.setFont(font, hash_size)
    c.drawString(pad, y, "盖章文件SHA-256：")
    for text in hash_lines:
        y -= hash_size * 1.2
        c.drawString(pad, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def sign_use_record(pdf: bytes, field_name: str, identity: Unlocked, record: UseRecord, *, reason: str) -> bytes:
    """The custodian's signature into the sheet's (empty, locking) field, incremental."""
    from desktop.documents.signing import sign_field_drawn

    return sign_field_drawn(pdf, field_name, identity, record.custodian,
                            lambda width, height: render_record_appearance(width, height, record), reason=reason)
