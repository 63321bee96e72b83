"""Need-to-know in SQL: the documents a person may read (desktop.domain.access), filtered by the
database so a list of thousands never loads what it would throw away (SEC-03, SEC-13).

``readable(session, actor, bureau_id)`` is a WHERE clause over ``Document``; ``read_facts`` gives
the pure function the facts of one loaded document.
"""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from desktop.domain.access import ReadFacts, may_act_now, read_scope
from desktop.domain.approval.model import Actor, StepSpec
from desktop.persistence.schema import ApprovalAction, Department, Document, SealUse

__all__ = ["readable", "read_facts", "waiting_for"]


def _current_step(doc: Document) -> StepSpec | None:
    if doc.state != "submitted" or doc.step_index is None:
        return None
    steps = json.loads(doc.steps_json or "[]")
    if not 0 <= doc.step_index < len(steps):
        return None
    return StepSpec.from_dict(steps[doc.step_index], "document.steps")


def read_facts(session: Session, doc: Document) -> ReadFacts:
    unit = session.execute(select(Department.unit).where(Department.id == doc.department_id)).scalar() \
        if doc.department_id is not None else None
    acted = set(session.execute(select(ApprovalAction.person_id).where(ApprovalAction.document_id == doc.id)).scalars())
    acted |= set(session.execute(select(SealUse.custodian_id).where(SealUse.document_id == doc.id)).scalars())
    return ReadFacts(kind=doc.kind, state=doc.state, submitter_id=doc.submitter_id, department_id=doc.department_id,
                     unit=unit or "", acted_by=frozenset(acted), current_step=_current_step(doc))


def waiting_for(session: Session, actor: Actor, bureau_id: int) -> list[int]:
    """Ids of submitted documents whose current step asks a position ``actor`` holds (for its
    section if the step is a section's). Pre-filtered in SQL by the position keys in the stored
    steps; each candidate is then checked exactly."""
    positions = sorted(actor.positions)
    if actor.is_system_admin or not positions:
        return []
    rows = session.execute(
        select(Document.id, Document.kind, Document.state, Document.submitter_id, Document.department_id,
               Document.step_index, Document.steps_json)
        .where(Document.bureau_id == bureau_id, Document.state == "submitted",
               or_(*(Document.steps_json.contains(p, autoescape=True) for p in positions)))).all()
    out = []
    for r in rows:
        facts = ReadFacts(kind=r.kind, state=r.state, submitter_id=r.submitter_id, department_id=r.department_id,
                          current_step=_current_step(r))
        if may_act_now(actor, facts):
            out.append(r.id)
    return out


def readable(session: Session, actor: Actor, bureau_id: int, home_department: int | None = None
             ) -> ColumnElement[bool]:
    """WHERE clause: the documents of ``bureau_id`` that ``actor`` (working in ``home_department``)
    may read."""
    scope = read_scope(actor, home_department)
    if scope.nothing:
        return false()
    if scope.everything:
        return Document.bureau_id == bureau_id
    me = scope.person_id
    parts: list[ColumnElement[bool]] = [
        Document.submitter_id == me,
        Document.id.in_(select(ApprovalAction.document_id).where(ApprovalAction.person_id == me)),
        Document.id.in_(select(SealUse.document_id).where(SealUse.custodian_id == me,
                                                           SealUse.document_id.is_not(None))),
    ]
    if scope.departments:
        parts.append(Document.department_id.in_(sorted(scope.departments)))
    if scope.units:
        parts.append(Document.department_id.in_(select(Department.id).where(Department.bureau_id == bureau_id,
                                                                            Department.unit.in_(sorted(scope.units)))))
    if scope.kinds:
        parts.append(Document.kind.in_(sorted(scope.kinds)))
    if scope.published_kinds:
        parts.append(Document.kind.in_(sorted(scope.published_kinds))
                     & Document.state.in_(sorted(scope.published_states)))
    if scope.section_kinds and scope.home_department is not None:
        parts.append(Document.kind.in_(sorted(scope.section_kinds))
                     & Document.state.in_(sorted(scope.published_states))
                     & (Document.department_id == scope.home_department))
    waiting = waiting_for(session, actor, bureau_id)
    if waiting:
        parts.append(Document.id.in_(waiting))
    return (Document.bureau_id == bureau_id) & (or_(*parts) if parts else true())
