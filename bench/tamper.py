"""Tampering attempts by an insider who can write the database file (issue 8 items 1-2; SEC-01,
SEC-04, SEC-18): each on a fresh copy of the demonstration bureau where the 稽核 signed the day's
checkpoint and work went on afterwards; then ``audit verify --deep`` (as a fresh start would run
it) must report the trail broken or the record changed.

    .venv/bin/python bench/tamper.py [--pg postgresql://postgres@127.0.0.1:5432/postgres] [-v]

Prints one line per attempt and ``detected N / tried M`` per backend. The attempts are also run by
tests/store/test_audit_tamper.py (which imports ``ATTEMPTS`` and ``prepare`` from here).

Known limit: on PostgreSQL several PCs legitimately append to one trail, so an entry appended
directly to the database (with a matching ``record.state``) can only be reported as a warning
("warned": entries not written by this application on this PC); on SQLite it is broken.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import Connection, Engine  # noqa: E402

from desktop.domain.audit_chain import GENESIS, RECORD_STATE, canonical_json, checkpoint_message, entry_hash  # noqa: E402

DEMO_PASSPHRASE = "Demo#2026"


@dataclass
class Scene:
    """A prepared database: URL, the submitted document made after the checkpoint, its submitter."""

    url: str
    doc_id: int
    checkpoint_seq: int


def prepare(url: str) -> Scene:
    """The day's checkpoint by the 稽核, then a claim created and submitted (with its signed sheet)."""
    from desktop.services.desk import Desk

    desk = Desk.open(url)
    try:
        cp = desk.audit.sign_checkpoint(desk.act_as("machao"), DEMO_PASSPHRASE, "daily")
        handler = desk.act_as("huanglei")
        doc = desk.approvals.create_draft(handler, "expense_claim", "差旅补助", purpose="下乡核查", amount="860.00",
                                          payload={"note": "原始内容"})
        desk.approvals.submit(handler, doc, passphrase=DEMO_PASSPHRASE)
        return Scene(url, doc, cp.seq)
    finally:
        desk.close()


# The insider's tools: the database and the application's own hash function ------------------------
def drop_guard(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries"))


COLS = "seq, at, actor, action, entity, entity_id, before_json, after_json"


def rewrite_chain(conn: Connection, edit: Callable[[list[dict]], list[dict]]) -> None:
    """Edit the entries, then renumber and recompute every hash and the head."""
    drop_guard(conn)
    rows = [dict(r) for r in conn.execute(text(f"SELECT {COLS} FROM audit_entries ORDER BY seq")).mappings()]
    rows = edit(rows)
    conn.execute(text("DELETE FROM audit_entries"))
    prev = GENESIS
    out = []
    for i, r in enumerate(rows, 1):
        digest = entry_hash(i, r["at"], r["actor"], r["action"], r["entity"], r["entity_id"], r["before_json"],
                            r["after_json"], prev)
        out.append({**r, "seq": i, "prev_hash": prev, "hash": digest})
        prev = digest
    conn.execute(text(f"INSERT INTO audit_entries ({COLS}, prev_hash, hash) VALUES (:seq, :at, :actor, :action, "
                      ":entity, :entity_id, :before_json, :after_json, :prev_hash, :hash)"), out)
    conn.execute(text("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"), {"s": len(out), "h": prev})


def append_forged(conn: Connection, *, actor: str, action: str, entity: str, entity_id: str, after) -> None:  # noqa: ANN001
    """Append one entry after the head, chained correctly (no trigger stops an INSERT)."""
    seq, prev = conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
    at = conn.execute(text("SELECT at FROM audit_entries WHERE seq = :s"), {"s": seq}).scalar()
    before_json, after_json = canonical_json(None), canonical_json(after)
    digest = entry_hash(seq + 1, at, actor, action, entity, entity_id, before_json, after_json, prev)
    conn.execute(text(f"INSERT INTO audit_entries ({COLS}, prev_hash, hash) VALUES (:seq, :at, :actor, :action, "
                      ":entity, :entity_id, :b, :a, :p, :h)"),
                 {"seq": seq + 1, "at": at, "actor": actor, "action": action, "entity": entity,
                  "entity_id": entity_id, "b": before_json, "a": after_json, "p": prev, "h": digest})
    conn.execute(text("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"), {"s": seq + 1, "h": digest})


def edit_after_json(rows: list[dict], seq: int, change: dict) -> list[dict]:
    for r in rows:
        if r["seq"] == seq:
            after = json.loads(r["after_json"]) or {}
            after.update(change)
            r["after_json"] = canonical_json(after)
    return rows


def staff_id(conn: Connection, username: str) -> int:
    return conn.execute(text("SELECT staff_id FROM user_accounts WHERE username = :u"), {"u": username}).scalar()


def self_made_identity():  # noqa: ANN201
    """A root CA and a signing certificate the insider made themselves (the app's own PKI code)."""
    from desktop.documents import pki

    root = pki.create_root_ca("示范县医疗保障局", "x")
    person = pki.issue_identity(root, "x", person_name="马超", position="稽核", bureau_name="示范县医疗保障局",
                                passphrase="x")
    return root, pki.unlock(person.key_p12, "x")


def insert_forged_checkpoint(conn: Connection, unlocked, seq: int, digest: str) -> None:  # noqa: ANN001
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    signed_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    message = checkpoint_message(seq=seq, hash=digest, signed_at=signed_at, reason="daily", signer="machao(马超)",
                                 position="auditor")
    signature = base64.b64encode(unlocked.key.sign(message, ec.ECDSA(hashes.SHA256()))).decode()
    conn.execute(text("INSERT INTO audit_checkpoints (seq, hash, signer, position, cert_pem, signature, signed_at, "
                      "reason) VALUES (:s, :h, 'machao(马超)', 'auditor', :c, :sig, :t, 'daily')"),
                 {"s": seq, "h": digest, "c": unlocked.cert.public_bytes(serialization.Encoding.PEM).decode(),
                  "sig": signature, "t": signed_at})


def head(conn: Connection) -> tuple[int, str]:
    return tuple(conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).one())


def drop_checkpoint_entries(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["action"] != "audit.checkpoint"]


# The attempts -------------------------------------------------------------------------------------------
def t_rewrite_before_checkpoint(conn: Connection, s: Scene) -> None:
    rewrite_chain(conn, lambda rows: edit_after_json(rows, 40, {"state": "approved"}))


def t_rewrite_after_checkpoint(conn: Connection, s: Scene) -> None:
    def edit(rows):  # noqa: ANN001, ANN202
        for r in rows:
            if r["action"] == "document.create" and r["entity_id"] == str(s.doc_id):
                r["after_json"] = r["after_json"].replace("860", "8600")
        return rows
    rewrite_chain(conn, edit)


def t_delete_entry_recompute(conn: Connection, s: Scene) -> None:
    rewrite_chain(conn, lambda rows: [r for r in rows if r["seq"] != 100])


def t_delete_entry_plain(conn: Connection, s: Scene) -> None:
    drop_guard(conn)
    conn.execute(text("DELETE FROM audit_entries WHERE seq = 17"))


def t_edit_entry_plain(conn: Connection, s: Scene) -> None:
    drop_guard(conn)
    conn.execute(text("UPDATE audit_entries SET actor = 'someone' WHERE seq = 40"))


def t_truncate_end_move_head(conn: Connection, s: Scene) -> None:
    drop_guard(conn)
    last, _ = head(conn)
    conn.execute(text("DELETE FROM audit_entries WHERE seq > :s"), {"s": last - 3})
    new = conn.execute(text("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")).one()
    conn.execute(text("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"), {"s": new[0], "h": new[1]})


def t_truncate_below_checkpoint(conn: Connection, s: Scene) -> None:
    drop_guard(conn)
    conn.execute(text("DELETE FROM audit_entries WHERE seq > :s"), {"s": s.checkpoint_seq - 5})
    new = conn.execute(text("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")).one()
    conn.execute(text("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"), {"s": new[0], "h": new[1]})
    conn.execute(text("DELETE FROM audit_checkpoints"))


def t_delete_head_row(conn: Connection, s: Scene) -> None:
    conn.execute(text("DELETE FROM audit_head"))


def t_damage_head(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE audit_head SET hash = :h WHERE id = 1"), {"h": "f" * 64})


def t_delete_latest_checkpoint(conn: Connection, s: Scene) -> None:
    conn.execute(text("DELETE FROM audit_checkpoints WHERE id = (SELECT max(id) FROM audit_checkpoints)"))


def t_delete_checkpoints_and_rewrite(conn: Connection, s: Scene) -> None:
    conn.execute(text("DELETE FROM audit_checkpoints"))
    rewrite_chain(conn, lambda rows: edit_after_json(drop_checkpoint_entries(rows), 40, {"state": "approved"}))


def t_forge_checkpoint_self_made_root(conn: Connection, s: Scene) -> None:
    root, unlocked = self_made_identity()
    conn.execute(text("DELETE FROM audit_checkpoints"))
    conn.execute(text("UPDATE bureau_authorities SET cert_pem = :c"), {"c": root.cert_pem})
    rewrite_chain(conn, lambda rows: edit_after_json(drop_checkpoint_entries(rows), 40, {"state": "approved"}))
    insert_forged_checkpoint(conn, unlocked, *head(conn))


def t_forge_checkpoint_foreign_cert(conn: Connection, s: Scene) -> None:
    _, unlocked = self_made_identity()
    rewrite_chain(conn, lambda rows: edit_after_json(rows, 40, {"state": "approved"}))
    insert_forged_checkpoint(conn, unlocked, *head(conn))


def t_move_checkpoint_to_rewritten_chain(conn: Connection, s: Scene) -> None:
    rewrite_chain(conn, lambda rows: edit_after_json(rows, 40, {"state": "approved"}))
    seq, digest = head(conn)
    conn.execute(text("UPDATE audit_checkpoints SET seq = :s, hash = :h"), {"s": seq, "h": digest})


def t_edit_amount(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE documents SET amount = 8600000 WHERE id = :d"), {"d": s.doc_id})


def t_edit_payload(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE documents SET payload_json = :p WHERE id = :d"),
                 {"p": json.dumps({"note": "改过的内容"}, ensure_ascii=False), "d": s.doc_id})


def t_edit_state(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE documents SET state = 'approved', step_index = NULL WHERE id = :d"), {"d": s.doc_id})


def t_delete_approval_actions(conn: Connection, s: Scene) -> None:
    doc = conn.execute(text("SELECT document_id FROM approval_actions WHERE action = 'return' LIMIT 1")).scalar()
    conn.execute(text("DELETE FROM approval_actions WHERE document_id = :d"), {"d": doc or s.doc_id})


def t_swap_password_hash(conn: Connection, s: Scene) -> None:
    admin_hash = conn.execute(text("SELECT password_hash FROM user_accounts WHERE username = 'huanglei'")).scalar()
    conn.execute(text("UPDATE user_accounts SET password_hash = :h WHERE username = 'wufang'"), {"h": admin_hash})


def t_insert_document(conn: Connection, s: Scene) -> None:
    row = conn.execute(text("SELECT bureau_id, submitter_id FROM documents WHERE id = :d"), {"d": s.doc_id}).one()
    conn.execute(text("INSERT INTO documents (bureau_id, kind, title, purpose, amount, days, category, submitter_id, "
                      "state, steps_json, round, payload_json, created_at, updated_at, version) VALUES (:b, "
                      "'expense_claim', '补录', '', 500000, 0, '', :s, 'approved', '[]', 1, '{}', :t, :t, 1)"),
                 {"b": row[0], "s": row[1], "t": "2026-11-30 08:00:00"})


def t_delete_document(conn: Connection, s: Scene) -> None:
    for table in ("approval_actions", "issued_files"):
        conn.execute(text(f"DELETE FROM {table} WHERE document_id = :d"), {"d": s.doc_id})
    conn.execute(text("DELETE FROM documents WHERE id = :d"), {"d": s.doc_id})


def t_swap_staff_positions(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE staff_positions SET staff_id = :a WHERE staff_id = :b AND position = 'finance_head'"),
                 {"a": staff_id(conn, "huanglei"), "b": staff_id(conn, "wufang")})


def t_change_preset_json(conn: Connection, s: Scene) -> None:
    preset = json.loads(conn.execute(text("SELECT preset_json FROM bureaus")).scalar())
    preset.setdefault("parameters", {})["collective_threshold"] = "1000000000"
    conn.execute(text("UPDATE bureaus SET preset_json = :p"), {"p": json.dumps(preset, ensure_ascii=False)})


def t_edit_issued_pdf(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE issued_files SET size = size + 1 WHERE document_id = :d"), {"d": s.doc_id})


def t_replace_signing_certificate(conn: Connection, s: Scene) -> None:
    _, unlocked = self_made_identity()
    from cryptography.hazmat.primitives import serialization

    conn.execute(text("UPDATE signing_identities SET cert_pem = :c WHERE staff_id = :s"),
                 {"c": unlocked.cert.public_bytes(serialization.Encoding.PEM).decode(), "s": staff_id(conn, "wufang")})


def t_edit_collective_decision(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE collective_decisions SET minute_no = minute_no || '补'"))


def t_edit_seal_custodian(conn: Connection, s: Scene) -> None:
    conn.execute(text("UPDATE seals SET custodian_id = :c"), {"c": staff_id(conn, "huanglei")})


def t_edit_and_append_forged_state(conn: Connection, s: Scene) -> None:
    """Change the amount and append a matching ``record.state`` entry with the app's own code."""
    from desktop.persistence import record_state

    conn.execute(text("UPDATE documents SET amount = 8600000 WHERE id = :d"), {"d": s.doc_id})
    state = record_state.states(conn, "document", [s.doc_id])[s.doc_id]
    append_forged(conn, actor="huanglei(黄磊)", action=RECORD_STATE, entity="document", entity_id=str(s.doc_id),
                  after=state)


@dataclass(frozen=True)
class Attempt:
    name: str
    rules: str
    run: Callable[[Connection, Scene], None]
    # Whether the application must then refuse to act on the document / to write at all.
    refuses_document: bool = False
    refuses_writes: bool = False
    sqlite_only: bool = False  # on a shared PostgreSQL database another PC's entries cannot be told apart


ATTEMPTS: tuple[Attempt, ...] = (
    Attempt("drop triggers, edit entry 40, recompute every hash and the head", "SEC-01", t_rewrite_before_checkpoint),
    Attempt("drop triggers, edit an entry after the checkpoint, recompute all", "SEC-01", t_rewrite_after_checkpoint),
    Attempt("delete entry 100, renumber, recompute all", "SEC-01", t_delete_entry_recompute),
    Attempt("delete entry 17", "SEC-01", t_delete_entry_plain),
    Attempt("edit entry 40 in place", "SEC-01", t_edit_entry_plain),
    Attempt("cut 3 entries off the end and move the head", "SEC-01", t_truncate_end_move_head),
    Attempt("cut below the checkpoint, move the head, delete checkpoints", "SEC-01", t_truncate_below_checkpoint),
    Attempt("delete the audit_head row", "SEC-01", t_delete_head_row, refuses_writes=True),
    Attempt("damage the audit_head hash", "SEC-01", t_damage_head, refuses_writes=True),
    Attempt("delete the latest signed checkpoint", "SEC-01", t_delete_latest_checkpoint),
    Attempt("delete all checkpoints and rewrite the chain", "SEC-01", t_delete_checkpoints_and_rewrite),
    Attempt("forge a checkpoint with a self-made root (root replaced)", "SEC-01", t_forge_checkpoint_self_made_root),
    Attempt("forge a checkpoint with a self-made certificate", "SEC-01", t_forge_checkpoint_foreign_cert),
    Attempt("move the signed checkpoint onto a rewritten chain", "SEC-01", t_move_checkpoint_to_rewritten_chain),
    Attempt("edit a document's amount", "SEC-18", t_edit_amount, refuses_document=True),
    Attempt("edit a document's payload", "SEC-18", t_edit_payload, refuses_document=True),
    Attempt("edit a document's state", "SEC-18", t_edit_state),
    Attempt("delete a document's approval actions", "SEC-18", t_delete_approval_actions),
    Attempt("swap a password hash", "SEC-01", t_swap_password_hash),
    Attempt("insert a document behind the app", "SEC-18", t_insert_document),
    Attempt("delete a document and its actions and files", "SEC-18", t_delete_document),
    Attempt("move the finance_head position to another person", "SEC-04", t_swap_staff_positions),
    Attempt("change the preset JSON (collective threshold)", "SEC-18", t_change_preset_json),
    Attempt("edit an issued PDF's record", "SEC-18", t_edit_issued_pdf),
    Attempt("replace a signing certificate", "SEC-01", t_replace_signing_certificate),
    Attempt("edit a collective decision's minute number", "SEC-18", t_edit_collective_decision),
    Attempt("give a seal another custodian", "SEC-18", t_edit_seal_custodian),
    Attempt("edit the amount and append a matching record.state entry", "SEC-18", t_edit_and_append_forged_state,
            sqlite_only=True),
)


def tamper(engine: Engine, scene: Scene, attempt: Attempt) -> None:
    with engine.begin() as conn:
        attempt.run(conn, scene)


def detect(scene: Scene, attempt: Attempt) -> tuple[bool, str]:
    """A fresh start runs ``audit verify --deep``; for some attempts the application must also refuse."""
    from desktop.services.base import Refused
    from desktop.services.desk import Desk

    desk = Desk.open(scene.url)
    try:
        report = desk.audit.verify(deep=True)
        found = not report.ok
        line = report.problems[0] if report.problems else (report.mismatches[0].line() if report.mismatches else
                                                           "; ".join(report.warnings)[:100])
        if attempt.refuses_writes:
            try:
                desk.accounts.authenticate("wufang", DEMO_PASSPHRASE)
                found, line = False, "a sign-in still wrote to the trail"
            except Refused as exc:
                line += f" | sign-in refused: {exc.problems[0].code}"
        if attempt.refuses_document:
            try:
                desk.approvals.return_(desk.act_as("wufang"), scene.doc_id, ["缺发票"])
                found, line = False, "the tampered document could still be returned"
            except Refused as exc:
                line += f" | return refused: {exc.problems[0].code}"
        return found, line
    finally:
        desk.close()


def run_all(new_url: Callable[[], str], label: str, verbose: bool) -> tuple[int, int]:
    from desktop.persistence.database import make_engine

    detected = tried = 0
    for attempt in ATTEMPTS:
        url = new_url()
        scene = prepare(url)
        engine = make_engine(url)
        try:
            tamper(engine, scene, attempt)
        finally:
            engine.dispose()
        found, line = detect(scene, attempt)
        tried += 1
        detected += found
        verdict = "detected" if found else ("warned  " if "not written by this application" in line else "MISSED  ")
        print(f"{label:10} {verdict}  {attempt.name}" + (f"\n{'':20}{line}" if verbose else ""))
    print(f"{label}: detected {detected} / tried {tried}")
    return detected, tried


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="a PostgreSQL server URL (its postgres database) to run on PostgreSQL too")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tamper-"))
    os.environ.setdefault("BUREAU_DESK_ANCHOR_DIR", str(work / "anchors"))
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk

    started = time.monotonic()
    template = work / "demo.sqlite3"
    desk = Desk.open(f"sqlite:///{template}")
    load_demo(desk)
    desk.close()
    counter = iter(range(1, 10_000))

    def sqlite_url() -> str:
        target = work / f"db{next(counter)}.sqlite3"
        shutil.copyfile(template, target)
        return f"sqlite:///{target}"

    total = [run_all(sqlite_url, "sqlite", args.verbose)]
    if args.pg:
        import psycopg
        from sqlalchemy.engine import make_url

        server = make_url(args.pg)
        admin = dict(host=server.host, port=server.port or 5432, user=server.username, dbname=server.database,
                     autocommit=True)
        with psycopg.connect(**admin) as conn:
            conn.execute("DROP DATABASE IF EXISTS tamper_tpl")
            conn.execute("CREATE DATABASE tamper_tpl")
        tpl = server.set(drivername="postgresql+psycopg", database="tamper_tpl").render_as_string(hide_password=False)
        desk = Desk.open(tpl)
        load_demo(desk)
        desk.close()

        def pg_url() -> str:
            name = f"tamper_{next(counter)}"
            with psycopg.connect(**admin) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name}")
                conn.execute(f"CREATE DATABASE {name} TEMPLATE tamper_tpl")
            return server.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)

        total.append(run_all(pg_url, "postgresql", args.verbose))
    print(f"all: detected {sum(d for d, _ in total)} / tried {sum(t for _, t in total)} "
          f"({time.monotonic() - started:.0f} s)")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all(d == t for d, t in total) else 1


if __name__ == "__main__":
    raise SystemExit(main())
