"""The bundled CJK TrueType font for every PDF (reportlab embeds it as a subset).

reportlab's TTFont takes TrueType outlines only, hence WenQuanYiMicroHei.ttf (Apache-2.0)
rather than the CFF-based Noto CJK OTF. Documents take plain data, never sessions.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CJK_FONT_NAME", "cjk_font_path", "register_cjk_font", "write_font_sample"]

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
        pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(cjk_font_path())))
    return CJK_FONT_NAME


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
