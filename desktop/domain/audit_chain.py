"""The audit trail's hash chain (SEC-01): each entry's hash covers its content and the
previous entry's hash, so an entry edited, removed or reordered in the database breaks the
chain from that point on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable

__all__ = ["GENESIS", "ChainedEntry", "canonical_json", "entry_hash", "first_break"]

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """One text per value: sorted keys, no spaces, UTF-8 kept, ``Decimal`` and dates as text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class ChainedEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before_json: str
    after_json: str
    prev_hash: str
    hash: str

    def expected_hash(self) -> str:
        return entry_hash(self.seq, self.at, self.actor, self.action, self.entity, self.entity_id,
                          self.before_json, self.after_json, self.prev_hash)


def entry_hash(seq: int, at: str, actor: str, action: str, entity: str, entity_id: str,
               before_json: str, after_json: str, prev_hash: str) -> str:
    body = canonical_json([seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def first_break(entries: Iterable[ChainedEntry], head: tuple[int, str] | None) -> tuple[int, str] | None:
    """The first entry that breaks the chain, as (seq, why), or None if the chain is whole.

    ``entries`` must come in ``seq`` order; ``head`` is the recorded (last seq, last hash).
    """
    expected_seq = 1
    prev = GENESIS
    for entry in entries:
        if entry.seq != expected_seq:
            return (expected_seq, f"entry {expected_seq} is missing (next present is {entry.seq})")
        if entry.prev_hash != prev:
            return (entry.seq, f"entry {entry.seq} does not follow entry {entry.seq - 1} (removed or reordered)")
        if entry.expected_hash() != entry.hash:
            return (entry.seq, f"entry {entry.seq} was changed after it was written")
        prev = entry.hash
        expected_seq += 1
    last_seq = expected_seq - 1
    if head is not None:
        head_seq, head_hash = head
        if head_seq > last_seq:
            return (last_seq + 1, f"entries {last_seq + 1}..{head_seq} are missing from the end")
        if head_seq != last_seq or head_hash != prev:
            return (last_seq, f"the chain head does not match entry {last_seq}")
    return None
