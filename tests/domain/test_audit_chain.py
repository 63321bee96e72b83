"""The audit trail's hash chain (SEC-01): edits, removals and reorderings are found."""

from dataclasses import replace

from desktop.domain.audit_chain import GENESIS, ChainedEntry, entry_hash, first_break


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
