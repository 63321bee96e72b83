"""The bureau seal on the outgoing document itself (SEAL-05/07/08): the PDF that leaves the bureau
gets a PAdES signature by the seal's key with a visible impression where the custodian chose,
as an incremental update (earlier signatures in it stay valid), and locks it: a certification
with DocMDP *no changes* if the document carried no signature, else a field lock *no changes*.

A 骑缝章 (paging seal across the right edge of every page) is drawn into each page's content in
the same incremental update just before the signature, so the one seal signature covers it and
every viewer and printer shows it. Changing page content would break an earlier signature, so a
document that is already signed takes the impression only (refused with the reason otherwise).
A certified document (DocMDP: form filling and signing only) is refused too: a new visible
signature field after a certification breaks it (pyHanko's reading of the standard, Acrobat's).

:func:`inspect_outgoing` says whether a PDF can take the seal (refusing encrypted, locked,
malformed files, and files with unsigned signature fields the lock would freeze) and where the
impression goes by default: over the last date-like line of the last page (its sign-off,
e.g. 2026年11月30日), found by a small content-stream scan; failing that, lower right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from desktop.documents.pki import Unlocked
from desktop.documents.seal_image import draw_official_seal

__all__ = ["Placement", "Impression", "OutgoingFacts", "OutgoingRefused", "inspect_outgoing", "seal_outgoing",
           "seal_diameter", "SEAL_FIELD_PREFIX"]

MM = 72 / 25.4
SEAL_FIELD_PREFIX = "sig_outgoing_seal"
_DATE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月"
                   r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日|\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}")


class OutgoingRefused(ValueError):
    """The PDF cannot take the seal; the message says why, in Chinese."""


@dataclass(frozen=True)
class Placement:
    """Where the impression goes: ``page`` (0-based) and the impression's centre in PDF points
    from the page's lower-left corner; ``riding``: a 骑缝章 across the right edge of every page too."""

    page: int
    x: float
    y: float
    riding: bool = False

    def label(self) -> str:
        text = f"第{self.page + 1}页({self.x:.0f},{self.y:.0f})"
        return text + "+骑缝章" if self.riding else text

    def text(self) -> str:
        """Stored form (the register's placement column)."""
        return f"page={self.page + 1};x={self.x:.1f};y={self.y:.1f}" + (";riding" if self.riding else "")

    @classmethod
    def parse(cls, text: str) -> Placement:
        parts = dict((p.split("=", 1) + [""])[:2] for p in text.split(";") if p)
        return cls(int(parts["page"]) - 1, float(parts["x"]), float(parts["y"]), "riding" in parts)


@dataclass(frozen=True)
class Impression:
    """What the seal looks like: shape (round/square), text along the arc, text below the star."""

    shape: str
    arc: str
    below: str


@dataclass(frozen=True)
class OutgoingFacts:
    pages: int
    page_sizes: tuple[tuple[float, float], ...]
    signatures: int
    default: Placement
    date_found: bool  # the default lies over a date line found on the last page
    diameter: float = 42 * MM  # the impression's size in points


def seal_diameter(shape: str) -> float:
    """Points: a round official seal 42 mm (county bodies), a square name seal 20 mm."""
    return (20 if shape == "square" else 42) * MM


# Inspection -------------------------------------------------------------------------------------
def _reader(pdf: bytes):  # noqa: ANN202
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.lstrip()[:5].startswith(b"%PDF"):
        raise OutgoingRefused("用印文件不是PDF文件")
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
    except Exception as exc:  # noqa: BLE001 - pyHanko raises several kinds for damaged input
        raise OutgoingRefused(f"用印文件已损坏，无法读取：{exc}") from exc
    if reader.encrypted:
        raise OutgoingRefused("用印文件已加密（设有密码或权限限制）：请提交未加密的PDF")
    return reader


def _page_box(page: Any) -> tuple[float, float, float, float]:
    box = page.get("/CropBox") or page.get("/MediaBox")
    x1, y1, x2, y2 = (float(v) for v in box)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def inspect_outgoing(pdf: bytes, shape: str = "round") -> OutgoingFacts:
    """Can this PDF take the bureau seal? Raises :class:`OutgoingRefused` with the reason for an
    encrypted, malformed or locked file (a no-changes certification or field lock already
    signed) or one with unsigned signature fields; otherwise its pages and the default placement."""
    from pyhanko.sign.fields import MDPPerm, enumerate_sig_fields

    reader = _reader(pdf)
    try:
        count = int(reader.root["/Pages"]["/Count"])
        pages = [reader.find_page_for_modification(i)[0].get_object() for i in range(count)]
        sizes = []
        for p in pages:
            x1, y1, x2, y2 = _page_box(p)
            sizes.append((x2 - x1, y2 - y1))
        fields = list(enumerate_sig_fields(reader, filled_status=None))
        signatures = reader.embedded_signatures
    except OutgoingRefused:
        raise
    except Exception as exc:  # noqa: BLE001
        raise OutgoingRefused(f"用印文件已损坏，无法读取：{exc}") from exc
    if count < 1:
        raise OutgoingRefused("用印文件没有页面")
    for sig in signatures:
        try:
            level = sig.docmdp_level
        except Exception:  # noqa: BLE001
            level = None
        if level == MDPPerm.NO_CHANGES:
            raise OutgoingRefused(f"用印文件已被签名“{sig.field_name}”锁定（不允许任何更改），不能再加盖印章")
    certified = next((sig for sig in signatures if sig.sig_object.get("/Reference") is not None
                      and _is_certification(sig)), None)
    if certified is not None:
        raise OutgoingRefused(f"用印文件带有认证签名“{certified.field_name}”（只允许在已有签名域中签署）：加盖可见的印章"
                              "会使该认证失效。请提交未经认证的定稿")
    empty = [str(name) for name, value, _ref in fields if value is None]
    if empty:
        raise OutgoingRefused("用印文件中还有未签署的签名域（" + "、".join(empty[:5]) + "）：盖章后文件即锁定，"
                              "请先完成签署或提交定稿")
    default, found = _default_placement(pdf, pages, shape)
    return OutgoingFacts(count, tuple(sizes), len(signatures), default, found, seal_diameter(shape))


def _is_certification(sig: Any) -> bool:
    try:
        return any(str(ref.get_object().get("/TransformMethod")) == "/DocMDP"
                   for ref in sig.sig_object["/Reference"])
    except Exception:  # noqa: BLE001
        return False


def _default_placement(pdf: bytes, pages: list, shape: str) -> tuple[Placement, bool]:
    last = len(pages) - 1
    x1, y1, x2, y2 = _page_box(pages[last])
    d = seal_diameter(shape)
    try:
        lines = text_lines(pages[last])
    except Exception:  # noqa: BLE001 - an unusual content stream: fall back
        lines = []
    dated = [ln for ln in lines if _DATE.search(ln[2])]
    if dated:
        x_left, base, text, size = min(dated, key=lambda ln: ln[1])  # the lowest date line: the sign-off
        width = _estimate_width(text, size)
        cx = x_left + width / 2
        cy = base + size * 0.4 + d * 0.12  # 骑年盖月: the seal's lower part over the year and month
        return Placement(last, _clamp(cx, x1 + d / 2, x2 - d / 2), _clamp(cy, y1 + d / 2, y2 - d / 2)), True
    return Placement(last, x2 - 30 * MM - d / 2, y1 + 40 * MM + d / 2), False


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v)) if lo <= hi else (lo + hi) / 2


def _estimate_width(text: str, size: float) -> float:
    return sum(size if ord(ch) > 0x2E7F else size * 0.55 for ch in text)


# A small content-stream scan: positioned text lines of a page ----------------------------------
_DELIM = b"()<>[]{}/%"
_OPEN = object()  # an array's opening bracket among the operands
_WS = b" \t\r\n\x0c\x00"


def _tokens(data: bytes):  # noqa: ANN202, C901 - a tokenizer is one loop
    i, n = 0, len(data)
    while i < n:
        c = data[i:i + 1]
        if c in (b" ", b"\t", b"\r", b"\n", b"\x0c", b"\x00"):
            i += 1
        elif c == b"%":
            while i < n and data[i] not in b"\r\n":
                i += 1
        elif c == b"(":
            depth, i, out = 1, i + 1, bytearray()
            while i < n and depth:
                ch = data[i]
                if ch == 0x5C and i + 1 < n:  # backslash
                    nxt = data[i + 1:i + 2]
                    esc = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt)
                    if esc is not None:
                        out += esc
                        i += 2
                    elif nxt.isdigit():
                        j = i + 1
                        while j < min(i + 4, n) and data[j:j + 1].isdigit():
                            j += 1
                        out.append(int(data[i + 1:j], 8) & 0xFF)
                        i = j
                    elif nxt in b"\r\n":
                        i += 2
                    else:
                        out += nxt
                        i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if not depth:
                        i += 1
                        break
                out.append(ch)
                i += 1
            yield ("str", bytes(out))
        elif c == b"<" and data[i + 1:i + 2] == b"<":
            yield ("op", b"<<")
            i += 2
        elif c == b">" and data[i + 1:i + 2] == b">":
            yield ("op", b">>")
            i += 2
        elif c == b"<":
            j = data.find(b">", i)
            j = n if j < 0 else j
            hexs = re.sub(rb"\s", b"", data[i + 1:j])
            yield ("str", bytes.fromhex((hexs + b"0" * (len(hexs) % 2)).decode("ascii", "replace")))
            i = j + 1
        elif c in (b"[", b"]"):
            yield ("op", c)
            i += 1
        elif c == b"/":
            j = i + 1
            while j < n and data[j] not in _WS and data[j] not in _DELIM:
                j += 1
            yield ("name", data[i:j].decode("latin-1"))
            i = j
        else:
            j = i
            while j < n and data[j] not in _WS and data[j] not in _DELIM:
                j += 1
            j = max(j, i + 1)
            word = data[i:j]
            i = j
            try:
                yield ("num", float(word))
            except ValueError:
                if word == b"BI":  # inline image: skip its data up to EI
                    k = data.find(b"EI", i)
                    while k > 0 and not (data[k - 1:k] in _WS and (k + 2 >= n or data[k + 2:k + 3] in _WS)):
                        k = data.find(b"EI", k + 2)
                    i = n if k < 0 else k + 2
                    continue
                yield ("op", word)


def _mul(a: tuple, b: tuple) -> tuple:
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def _cmap(font: Any) -> tuple[dict[bytes, str], int]:
    """A font's ToUnicode map (code bytes → text) and its code length in bytes."""
    width = 2 if str(font.get("/Subtype")) == "/Type0" else 1
    mapping: dict[bytes, str] = {}
    tu = font.get("/ToUnicode")
    if tu is None:
        return mapping, width
    data = tu.get_object().data
    m = re.search(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>", data)
    if m:
        width = max(1, len(m.group(1)) // 2)

    def uni(h: bytes) -> str:
        raw = bytes.fromhex(h.decode())
        return raw.decode("utf-16-be", "replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[bytes.fromhex(src.decode())] = uni(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            a, b = int(lo, 16), int(hi, 16)
            size = len(lo) // 2
            if b - a > 0xFFFF:
                continue
            if dst.startswith(b"["):
                for k, item in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", dst)):
                    mapping[(a + k).to_bytes(size, "big")] = uni(item)
            else:
                start = int(dst[1:-1] or b"0", 16)
                for k in range(b - a + 1):
                    mapping[(a + k).to_bytes(size, "big")] = chr(start + k) if start + k < 0x110000 else ""
    return mapping, width


def _decode(raw: bytes, cmap: tuple[dict[bytes, str], int]) -> str:
    mapping, width = cmap
    if not mapping:
        return raw.decode("latin-1") if width == 1 else ""
    return "".join(mapping.get(raw[i:i + width], "") for i in range(0, len(raw) - width + 1, width))


def text_lines(page: Any) -> list[tuple[float, float, str, float]]:
    """The page's text as lines (x of the first glyph, baseline y, text, font size), in page
    space, from the page's own content stream (text inside form XObjects is not read)."""
    contents = page.get("/Contents")
    if contents is None:
        return []
    contents = contents.get_object()
    streams = [contents] if hasattr(contents, "data") else [s.get_object() for s in contents]
    data = b"\n".join(s.data for s in streams)
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else {}
    cmaps: dict[str, tuple[dict[bytes, str], int]] = {}
    ident = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    ctm, stack, tm, tlm = ident, [], ident, ident
    font_size, leading, cmap = 0.0, 0.0, ({}, 1)
    operands: list = []
    pieces: list[tuple[float, float, str, float]] = []

    def show(text: str) -> None:
        nonlocal tm
        if not text:
            return
        m = _mul(tm, ctm)
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5
        pieces.append((m[4], m[5], text, font_size * scale))
        advance = _estimate_width(text, font_size)
        tm = _mul((1, 0, 0, 1, advance, 0), tm)

    def td(tx: float, ty: float) -> None:
        nonlocal tm, tlm
        tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
        tm = tlm

    for kind, value in _tokens(data):
        if kind != "op" or value in (b"[", b"]", b"<<", b">>"):
            if kind == "op" and value == b"[":
                operands.append(_OPEN)
            elif kind == "op" and value == b"]":
                k = max((i for i, v in enumerate(operands) if v is _OPEN), default=-1)
                if k < 0:
                    continue
                operands[k:] = [operands[k + 1:]]
            else:
                operands.append(value)
            continue
        op = value
        nums = [v for v in operands if isinstance(v, float)]
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else ident
        elif op == b"cm" and len(nums) >= 6:
            ctm = _mul(tuple(nums[-6:]), ctm)
        elif op == b"BT":
            tm = tlm = ident
        elif op == b"Tf" and operands and nums:
            key = next((v for v in operands if isinstance(v, str) and v.startswith("/")), "")
            font_size = nums[-1]
            if key not in cmaps:
                try:
                    cmaps[key] = _cmap(fonts[key].get_object())
                except Exception:  # noqa: BLE001
                    cmaps[key] = ({}, 1)
            cmap = cmaps[key]
        elif op == b"TL" and nums:
            leading = nums[-1]
        elif op == b"Td" and len(nums) >= 2:
            td(nums[-2], nums[-1])
        elif op == b"TD" and len(nums) >= 2:
            leading = -nums[-1]
            td(nums[-2], nums[-1])
        elif op == b"Tm" and len(nums) >= 6:
            tm = tlm = tuple(nums[-6:])
        elif op == b"T*":
            td(0, -leading)
        elif op == b"Tj" and operands and isinstance(operands[-1], bytes):
            show(_decode(operands[-1], cmap))
        elif op in (b"'", b'"') and operands and isinstance(operands[-1], bytes):
            td(0, -leading)
            show(_decode(operands[-1], cmap))
        elif op == b"TJ" and operands and isinstance(operands[-1], list):
            show("".join(_decode(v, cmap) for v in operands[-1] if isinstance(v, bytes)))
        operands = []
    lines: list[list] = []
    for x, y, text, size in sorted(pieces, key=lambda p: (-round(p[1]), p[0])):
        if lines and abs(lines[-1][1] - y) < max(2.0, size * 0.3):
            lines[-1][2] += text
        else:
            lines.append([x, y, text, size])
    return [(ln[0], ln[1], ln[2], ln[3]) for ln in lines]


# Sealing ------------------------------------------------------------------------------------------
def _impression_pdf(size: float, impression: Impression) -> bytes:
    from desktop.documents.fonts import register_cjk_font
    from reportlab.pdfgen import canvas as rl_canvas

    font = register_cjk_font()
    buf = BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(size, size), invariant=1, initialFontName=font, pageCompression=1)
    draw_official_seal(c, 0, 0, size, impression.arc, impression.below, font, shape=impression.shape)
    c.showPage()
    c.save()
    return buf.getvalue()


def _draw_riding(writer: Any, impression: Impression) -> None:
    """The 骑缝章: the impression imported once as a form XObject; page i (of n) draws it clipped
    to a strip of width d/n at its right edge, shifted so that page 1 shows the seal's leftmost
    strip and the last page its rightmost; the pages' own content is wrapped in q … Q."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.reader import PdfFileReader

    count = int(writer.root["/Pages"]["/Count"])
    boxes = [_page_box(writer.find_page_for_modification(i)[0].get_object()) for i in range(count)]
    d = seal_diameter(impression.shape)
    strip = d / count
    xobj = writer.import_page_as_xobject(PdfFileReader(BytesIO(_impression_pdf(d, impression))), page_ix=0)
    name = generic.NameObject("/BDRidingSeal")
    for i, (x1, y1, x2, y2) in enumerate(boxes):
        res = generic.DictionaryObject({generic.NameObject("/XObject"): generic.DictionaryObject({name: xobj})})
        before = writer.add_object(generic.StreamObject(stream_data=b"q\n"))
        after = writer.add_object(generic.StreamObject(stream_data=(
            b"Q\nq %.2f %.2f %.2f %.2f re W n 1 0 0 1 %.2f %.2f cm /BDRidingSeal Do Q\n"
            % (x2 - strip, y1, strip, y2 - y1, x2 - strip - i * strip, y1 + (y2 - y1 - d) / 2))))
        writer.add_stream_to_page(i, before, prepend=True)
        writer.add_stream_to_page(i, after, resources=res)


def seal_outgoing(pdf: bytes, seal_key: Unlocked, impression: Impression, placement: Placement, *,
                  reason: str, signer_name: str = "") -> bytes:
    """Seal the outgoing document: one incremental update holding (with ``placement.riding``)
    the 骑缝章 slices and a PAdES signature by ``seal_key`` whose visible appearance is the
    impression centred at the placement; it locks the document (no changes allowed)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, MDPPerm, SigFieldSpec, SigSeedSubFilter

    from desktop.documents.signing import _signer, appearance_style

    facts = inspect_outgoing(pdf, impression.shape)
    if not 0 <= placement.page < facts.pages:
        raise OutgoingRefused(f"盖章位置的页码超出范围（文件共{facts.pages}页）")
    if placement.riding and facts.signatures:
        raise OutgoingRefused("用印文件已有数字签名：骑缝章须改动每一页的内容，会使原有签名失效；只能加盖落款处印章")
    if placement.riding and facts.pages < 2:
        raise OutgoingRefused("骑缝章只用于多页文件")
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except Exception as exc:  # noqa: BLE001
        raise OutgoingRefused(f"用印文件已损坏，无法签章：{exc}") from exc
    x1, y1, x2, y2 = _page_box(writer.find_page_for_modification(placement.page)[0].get_object())
    if not (x1 <= placement.x <= x2 and y1 <= placement.y <= y2):
        raise OutgoingRefused("盖章位置不在页面内")
    if placement.riding:
        _draw_riding(writer, impression)
    d = seal_diameter(impression.shape)
    box = (int(round(placement.x - d / 2)), int(round(placement.y - d / 2)),
           int(round(placement.x + d / 2)), int(round(placement.y + d / 2)))
    names = set()
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, _v, _r in enumerate_sig_fields(writer.prev, filled_status=None):
        names.add(str(name))
    field_name = SEAL_FIELD_PREFIX
    k = 1
    while field_name in names:
        k += 1
        field_name = f"{SEAL_FIELD_PREFIX}_{k}"
    certify = facts.signatures == 0
    spec = SigFieldSpec(field_name, box=box, on_page=placement.page) if certify else \
        SigFieldSpec(field_name, box=box, on_page=placement.page, field_mdp_spec=FieldMDPSpec(FieldMDPAction.ALL),
                     doc_mdp_update_value=MDPPerm.NO_CHANGES)
    meta = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
                                        certify=certify, docmdp_permissions=MDPPerm.NO_CHANGES,
                                        reason=reason or None, name=signer_name or None)
    out = BytesIO()
    try:
        signers.PdfSigner(meta, _signer(seal_key), stamp_style=appearance_style(_impression_pdf(d, impression), d, d),
                          new_field_spec=spec).sign_pdf(writer, output=out)
    except Exception as exc:  # noqa: BLE001 - pyHanko refuses odd structures with several exception kinds
        raise OutgoingRefused(f"用印文件无法签章：{exc}") from exc
    return out.getvalue()
