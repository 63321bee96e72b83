"""Labels and limits for the seal services' text fields (SEAL-*)."""

from typing import Any

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.arguments import text_problems

__all__ = ["seal_text_problems", "SEAL_LIMITS"]

# field → (label, length limit, multi-line)
SEAL_LIMITS = {
    "name": ("印章名称", 50, False), "reason": ("理由", 500, True), "spec": ("规格", 100, False),
    "filing_no": ("备案编号", 100, False), "engraving_unit": ("刻制单位", 100, False),
    "storage_place": ("存放地点", 100, False), "notice": ("启用通知", 2000, True), "note": ("说明", 500, True),
    "purpose": ("用途", 500, True), "destination": ("去向", 200, False), "title": ("标题", 200, False),
    "recipient": ("主送单位", 200, False), "document_no": ("文号", 100, False),
}


def seal_text_problems(rule: str, **fields: Any) -> list[Problem]:
    """``seal_text_problems("SEAL-10", name=name, reason=reason)``: every field too long, not text,
    or holding control or bidi characters."""
    return text_problems({k: (v, SEAL_LIMITS[k][1]) for k, v in fields.items()}, rule=rule, prefix="seal",
                         labels={k: SEAL_LIMITS[k][0] for k in fields},
                         multiline={k for k in fields if SEAL_LIMITS[k][2]})
