"""Checking a service's loose text arguments (a seal's name, a department's name, a note) with the
same rules as the record schemas: ``text_problems({"name": (name, 50)}, …)``."""

from functools import lru_cache
from typing import Any, Collection, Mapping

from pydantic import TypeAdapter, ValidationError

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import line, text
from desktop.domain.input_gate.problems import problems_from

__all__ = ["text_problems"]


@lru_cache(maxsize=64)
def _text_adapter(max_len: int, multiline: bool) -> TypeAdapter:
    return TypeAdapter(text(max_len) if multiline else line(max_len))


def text_problems(fields: Mapping[str, tuple[Any, int]], *, rule: str, prefix: str, labels: Mapping[str, str],
                  multiline: Collection[str] = ()) -> list[Problem]:
    """Every field whose value is not text of at most its length without forbidden characters
    (``multiline`` fields may hold line breaks)."""
    out: list[Problem] = []
    for name, (value, max_len) in fields.items():
        try:
            _text_adapter(max_len, name in multiline).validate_python(value)
        except ValidationError as exc:
            out += [Problem(p.rule, f"{prefix}.{name}", p.text) for p in problems_from(exc, rule=rule, prefix=prefix, labels={"": labels.get(name, name)})]
    return out
