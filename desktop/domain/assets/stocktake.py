"""A stocktake (清查/盘点, ASSET-06): what a scanned tag is, what the label's QR code says, which
differences a count implies and whether a surplus/shortage report may be filed.

A barcode/QR scanner types what the code holds, then Enter. The label's QR code holds
``"<card number> <name>"`` (:func:`label_content`); :func:`parse_tag` reads that back, or a card
number typed by hand — trimmed, any case, full-width characters (a Chinese input method left on)
folded, the serial's leading zeros optional (``zc2026-7`` is ``ZC2026-00007``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.money import MoneyError, parse_amount

__all__ = ["FOUND", "DUPLICATE", "UNKNOWN", "ELSEWHERE", "CardFacts", "Scope", "label_content", "parse_tag",
           "classify", "missing_counters", "proposed_differences", "check_differences", "counts_digest",
           "MAX_TAG"]

FOUND, DUPLICATE, UNKNOWN, ELSEWHERE = "found", "duplicate", "unknown", "elsewhere"
MAX_TAG = 80  # asset_counts.tag
_CARD_NO = re.compile(r"([A-Z]{1,4})(\d{4})-(\d{1,5})")


QR_NAME = 20  # characters of the name in the QR code: a long name would make a dense code on a small label


def label_content(card_no: str, name: str) -> str:
    """What the label's QR code holds: the card number, a space, the name (its first 20
    characters; ASSET-12: the label tells whoever keeps the asset what it is; the scanner needs
    only the number)."""
    return f"{card_no} {' '.join(name.split())[:QR_NAME]}".strip()


def parse_tag(text: str) -> str:
    """The card number a scanned or typed tag stands for (``""`` for an empty tag)."""
    folded = unicodedata.normalize("NFKC", text or "").strip()
    if not folded:
        return ""
    token = folded.split()[0].upper()
    m = _CARD_NO.fullmatch(token)
    if m:
        return f"{m.group(1)}{m.group(2)}-{int(m.group(3)):05d}"
    return token[:MAX_TAG]


@dataclass(frozen=True)
class Scope:
    """What a count covers: a location (a whole room), a department, or both."""

    location: str = ""
    department_id: int | None = None

    def holds(self, location: str, department_id: int | None) -> bool:
        if self.location and location != self.location:
            return False
        if self.department_id is not None and department_id != self.department_id:
            return False
        return True


@dataclass(frozen=True)
class CardFacts:
    card_no: str
    name: str
    on_books: bool
    location: str
    department_id: int | None
    status_label: str = ""


def classify(card: CardFacts | None, *, scanned_before: bool, scope: Scope) -> tuple[str, str]:
    """(kind, message) for one scan. A card not on the books (disposed, written off, awaiting
    acceptance) is no asset this count can find: it is listed with the unknown tags."""
    if card is None:
        return UNKNOWN, "未知标签：本单位没有这个资产编号"
    if not card.on_books:
        return UNKNOWN, f"{card.card_no} {card.name}：卡片状态为“{card.status_label}”，不在账上"
    if scanned_before:
        return DUPLICATE, f"已扫描过：{card.card_no} {card.name}（不重复计数）"
    if not scope.holds(card.location, card.department_id):
        where = card.location or "未登记存放地点"
        return ELSEWHERE, f"{card.card_no} {card.name}：账面存放于“{where}”，不在本次盘点范围（记为异地发现）"
    return FOUND, f"{card.card_no} {card.name}"


def missing_counters(*, managers: Iterable[int], finance: Iterable[int], users: Iterable[int],
                     counters: Sequence[int]) -> list[Problem]:
    """ASSET-06: 「清查由固定资产管理人员、财会人员和使用人员共同参加」— one problem per side missing.
    ``users`` are the people who use the counted assets; the same person counts for one side only
    (a manager or an accountant who also uses an asset does not stand in for the users)."""
    chosen = set(counters)
    managers, finance = set(managers) & chosen, set(finance) & chosen
    problems = []
    if not managers:
        problems.append(Problem("ASSET-06", "stocktake.counter_manager", "盘点人员须包括资产管理员"))
    if not finance:
        problems.append(Problem("ASSET-06", "stocktake.counter_finance", "盘点人员须包括财会人员（会计或财务负责人）"))
    if not (chosen - managers - finance) & set(users):
        problems.append(Problem("ASSET-06", "stocktake.counter_user", "盘点人员须包括资产使用人员"))
    return problems


def proposed_differences(not_found: Iterable[Mapping[str, Any]], unknown_tags: Iterable[str]) -> list[dict[str, Any]]:
    """The lines a report starts from: a shortage (盘亏) per card not found at its net value, a
    surplus (盘盈) per unknown tag (value to be estimated); cause and handling left to fill in."""
    out: list[dict[str, Any]] = [
        {"kind": "shortage", "card_id": c["id"], "description": f"{c['card_no']} {c['name']}",
         "value": c["net_value"], "cause": "", "handling": ""} for c in not_found]
    out += [{"kind": "surplus", "card_id": None, "description": tag, "value": Decimal("0.00"), "cause": "",
             "handling": ""} for tag in unknown_tags]
    return out


def check_differences(differences: Sequence[Mapping[str, Any]], *, not_found: Mapping[int, str]
                      ) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The report's lines read and checked (ASSET-06 「查明原因，提出处理意见」): every line a
    cause and a proposed handling; a shortage for each card not found, and only for those; a
    surplus described, with its estimated value and category. Every problem at once.
    ``not_found``: card id → "card number name" of each card the count did not find."""
    problems: list[Problem] = []
    lines: list[dict[str, Any]] = []
    missing = set(not_found)
    short_ids: set[int] = set()
    if not isinstance(differences, (list, tuple)):
        return [], [Problem("ASSET-06", "stocktake.differences", "盘盈盘亏明细须为列表")]
    for i, d in enumerate(differences, 1):
        if not isinstance(d, Mapping):
            problems.append(Problem("ASSET-06", "stocktake.difference", f"第{i}项：格式不对"))
            continue
        kind = d.get("kind")
        label = {"shortage": "盘亏", "surplus": "盘盈"}.get(str(kind), "")
        where = f"第{i}项{label}（{str(d.get('description') or '').strip()[:30]}）"
        line = {"kind": kind, "card_id": d.get("card_id"), "description": str(d.get("description") or "").strip(),
                "cause": str(d.get("cause") or "").strip(), "handling": str(d.get("handling") or "").strip(),
                "value": Decimal("0.00")}
        if not label:
            problems.append(Problem("ASSET-06", "stocktake.difference_kind", f"第{i}项：须为盘盈或盘亏"))
            continue
        if not line["cause"]:
            problems.append(Problem("ASSET-06", "stocktake.cause", f"{where}：请查明并填写原因"))
        if not line["handling"]:
            problems.append(Problem("ASSET-06", "stocktake.handling", f"{where}：请提出处理意见"))
        for key, limit in (("description", 200), ("cause", 200), ("handling", 200)):
            if len(line[key]) > limit:
                problems.append(Problem("ASSET-06", f"stocktake.{key}", f"{where}：内容过长（最多{limit}字）"))
        if kind == "shortage":
            card_id = line["card_id"]
            if not isinstance(card_id, int) or isinstance(card_id, bool) or card_id not in missing:
                problems.append(Problem("ASSET-06", "stocktake.shortage_card", f"{where}：盘亏须是本次盘点未找到的卡片"))
            elif card_id in short_ids:
                problems.append(Problem("ASSET-06", "stocktake.shortage_twice", f"{where}：同一卡片列了两次"))
            else:
                short_ids.add(card_id)
        else:
            line["card_id"] = None
            if not line["description"]:
                problems.append(Problem("ASSET-06", "stocktake.surplus_description", f"第{i}项盘盈：请写明资产名称及规格"))
            try:
                line["value"] = parse_amount(d.get("value") if d.get("value") not in (None, "") else "0",
                                             field=f"{where}估价")
            except MoneyError as exc:
                problems.append(Problem("ASSET-06", "stocktake.surplus_value", str(exc)))
            else:
                if line["value"] <= 0:
                    problems.append(Problem("ASSET-06", "stocktake.surplus_value", f"{where}：请填写估计价值"))
            for key in ("category_code", "name", "specification", "unit"):
                if d.get(key):
                    line[key] = str(d[key]).strip()
            if not line.get("category_code"):
                problems.append(Problem("ASSET-06", "stocktake.surplus_category", f"{where}：请选择资产分类"))
        lines.append(line)
    for card_id in sorted(missing - short_ids):
        problems.append(Problem("ASSET-06", "stocktake.shortage_missing",
                                f"{not_found[card_id]}：本次盘点未找到，须列入盘亏并写明原因和处理意见"))
    return lines, problems


def counts_digest(rows: Iterable[tuple[Any, ...]]) -> str:
    """SHA-256 over the scans (id, tag, card, who, when) in order: the report's audit entry
    carries it, since scans are not audited one by one."""
    h = hashlib.sha256()
    for row in rows:
        h.update("\x1f".join("" if v is None else str(v) for v in row).encode("utf-8") + b"\n")
    return h.hexdigest()
