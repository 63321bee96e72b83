"""A person's name seal (名章): a small square red seal drawn from the name, as vector drawing.

The characters read in the traditional order, right column first, top to bottom: 王建国 →
王建 / 国印; two-character names take 之印 (吴芳之印); four characters fill the square.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SEAL_RED", "seal_characters", "draw_name_seal", "draw_official_seal", "ring_text_geometry",
           "impression_png"]

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



RING_GAP = 1.3  # the angular pitch of the ring text is this many glyph widths (a clear, even gap)


def ring_text_geometry(n: int, size: float, inner_edge: float, with_name: bool) -> tuple[float, float, float]:
    """The ring text's font size, arc span (degrees) and baseline radius. The characters are
    spread evenly over the arc — 30° each, at most 240° (220° above a seal name) — and sized so
    that each keeps the same clear gap to the next, measured at the glyphs' middle, instead of a
    fixed size that crowds a long name until the characters touch."""
    import math

    span = min(30.0 * n, 220.0 if with_name else 240.0)
    pitch = math.radians(span / n)
    fs = size * 0.13
    for _ in range(4):  # the middle of the glyphs moves inward as they grow: settle the size
        baseline = inner_edge - size * 0.02 - fs * 0.88
        middle = baseline + fs * 0.44
        fs = min(size * 0.13, pitch * middle / RING_GAP)
    return fs, span, inner_edge - size * 0.02 - fs * 0.88


def _primitives(size: float, bureau_name: str, seal_name: str, shape: str) -> list[tuple]:
    """The seal's geometry in points (origin lower left), shared by the PDF and PNG renderers:
    ("rect", x, y, w, h, line), ("circle", cx, cy, r, line), ("poly", [x, y, ...]),
    ("char", x, y, text, font_size, degrees) with (x, y) the baseline centre."""
    import math

    out: list[tuple] = []
    if shape == "square":
        chars = seal_characters(seal_name or bureau_name)
        w = size * 0.06
        out.append(("rect", w, w, size - 2 * w, size - 2 * w, w))
        if len(chars) == 2:
            for row, ch in enumerate(chars):
                out.append(("char", size / 2, size * (0.56 - row * 0.42), ch, size * 0.40, 0.0))
        else:
            for (col, row), ch in zip([(1, 0), (1, 1), (0, 0), (0, 1)], chars):
                out.append(("char", size * (0.29 + 0.42 * col), size * (0.57 - 0.42 * row), ch, size * 0.37, 0.0))
        return out
    c = size / 2
    ring = size * 0.035
    outer = c - ring / 2 - size * 0.01
    out.append(("circle", c, c, outer, ring))
    star_r = size * 0.15
    points: list[float] = []
    for i in range(10):
        r = star_r if i % 2 == 0 else star_r * 0.382
        a = math.radians(90 + i * 36)
        points += [c + r * math.cos(a), c + size * 0.03 + r * math.sin(a)]
    out.append(("poly", points))
    text = [ch for ch in bureau_name if not ch.isspace()]
    n = max(len(text), 1)
    fs, span, radius = ring_text_geometry(n, size, outer - ring / 2, bool(seal_name))
    for i, ch in enumerate(text):
        theta = 90 + span / 2 - (span * (i + 0.5) / n)
        t = math.radians(theta)
        out.append(("char", c + radius * math.cos(t), c + radius * math.sin(t), ch, fs, theta - 90))
    if seal_name:
        sfs = min(size * 0.11, size * 0.62 / max(len(seal_name), 1))
        out.append(("char", c, c - size * 0.30, seal_name, sfs, 0.0))
    return out


def draw_official_seal(canvas: Any, x: float, y: float, size: float, bureau_name: str, seal_name: str, font: str, *,
                       shape: str = "round") -> None:
    """Draw a bureau seal with its lower-left corner at (x, y) on a reportlab canvas: round for
    official seals (a star in the centre, the bureau's name along the upper arc, the seal's name
    below), square for a name seal (the name in the traditional reading order)."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setStrokeColorRGB(*SEAL_RED)
    canvas.setFillColorRGB(*SEAL_RED)
    for item in _primitives(size, bureau_name, seal_name, shape):
        if item[0] == "rect":
            canvas.setLineWidth(item[5])
            canvas.rect(item[1], item[2], item[3], item[4], stroke=1, fill=0)
        elif item[0] == "circle":
            canvas.setLineWidth(item[4])
            canvas.circle(item[1], item[2], item[3], stroke=1, fill=0)
        elif item[0] == "poly":
            pts = item[1]
            path = canvas.beginPath()
            path.moveTo(pts[0], pts[1])
            for i in range(2, len(pts), 2):
                path.lineTo(pts[i], pts[i + 1])
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        else:
            _, cx, cy, text, fs, deg = item
            canvas.saveState()
            canvas.translate(cx, cy)
            canvas.rotate(deg)
            canvas.setFont(font, fs)
            canvas.drawCentredString(0, 0, text)
            canvas.restoreState()
    canvas.restoreState()


def impression_png(bureau_name: str, seal_name: str, font_path: str, *, shape: str = "round", pixels: int = 300) -> bytes:
    """The impression specimen (印鉴样底) as a PNG (Pillow), drawn from the same geometry."""
    from io import BytesIO

    from PIL import Image, ImageDraw, ImageFont

    scale = 3  # draw large, then shrink: smooth edges
    big = pixels * scale
    size = 100.0
    k = big / size
    red = tuple(int(v * 255) for v in SEAL_RED)
    img = Image.new("RGBA", (big, big), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    fonts: dict[int, object] = {}

    def px(x: float, y: float) -> tuple[float, float]:
        return x * k, big - y * k

    for item in _primitives(size, bureau_name, seal_name, shape):
        if item[0] == "rect":
            _, x, y, w, h, line = item
            x1, y1 = px(x, y + h)
            draw.rectangle([x1, y1, x1 + w * k, y1 + h * k], outline=red, width=max(1, int(line * k)))
        elif item[0] == "circle":
            _, cx, cy, r, line = item
            x0, y0 = px(cx - r - line / 2, cy + r + line / 2)
            draw.ellipse([x0, y0, x0 + (2 * r + line) * k, y0 + (2 * r + line) * k], outline=red,
                         width=max(1, int(line * k)))
        elif item[0] == "poly":
            pts = item[1]
            draw.polygon([px(pts[i], pts[i + 1]) for i in range(0, len(pts), 2)], fill=red)
        else:
            _, cx, cy, text, fs, deg = item
            f = fonts.get(int(fs * k))
            if f is None:
                f = fonts[int(fs * k)] = ImageFont.truetype(font_path, max(1, int(fs * k)))
            ascent, _descent = f.getmetrics()
            width = f.getlength(text)
            side = int(max(width, fs * k) * 2.2) + 4
            tile = Image.new("RGBA", (side, side), (255, 255, 255, 0))
            # Baseline centre of the text at the tile's centre; rotate about it.
            ImageDraw.Draw(tile).text((side / 2 - width / 2, side / 2 - ascent), text, font=f, fill=red)
            pivot = (side / 2, side / 2)
            rotated = tile.rotate(deg, resample=Image.BICUBIC, expand=False, center=pivot)
            x, y = px(cx, cy)
            img.alpha_composite(rotated, (int(x - pivot[0]), int(y - pivot[1])))
    out = Image.new("RGBA", img.size, (255, 255, 255, 255))
    out.alpha_composite(img)
    out = out.convert("RGB").resize((pixels, pixels), Image.LANCZOS)
    buf = BytesIO()
    out.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
