"""Writing and reading the hash-chained audit trail inside the caller's transaction."""

from __future__ import annotations

from typing import Any, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit_chain import ChainedEntry, canonical_json, entry_hash, first_break
from desktop.persistence.schema import AuditEntry, AuditHead, utcnow

__all__ = ["append", "entries", "verify"]


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: Any = "",
           before: Any = None, after: Any = None) -> AuditEntry:
    """Add one entry, chained to the last; the head row is locked so two PCs cannot fork the chain."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    seq = head.seq + 1
    at = utcnow().isoformat(timespec="microseconds") + "Z"
    before_json, after_json = canonical_json(before), canonical_json(after)
    digest = entry_hash(seq, at, actor, action, entity, str(entity_id), before_json, after_json, head.hash)
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, entity=entity, entity_id=str(entity_id),
                       before_json=before_json, after_json=after_json, prev_hash=head.hash, hash=digest)
    session.add(entry)
    head.seq, head.hash = seq, digest
    session.flush()
    return entry


def entries(session: Session, *, batch: int = 2000) -> Iterator[ChainedEntry]:
    """All entries in order, streamed in batches."""
    last = 0
    while True:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(batch)
        ).scalars().all()
        if not rows:
            return
        for r in rows:
            yield ChainedEntry(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.before_json,
                               r.after_json, r.prev_hash, r.hash)
        last = rows[-1].seq
        session.expunge_all()


def verify(session: Session) -> tuple[int, tuple[int, str] | None]:
    """(number of entries checked, first break or None)."""
    head_row = session.get(AuditHead, 1)
    head = (head_row.seq, head_row.hash) if head_row is not None else None
    counted = 0

    def counting() -> Iterator[ChainedEntry]:
        nonlocal counted
        for e in entries(session):
            counted += 1
            yield e

    broken = first_break(counting(), head)
    return counted, broken
