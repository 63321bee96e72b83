"""Reading a JSON document (a file or stdin given to the command line) without surprises."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["GateError", "parse_json_document", "MAX_BYTES", "MAX_DEPTH"]

MAX_BYTES = 2_000_000  # a record file is a few kilobytes; a full standards table a few dozen
MAX_DEPTH = 32  # records nest three or four levels (claim → days → day); 32 is generous
_MAX_INT_DIGITS = 30
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class GateError(ValueError):
    """A document refused before any record is read; ``str(exc)`` is one line for the user."""


def parse_json_document(data: bytes, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH,
                        expect: type | tuple[type, ...] | None = dict, name: str = "输入") -> Any:
    """Parse ``data`` (the raw bytes of a JSON file or stdin) into plain Python values.

    Raises ``GateError`` with one clear Chinese line, and never anything else, when the document is

    * larger than ``max_bytes``;
    * not UTF-8 (a UTF-8 byte-order mark is allowed);
    * not JSON (the line and column are named), or uses ``NaN``/``Infinity``, repeats a key in one
      object, or writes an integer longer than 30 digits;
    * nested deeper than ``max_depth`` — checked by a linear scan before parsing, so a
      100 000-deep ``[[[[…`` is refused without ``RecursionError``;
    * not of the ``expect`` top-level type (default: a JSON object; ``None`` accepts any).

    JSON floats are kept as ``float`` so that the record schemas can refuse them where an exact
    amount is required. ``name`` (e.g. the file name) starts each message.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise GateError(f"{name}：须为字节数据")
    data = bytes(data)
    if len(data) > max_bytes:
        raise GateError(f"{name}：文件过大（{len(data):,} 字节，上限 {max_bytes:,} 字节）")
    if not data.strip():
        raise GateError(f"{name}：内容为空，须为 JSON")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GateError(f"{name}：不是 UTF-8 编码的文本（第 {exc.start + 1} 个字节无法解码）") from None
    depth = _depth(text)
    if depth > max_depth:
        raise GateError(f"{name}：JSON 嵌套过深（超过 {max_depth} 层）")
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_int=_int, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise GateError(f"{name}：不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{_reason(exc.msg)}）") from None
    except _Refused as exc:
        raise GateError(f"{name}：{exc}") from None
    except (ValueError, RecursionError):
        raise GateError(f"{name}：不是有效的 JSON") from None
    if expect is not None and not isinstance(value, expect):
        raise GateError(f"{name}：顶层须为{_shape(expect)}，收到的是{_shape(type(value))}")
    return value


class _Refused(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Refused(f"不接受 {name}（不是数）")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _Refused(f"整数位数过多（{len(text)} 位）")
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(f"同一对象中键“{key[:40]}”出现两次")
        out[key] = value
    return out


def _depth(text: str) -> int:
    """Deepest nesting of ``[``/``{`` outside strings (linear, no recursion)."""
    deepest = level = 0
    for m in _BRACKET.finditer(_STRING.sub('""', text)):
        if m.group() in "[{":
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


_REASONS = {"Expecting value": "此处应为一个值", "Expecting property name enclosed in double quotes": "键须用双引号",
            "Expecting ',' delimiter": "缺少逗号", "Expecting ':' delimiter": "缺少冒号", "Extra data": "多余的内容",
            "Unterminated string starting at": "字符串没有结束", "Invalid control character at": "字符串中有控制字符",
            "Invalid \\escape": "无效的转义", "Invalid \\uXXXX escape": "无效的 \\u 转义"}


def _reason(msg: str) -> str:
    return _REASONS.get(msg, msg)


def _shape(t: type | tuple[type, ...]) -> str:
    names = {dict: "对象 {…}", list: "列表 […]", str: "文字", int: "整数", float: "小数", bool: "真假值",
             type(None): "null"}
    if isinstance(t, tuple):
        return "或".join(names.get(x, x.__name__) for x in t)
    return names.get(t, t.__name__)
