"""The constrained field types every record schema is built from (issue 8, one input gate).

Each type is a pydantic ``Annotated`` type with one plain validator that does the whole check
and raises ``PydanticCustomError`` with a Chinese message, so a value is either exactly what the
domain expects or a problem a clerk can act on:

* ``line(n)`` single-line text, ``text(n)`` multi-line text: a length limit per field; control
  characters (NUL, CR/LF in a line, C1), the bidirectional overrides U+202A–U+202E and
  U+2066–U+2069, lone surrogates and non-characters refused; lists, objects and numbers are not
  text. Surrounding whitespace is trimmed.
* ``count(lo, hi)``: a whole number with a ceiling (JSON integer or ASCII digits; never a
  float, ``1e30``, ``2.5``, ``true`` or full-width ``１２``).
* ``money(ceiling)``: a ``Decimal`` with at most two decimals, from text or a JSON integer;
  JSON floats, exponents, full-width digits and absurd magnitudes refused.
* ``day()`` / ``moment()``: ISO dates (and date-times) between 2000 and 2099 and, when the
  validation context carries ``today``, within ``PAST_YEARS`` before and ``FUTURE_YEARS`` after.
* ``flag()``: JSON ``true``/``false`` only (``"false"`` is not false).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import PlainValidator, ValidationInfo
from pydantic_core import PydanticCustomError

from desktop.domain.money import CENT

__all__ = ["line", "text", "count", "fraction", "optional_id", "money", "day", "moment", "year", "flag", "names",
           "kind_of", "forbidden_char", "EARLIEST", "LATEST", "PAST_YEARS", "FUTURE_YEARS", "MONEY_CEILING",
           "date_window"]

EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
PAST_YEARS = 3  # a record may describe something up to 3 years back (late claims, catching up)
FUTURE_YEARS = 2  # and plan up to 2 years ahead (next year's meeting plan)
MONEY_CEILING = Decimal("99999999.99")  # below 1 亿 yuan: far above any one record of a county bureau
ID_CEILING = 2**31 - 1

_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_BIDI_NAMES = {"\u202a": "从左到右嵌入", "\u202b": "从右到左嵌入", "\u202c": "方向格式结束",
               "\u202d": "从左到右覆盖", "\u202e": "从右到左覆盖", "\u2066": "从左到右隔离",
               "\u2067": "从右到左隔离", "\u2068": "首强隔离", "\u2069": "方向隔离结束"}
_ASCII_INT = re.compile(r"[+]?[0-9]+", re.ASCII)
_AMOUNT = re.compile(r"[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?", re.ASCII)


def kind_of(value: Any) -> str:
    """What a wrong value is, in the words of the error message."""
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return "真假值"
    if isinstance(value, (int, float, Decimal)):
        return "数字"
    if isinstance(value, str):
        return "文字"
    if isinstance(value, (list, tuple)):
        return "列表"
    if isinstance(value, dict):
        return "对象"
    return type(value).__name__


def forbidden_char(value: str, *, multiline: bool) -> str | None:
    """The first character a field may not hold, described (``None`` if the text is clean)."""
    for index, ch in enumerate(value):
        code = ord(ch)
        if ch in _BIDI:
            return f"第{index + 1}个字符 U+{code:04X}（{_BIDI_NAMES[ch]}）"
        if multiline and ch in "\n\t":
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Zl", "Zp") or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF \
                or ch == "\ufeff":
            what = {"\x00": "空字符 NUL", "\n": "换行", "\r": "回车", "\t": "制表符"}.get(ch)
            if what is None:
                what = "代理码位" if category == "Cs" else "控制字符"
            return f"第{index + 1}个字符 U+{code:04X}（{what}）"
    return None


def _text_check(max_len: int, multiline: bool):  # noqa: ANN202
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise PydanticCustomError("text_type", "须为文字，不接受{kind}", {"kind": kind_of(value)})
        if len(value) > max_len:
            raise PydanticCustomError("text_too_long", "过长：最多{max}字（收到{n}字）",
                                      {"max": max_len, "n": len(value)})
        if multiline:
            value = value.replace("\r\n", "\n")
        bad = forbidden_char(value, multiline=multiline)
        if bad:
            raise PydanticCustomError("text_char", "含不允许的字符：{bad}", {"bad": bad})
        return value.strip()
    return check


def line(max_len: int = 100, *, nullable: bool = False) -> Any:
    """Single-line text of at most ``max_len`` characters (no CR/LF, no control characters);
    ``nullable``: null is read as empty text (an optional cell left blank)."""
    check = _text_check(max_len, multiline=False)
    if nullable:
        return Annotated[str, PlainValidator(lambda v: "" if v is None else check(v))]
    return Annotated[str, PlainValidator(check)]


def text(max_len: int = 1000) -> Any:
    """Multi-line text (LF and tab allowed, CRLF read as LF) of at most ``max_len`` characters."""
    return Annotated[str, PlainValidator(_text_check(max_len, multiline=True))]


def _names_check(max_items: int, max_len: int):  # noqa: ANN202
    one = _text_check(max_len, multiline=False)

    def check(value: Any) -> tuple[str, ...]:
        if isinstance(value, str):  # "高远、朱琳" as typed in one box
            one(value)
            value = [v for v in re.split(r"[、，,]", value) if v.strip()]
        if not isinstance(value, (list, tuple)):
            raise PydanticCustomError("names_type", "须为名字列表或用“、”分隔的文字，不接受{kind}",
                                      {"kind": kind_of(value)})
        if len(value) > max_items:
            raise PydanticCustomError("names_too_many", "最多{max}项（收到{n}项）", {"max": max_items, "n": len(value)})
        out = []
        for i, item in enumerate(value):
            try:
                out.append(one(item))
            except PydanticCustomError as exc:
                raise PydanticCustomError("names_item", "第{i}项{msg}", {"i": i + 1, "msg": exc.message()}) from None
        return tuple(v for v in out if v)
    return check


def names(max_items: int = 50, max_len: int = 50) -> Any:
    """A list of names (or one text with 、 or , between them), each a ``line(max_len)``."""
    return Annotated[tuple[str, ...], PlainValidator(_names_check(max_items, max_len))]


def _int_of(value: Any) -> int:
    if isinstance(value, bool) or value is None:
        raise PydanticCustomError("count_type", "须为整数，不接受{kind}", {"kind": kind_of(value)})
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise PydanticCustomError("count_float", "须为整数，不接受小数")
    if isinstance(value, str):
        t = value.strip()
        if _ASCII_INT.fullmatch(t) and len(t) <= 18:
            return int(t)
        if t and all(unicodedata.category(c) == "Nd" for c in t):
            raise PydanticCustomError("count_fullwidth", "须用半角数字 0-9 书写")
        raise PydanticCustomError("count_type", "不是整数")
    raise PydanticCustomError("count_type", "须为整数，不接受{kind}", {"kind": kind_of(value)})


def _count_check(lo: int, hi: int):  # noqa: ANN202
    def check(value: Any) -> int:
        n = _int_of(value)
        if n < lo:
            raise PydanticCustomError("count_low", "不能小于{lo}", {"lo": lo})
        if n > hi:
            raise PydanticCustomError("count_high", "不能超过{hi}", {"hi": hi})
        return n
    return check


def count(lo: int = 0, hi: int = 10_000, *, nullable: bool = False) -> Any:
    """A whole number ``lo``…``hi`` (``nullable``: null or "" is None)."""
    check = _count_check(lo, hi)
    if nullable:
        return Annotated[int | None, PlainValidator(lambda v: None if v is None or v == "" else check(v))]
    return Annotated[int, PlainValidator(check)]


def _fraction_check(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, (bool, float)):
        raise PydanticCustomError("fraction_type", "须写成文字比例，如 \"0.10\"，不接受{kind}", {"kind": kind_of(value)})
    if isinstance(value, str):
        if not re.fullmatch(r"[0-9]+(\.[0-9]{1,4})?", value.strip(), re.ASCII):
            raise PydanticCustomError("fraction_text", "须为 0 到 1 之间、最多四位小数的比例")
        value = Decimal(value.strip())
    if not isinstance(value, (int, Decimal)) or not Decimal(0) <= Decimal(value) <= Decimal(1):
        raise PydanticCustomError("fraction_range", "须为 0 到 1 之间的比例")
    return Decimal(value)


def fraction() -> Any:
    """A share 0…1 (``"0.10"``), or None."""
    return Annotated[Decimal | None, PlainValidator(_fraction_check)]


def _id_check(value: Any) -> int | None:
    if value is None or value == "" or value == 0:
        return None
    n = _int_of(value)
    if not 1 <= n <= ID_CEILING:
        raise PydanticCustomError("id_range", "不是有效的编号")
    return n


def optional_id() -> Any:
    """A record's id (positive), or nothing (``None``, ``""`` or 0)."""
    return Annotated[int | None, PlainValidator(_id_check)]


def _money_check(ceiling: Decimal, allow_negative: bool, nullable: bool):  # noqa: ANN202
    def check(value: Any) -> Decimal | None:
        if value is None or (nullable and value == ""):
            if nullable:
                return None
            raise PydanticCustomError("money_missing", "须填写金额")
        if isinstance(value, bool):
            raise PydanticCustomError("money_type", "须为金额文字，如 \"420.00\"，不接受真假值")
        if isinstance(value, float):
            raise PydanticCustomError("money_float", "须写成文字金额，如 \"420.00\"；不接受 JSON 小数（浮点数不能精确表示金额）")
        if isinstance(value, int):
            amount = Decimal(value)
        elif isinstance(value, Decimal):
            amount = value
        elif isinstance(value, str):
            t = value.strip().replace("¥", "").replace("￥", "").strip()
            if any(unicodedata.category(c) == "Nd" and not c.isascii() for c in t) or "，" in t or "．" in t:
                raise PydanticCustomError("money_fullwidth", "须用半角数字 0-9 书写")
            if re.search(r"[eE]", t) and re.fullmatch(r"[+-]?[0-9.]+[eE][+-]?[0-9]+", t):
                raise PydanticCustomError("money_exponent", "不接受科学记数法，请写出完整金额")
            if not _AMOUNT.fullmatch(t):
                raise PydanticCustomError("money_text", "不是金额（应如 420.00）")
            try:
                amount = Decimal(t.replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
                raise PydanticCustomError("money_text", "不是金额") from None
        else:
            raise PydanticCustomError("money_type", "须为金额文字，如 \"420.00\"，不接受{kind}", {"kind": kind_of(value)})
        if not amount.is_finite():
            raise PydanticCustomError("money_text", "不是金额")
        if amount.as_tuple().exponent < -2 and amount != amount.quantize(CENT, rounding="ROUND_DOWN"):
            raise PydanticCustomError("money_places", "超过两位小数")
        if amount < 0 and not allow_negative:
            raise PydanticCustomError("money_negative", "不能为负数")
        if abs(amount) > ceiling:
            raise PydanticCustomError("money_ceiling", "超出上限 {ceiling} 元", {"ceiling": f"{ceiling:,.2f}"})
        return amount.quantize(CENT)
    return check


def money(ceiling: Decimal | str = MONEY_CEILING, *, allow_negative: bool = False, nullable: bool = False) -> Any:
    """An amount in yuan, two places, at most ``ceiling`` (``None`` allowed with ``nullable``)."""
    return Annotated[Decimal | None if nullable else Decimal,
                     PlainValidator(_money_check(Decimal(ceiling), allow_negative, nullable))]


def date_window(info: ValidationInfo | None) -> tuple[date, date]:
    """The dates a record may carry: 2000–2099, narrowed around ``context["today"]`` if given."""
    ctx = info.context if info is not None and isinstance(info.context, dict) else {}
    today = ctx.get("today")
    if not isinstance(today, date):
        return EARLIEST, LATEST
    lo = max(EARLIEST, _add_years(today, -PAST_YEARS))
    hi = min(LATEST, _add_years(today, FUTURE_YEARS))
    return lo, hi


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _in_window(d: date, info: ValidationInfo) -> None:
    lo, hi = date_window(info)
    if not lo <= d <= hi:
        raise PydanticCustomError("date_window", "超出合理范围（{lo} 至 {hi}）",
                                  {"lo": lo.isoformat(), "hi": hi.isoformat()})


def _day_check(value: Any, info: ValidationInfo) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        d = value
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value.strip(), re.ASCII):
        try:
            d = date.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError("date_value", "不是有效日期") from None
    else:
        raise PydanticCustomError("date_type", "须为日期 YYYY-MM-DD，不接受{kind}", {"kind": kind_of(value)}) \
            if not isinstance(value, str) else PydanticCustomError("date_type", "不是日期（应如 2026-12-01）")
    _in_window(d, info)
    return d


def _optional_day_check(value: Any, info: ValidationInfo) -> date | None:
    return None if value is None or value == "" else _day_check(value, info)


def day(*, optional: bool = False) -> Any:
    """An ISO date (``2026-12-01``) inside the sane window (``optional``: null or "" is None)."""
    if optional:
        return Annotated[date | None, PlainValidator(_optional_day_check)]
    return Annotated[date, PlainValidator(_day_check)]


def _moment_check(value: Any, info: ValidationInfo) -> datetime:
    if isinstance(value, datetime):
        m = value
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?",
                                                 value.strip(), re.ASCII):
        try:
            m = datetime.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError("datetime_value", "不是有效的日期时间") from None
    else:
        raise PydanticCustomError("datetime_type", "不是日期时间（应如 2026-12-01T08:30）")
    _in_window(m.date(), info)
    return m.replace(tzinfo=None)


def moment() -> Any:
    """An ISO date-time (``2026-12-01T08:30``) inside the sane window."""
    return Annotated[datetime, PlainValidator(_moment_check)]


def _year_check(value: Any, info: ValidationInfo) -> int:
    n = _int_of(value)
    lo, hi = date_window(info)
    if not lo.year <= n <= hi.year:
        raise PydanticCustomError("year_window", "超出合理年度范围（{lo}—{hi}）", {"lo": lo.year, "hi": hi.year})
    return n


def year() -> Any:
    """A calendar year inside the sane window."""
    return Annotated[int, PlainValidator(_year_check)]


def _flag_check(value: Any) -> bool:
    if not isinstance(value, bool):
        raise PydanticCustomError("flag_type", "须为 true 或 false，不接受{kind}", {"kind": kind_of(value)})
    return value


def flag() -> Any:
    """JSON ``true`` / ``false`` only."""
    return Annotated[bool, PlainValidator(_flag_check)]
