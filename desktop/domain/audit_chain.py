"""The audit trail's hash chain (SEC-01): each entry's hash covers its content and the
previous entry's hash, so an entry edited, removed or reordered in the database breaks the
chain from that point on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable

__all__ = ["GENESIS", "ChainedEntry", "canonical_json", "entry_hash", "first_break", "Finding", "ChainCheck", "check_chain",
           "checkpoint_message", "CHECKPOINT_REASONS", "RECORD_STATE", "STATE_FORMAT"]

# The reasons a checkpoint is signed for (stored and part of the signed message).
CHECKPOINT_REASONS = ("daily", "sign-out", "backup", "manual")
# The action of the trail entries that record an audited record's state at commit (SEC-18).
RECORD_STATE = "record.state"
STATE_FORMAT = 1

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


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the trail: the first entry it makes untrustworthy, and why."""

    seq: int
    reason: str


@dataclass(frozen=True)
class ChainCheck:
    read: int
    findings: list[Finding]
    # Ranges of entries after ``vouch_from`` that no write of this PC accounts for: appended by
    # another PC, or by someone writing the database directly.
    unvouched: list[tuple[int, int]]
    last_seq: int


def check_chain(entries: Iterable[ChainedEntry], head: tuple[int, str] | None, *, head_present: bool = True,
                seen: dict[int, str] | None = None, anchors: Iterable[tuple[str, int, str]] = (),
                vouched: Iterable[tuple[int, int, str]] = (), vouch_from: int | None = None) -> ChainCheck:
    """Check the chain against its head, the points this PC saw (``seen``: seq → hash, kept
    outside the database) and signed checkpoints (``anchors``: (label, seq, hash)).

    A rewrite with every hash recomputed passes the chain's own check but not a point recorded
    elsewhere: the first changed entry is after the last point that still matches.
    ``vouched``: (first, last, hash of last) of each transaction this PC committed; with
    ``vouch_from``, entries after it that none accounts for are listed as unvouched.
    """
    seen = dict(seen or {})
    anchor_list = list(anchors)
    vouched = list(vouched)
    wanted = set(seen) | {seq for _, seq, _ in anchor_list} | {last for _, last, _ in vouched}
    found: dict[int, str] = {}
    read = 0
    last_seq = 0

    def collecting() -> Iterable[ChainedEntry]:
        nonlocal read, last_seq
        for e in entries:
            read += 1
            last_seq = max(last_seq, e.seq)
            if e.seq in wanted:
                found[e.seq] = e.hash
            yield e

    findings: list[Finding] = []
    stream = iter(collecting())
    broken = first_break(stream, head if head_present else None)
    for _ in stream:  # read to the end: the later points are still compared
        pass
    if broken is not None:
        findings.append(Finding(*broken))
    if not head_present:
        findings.append(Finding(last_seq + 1, f"the chain head (audit_head) is missing or damaged after entry {last_seq}"))
    # Points this PC saw and checkpoints, in entry order: the last matching one bounds the damage.
    points = sorted([(seq, h, "this PC") for seq, h in seen.items()] + [(seq, h, label) for label, seq, h in anchor_list])
    matched = 0
    for seq, expected, label in points:
        if seq == 0:
            continue
        if seq not in found:
            if seq > last_seq:
                findings.append(Finding(last_seq + 1, f"entries {last_seq + 1}..{seq} are missing from the end "
                                                      f"({label} recorded entry {seq})"))
            continue  # a missing entry inside the chain is named by the chain check
        if found[seq] != expected:
            findings.append(Finding(matched + 1, f"the chain was rewritten between entries {matched + 1} and {seq}: "
                                                 f"entry {seq} differs from what {label} recorded"))
            break
        matched = max(matched, seq)
    unvouched: list[tuple[int, int]] = []
    if vouch_from is not None and last_seq > vouch_from:
        ranges = sorted((first, last) for first, last, h in vouched if found.get(last) == h)
        at = vouch_from + 1
        for first, last in ranges:
            if last < at:
                continue
            if first > at:
                unvouched.append((at, min(first - 1, last_seq)))
            at = max(at, last + 1)
        if at <= last_seq:
            unvouched.append((at, last_seq))
    findings.sort(key=lambda f: f.seq)
    return ChainCheck(read, findings, unvouched, last_seq)


def checkpoint_message(*, seq: int, hash: str, signed_at: str, reason: str, signer: str, position: str) -> bytes:
    """The exact bytes a checkpoint signature covers."""
    return canonical_json({"kind": "bureau-desk/audit-checkpoint", "v": 1, "seq": seq, "hash": hash,
                           "signed_at": signed_at, "reason": reason, "signer": signer,
                           "position": position}).encode("utf-8")
