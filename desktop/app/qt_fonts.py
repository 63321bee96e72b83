"""The bundled CJK font: registered with Qt and made the application font, so Chinese renders
the same on every PC (no tofu boxes on machines without a Chinese system font)."""

from __future__ import annotations

from desktop.app.paths import resource_path

__all__ = ["CJK_FONT_FILE", "install_cjk_font"]

CJK_FONT_FILE = ("fonts", "WenQuanYiMicroHei.ttf")


def install_cjk_font(app, point_size: float = 10.0) -> str:  # noqa: ANN001 - a QApplication
    """Register the bundled font and set it as the application font; returns its family name.

    The bundled family comes first so Chinese always uses it; the platform's default family
    stays in the list as the fallback for anything the bundled font lacks.
    """
    from PySide6.QtGui import QFont, QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return ""
    family = families[0]
    font = QFont(app.font())
    fallback = font.family()
    font.setFamilies([family] + ([fallback] if fallback and fallback != family else []))
    font.setPointSizeF(point_size)
    app.setFont(font)
    return family
