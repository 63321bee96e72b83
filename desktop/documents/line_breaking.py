"""Line breaking for Chinese sheets (禁则处理), shared by every piece of text the sheets draw.

A line never starts with closing punctuation (），。、；：！？…) and never ends with opening
punctuation (（《“); a short bracketed phrase such as （办公室主任） is kept whole, so a
bracket is never left alone on a line; an ASCII word — a rule ID, an asset number, an amount
such as ¥1,234.50 — is never split. Only a unit wider than the whole line is cut, character by
character (still without a closing mark at the start of a line), and the caller is told, so it
can try a smaller font first.
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["CLOSING", "OPENING", "wrap_text", "units"]

# Closing punctuation and marks that may not begin a line (行首禁则).
CLOSING = frozenset("）)」』】〕〉》］]｝}、，。．,.：:；;！!？?…‥％%’”·・〜～")
# Opening punctuation that may not end a line (行尾禁则).
OPENING = frozenset("（(「『【〔〈《［[｛{‘“")
# A bracketed phrase up to this many characters inside is kept on one line.
KEEP_BRACKETED = 6
_WORD = re.compile(r"[¥￥]?[!-~]+")  # an ASCII word (an ID, a number, an amount with its ¥)
_BRACKETED = re.compile(r"（[^（）\n]{1,%d}）" % KEEP_BRACKETED)


def units(paragraph: str) -> list[str]:
    """The paragraph cut where a line may break: each unit is drawn whole when it fits."""
    raw: list[str] = []
    i = 0
    while i < len(paragraph):
        ch = paragraph[i]
        m = _BRACKETED.match(paragraph, i) or (_WORD.match(paragraph, i) if ch not in OPENING and ch not in CLOSING
                                              else None)
        if m and m.end() > i:
            raw.append(m.group())
            i = m.end()
        else:
            raw.append(ch)
            i += 1
    out: list[str] = []
    pending_open = ""
    for u in raw:
        if u in OPENING:  # an opening mark goes with what follows
            pending_open += u
            continue
        u = pending_open + u
        pending_open = ""
        if out and u[0] in CLOSING and not u.isspace() and not out[-1].isspace():  # a closing mark stays with what precedes
            out[-1] += u
        else:
            out.append(u)
    if pending_open:
        out.append(pending_open)
    return out


def _cut(unit: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A unit wider than the line, cut character by character, never starting a piece with a
    closing mark (the last character moves down with it instead)."""
    pieces: list[str] = []
    line = ""
    for ch in unit:
        if line and measure(line + ch) > width:
            if ch in CLOSING and len(line) > 1:
                pieces.append(line[:-1])
                line = line[-1]
            else:
                pieces.append(line)
                line = ""
        line += ch
    pieces.append(line)
    return pieces


def wrap_text(text: str, width: float, measure: Callable[[str], float]) -> tuple[list[str], bool]:
    """``text`` in lines no wider than ``width`` (``measure`` gives a string's width), with the
    Chinese line-breaking rules; ``"\\n"`` starts a new line. Returns the lines and whether a
    unit had to be cut because it is wider than a whole line."""
    lines: list[str] = []
    cut = False
    for para in text.split("\n"):
        line = ""
        for unit in units(para):
            if measure(line + unit) <= width:
                line += unit
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = unit.lstrip()
            if measure(line) > width:
                cut = True
                *full, line = _cut(line, width, measure)
                lines.extend(full)
        lines.append(line.rstrip())
    return lines, cut
