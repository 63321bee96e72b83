"""The audit trail's hash chain (SEC-01): edits, removals and reorderings are found."""

from dataclasses import replace

from desktop.domain.audit_chain import GENESIS, ChainedEntry, check_chain, checkpoint_message, entry_hash, first_break


def chain(n: int) -> list[ChainedEntry]:
    out, prev = [], GENESIS
    for seq in range(1, n + 1):
        fields = (seq, f"2026-11-24T10:00:{seq:02d}Z", "wufang(吴芳)", "document.approve", "document", str(seq),
                  "null", f'{{"state":"approved","n":{seq}}}')
        digest = entry_hash(*fields, prev)
        out.append(ChainedEntry(*fields, prev, digest))
        prev = digest
    return out


def head(entries):
    return (entries[-1].seq, entries[-1].hash)


def test_whole_chain_verifies():
    entries = chain(5)
    assert first_break(entries, head(entries)) is None


def test_edited_entry_is_named():
    entries = chain(5)
    entries[2] = replace(entries[2], after_json='{"state":"rejected"}')
    assert first_break(entries, head(chain(5)))[0] == 3


def test_removed_entry_is_named():
    entries = chain(5)
    del entries[1]
    assert first_break(entries, head(chain(5)))[0] == 2


def test_removed_last_entry_found_by_head():
    entries = chain(5)
    assert first_break(entries[:-1], head(entries))[0] == 5


def test_reordered_entries_are_found():
    entries = chain(5)
    a, b = entries[1], entries[2]
    swapped = entries[:1] + [replace(b, seq=2), replace(a, seq=3)] + entries[3:]
    assert first_break(swapped, head(entries))[0] == 2


# Anchoring (issue 8): points recorded outside the database ------------------------------------------
def rewritten(n: int, at: int) -> list[ChainedEntry]:
    """The chain with entry ``at`` edited and every later hash recomputed (the app's own function)."""
    out, prev = [], GENESIS
    for e in chain(n):
        after = '{"state":"rejected"}' if e.seq == at else e.after_json
        digest = entry_hash(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.before_json, after, prev)
        out.append(ChainedEntry(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.before_json, after, prev,
                                digest))
        prev = digest
    return out


def test_SEC01_recomputed_rewrite_passes_the_chain_alone_but_not_a_recorded_point():
    original, forged = chain(10), rewritten(10, 6)
    assert first_break(forged, head(forged)) is None  # the measured miss: the chain alone says intact
    seen = {4: original[3].hash, 8: original[7].hash}
    result = check_chain(forged, head(forged), seen=seen)
    assert result.findings and result.findings[0].seq == 5  # after the last point that still matches
    assert "rewritten" in result.findings[0].reason


def test_SEC01_checkpoint_below_a_truncation_names_the_missing_entries():
    original = chain(10)
    cut = original[:6]
    result = check_chain(cut, head(cut), anchors=[("checkpoint #1", 8, original[7].hash)])
    assert result.findings[0].seq == 7 and "missing from the end" in result.findings[0].reason


def test_SEC01_missing_head_is_a_finding():
    entries = chain(3)
    result = check_chain(entries, None, head_present=False)
    assert result.findings[0].seq == 4 and "head" in result.findings[0].reason


def test_SEC01_entries_no_write_of_this_pc_accounts_for_are_listed():
    entries = chain(10)
    vouched = [(4, 5, entries[4].hash), (6, 8, entries[7].hash), (9, 9, "x" * 64)]  # the last one rolled back
    result = check_chain(entries, head(entries), vouched=vouched, vouch_from=3)
    assert result.unvouched == [(9, 10)]
    assert check_chain(entries, head(entries), vouched=vouched[:2] + [(9, 10, entries[9].hash)],
                       vouch_from=3).unvouched == []


def test_SEC01_checkpoint_message_covers_every_field():
    base = dict(seq=5, hash="a" * 64, signed_at="2026-11-30T10:00:00Z", reason="daily", signer="machao(马超)",
                position="auditor")
    message = checkpoint_message(**base)
    for key, other in [("seq", 6), ("hash", "b" * 64), ("reason", "backup"), ("signer", "wufang(吴芳)")]:
        assert checkpoint_message(**{**base, key: other}) != message
