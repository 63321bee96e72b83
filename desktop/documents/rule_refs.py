"""Rule IDs out of a sheet's body, into its small 依据 footnote.

Layout notes and module texts name the rule behind a figure ("…（TRAVEL-11）", "[TRAVEL-05]",
"（须财务负责人审批，TRAVEL-03）"). A recipient reads the form without them; a reviewer finds
them together in one line under the table: 依据：TRAVEL-03、TRAVEL-11.
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["RULE_ID", "strip_rule_ids", "basis_line"]

# The RULES.md families (F-xx are forms, not rules). A family prefix keeps asset numbers such as
# ZC-2018-0031 and serials out.
_FAMILIES = "AMB|ARCH|ASSET|IC|MEET|RECEP|RPT|SEAL|SEC|SUPPLY|TRAVEL|VEH|VOUCH"
RULE_ID = re.compile(rf"(?<![A-Za-z0-9-])(?:{_FAMILIES})-(?:CP)?\d{{1,3}}[a-z]?(?![A-Za-z0-9-])")
_ID = RULE_ID.pattern
_SEP = r"\s*[、,，;；/]\s*"
# A bracket holding only rule IDs: （TRAVEL-11）, （VOUCH-05、VOUCH-06）, [TRAVEL-05].
_ONLY_IDS = re.compile(rf"\s*[（(\[【]\s*{_ID}(?:{_SEP}{_ID})*\s*[）)\]】]")
# An ID list after text inside a bracket: （须财务负责人审批，TRAVEL-03） → （须财务负责人审批）.
_TRAILING_IDS = re.compile(rf"{_SEP}{_ID}(?:{_SEP}{_ID})*(?=\s*[）)\]】])")
_LEADING_IDS = re.compile(rf"(?<=[（(\[【])\s*{_ID}(?:{_SEP}{_ID})*{_SEP}")
_BARE = re.compile(rf"\s*{_ID}(?:{_SEP}{_ID})*")


def strip_rule_ids(text: str) -> tuple[str, list[str]]:
    """The text without rule IDs, and the IDs it named (in order, once each)."""
    found = list(dict.fromkeys(RULE_ID.findall(text)))
    if not found:
        return text, []
    for pattern in (_ONLY_IDS, _TRAILING_IDS, _LEADING_IDS, _BARE):
        text = pattern.sub("", text)
    return text, found


def _order(rule_id: str) -> tuple[str, int, str]:
    family, _, rest = rule_id.partition("-")
    digits = re.sub(r"\D", "", rest)
    return family, int(digits or 0), rest


def basis_line(rule_ids: Iterable[str]) -> str:
    """依据：TRAVEL-03、TRAVEL-11 — sorted by family and number; empty when there are none."""
    ids = sorted(set(rule_ids), key=_order)
    return "依据：" + "、".join(ids) if ids else ""
