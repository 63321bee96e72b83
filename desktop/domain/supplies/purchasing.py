"""The office-supply purchasing rules, without I/O (issue 14): a section's plan is in by its due
date (SUPPLY-03), a purchase follows its approval document (SUPPLY-04), the choice of a supplier
needs three quotes gathered by two people (SUPPLY-05), a reason, and for items on the government
procurement catalogue the procurement office's approval (SUPPLY-07); warnings for a supplier that
is not an agreement supplier (SUPPLY-06) and for ad-hoc purchases of one item that together reach
the collective-decision threshold (化整为零, SUPPLY-07)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Sequence

from desktop.domain.approval.model import Problem

__all__ = ["MIN_QUOTES", "MIN_ENQUIRERS", "CATALOGUE_FLAG", "plan_late", "purchase_state", "supplier_key",
           "QuoteFact", "choice_problems", "agreement_warning", "AdhocLine", "splitting_warnings", "category_of",
           "enquirer_problems"]

MIN_QUOTES = 3  # 「应由至少2人对3户以上经营者进行市场询价」
MIN_ENQUIRERS = 2
CATALOGUE_FLAG = "政府采购目录内，不得自行采购"


def plan_late(today: date, due: date, half_text: str) -> Problem | None:
    """SUPPLY-03: a section's plan is submitted by its due date; after it, the need is an ad-hoc
    purchase (SUPPLY-04)."""
    if today <= due:
        return None
    return Problem("SUPPLY-03", "supply_plan.late",
                   f"{half_text}办公用品使用计划应于 {due:%Y年%m月%d日} 前提交，已过期限；"
                   "确有需要请提出临时采购申请（SUPPLY-04）")


def purchase_state(stored: str, document_state: str | None) -> str:
    """The purchase's state as its approval document has it (SUPPLY-04): approving while in
    approval, approved once approved, cancelled when the document was not approved (不同意).
    Ordered, received and cancelled purchases keep their own state."""
    if stored in ("ordered", "received", "cancelled") or document_state is None:
        return stored
    if document_state in ("approved", "archived"):
        return "approved"
    if document_state == "rejected":
        return "cancelled"
    if document_state == "submitted":
        return "approving"
    return "draft"  # a draft, or returned to the submitter for correction


def supplier_key(name: str) -> str:
    """Two quotes come from the same supplier when their names differ only in spaces or case."""
    return "".join(name.split()).casefold()


@dataclass(frozen=True)
class QuoteFact:
    id: int
    supplier: str
    total: Decimal
    agreement_supplier: bool


def enquirer_problems(staff_ids: Sequence[int]) -> list[Problem]:
    if len(set(staff_ids)) < MIN_ENQUIRERS:
        return [Problem("SUPPLY-05", "supply_quote.enquirers",
                        f"询价人员至少{MIN_ENQUIRERS}人（须为不同人员），现为{len(set(staff_ids))}人")]
    return []


def choice_problems(*, state: str, state_label: str, quotes: Sequence[QuoteFact], chosen_id: int | None,
                    confirmed_enquirers: int, named_enquirers: int, reason: str,
                    catalogue_items: Sequence[str], procurement_ref: str) -> list[Problem]:
    """Everything that keeps the office from ordering, all at once (SUPPLY-04/05/07)."""
    problems: list[Problem] = []
    if state != "approved":
        problems.append(Problem("SUPPLY-04", "supply_purchase.not_approved",
                                f"采购申请尚未批准（当前：{state_label}），批准后方可定购"))
    if chosen_id not in {q.id for q in quotes}:
        problems.append(Problem("SUPPLY-05", "supply_purchase.quote", "所选报价不属于本次采购"))
    suppliers = {supplier_key(q.supplier) for q in quotes}
    if len(suppliers) < MIN_QUOTES:
        problems.append(Problem("SUPPLY-05", "supply_purchase.quotes",
                                f"须有{MIN_QUOTES}户以上经营者的报价，现有{len(suppliers)}户"))
    if confirmed_enquirers < MIN_ENQUIRERS:
        problems.append(Problem("SUPPLY-05", "supply_purchase.enquirers",
                                f"询价须由至少{MIN_ENQUIRERS}人进行并各自确认，已登记{named_enquirers}人、"
                                f"已确认{confirmed_enquirers}人"))
    if not reason.strip():
        problems.append(Problem("SUPPLY-05", "supply_purchase.reason",
                                "请写明选择该供应商的理由（未选最低报价时须说明原因）"))
    if catalogue_items and not procurement_ref.strip():
        problems.append(Problem("SUPPLY-07", "supply_purchase.procurement",
                                f"{'、'.join(catalogue_items[:5])}{'等' if len(catalogue_items) > 5 else ''}"
                                f"{CATALOGUE_FLAG}：须先填报政府采购申请表，经分管领导审签、政府采购办批准，"
                                "请填写政府采购办批准文号"))
    return problems


def agreement_warning(chosen_id: int | None, quotes: Sequence[QuoteFact]) -> str | None:
    """SUPPLY-06: where an agreement supplier quoted, buy from one (a warning, not a refusal)."""
    chosen = next((q for q in quotes if q.id == chosen_id), None)
    others = [q.supplier for q in quotes if q.agreement_supplier]
    if chosen is None or chosen.agreement_supplier or not others:
        return None
    return (f"所选供应商“{chosen.supplier}”不是政府采购协议供货单位，而“{'、'.join(others[:3])}”是；"
            "原则上须从协议供货点采购（SUPPLY-06）")


@dataclass(frozen=True)
class AdhocLine:
    """One item line of an ad-hoc purchase in the half-year, with its estimated amount."""
    purchase_no: str
    item_id: int
    item_name: str
    amount: Decimal


def splitting_warnings(lines: Iterable[AdhocLine], threshold: Decimal | None, *,
                       only_items: set[int] | None = None) -> list[str]:
    """SUPPLY-07 化整为零: ad-hoc purchases of the same item in one half-year that together reach
    the collective-decision threshold (each alone may be below it)."""
    if threshold is None or threshold <= 0:
        return []
    by_item: dict[int, list[AdhocLine]] = {}
    for line in lines:
        by_item.setdefault(line.item_id, []).append(line)
    warnings = []
    for item_id, group in by_item.items():
        numbers = sorted({x.purchase_no for x in group})
        total = sum((x.amount for x in group), Decimal("0"))
        if (only_items is None or item_id in only_items) and len(numbers) > 1 and total >= threshold:
            warnings.append(f"化整为零：{group[0].item_name} 本半年度临时采购 {'、'.join(numbers)} 合计 "
                            f"¥{total:,.2f}，达到集体决策标准 ¥{threshold:,.2f}；不得拆分采购规避审批"
                            "（SUPPLY-07）")
    return warnings


def category_of(kinds: Iterable[str]) -> str:
    """The approval chain's category: "special" if any item is a special (durable) one (SUPPLY-02)."""
    return "special" if "special" in set(kinds) else "consumable"
