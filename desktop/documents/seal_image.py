"""A person's name seal (名章): a small square red seal drawn from the name, as vector drawing.

The characters read in the traditional order, right column first, top to bottom: 王建国 →
王建 / 国印; two-character names take 之印 (吴芳之印); four characters fill the square.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SEAL_RED", "seal_characters", "draw_name_seal"]

SEAL_RED = (0.80, 0.07, 0.07)


def seal_characters(name: str) -> list[str]:
    chars = [c for c in name.strip() if not c.isspace()] or ["印"]
    if len(chars) == 1:
        return [chars[0], "印"]
    if len(chars) == 2:
        return [chars[0], chars[1], "之", "印"]
    if len(chars) == 3:
        return [*chars, "印"]
    return chars[:4]


def draw_name_seal(canvas: Any, x: float, y: float, size: float, name: str, font: str) -> None:
    """Draw the seal with its lower-left corner at (x, y) on a reportlab canvas."""
    chars = seal_characters(name)
    canvas.saveState()
    canvas.setStrokeColorRGB(*SEAL_RED)
    canvas.setFillColorRGB(*SEAL_RED)
    canvas.setLineWidth(max(size * 0.06, 0.8))
    inset = size * 0.03
    canvas.rect(x + inset, y + inset, size - 2 * inset, size - 2 * inset, stroke=1, fill=0)
    if len(chars) == 2:  # one column, two characters
        fs = size * 0.40
        canvas.setFont(font, fs)
        for row, ch in enumerate(chars):
            canvas.drawCentredString(x + size / 2, y + size * (0.56 - row * 0.42), ch)
    else:
        fs = size * 0.37
        canvas.setFont(font, fs)
        cells = [(1, 0), (1, 1), (0, 0), (0, 1)]  # (column from left, row from top): right column first
        for (col, row), ch in zip(cells, chars):
            cx = x + size * (0.29 + 0.42 * col)
            by = y + size * (0.57 - 0.42 * row)
            canvas.drawCentredString(cx, by, ch)
    canvas.restoreState()
