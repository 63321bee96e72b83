"""Need-to-know for every service that reads documents: one check before a document is opened or
printed, and one audit entry (``document.read``) when someone reads another person's document
(SEC-01, SEC-03, SEC-13, IC-14). Lists filter with :func:`readable` (in SQL).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.domain.access import may_read, may_read_reports
from desktop.persistence import readable as query
from desktop.persistence.readable import read_facts
from desktop.persistence.schema import Document
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["readable_document", "readable", "may_read_document", "record_read", "require_reports",
           "refused_to_read"]


def readable(session: Session, user: SignedIn) -> ColumnElement[bool]:
    """WHERE clause over ``Document``: what ``user`` may read (filtered by the database)."""
    return query.readable(session, user.actor, user.bureau_id, user.department_id)


def may_read_document(session: Session, user: SignedIn, doc: Document) -> bool:
    return doc.bureau_id == user.bureau_id and may_read(user.actor, read_facts(session, doc), user.department_id)


def refused_to_read(user: SignedIn) -> Refused:
    if user.is_admin:
        return refuse("SEC-13", "read.admin", "系统管理员不查看业务单据内容")
    return refuse("SEC-03", "read.forbidden",
                  "无权查看该单据：仅经办人本人、审批人及按岗位职责有权查看的人员可以查看")


def readable_document(session: Session, user: SignedIn, document_id: int) -> Document:
    """The document if ``user`` may read it; refused otherwise (missing, another bureau, or not
    within their need to know)."""
    doc = session.execute(select(Document).where(Document.id == document_id)).scalar_one_or_none()
    if doc is None or doc.bureau_id != user.bureau_id:
        raise refuse("IC-14", "document.missing", "找不到该单据")
    if not may_read_document(session, user, doc):
        raise refused_to_read(user)
    return doc


def record_read(service: ServiceBase, user: SignedIn, doc: Document, how: str) -> None:
    """``document.read`` in the audit trail when ``user`` opens or prints someone else's document:
    one entry per action (``how``: open, print), never per list refresh. The entry records no state
    of the document (it changes nothing)."""
    if doc.submitter_id == user.staff_id:
        return
    with service.transaction() as session:
        service.audit(session, user, "document.read", "document", doc.id,
                      after={"how": how, "serial": doc.serial, "kind": doc.kind})


def require_reports(user: SignedIn) -> None:
    """Bureau-wide returns: finance, office, the director and finance leader, the audit post."""
    if user.is_admin:
        raise refuse("SEC-13", "report.admin", "系统管理员不查看业务报表")
    if not may_read_reports(user.actor):
        raise refuse("SEC-03", "perm.report", "支出和会议报表由财务、办公室、局长、分管财务领导或稽核查看")
