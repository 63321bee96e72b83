"""The audit trail in words: what an action code, a record kind and a field name mean, in the
interface language (resources/i18n/audit_terms.csv: group, code, zh, en), and an entry's
before/after as the fields that changed. An unknown code is shown as it is, never hidden."""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from typing import Any

from desktop.app.paths import resource_path
from desktop.app.translations import current_language

__all__ = ["action_words", "entity_words", "field_label", "changed_fields", "value_text", "summary"]


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, str]]:
    with open(resource_path("i18n", "audit_terms.csv"), encoding="utf-8", newline="") as handle:
        return {(row["group"], row["code"]): (row["zh"], row["en"]) for row in csv.DictReader(handle)}


def _word(group: str, code: str, language: str | None) -> str | None:
    found = _table().get((group, code))
    if found is None:
        return None
    return found[1] if (language or current_language()) == "en" else found[0]


def action_words(code: str, language: str | None = None) -> str:
    """提交审批 / Submitted for approval … for ``document.submit``; the code itself if unknown."""
    return _word("action", code, language) or code


def entity_words(code: str, language: str | None = None) -> str:
    return _word("entity", code, language) or code


def field_label(key: str, language: str | None = None) -> str:
    return _word("field", key, language) or key


def value_text(value: Any, language: str | None = None) -> str:
    """A recorded value as a person reads it: lists joined, yes/no, nothing as empty."""
    english = (language or current_language()) == "en"
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("Yes" if value else "No") if english else ("是" if value else "否")
    if isinstance(value, list):
        return ("; " if english else "；").join(value_text(v, language) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
    return str(value)


def _field_value(key: str, value: Any, language: str | None) -> str:
    """Codes the trail records for a state or a position, in words."""
    from desktop.ui.messages import position_text, state_text

    if key == "state" and isinstance(value, str):
        return state_text(value)
    if key in ("position", "positions"):
        values = value if isinstance(value, list) else [value]
        return value_text([position_text(v) if isinstance(v, str) else v for v in values if v is not None], language)
    return value_text(value, language)


def _load(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def changed_fields(before_json: str | None, after_json: str | None,
                   language: str | None = None) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each field whose value differs; a value that is not a set
    of fields is one row labelled with the language's word for "value"."""
    before, after = _load(before_json), _load(after_json)
    if not isinstance(before, dict) and not isinstance(after, dict):
        if before == after:
            return []
        label = "Value" if (language or current_language()) == "en" else "内容"
        return [(label, value_text(before, language), value_text(after, language))]
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}
    keys = list(before) + [k for k in after if k not in before]
    rows = [(field_label(k, language), _field_value(k, before.get(k), language),
             _field_value(k, after.get(k), language)) for k in keys]
    return [row for row in rows if row[1] != row[2]]


def summary(before_json: str | None, after_json: str | None) -> str:
    """The record's serial and title when the entry names them (which document this was)."""
    for text in (after_json, before_json):
        data = _load(text)
        if isinstance(data, dict):
            parts = [str(data[k]) for k in ("serial", "title", "name", "voucher_no", "minute_no") if data.get(k)]
            if parts:
                return " ".join(parts)
    return ""
