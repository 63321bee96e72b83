"""Turning a schema's validation errors into the project's refusals: one ``Problem`` per bad
field, all at once, each naming the field in Chinese and quoting at most ``QUOTE_LIMIT``
characters of the bad value (control and bidi characters shown escaped, so the message itself
cannot reorder a terminal line)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping, Sequence, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import forbidden_char, kind_of

__all__ = ["GateModel", "check", "object_problems", "problems_from", "quote", "field_label", "quoted", "VALUE_FIRST", "QUOTE_LIMIT", "MAX_PROBLEMS"]

QUOTE_LIMIT = 80
MAX_PROBLEMS = 30  # a list of 100 000 bad rows is reported by its first 30 and a count

M = TypeVar("M", bound=BaseModel)


class GateModel(BaseModel):
    """Base of every record schema: immutable; keys it does not know are ignored (a stored
    payload also carries its printed fields), never copied into the record."""

    model_config = ConfigDict(extra="ignore", frozen=True, arbitrary_types_allowed=False)


# Errors about a short typed value: the message reads "金额：“abc”不是金额" (the value first).
VALUE_FIRST = frozenset({"money_text", "money_places", "money_negative", "money_ceiling", "money_fullwidth",
                         "money_exponent", "date_value", "date_type", "datetime_value", "datetime_type",
                         "count_type", "count_fullwidth", "count_low", "count_high", "clock", "account",
                         "fraction_text", "fraction_range", "year_window", "date_window"})

# Messages for pydantic's own error types (ours carry their Chinese message already).
_MESSAGES = {
    "missing": "必须填写",
    "model_type": "须为 JSON 对象（{{…}}），不接受{kind}",
    "model_attributes_type": "须为 JSON 对象（{{…}}），不接受{kind}",
    "dict_type": "须为 JSON 对象（{{…}}），不接受{kind}",
    "list_type": "须为列表（[…]），不接受{kind}",
    "tuple_type": "须为列表（[…]），不接受{kind}",
    "too_long": "最多{max_length}项（收到{actual_length}项）",
    "too_short": "至少{min_length}项",
    "literal_error": "须为以下之一：{expected}",
    "enum": "须为以下之一：{expected}",
}


def _kind(value: Any) -> str:
    return kind_of(value)


def quote(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """A short, safe rendering of a bad value: at most ``limit`` characters, then ``…``."""
    if isinstance(value, str) and not value.strip():
        return f'"{_render(value, limit, depth=0)}"'  # empty or blank: show that it is
    out = _render(value, limit + 1, depth=0)
    if len(out) > limit:
        total = f"（共{len(value)}字）" if isinstance(value, str) else ""
        return out[:limit] + "…" + total
    return out


def quoted(value: Any) -> str:
    """A bad value as a message shows it: text in Chinese quotes (“12.345”), anything else as JSON
    writes it."""
    shown = quote(value)
    if isinstance(value, str):
        return f"“{shown.strip(chr(34)) if not value.strip() else shown}”"
    return shown


def _render(value: Any, budget: int, depth: int) -> str:
    if isinstance(value, str):
        s = "".join(_safe_char(c) for c in value[: budget * 2])
        return (f'"{s}' if depth else s)[:budget] + ('"' if depth and len(s) < budget - 1 else "")
    if isinstance(value, (list, tuple)):
        if depth > 3:
            return "[…]"
        parts, used = [], 2
        for item in value[:20]:
            r = _render(item, budget - used, depth + 1)
            parts.append(r)
            used += len(r) + 2
            if used >= budget:
                break
        more = ", …" if len(value) > len(parts) else ""
        return "[" + ", ".join(parts) + more + "]"
    if isinstance(value, dict):
        if depth > 3:
            return "{…}"
        parts, used = [], 2
        for k, v in list(value.items())[:20]:
            r = f"{_render(k, 30, depth + 1)}: {_render(v, budget - used, depth + 1)}"
            parts.append(r)
            used += len(r) + 2
            if used >= budget:
                break
        more = ", …" if len(value) > len(parts) else ""
        return "{" + ", ".join(parts) + more + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    text = repr(value) if isinstance(value, float) else str(value)
    return text[:budget]


def _safe_char(c: str) -> str:
    if forbidden_char(c, multiline=False) is None:
        return c
    return f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"


def field_label(loc: Sequence[Any], labels: Mapping[str, str]) -> str:
    """``("meals", 1, "amount")`` → ``用餐第2行 金额``; ``("days", 0, "lodging_invoice")`` →
    ``第1天 住宿费发票`` when the labels give the list its own row word (``"days[]": "第{n}天"``,
    which replaces the list's name). A field without a label would be named by its key:
    tests/domain/test_input_messages.py keeps every form's map complete."""
    words: list[str] = []  # "用餐", "第2行", "金额" …; a row number joins the word before it
    parent = ""
    for item in loc:
        if isinstance(item, int):
            row = labels.get(f"{parent}[]")
            if row and words:
                words[-1] = row.format(n=item + 1)
            elif words:
                words[-1] += f"第{item + 1}行"
            else:
                words.append(f"第{item + 1}行")
        else:
            name = labels.get(f"{parent}.{item}") or labels.get(str(item), str(item))
            words.append(name)
            parent = str(item)
    return " ".join(words) or labels.get("", "输入")


def _code(prefix: str, loc: Sequence[Any]) -> str:
    code = prefix
    for item in loc:
        code += f"[{item}]" if isinstance(item, int) else f".{item}"
    return code


def problems_from(error: ValidationError, *, rule: str, prefix: str, labels: Mapping[str, str],
                  rules: Mapping[str, str] | None = None) -> list[Problem]:
    """Every error of ``error`` as a ``Problem(rule, prefix.field, "字段：说明（收到：…）")``;
    ``rules`` gives a top-level field its own rule ID (an amount: VOUCH-01)."""
    out: list[Problem] = []
    errors = error.errors(include_url=False)
    for err in errors[:MAX_PROBLEMS]:
        loc = tuple(err.get("loc", ()))
        kind = err["type"]
        ctx = dict(err.get("ctx") or {})
        value = err.get("input")
        if kind in _MESSAGES:
            try:
                message = _MESSAGES[kind].format(kind=_kind(value), **{k: v for k, v in ctx.items() if k != "kind"})
            except (KeyError, IndexError):
                message = "输入有误"
        elif err.get("msg") and not err["msg"][:1].isascii():
            message = err["msg"]
        else:
            message = "输入有误"
        label = field_label(loc, labels)
        if kind in VALUE_FIRST and isinstance(value, (str, int, Decimal)) and not isinstance(value, bool):
            text = f"{label}：{quoted(value)}{message}"  # 金额：“abc”不是金额
        else:
            shown = "" if kind in ("missing", "money_missing") else f"（收到：{quoted(value)}）"
            text = f"{label}：{message}{shown}"
        field_rule = (rules or {}).get(str(loc[0]), rule) if loc else rule
        out.append(Problem(field_rule, _code(prefix, loc), text))
    if len(errors) > MAX_PROBLEMS:
        out.append(Problem(rule, f"{prefix}.more", f"另有{len(errors) - MAX_PROBLEMS}处输入有误"))
    return out


def check(model: type[M], data: Any, *, rule: str, prefix: str, labels: Mapping[str, str],
          context: Mapping[str, Any] | None = None,
          rules: Mapping[str, str] | None = None) -> tuple[M | None, list[Problem]]:
    """Validate ``data`` against ``model``: the record, or ``None`` and every problem."""
    try:
        return model.model_validate(data, context=dict(context or {})), []
    except ValidationError as exc:
        return None, problems_from(exc, rule=rule, prefix=prefix, labels=labels, rules=rules)
    except RecursionError:  # pragma: no cover - pydantic-core has its own recursion guard
        return None, [Problem(rule, f"{prefix}.depth", "输入嵌套过深")]


def object_problems(data: Any, *, rule: str, prefix: str, label: str) -> list[Problem]:
    """A record must be a JSON object (``dict(["ab"])`` must never become ``{"a": "b"}``)."""
    if isinstance(data, Mapping):
        return []
    return [Problem(rule, prefix, f"{label}：须为 JSON 对象（{{…}}），不接受{_kind(data)}（收到：{quote(data)}）")]
