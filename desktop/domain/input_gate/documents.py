"""The fields every approval document has (``ApprovalService.create_draft``): kind, title,
purpose, amount, days, category, and the payload tree the module stored."""

from typing import Any

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, line, money, text
from desktop.domain.input_gate.problems import GateModel, check
from desktop.domain.input_gate.trees import tree_problems

__all__ = ["DocumentFields", "read_document_fields", "MAX_DOCUMENT_DAYS"]

MAX_DOCUMENT_DAYS = 3660
DOCUMENT_LABELS = {"": "单据", "kind": "单据类型", "title": "事由/标题", "purpose": "用途", "amount": "金额",
                   "days": "天数", "category": "类别"}


class DocumentFields(GateModel):
    kind: line(50)
    title: line(200)
    purpose: text(2000)
    amount: money()
    days: count(0, MAX_DOCUMENT_DAYS)
    category: line(50) = ""


def read_document_fields(*, kind: Any, title: Any, purpose: Any, amount: Any, days: Any, category: Any = "",
                         payload: Any = None) -> tuple[DocumentFields | None, list[Problem]]:
    """The draft's fields, or every problem: VOUCH-05 an empty title or purpose, VOUCH-01 an
    amount that is not exact yuan, IC-01 the rest."""
    fields, problems = check(DocumentFields, {"kind": kind, "title": title, "purpose": purpose, "amount": amount,
                                              "days": days, "category": category},
                             rule="IC-01", prefix="document", labels=DOCUMENT_LABELS,
                             rules={"title": "VOUCH-05", "purpose": "VOUCH-05", "amount": "VOUCH-01"})
    if isinstance(title, str) and not title.strip():
        problems.append(Problem("VOUCH-05", "document.title", "请填写事由/标题"))
    if isinstance(purpose, str) and not purpose.strip():
        problems.append(Problem("VOUCH-05", "document.purpose", "经办人须注明用途"))
    if payload is not None:
        if not isinstance(payload, dict):
            problems.append(Problem("IC-01", "document.payload", "单据明细须为 JSON 对象"))
        else:
            problems += tree_problems(payload, rule="IC-01", code="document.payload", label="单据明细")
    return (fields if not problems else None), problems

