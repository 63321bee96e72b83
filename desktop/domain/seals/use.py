"""Applying a seal (SEAL-05, SEAL-07, SEAL-08, SEAL-15): every reason it is refused, at once."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.approval.model import Problem
from desktop.domain.seals.model import STATUS_LABELS, kind_info

__all__ = ["ContentFacts", "UseFacts", "is_blank", "check_use"]


@dataclass(frozen=True)
class ContentFacts:
    """What a PDF to be sealed contains (counted by the documents layer)."""

    pages: int
    text_ops: int  # text-showing operators
    image_ops: int  # images and forms drawn
    path_ops: int  # lines and shapes painted


def is_blank(content: ContentFacts | None) -> bool:
    """SEAL-07: no pages, or pages with nothing written or drawn on them (blank paper)."""
    return content is None or content.pages == 0 or (content.text_ops == 0 and content.image_ops == 0
                                                     and content.path_ops == 0)


@dataclass(frozen=True)
class UseFacts:
    seal_kind: str
    seal_status: str
    custodian_now: int | None
    person: int
    request_state: str  # the seal use request's approval state
    request_seal_id: int | None  # the seal the request names
    seal_id: int
    already_sealed: bool
    content: ContentFacts | None
    read_confirmed: bool = True  # SEAL-08: the custodian confirms reading the content


def check_use(f: UseFacts) -> list[Problem]:
    problems: list[Problem] = []
    if not kind_info(f.seal_kind).signing:
        problems.append(Problem("SEAL-16", "use.not_a_seal", "支票不是印章，不能用印"))
    if f.seal_status == "void":
        problems.append(Problem("SEAL-15", "use.void", "该印章已挂失作废，任何用印一律拒绝"))
    elif f.seal_status != "enabled":
        problems.append(Problem("SEAL-09", "use.not_enabled",
                                f"该印章状态为“{STATUS_LABELS.get(f.seal_status, f.seal_status)}”，未启用，不能用印"))
    if f.custodian_now != f.person:
        problems.append(Problem("SEAL-03", "use.not_custodian", "只有该印章当前的保管人可以用印"))
    if f.request_state not in ("approved", "archived"):
        problems.append(Problem("SEAL-05", "use.not_approved", "用印申请未经批准（文件盖印须由局主要领导签发），不予盖印"))
    if f.request_seal_id is not None and f.request_seal_id != f.seal_id:
        problems.append(Problem("SEAL-07", "use.other_seal", "用印申请所列的印章不是这枚印章"))
    if f.already_sealed:
        problems.append(Problem("SEAL-08", "use.already", "该用印申请已经盖印"))
    if is_blank(f.content):
        problems.append(Problem("SEAL-07", "use.blank", "不允许在空白文件或空白纸上盖印：用印文件没有内容"))
    if not f.read_confirmed:
        problems.append(Problem("SEAL-08", "use.read", "保管人须确认已审阅用印内容"))
    return problems
