"""Draw the application icon (resources/icons/bureau_desk.ico and .png) with Pillow and the bundled font.

Run once after changing the design: ``.venv/bin/python build/make_icon.py``; the outputs are committed
(the .ico is the exe's and installer's icon, the .png the window icon)."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "WenQuanYiMicroHei.ttf"
OUT = ROOT / "resources" / "icons"
RED = (178, 34, 34, 255)
PAPER = (255, 250, 240, 255)


def draw(size: int = 1024) -> Image.Image:
    """A seal impression on a ledger page: a paper square, a red ring with a star, 财 in the middle."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    m = size // 32
    d.rounded_rectangle((m, m, size - m, size - m), radius=size // 6, fill=PAPER, outline=(120, 120, 120, 255),
                        width=size // 96)
    c, r = size / 2, size * 0.40
    d.ellipse((c - r, c - r, c + r, c + r), outline=RED, width=size // 18)
    font = ImageFont.truetype(str(FONT), int(size * 0.46))
    d.text((c, c + size * 0.04), "财", font=font, fill=RED, anchor="mm")
    # A five-pointed star above the character, as on an official seal.
    import math
    sr, sy = size * 0.07, c - r * 0.66
    points = [(c + (sr if i % 2 == 0 else sr * 0.4) * math.sin(i * math.pi / 5),
               sy - (sr if i % 2 == 0 else sr * 0.4) * math.cos(i * math.pi / 5)) for i in range(10)]
    d.polygon(points, fill=RED)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "bureau_desk.png")
    big.save(OUT / "bureau_desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {OUT / 'bureau_desk.ico'} and {OUT / 'bureau_desk.png'}")


if __name__ == "__main__":
    main()
