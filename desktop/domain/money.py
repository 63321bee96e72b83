"""Money: ``Decimal`` yuan with exactly two places, and amounts in capital Chinese numerals.

Amounts never pass through ``float``. Input is refused if it is malformed, has more than two
decimals, or is negative where it must not be. ``to_chinese_upper`` follows 会计基础工作规范
Art. 52 (VOUCH-CP1): 零壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿, 元角分, 整 after 元 or 角, a run of
zeros inside the number written as one 零.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "CENT",
    "MoneyError",
    "parse_amount",
    "from_fen",
    "to_fen",
    "format_amount",
    "normalise_amounts",
    "to_chinese_upper",
    "record_amount",
]

CENT = Decimal("0.01")
# Twelve integer digits reach 千亿; that is far beyond any bureau's figures and keeps
# fen inside a 64-bit integer column.
_MAX_INTEGER_DIGITS = 12
# ASCII digits only: Python's \d and Decimal() also read full-width "１２" as 12 (issue 8 input gate).
_AMOUNT_TEXT = re.compile(r"[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]*)?", re.ASCII)


class MoneyError(ValueError):
    """An amount that cannot be accepted, with a message a user can act on (Chinese: 金额：“abc”不是金额)."""


def parse_amount(value: object, *, allow_negative: bool = False, field: str = "金额") -> Decimal:
    """Return ``value`` as a two-place ``Decimal`` in yuan, or raise ``MoneyError``.

    ``value`` may be a ``Decimal``, an ``int`` or a string such as ``"1,234.5"`` or ``"¥12.00"``.
    Floats are refused: they cannot carry an exact amount.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise MoneyError(f"{field}：金额须写成文字，如 420.00，不接受{'小数' if isinstance(value, float) else '真假值'}")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.strip().replace("，", ",").replace("¥", "").replace("￥", "").strip()
        if not _AMOUNT_TEXT.fullmatch(text):
            raise MoneyError(f"{field}：{_shown(value)}不是金额"
                             + ("（数字须用半角 0-9 书写）" if any(c.isdigit() and not c.isascii()
                                                            for c in text) else "（应如 420.00）"))
        try:
            amount = Decimal(text.replace(",", ""))
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only valid text
            raise MoneyError(f"{field}：{_shown(value)}不是金额") from exc
    else:
        raise MoneyError(f"{field}：{_shown(value)}不是金额")
    if not amount.is_finite():
        raise MoneyError(f"{field}：{_shown(value)}不是金额")
    if amount != amount.quantize(CENT, rounding="ROUND_DOWN"):
        raise MoneyError(f"{field}：{_shown(value)}超过两位小数")
    if amount < 0 and not allow_negative:
        raise MoneyError(f"{field}：{_shown(value)}不能为负数")
    amount = amount.quantize(CENT)
    if len(str(abs(amount).to_integral_value(rounding="ROUND_DOWN"))) > _MAX_INTEGER_DIGITS:
        raise MoneyError(f"{field}：{_shown(value)}过大（整数部分最多{_MAX_INTEGER_DIGITS}位）")
    return amount


def _shown(value: object) -> str:
    """The bad value as quoted in a message (“12.345”): at most 80 characters, control characters escaped."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in str(value))
    return f"“{text}”" if len(text) <= 80 else f"“{text[:80]}…”"


def record_amount(value: object, field: str = "金额") -> Decimal:
    """An amount read back from a module's stored record (JSON): empty is 0.00; a JSON number
    is taken as written (``repr`` of the float), then checked like any input — more than two
    decimals or a negative amount is refused, never rounded."""
    if value is None or value == "":
        return Decimal("0.00")
    if isinstance(value, float):
        value = repr(value)
    return parse_amount(value, field=field)


def to_fen(amount: Decimal) -> int:
    """The amount in fen (分), for storage as an exact integer."""
    return int(parse_amount(amount, allow_negative=True) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def format_amount(amount: Decimal, *, symbol: bool = False) -> str:
    """``1234.5`` → ``"1,234.50"`` (``"¥1,234.50"`` with ``symbol``)."""
    text = f"{parse_amount(amount, allow_negative=True):,.2f}"
    return f"¥{text}" if symbol else text


# An amount in text written another way: ￥1050 / ¥ 1050.00 (a yuan sign) or 1050.00元 (two places
# and 元). Whole numbers before 元 ("单价23元", a standard "150元") are left as written.
_SIGNED = re.compile(r"[¥￥]\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)(?![0-9.])", re.ASCII)
_YUAN = re.compile(r"(?<![0-9.,¥])([0-9][0-9,]*\.[0-9]{2})\s*元", re.ASCII)


def normalise_amounts(text: str) -> str:
    """Every amount in ``text`` in the one printed style, ``¥12,345.00``: the sheets print module
    texts (some stored before this style was kept) through it."""
    def fix(match: re.Match[str]) -> str:
        try:
            return format_amount(parse_amount(match.group(1)), symbol=True)
        except MoneyError:
            return match.group(0)

    return _YUAN.sub(fix, _SIGNED.sub(fix, text))


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_GROUP_UNITS = ["", "万", "亿", "万亿"]


def _integer_upper(number: int) -> str:
    """Capital numerals for a positive integer, with 零 for each run of zeros inside it."""
    groups: list[int] = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    parts: list[str] = []
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(parts)
            continue
        text = ""
        digits = [group // 1000, group // 100 % 10, group // 10 % 10, group % 10]
        # A group below 1000 that follows a higher group starts with 零 (一万零五百).
        if parts and digits[0] == 0:
            need_zero = True
        zero_pending = need_zero
        started = False
        for position, digit in enumerate(digits):
            unit = _SMALL_UNITS[3 - position]
            if digit == 0:
                if started:
                    zero_pending = True
                continue
            if zero_pending and (started or parts):
                text += "零"
            zero_pending = False
            text += _DIGITS[digit] + unit
            started = True
        parts.append(text + _GROUP_UNITS[index])
        need_zero = digits[3] == 0
    return "".join(parts)


def to_chinese_upper(amount: Decimal) -> str:
    """The amount in capital Chinese numerals as a voucher writes it.

    >>> to_chinese_upper(Decimal("1234.56"))
    '壹仟贰佰叁拾肆元伍角陆分'
    >>> to_chinese_upper(Decimal("100"))
    '壹佰元整'
    >>> to_chinese_upper(Decimal("1005.07"))
    '壹仟零伍元零柒分'

    A negative amount (a reversal) is prefixed with 负.
    """
    value = parse_amount(amount, allow_negative=True)
    prefix = "负" if value < 0 else ""
    value = abs(value)
    fen_total = int(value * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if fen_total == 0:
        return "零元整"
    text = ""
    if yuan:
        text = _integer_upper(yuan) + "元"
    if jiao == 0 and fen == 0:
        return prefix + text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        # 1005.07 → 壹仟零伍元零柒分: the empty 角 place between 元 and 分 is read as 零.
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    else:
        text += "整"
    return prefix + text
