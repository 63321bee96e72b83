"""The bundled CJK TrueType font for every PDF (reportlab embeds it as a subset).

reportlab's TTFont takes TrueType outlines only, hence WenQuanYiMicroHei.ttf (Apache-2.0)
rather than the CFF-based Noto CJK OTF. Documents take plain data, never sessions.

Each subset gets its own tag (ISO 32000-1 9.6.4: "AAAAAA+" before the font name, different for
different subsets in one file). reportlab numbers subsets per document, so every document starts
at AAAAAA+ — and a signed sheet holds several reportlab documents (the sheet and each signature's
appearance, imported as form XObjects), all AAAAAA+. Here the tag comes from a hash of the
subset's characters: the same subset always gets the same tag, different subsets different ones.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

__all__ = ["CJK_FONT_NAME", "cjk_font_path", "register_cjk_font", "subset_tag", "write_font_sample"]

CJK_FONT_NAME = "BureauCJK"
CJK_FONT_FILE = "WenQuanYiMicroHei.ttf"


def cjk_font_path() -> Path:
    from desktop.app.paths import resource_path

    return resource_path("fonts", CJK_FONT_FILE)


def register_cjk_font() -> str:
    """Register the font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if CJK_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(_tagged_font_class(TTFont)(CJK_FONT_NAME, str(cjk_font_path())))
    return CJK_FONT_NAME


_TAG_LOCK = threading.Lock()


def subset_tag(font_name: str, characters: list[int]) -> str:
    """Six capital letters from a hash of the subset's characters (and the font's name)."""
    digest = hashlib.sha256(font_name.encode("utf-8") + b"\0" + ",".join(map(str, characters)).encode("ascii"))
    number = int.from_bytes(digest.digest()[:8], "big")
    letters = []
    for _ in range(6):
        number, r = divmod(number, 26)
        letters.append(chr(ord("A") + r))
    return "".join(letters)


def _tagged_font_class(ttfont: type) -> type:
    """reportlab's TTFont writing a content-derived tag for every subset (see the module's note)."""
    from reportlab.pdfbase import ttfonts

    class TaggedTTFont(ttfont):  # type: ignore[misc, valid-type]
        def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
            state = self.state.get(doc)
            subsets = list(state.subsets) if state is not None else []
            name = self.face.name.decode("latin-1") if isinstance(self.face.name, bytes) else str(self.face.name)
            tags = [subset_tag(name, list(s)).encode("ascii") for s in subsets]
            # reportlab builds the name from the module's SUBSETN(n): swap it for the tags while writing.
            with _TAG_LOCK:
                original = ttfonts.SUBSETN
                ttfonts.SUBSETN = lambda n, *_: tags[n] if n < len(tags) else original(n)
                try:
                    super().addObjects(doc)
                finally:
                    ttfonts.SUBSETN = original

    return TaggedTTFont


def write_font_sample(path: Path, text: str) -> None:
    """A one-page PDF in the CJK font only (no unembedded Helvetica): the self-test's probe."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    name = register_cjk_font()
    pdf = canvas.Canvas(str(path), pagesize=A4, initialFontName=name, initialFontSize=12, invariant=True)
    pdf.setFont(name, 16)
    pdf.drawString(72, 760, text)
    pdf.showPage()
    pdf.save()
