"""Safe upgrades (issue 10 item 6; SEC-09, SEC-10): a database with a bureau is backed up before
its schema is upgraded, and the backup restores; a database from a newer version is refused with
one line and left as it was; ``selftest`` and ``verify`` never create a database. On SQLite and
PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import main as cli_main
from desktop.persistence.backup_archive import MANIFEST
from desktop.persistence.database import HEAD_REVISION, DatabaseError, NewerDatabase, alembic_config, \
    current_revision, make_engine
from desktop.services.desk import Desk

OLD = "0005_backups"
FUTURE = "0099_from_a_newer_version"


def _downgrade(url: str, revision: str = OLD) -> None:
    from alembic import command

    engine = make_engine(url)
    try:
        command.downgrade(alembic_config(engine), revision)
    finally:
        engine.dispose()


def _set_backup_folder(url: str, folder: Path) -> None:
    desk = Desk.open(url)
    try:
        desk.backups.save_settings(desk.act_as("admin"), folder=str(folder), second_folder="", daily=True,
                                   weekly=True, keep_daily=7, keep_weekly=8)
    finally:
        desk.close()


def _state(url: str) -> dict:
    """Every row count, the schema revision and the audit head: what "untouched" compares."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = [r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'" if engine.dialect.name == "sqlite" else
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
            counts = {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in sorted(names)}
            head = tuple(conn.execute(text("SELECT seq, hash FROM audit_head")).first())
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return {"counts": counts, "head": head, "revision": revision}
    finally:
        engine.dispose()


def _sqlite_file(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else None


def test_upgrade_takes_a_backup_first_says_so_once_and_the_backup_restores_sec09_sec10(demo_url, tmp_path, capsys):
    """SEC-09/SEC-10: opening a bureau's database at an older schema (0005) backs it up into the
    bureau's backup folder, then migrates; the CLI prints the one line naming the file, on stderr
    (stdout stays data); the backup holds the old schema and restores (migrated again, every audited
    record matching, the audit trail intact)."""
    folder = tmp_path / "backups"
    _set_backup_folder(demo_url, folder)
    _downgrade(demo_url)
    before = _state(demo_url)

    assert cli_main(["audit", "verify", "--db", demo_url]) == 0
    captured = capsys.readouterr()
    files = sorted(folder.glob("*.bdbak"))
    assert len(files) == 1 and "pre_upgrade" in files[0].name
    assert captured.err.count("schema upgraded") == 1
    assert f"schema upgraded from {OLD} to {HEAD_REVISION}; backup taken first: {files[0]}" in captured.err
    assert "schema upgraded" not in captured.out

    with zipfile.ZipFile(files[0]) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["database"]["revision"] == OLD  # the state before the upgrade
    assert manifest["label"]["kind"] == "pre_upgrade" and manifest["label"]["made_by_user"] == "system"
    assert manifest["inventory"]["tables"]["documents"] == before["counts"]["documents"]

    desk = Desk.open(demo_url)
    try:
        assert desk.upgrade is None  # said once: the second start has nothing to say
        assert current_revision(desk.engine) == HEAD_REVISION
        with desk.engine.connect() as conn:
            runs = conn.execute(text("SELECT kind, path, ok FROM backup_runs WHERE kind = 'pre_upgrade'")).all()
            upgrade = conn.execute(text("SELECT actor, after_json FROM audit_entries WHERE action = 'schema.upgrade'")
                                   ).all()
        assert [(r.kind, r.path, bool(r.ok)) for r in runs] == [("pre_upgrade", str(files[0]), True)]
        assert len(upgrade) == 1 and json.loads(upgrade[0].after_json)["backup"] == str(files[0])
        admin = desk.act_as("admin")
        added = desk.org.add_department(admin, "升级后新设股室")  # a change the restore must take away
        assert added

        result = desk.backups.restore(admin, files[0])
        assert result.migrated_from == OLD
        report = desk.audit.verify(deep=True)
        assert report.ok, (report.reason, [m.line() for m in report.mismatches][:5])
        with desk.engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM departments")).scalars())
            numbers = conn.execute(text("SELECT register_no FROM seal_uses")).scalars().all()
        assert "升级后新设股室" not in names
        assert numbers and all(n.startswith("用印") for n in numbers)  # 0006 ran again on the restored copy
        assert current_revision(desk.engine) == HEAD_REVISION
    finally:
        desk.close()
    assert cli_main(["audit", "verify", "--db", demo_url]) == 0


def test_upgrade_is_refused_when_the_backup_cannot_be_made_sec09(demo_url, tmp_path, capsys):
    """SEC-09: no backup, no upgrade: a backup folder that cannot be made (under a file) refuses
    with the reason, exit 2, and the schema stays where it was."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _set_backup_folder(demo_url, blocker / "backups")
    _downgrade(demo_url)

    assert cli_main(["audit", "verify", "--db", demo_url]) == 2
    err = capsys.readouterr().err
    assert "升级前备份失败，未升级" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    with pytest.raises(DatabaseError):
        Desk.open(demo_url)
    assert _state(demo_url)["revision"] == OLD


def _backup_files(sqlite: Path | None) -> set[str]:
    """The backup files beside a SQLite database (the folder is shared by the tests' databases)."""
    folder = sqlite.parent / "backups" if sqlite is not None else None
    return {p.name for p in folder.iterdir()} if folder is not None and folder.is_dir() else set()


def test_database_without_a_bureau_upgrades_without_a_backup(empty_url, tmp_path):
    """A database with no bureau has nothing to lose: it is migrated with no backup file."""
    _downgrade(empty_url)
    backups_before = _backup_files(_sqlite_file(empty_url))
    desk = Desk.open(empty_url)
    try:
        assert current_revision(desk.engine) == HEAD_REVISION
        assert desk.upgrade is not None and desk.upgrade.backup_path is None
        with desk.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM backup_runs")).scalar() == 0
    finally:
        desk.close()
    assert _backup_files(_sqlite_file(empty_url)) == backups_before


def _stamp_future(url: str, version: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
            if engine.dialect.name == "sqlite":
                major, minor, patch = (int(p) for p in version.split("."))
                conn.exec_driver_sql(f"PRAGMA user_version = {major * 1_000_000 + minor * 1_000 + patch}")
            else:
                conn.execute(text(f"COMMENT ON TABLE alembic_version IS 'bureau-desk {version}'"))
    finally:
        engine.dispose()


def test_database_from_a_newer_version_is_refused_with_one_line_and_left_untouched(demo_url, capsys):
    """A schema revision this program does not know: one line naming the newer version, exit 2,
    no Alembic traceback, nothing written (no backup, no migration, no audit entry)."""
    _stamp_future(demo_url, "9.8.7")
    before = _state(demo_url)
    sqlite = _sqlite_file(demo_url)
    digest = hashlib.sha256(sqlite.read_bytes()).hexdigest() if sqlite else None
    backups_before = _backup_files(sqlite)

    assert cli_main(["audit", "verify", "--db", demo_url]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "此数据库由更新版本(9.8.7)的程序创建；请安装该版本或恢复备份" in lines[0]
    assert "created by a newer version 9.8.7" in lines[0] and "install it or restore a backup" in lines[0]
    assert "Traceback" not in captured.err and "alembic" not in captured.err.lower()
    with pytest.raises(NewerDatabase):
        Desk.open(demo_url)

    assert _state(demo_url) == before
    if sqlite is not None:
        assert hashlib.sha256(sqlite.read_bytes()).hexdigest() == digest
    assert _backup_files(sqlite) == backups_before


def test_database_from_a_newer_version_without_a_recorded_version_still_one_line(empty_url, capsys):
    """A newer database that did not record its program version: "a newer version", no x.y."""
    engine = make_engine(empty_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA user_version = 0")
        else:
            conn.execute(text("COMMENT ON TABLE alembic_version IS NULL"))
    engine.dispose()
    assert cli_main(["selftest", "--db", empty_url]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("FAIL migrations"))
    assert "此数据库由更新版本的程序创建" in line and "a newer version of" in line


def test_gui_shows_a_newer_database_in_a_dialog_and_does_not_start(demo_url, qapp, monkeypatch):
    """The GUI: the same one line in a dialog, and no window (run_gui returns 2)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import main as gui

    _stamp_future(demo_url, "9.8.7")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, body, *a: shown.append(body)))
    assert gui._open_database(Desk, demo_url) is None
    assert len(shown) == 1 and "created by a newer version 9.8.7" in shown[0]


def test_gui_says_once_that_it_upgraded_and_where_the_backup_is(demo_url, tmp_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import main as gui

    _set_backup_folder(demo_url, tmp_path / "backups")
    _downgrade(demo_url)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, body, *a: shown.append(body)))
    for _ in range(2):
        desk = gui._open_database(Desk, demo_url)
        desk.close()
    backup = next((tmp_path / "backups").glob("*.bdbak"))
    assert len(shown) == 1 and str(backup) in shown[0]


# Never creating a database --------------------------------------------------------------------------
def _absent_url(backend: str, tmp_path: Path, request) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'nowhere' / 'absent.sqlite3'}"
    return request.getfixturevalue("pg_server").url("absent_database")


def _exists(backend: str, url: str, request) -> bool:
    if backend == "sqlite":
        return Path(url.removeprefix("sqlite:///")).exists()
    engine = create_engine(request.getfixturevalue("pg_server").url())
    try:
        with engine.connect() as conn:
            return bool(conn.execute(text("SELECT 1 FROM pg_database WHERE datname = 'absent_database'")).first())
    finally:
        engine.dispose()


def test_selftest_and_verify_never_create_a_database(backend, tmp_path, request, capsys):
    """``selftest`` reports the missing database as one line and runs every other check on a
    temporary database; ``verify`` refuses (exit 2) pointing to --root. Neither creates it."""
    url = _absent_url(backend, tmp_path, request)
    assert cli_main(["selftest", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("ok   database: no database at ")
    assert "ok   migrations: a temporary database migrated to " + HEAD_REVISION in out
    assert "FAIL" not in out
    assert not _exists(backend, url, request)

    pdf = tmp_path / "some.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    assert cli_main(["verify", str(pdf), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "no database at" in err and "--root" in err and "Traceback" not in err
    assert not _exists(backend, url, request)
    if backend == "sqlite":
        assert not (tmp_path / "nowhere").exists()


def test_the_program_version_that_migrated_a_database_is_recorded(templates, backend):
    """What the refusal of a newer database names: written at every migration, no table needed."""
    from desktop import __version__
    from desktop.persistence.database import app_version_of

    url = templates.new_url(backend, demo=False)
    _downgrade(url)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:  # as if an older program had migrated it
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA user_version = 1")
            else:
                conn.execute(text("COMMENT ON TABLE alembic_version IS 'bureau-desk 0.0.1'"))
        assert app_version_of(engine) == "0.0.1"
    finally:
        engine.dispose()
    Desk.open(url).close()
    engine = make_engine(url)
    try:
        assert app_version_of(engine) == __version__
    finally:
        engine.dispose()
