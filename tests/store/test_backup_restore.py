"""Backups and their checked restore (SEC-09, SEC-10, ARCH-09, C-14), on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import threading
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, select, text

from desktop.persistence import db_snapshot
from desktop.persistence.backup_archive import MANIFEST
from desktop.persistence.schema import Base, utcnow
from desktop.services.backup_restore import BackupBroken
from desktop.services.base import Refused
from desktop.services.desk import Desk

ADMIN_PASSWORD = "Desk#2026"
# Written after the copy is taken (the backup's own run record, the restore's entry): compared apart.
_MOVING = {"audit_entries", "audit_head", "backup_runs"}


def _rows(engine, table_name: str) -> list[tuple]:
    table = MetaData()
    table.reflect(engine, only=[table_name])
    t = table.tables[table_name]
    order = list(t.primary_key.columns) or list(t.columns)
    with engine.connect() as conn:
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in conn.execute(select(t).order_by(*order))]


def _all_tables(engine) -> dict[str, list[tuple]]:
    names = sorted(Base.metadata.tables) + ["alembic_version"]
    return {name: _rows(engine, name) for name in names}


def _manifest(path: str | Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read(MANIFEST))


def _leftover_staging(desk: Desk) -> list[str]:
    if desk.engine.dialect.name == "sqlite":
        folder = db_snapshot.sqlite_path(desk.engine).parent
        return [p.name for p in folder.glob("*.restore-*")]
    with desk.engine.connect() as conn:
        return list(conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                 {"p": desk.engine.url.database + "\\_restore\\_%"}).scalars())


@pytest.fixture
def admin(desk):
    return desk.act_as("admin")


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


# Backup and restore onto a new machine ----------------------------------------------------------
def test_backup_restored_onto_a_fresh_database_equals_the_original_table_by_table(desk, admin, folder, templates,
                                                                                      backend):
    """SEC-09/SEC-10: a backup of the populated demo bureau, restored into a new empty database,
    holds every row of every table as it was (the audit trail up to the backup's head)."""
    runs_before = _rows(desk.engine, "backup_runs")
    run = desk.backups.backup(admin, to=folder)
    manifest = _manifest(run.path)
    assert manifest["label"]["made_by"] == "系统管理员" and manifest["label"]["content"]  # ARCH-09 label
    assert manifest["database"]["kind"] == backend
    assert manifest["inventory"]["pdfs"]["issued_files"], "the document store is in the backup"
    assert manifest["inventory"]["key_containers"]["signing_identities"], "the key containers are listed"

    fresh = Desk.open(templates.new_url(backend, demo=False))
    try:
        assert not fresh.has_bureau()
        result = fresh.backups.restore_fresh(run.path, "admin", ADMIN_PASSWORD)
        original, restored = _all_tables(desk.engine), _all_tables(fresh.engine)
        for name in original:
            if name not in _MOVING:
                assert restored[name] == original[name], f"table {name} differs after restore"
        head = manifest["inventory"]["audit_head"]["seq"]
        assert [r for r in restored["audit_entries"] if r[0] <= head] == \
               [r for r in original["audit_entries"] if r[0] <= head]
        assert [r[3] for r in restored["audit_entries"] if r[0] > head] == ["backup.restore"]
        assert restored["backup_runs"][:len(runs_before)] == runs_before
        assert fresh.audit.verify().ok
        assert result.pdfs_checked == len(manifest["inventory"]["pdfs"]["issued_files"]) + \
            len(manifest["inventory"]["pdfs"]["seal_files"])
        # the restored bureau works: its people sign in and see their work
        assert fresh.accounts.authenticate("wufang", "Demo#2026").username == "wufang"
    finally:
        fresh.close()


def test_restore_backs_up_the_current_state_first(desk, admin, folder):
    """SEC-10 「数据恢复前，必须对原环境的数据进行备份」: the state replaced is in a backup file."""
    desk.backups.save_settings(admin, folder=str(folder), second_folder="", daily=True, weekly=True, keep_daily=7,
                               keep_weekly=8)
    run = desk.backups.backup(admin)
    desk.org.add_department(admin, "备份后新建的科室", "bureau")
    with desk.engine.connect() as conn:
        head_before = conn.execute(text("SELECT seq FROM audit_head")).scalar()
    result = desk.backups.restore(admin, run.path)
    assert result.safety_backup and Path(result.safety_backup).is_file()
    safety = _manifest(result.safety_backup)
    assert safety["label"]["kind"] == "pre_restore"
    assert safety["inventory"]["audit_head"]["seq"] > head_before  # holds the department made after the backup
    with desk.engine.connect() as conn:  # the restored data no longer have it
        assert conn.execute(text("SELECT count(*) FROM departments WHERE name = '备份后新建的科室'")).scalar() == 0
    kinds = [r.kind for r in desk.backups.runs(admin)]
    assert "pre_restore" in kinds, "the restored database lists the backup of what it replaced"
    # and that safety backup restores the department again
    desk.backups.restore(admin, result.safety_backup)
    with desk.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM departments WHERE name = '备份后新建的科室'")).scalar() == 1
    assert desk.audit.verify().ok


# Tampered and foreign files ----------------------------------------------------------------
def _repack(path: Path, target: Path, *, member=None, manifest_edit=None, fix_hashes: bool = True) -> Path:
    """Copy a backup with a changed database member and/or manifest; member hashes recomputed
    unless ``fix_hashes`` is False (the forger who knows the format)."""
    with zipfile.ZipFile(path) as zf:
        data = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(data[MANIFEST])
    db_name = next(n for n in data if n.startswith("database."))
    if member is not None:
        data[db_name] = member(data[db_name])
    if fix_hashes:
        for name, blob in data.items():
            if name != MANIFEST:
                manifest["members"][name] = {"sha256": hashlib.sha256(blob).hexdigest(), "size": len(blob)}
    if manifest_edit is not None:
        manifest_edit(manifest)
    data[MANIFEST] = json.dumps(manifest, ensure_ascii=False).encode()
    with zipfile.ZipFile(target, "w") as zf:
        for name, blob in data.items():
            zf.writestr(name, blob)
    return target


def _edit_database(desk: Desk, sql: list[str]):
    """A function that changes a database member with SQL (SQLite file or pg_dump archive)."""
    def edit(blob: bytes) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "db"
            src.write_bytes(blob)
            if desk.engine.dialect.name == "sqlite":
                conn = sqlite3.connect(src)
                for statement in sql:
                    conn.execute(statement)
                conn.commit()
                conn.close()
                return src.read_bytes()
            url = db_snapshot.pg_stage(desk.engine, src)
            engine = create_engine(url)
            try:
                with engine.begin() as conn:
                    for statement in sql:
                        conn.execute(text(statement))
                out = Path(tmp) / "out"
                db_snapshot.pg_dump(engine, out)
                return out.read_bytes()
            finally:
                engine.dispose()
                db_snapshot.pg_drop(desk.engine, url.database)
    return edit


def _unprotect(desk: Desk) -> list[str]:
    if desk.engine.dialect.name == "sqlite":
        return ["DROP TRIGGER audit_entries_no_delete", "DROP TRIGGER audit_entries_no_update"]
    return ["ALTER TABLE audit_entries DISABLE TRIGGER USER"]


def _tampered_cases(desk: Desk, path: Path, tmp: Path) -> dict[str, Path]:
    with desk.engine.connect() as conn:
        pdf_id = conn.execute(text("SELECT min(id) FROM issued_files")).scalar()
    pdf_byte = ("UPDATE issued_files SET content = CAST(substr(content, 1, 200) || X'20' || substr(content, 202) AS BLOB) "
                if desk.engine.dialect.name == "sqlite" else
                "UPDATE issued_files SET content = overlay(content placing '\\x20'::bytea from 201 for 1) ")
    truncate = _unprotect(desk) + [
        "DELETE FROM audit_entries WHERE seq > (SELECT max(seq) - 3 FROM audit_entries)",
        "UPDATE audit_head SET seq = (SELECT max(seq) FROM audit_entries), "
        "hash = (SELECT hash FROM audit_entries WHERE seq = (SELECT max(seq) FROM audit_entries))"]

    def flip_byte(blob: bytes) -> bytes:
        return blob[:5000] + bytes([blob[5000] ^ 1]) + blob[5001:]

    def inventory_of_truncated(m: dict) -> None:  # the forger also rewrites what the manifest says
        head = m["inventory"]["audit_head"]
        m["inventory"]["tables"]["audit_entries"] -= 3
        head["seq"] -= 3
        with desk.engine.connect() as conn:
            head["hash"] = conn.execute(text("SELECT hash FROM audit_entries WHERE seq = :s"), {"s": head["seq"]}).scalar()

    return {
        "member changed": _repack(path, tmp / "a.bdbak", member=flip_byte, fix_hashes=False),
        "manifest label changed": _repack(path, tmp / "b.bdbak",
                                          manifest_edit=lambda m: m["label"].update(made_by="王建国")),
        "manifest PDF hash changed": _repack(path, tmp / "c.bdbak", manifest_edit=lambda m: m["inventory"]["pdfs"]
                                             ["issued_files"].update({str(pdf_id): "0" * 64})),
        "PDF byte changed": _repack(path, tmp / "d.bdbak",
                                    member=_edit_database(desk, [pdf_byte + f"WHERE id = {pdf_id}"])),
        "audit truncated": _repack(path, tmp / "e.bdbak", member=_edit_database(desk, truncate)),
        "audit truncated, manifest rewritten": _repack(path, tmp / "f.bdbak", member=_edit_database(desk, truncate),
                                                       manifest_edit=inventory_of_truncated),
    }


def test_a_tampered_backup_is_refused_and_nothing_changes(desk, admin, folder, tmp_path):
    """SEC-10: a backup whose member, manifest, stored PDF or audit trail was changed is refused
    with one Chinese line before anything is replaced; no safety backup, no staging left over."""
    run = desk.backups.backup(admin, to=folder)
    cases = _tampered_cases(desk, Path(run.path), tmp_path)
    before = _all_tables(desk.engine)
    for case, path in cases.items():
        with pytest.raises(BackupBroken) as caught:
            desk.backups.restore(admin, path)
        assert len(caught.value.problems) == 1, case
        assert any("\u4e00" <= c <= "\u9fff" for c in caught.value.problems[0].text), case
        assert _all_tables(desk.engine) == before, f"{case}: the current database changed"
        assert _leftover_staging(desk) == [], case
    assert desk.audit.verify().ok


def test_foreign_files_and_other_databases_are_refused(desk, admin, folder, tmp_path):
    """SEC-10: not a backup, a newer schema, another kind of database: refused, nothing changed."""
    junk = tmp_path / "junk.bdbak"
    junk.write_bytes(b"not a zip at all" * 100)
    with pytest.raises(Refused, match="不是本系统的备份文件") as caught:  # bad input (exit 2), not "broken"
        desk.backups.restore(admin, junk)
    assert not isinstance(caught.value, BackupBroken)
    no_manifest = tmp_path / "other.zip"
    with zipfile.ZipFile(no_manifest, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(Refused, match="没有清单"):
        desk.backups.restore(admin, no_manifest)
    run = desk.backups.backup(admin, to=folder)
    newer = _repack(Path(run.path), tmp_path / "newer.bdbak",
                    manifest_edit=lambda m: m["database"].update(revision="0099_future"))
    with pytest.raises(Refused, match="比本程序新") as caught:
        desk.backups.restore(admin, newer)
    assert not isinstance(caught.value, BackupBroken)
    other = "postgresql" if desk.engine.dialect.name == "sqlite" else "sqlite"
    foreign = _repack(Path(run.path), tmp_path / "kind.bdbak",
                      member=None, manifest_edit=lambda m: m["database"].update(kind=other))
    with pytest.raises(BackupBroken):  # its database member no longer matches the kind it claims
        desk.backups.restore(admin, foreign)
    assert _leftover_staging(desk) == []


def test_only_an_administrator_backs_up_and_restores(desk, admin, folder):
    """SEC-03 / SEC-13: backups and restores are the system administrator's."""
    run = desk.backups.backup(admin, to=folder)
    clerk = desk.act_as("wufang")
    with pytest.raises(Refused):
        desk.backups.backup(clerk, to=folder)
    with pytest.raises(Refused):
        desk.backups.restore(clerk, run.path)


# Schedule, rotation, reminder ------------------------------------------------------------------
@pytest.fixture
def sqlite_desk(templates):
    d = Desk.open(templates.new_url("sqlite", demo=True))
    yield d
    d.close()


def test_rotation_keeps_the_newest_n_scheduled_backups_and_a_second_copy(sqlite_desk, tmp_path):
    """SEC-09 / C-14: daily backups rotate (keep N); ARCH-09: a second copy in another folder."""
    desk, admin = sqlite_desk, sqlite_desk.act_as("admin")
    first, second = tmp_path / "d1", tmp_path / "d2"
    desk.backups.save_settings(admin, folder=str(first), second_folder=str(second), daily=True, weekly=True,
                               keep_daily=2, keep_weekly=8)
    made = [desk.backups.backup(admin, kind="daily") for _ in range(4)]
    manual = desk.backups.backup(admin)
    kept = sorted(p.name for p in first.glob("*daily-*.bdbak"))
    assert len({Path(r.path).name for r in made}) == 4
    assert kept == sorted(Path(r.path).name for r in made[2:])
    assert sorted(p.name for p in second.glob("*daily-*.bdbak")) == kept
    assert Path(manual.path).is_file(), "manual backups are not rotated"
    runs = {r.id: r for r in desk.backups.runs(admin)}
    assert [runs[r.id].removed_at is not None for r in made] == [True, True, False, False]
    copy = Path(made[-1].copy_path)
    assert copy.read_bytes() == Path(made[-1].path).read_bytes()


def test_settings_refuse_the_same_place_twice(sqlite_desk, tmp_path):
    """ARCH-09: the second copy must be in a different place."""
    admin = sqlite_desk.act_as("admin")
    with pytest.raises(Refused, match="不同的地点"):
        sqlite_desk.backups.save_settings(admin, folder=str(tmp_path), second_folder=str(tmp_path), daily=True,
                                          weekly=True, keep_daily=7, keep_weekly=8)
    with pytest.raises(Refused, match="保留份数"):
        sqlite_desk.backups.save_settings(admin, folder=str(tmp_path), second_folder="", daily=True, weekly=True,
                                          keep_daily=0, keep_weekly=8)


def test_schedule_says_what_is_due_and_reminds_when_the_last_backup_is_too_old(sqlite_desk, tmp_path):
    """SEC-09 / C-14 default daily + weekly: the first due backup is the weekly one, then a daily
    one the next day; a reminder once the last backup is older than a day (or there is none)."""
    desk, admin = sqlite_desk, sqlite_desk.act_as("admin")
    desk.backups.save_settings(admin, folder=str(tmp_path / "b"), second_folder="", daily=True, weekly=True,
                               keep_daily=7, keep_weekly=8)
    status = desk.backups.status(admin)
    assert status.overdue and "尚未做过数据备份" in status.reminder and status.due_kind == "weekly"
    run = desk.backups.run_due(admin)
    assert run is not None and run.kind == "weekly"
    now = utcnow()
    assert desk.backups.run_due(admin, now) is None
    status = desk.backups.status(admin, now)
    assert not status.overdue and status.reminder == "" and status.second_copy_missing
    later = desk.backups.status(admin, run.finished_at + timedelta(days=1, hours=1))
    assert later.overdue and "超过备份计划允许的间隔" in later.reminder and later.due_kind == "daily"
    desk.backups.save_settings(admin, folder=str(tmp_path / "b"), second_folder="", daily=False, weekly=True,
                               keep_daily=7, keep_weekly=8)
    assert not desk.backups.status(admin, run.finished_at + timedelta(days=3)).overdue  # weekly only
    assert desk.backups.status(admin, run.finished_at + timedelta(days=8)).overdue


# A live database --------------------------------------------------------------------------------
def test_a_live_database_backed_up_while_another_connection_writes_is_consistent(desk, admin, folder, templates,
                                                                                 backend):
    """SEC-09: the online backup API (SQLite, WAL) / pg_dump's snapshot (PostgreSQL) copy one
    consistent state while another connection keeps writing; the copy restores and verifies."""
    writer = Desk.open(desk.engine.url.render_as_string(hide_password=False), run_migrations=False)
    stop = threading.Event()
    written = []

    def write() -> None:
        user = writer.act_as("admin")
        n = 0
        while not stop.is_set():
            n += 1
            writer.org.add_department(user, f"并发写入科室{n}", "bureau")
            written.append(n)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(written) < 3:
            stop.wait(0.02)
        run = desk.backups.backup(admin, to=folder)
        during = len(written)
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert len(written) > during or during >= 3  # the writer was busy around the copy
    fresh = Desk.open(templates.new_url(backend, demo=False))
    try:
        fresh.backups.restore_fresh(run.path, "admin", ADMIN_PASSWORD)  # checks counts, PDFs, chain
        assert fresh.audit.verify().ok
        with fresh.engine.connect() as conn:
            departments = conn.execute(text("SELECT count(*) FROM departments WHERE name LIKE '并发写入科室%'")).scalar()
            logged = conn.execute(text("SELECT count(*) FROM audit_entries WHERE action LIKE '%department%'")).scalar()
        assert departments >= 1 and logged >= departments  # every copied department has its audit entry
    finally:
        fresh.close()


def test_an_older_backup_is_migrated_after_restore(sqlite_desk, tmp_path):
    """SEC-10: a backup from an older schema is checked, then brought up to date when restored."""
    desk, admin = sqlite_desk, sqlite_desk.act_as("admin")
    run = desk.backups.backup(admin, to=tmp_path)
    old = _repack(Path(run.path), tmp_path / "old.bdbak",
                  member=_edit_database(desk, ["DROP TABLE backup_runs", "DROP TABLE backup_settings",
                                               "UPDATE alembic_version SET version_num = '0004_audit_anchor'"]),
                  manifest_edit=lambda m: (m["database"].update(revision="0004_audit_anchor"),
                                           m["inventory"].update(revision="0004_audit_anchor"),
                                           [m["inventory"]["tables"].pop(t) for t in ("backup_runs", "backup_settings")]))
    result = desk.backups.restore(admin, old)
    assert result.migrated_from == "0004_audit_anchor"
    from desktop.persistence.database import HEAD_REVISION, current_revision

    assert current_revision(desk.engine) == HEAD_REVISION
    assert desk.audit.verify().ok


def test_a_rewritten_trail_in_a_backup_is_caught_by_its_signed_checkpoint(sqlite_desk, tmp_path):
    """SEC-01/SEC-10: with the CA passphrase the backup signs an audit checkpoint and carries it; a
    forger who rewrites an entry, recomputes every later hash, the head, the label and the manifest
    is still refused, because the chain no longer meets the signed checkpoint."""
    from desktop.domain.audit_chain import entry_hash

    desk, admin = sqlite_desk, sqlite_desk.act_as("admin")
    run = desk.backups.backup(admin, to=tmp_path, passphrase=ADMIN_PASSWORD)
    manifest = _manifest(run.path)
    assert "audit-checkpoint.json" in manifest["members"]
    checkpoint = json.loads(zipfile.ZipFile(run.path).read("audit-checkpoint.json"))
    assert checkpoint["reason"] == "backup"

    def rewrite(blob: bytes) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "db"
            path.write_bytes(blob)
            conn = sqlite3.connect(path)
            for statement in _unprotect(desk):
                conn.execute(statement)
            rows = conn.execute("SELECT seq, at, actor, action, entity, entity_id, before_json, after_json "
                                "FROM audit_entries ORDER BY seq").fetchall()
            prev = "0" * 64
            for seq, at, actor, action, entity, entity_id, before, after in rows:
                if seq == 5:
                    actor = "someone-else"
                digest = entry_hash(seq, at, actor, action, entity, entity_id, before, after, prev)
                conn.execute("UPDATE audit_entries SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                             (actor, prev, digest, seq))
                prev = digest
            conn.execute("UPDATE audit_head SET hash = ?", (prev,))
            conn.commit()
            conn.close()
            forged_head[0] = prev
            return path.read_bytes()

    forged_head = [""]
    forged = _repack(Path(run.path), tmp_path / "forged.bdbak", member=rewrite,
                     manifest_edit=lambda m: m["inventory"]["audit_head"].update(hash=forged_head[0]))
    with pytest.raises(BackupBroken, match="检查点"):
        desk.backups.restore(admin, forged)
    assert desk.audit.verify().ok


def test_command_line_backup_and_restore_exit_codes(sqlite_desk, tmp_path, monkeypatch, capsys):
    """SEC-09/SEC-10 on the command line: 0 done; 1 the file is broken; 2 refused (not an administrator)."""
    from desktop.cli import main

    url = sqlite_desk.engine.url.render_as_string(hide_password=False)
    sqlite_desk.close()
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", ADMIN_PASSWORD)
    assert main(["backup", "--db", url, "--user", "admin", "--to", str(tmp_path / "out")]) == 0
    made = next((tmp_path / "out").glob("*.bdbak"))
    assert main(["restore", str(made), "--db", url, "--user", "admin", "--check"]) == 0
    assert "系统管理员" in capsys.readouterr().out
    junk = tmp_path / "junk.bdbak"
    junk.write_bytes(b"junk")
    assert main(["restore", str(junk), "--db", url, "--user", "admin"]) == 2  # not a backup at all
    assert "不是本系统的备份文件" in capsys.readouterr().err
    damaged = tmp_path / "damaged.bdbak"
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the compressed database member
    damaged.write_bytes(bytes(data))
    assert main(["restore", str(damaged), "--db", url, "--user", "admin"]) == 1  # one of ours, broken
    assert "broken:" in capsys.readouterr().err
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    assert main(["restore", str(made), "--db", url, "--user", "wufang"]) == 2
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", ADMIN_PASSWORD)
    new = f"sqlite:///{tmp_path / 'new-pc' / 'desk.sqlite3'}"
    assert main(["restore", str(made), "--db", new, "--user", "admin"]) == 0  # onto a new PC's empty folder
    out = capsys.readouterr().out
    assert "restored" in out and "stored PDFs" in out
    assert main(["audit", "verify", "--db", new]) == 0


def test_restore_waits_for_every_other_connection_to_close(desk, admin, folder):
    """SEC-10: the switch never happens under another program's feet: with another connection
    open (another window, another PC) the restore is refused and the data stay as they were."""
    run = desk.backups.backup(admin, to=folder)
    desk.org.add_department(admin, "仍在使用中的科室", "bureau")
    other = create_engine(desk.engine.url)
    held = other.connect()
    held.execute(text("SELECT count(*) FROM departments")).scalar()
    try:
        with pytest.raises(Refused, match="其他") as caught:
            desk.backups.restore(admin, run.path)
        assert not isinstance(caught.value, BackupBroken)
    finally:
        held.close()
        other.dispose()
    with desk.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM departments WHERE name = '仍在使用中的科室'")).scalar() == 1
    assert _leftover_staging(desk) == []
    assert desk.audit.verify().ok


def test_a_backup_killed_half_way_leaves_no_litter_for_long_sec09(tmp_path):
    """SEC-09: the staging folder and partial file a killed backup left are removed by the next one
    (only old ones: another PC may be writing into a shared folder right now)."""
    import os
    import time

    from desktop.services.backups import BackupService

    old_dir = tmp_path / ".bdbak-abc123"
    old_dir.mkdir()
    (old_dir / "database.sqlite3").write_bytes(b"x" * 1000)
    old_part = tmp_path / ".bureau-2026.bdbak.k3j4.part"
    old_part.write_bytes(b"x")
    fresh_part = tmp_path / ".bureau-2027.bdbak.zz.part"
    fresh_part.write_bytes(b"x")
    finished = tmp_path / "bureau-2026.bdbak"
    finished.write_bytes(b"whole")
    an_hour_ago = time.time() - 3600
    for p in (old_dir, old_part):
        os.utime(p, (an_hour_ago, an_hour_ago))
    BackupService._sweep_leftovers(tmp_path)
    assert not old_dir.exists() and not old_part.exists()
    assert fresh_part.exists() and finished.exists()
