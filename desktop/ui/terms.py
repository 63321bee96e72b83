"""English for the names that come from data in Chinese: document kinds and approval steps (the
presets' chain titles and step labels), transport modes, ticket classes, meals and grades
(resources/i18n/terms.csv, zh → en). Shown when the interface is in English; in Chinese, and for
any name not in the table (a bureau's own step label), the Chinese name as it is."""

from __future__ import annotations

import csv
from functools import lru_cache

from desktop.app.paths import resource_path
from desktop.app.translations import current_language

__all__ = ["term", "terms", "english_terms"]


@lru_cache(maxsize=1)
def english_terms() -> dict[str, str]:
    """zh → en for every row of terms.csv."""
    with open(resource_path("i18n", "terms.csv"), encoding="utf-8", newline="") as handle:
        return {row["zh"].strip(): row["en"].strip() for row in csv.DictReader(handle) if row.get("zh")}


def terms(group: str) -> dict[str, str]:
    """zh → en for one group of terms.csv (kind, step, mode, class, meal, grade)."""
    with open(resource_path("i18n", "terms.csv"), encoding="utf-8", newline="") as handle:
        return {row["zh"].strip(): row["en"].strip() for row in csv.DictReader(handle) if row["group"] == group}


def term(text: str, language: str | None = None) -> str:
    """``text`` in the interface language: its English from terms.csv when English is on."""
    if (language or current_language()) != "en" or not text:
        return text
    return english_terms().get(text.strip(), text)
