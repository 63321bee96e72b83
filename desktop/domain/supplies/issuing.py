"""Pure checks of an issue of office supplies (领用, issue 14): stock never below zero, counted
over every line of the issue at once (SUPPLY-09), durable items only in exchange for the old one
or with an approval (交旧领新, SUPPLY-10), and the words for what a leaver still holds (SUPPLY-13).

The service gathers the facts (items, what is available in the store, who is in the department)
and these functions say every problem at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from desktop.domain.approval.model import Problem

__all__ = ["IssueLineFacts", "shortage_problems", "exchange_problems", "issue_problems", "held_supplies_message"]


@dataclass(frozen=True)
class IssueLineFacts:
    """One line of an issue as the rules see it. ``approval_document`` is None when no document
    was named, else whether the named document is an approved one of the bureau; ``holder_ok``
    None when no holder applies (a consumable), else whether the holder is staff of the department."""

    number: int  # 1-based line number, as the person sees it
    item_id: int
    item_name: str
    specification: str
    unit: str
    kind: str  # consumable | special
    quantity: int
    old_returned: bool = False
    old_note: str = ""
    approval_ref: str = ""
    approval_document: bool | None = None
    holder_ok: bool | None = None


def _label(line: IssueLineFacts) -> str:
    return f"{line.item_name}（{line.specification}）" if line.specification else line.item_name


def shortage_problems(lines: Sequence[IssueLineFacts], available: Mapping[int, int]) -> list[Problem]:
    """SUPPLY-09: the quantity asked for each item (all its lines together) against what may be
    issued (on hand less lent); one problem per short item, naming the quantity available."""
    wanted: dict[int, int] = {}
    first: dict[int, IssueLineFacts] = {}
    for line in lines:
        wanted[line.item_id] = wanted.get(line.item_id, 0) + line.quantity
        first.setdefault(line.item_id, line)
    problems = []
    for item_id, quantity in wanted.items():
        have = max(available.get(item_id, 0), 0)
        if quantity > have:
            line = first[item_id]
            problems.append(Problem("SUPPLY-09", "supply_issue.short",
                                    f"{_label(line)}库存不足：可领用 {have}{line.unit}，申领 {quantity}{line.unit}"))
    return problems


def exchange_problems(line: IssueLineFacts) -> list[Problem]:
    """SUPPLY-10 for one line of a special (durable) item: the old one handed in (described), or
    a leader's approval (a reference, or an approved document of the bureau)."""
    if line.kind != "special":
        return []
    where = f"第{line.number}行 {_label(line)}"
    problems = []
    if line.approval_document is False:
        problems.append(Problem("SUPPLY-10", "supply_issue.approval_document",
                                f"{where}：所附审批单不是本单位已批准的审批单"))
    approved = bool(line.approval_ref.strip()) or line.approval_document is True
    if line.old_returned and not line.old_note.strip() and not approved:
        problems.append(Problem("SUPPLY-10", "supply_issue.old_note", f"{where}：交旧领新须写明交回的旧物品"))
    elif not line.old_returned and not approved:
        problems.append(Problem("SUPPLY-10", "supply_issue.no_exchange",
                                f"{where}是特殊办公用品：须交旧领新（交回旧物品），或经领导审批（填写审批文号或所附审批单）"))
    if line.holder_ok is False:
        problems.append(Problem("SUPPLY-10", "supply_issue.holder", f"{where}：使用人须为领用部门的在岗人员"))
    return problems


def issue_problems(lines: Sequence[IssueLineFacts], available: Mapping[int, int]) -> list[Problem]:
    """Every problem of an issue's lines at once: exchanges line by line, then shortages."""
    problems: list[Problem] = []
    for line in lines:
        problems += exchange_problems(line)
    return problems + shortage_problems(lines, available)


def held_supplies_message(held: Sequence[str]) -> str:
    """SUPPLY-13: what a person leaving must hand over first, every item named."""
    return f"尚有 {len(held)} 项办公用品未交回（须先办理办公用品移交）：{'、'.join(held)}"
