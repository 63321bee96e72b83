"""Writing and reading the hash-chained audit trail inside the caller's transaction."""

from __future__ import annotations

from typing import Any, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit_chain import GENESIS, ChainedEntry, canonical_json, entry_hash, first_break
from desktop.persistence.schema import AuditEntry, AuditHead, utcnow

__all__ = ["AuditTrailDamaged", "append", "entries", "verify", "locked_head", "head_of", "LAST_APPENDED",
           "FIRST_APPENDED"]

# session.info keys: (seq, hash, actor) of the last entry this transaction appended (the local
# anchor notes it; the record-state hook attributes its entries to that actor), and the first seq.
LAST_APPENDED = "audit.last_appended"
FIRST_APPENDED = "audit.first_appended"


class AuditTrailDamaged(RuntimeError):
    """The chain head is missing or does not match the chain: nothing may be appended until an
    administrator has checked the trail (``desktop audit verify``)."""


def locked_head(session: Session) -> AuditHead:
    """The head row, locked for this transaction; refused if it is missing or does not name the
    newest entry (a missing head would otherwise hide entries cut off the end)."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        raise AuditTrailDamaged("the audit chain head (audit_head) is missing")
    if head.seq == 0:
        ok = head.hash == GENESIS and session.execute(select(AuditEntry.seq).limit(1)).first() is None
    else:
        row = session.execute(select(AuditEntry.hash).where(AuditEntry.seq == head.seq)).first()
        newer = session.execute(select(AuditEntry.seq).where(AuditEntry.seq > head.seq).limit(1)).first()
        ok = row is not None and row[0] == head.hash and newer is None
    if not ok:
        raise AuditTrailDamaged(f"the audit chain head (entry {head.seq}) does not match the chain")
    return head


def head_of(session: Session) -> tuple[int, str] | None:
    row = session.get(AuditHead, 1)
    return (row.seq, row.hash) if row is not None else None


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: Any = "",
           before: Any = None, after: Any = None) -> AuditEntry:
    """Add one entry, chained to the last; the head row is locked so two PCs cannot fork the chain."""
    last = session.info.get(LAST_APPENDED)
    if last is not None:  # the head was checked at this transaction's first append
        head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    else:
        head = locked_head(session)
    seq = head.seq + 1
    at = utcnow().isoformat(timespec="microseconds") + "Z"
    before_json, after_json = canonical_json(before), canonical_json(after)
    digest = entry_hash(seq, at, actor, action, entity, str(entity_id), before_json, after_json, head.hash)
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, entity=entity, entity_id=str(entity_id),
                       before_json=before_json, after_json=after_json, prev_hash=head.hash, hash=digest)
    session.add(entry)
    head.seq, head.hash = seq, digest
    session.flush()
    session.info[LAST_APPENDED] = (seq, digest, actor)
    session.info.setdefault(FIRST_APPENDED, seq)
    return entry


def append_many(session: Session, items: list[dict[str, Any]]) -> int:
    """:func:`append` for many entries at once (each a dict of its keyword arguments): the same chain,
    the head locked and the rows flushed once — the record states of a batch of 10 000 postings."""
    if not items:
        return 0
    last = session.info.get(LAST_APPENDED)
    if last is not None:
        head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    else:
        head = locked_head(session)
    seq, prev = head.seq, head.hash
    rows = []
    for item in items:
        seq += 1
        at = utcnow().isoformat(timespec="microseconds") + "Z"
        before_json, after_json = canonical_json(item.get("before")), canonical_json(item.get("after"))
        entity_id = str(item.get("entity_id", ""))
        digest = entry_hash(seq, at, item["actor"], item["action"], item["entity"], entity_id, before_json,
                            after_json, prev)
        rows.append(AuditEntry(seq=seq, at=at, actor=item["actor"], action=item["action"], entity=item["entity"],
                               entity_id=entity_id, before_json=before_json, after_json=after_json, prev_hash=prev,
                               hash=digest))
        prev = digest
    session.add_all(rows)
    head.seq, head.hash = seq, prev
    session.flush()
    session.info[LAST_APPENDED] = (seq, prev, items[-1]["actor"])
    session.info.setdefault(FIRST_APPENDED, rows[0].seq)
    return len(rows)


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
