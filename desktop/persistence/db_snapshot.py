"""Consistent copies of a live database and the switch to a restored one (SEC-09, SEC-10).

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent state of a
WAL database while other connections write; a file copy could tear. Restoring writes a staging
file beside the database, which the caller checks, and then replaces the database file with it
(``os.replace``, atomic) once no connection is open.

PostgreSQL: ``pg_dump`` (custom format) runs inside a snapshot this module exports, so the
inventory written to the manifest describes exactly the dumped state. Restoring creates a fresh
staging database with ``pg_restore``; the caller checks it there; the switch renames the current
database aside (kept as ``<name>_pre…`` until the administrator drops it) and the staging one into
its place, in one transaction, which PostgreSQL refuses while anybody else is connected.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, Engine, URL

from desktop.persistence.schema import Base

__all__ = ["SnapshotError", "KEY_CONTAINERS", "STORED_PDFS", "inventory", "sqlite_path", "sqlite_snapshot",
           "pg_dump", "pg_tool", "pg_stage", "pg_switch", "pg_drop", "sqlite_switch", "plain_sqlite_engine"]

# The document store and the key containers (both live in database tables today).
STORED_PDFS = ("issued_files", "seal_files")
KEY_CONTAINERS = (("bureau_authorities", "key_p12"), ("signing_identities", "key_p12"), ("seals", "key_p12"),
                  ("seal_custody", "key_p12"))
_PG_TIMEOUT = 3600


class SnapshotError(Exception):
    """A copy or a switch could not be made: one Chinese line."""


def _sha(data: Any) -> str:
    return hashlib.sha256(bytes(data)).hexdigest()


def inventory(conn: Connection) -> dict[str, Any]:
    """What the manifest records about a database state and a restore checks again: rows per
    table, the SHA-256 of every stored PDF (recomputed from the bytes) and key container, the
    audit head and the schema revision."""
    present = set(inspect(conn).get_table_names())
    tables = {name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()
              for name in sorted(Base.metadata.tables) if name in present}
    pdfs: dict[str, dict[str, str]] = {}
    for table in STORED_PDFS:
        if table in present:
            rows = conn.execute(text(f"SELECT id, content FROM {table} ORDER BY id"))
            pdfs[table] = {str(i): _sha(content) for i, content in rows}
    keys: dict[str, dict[str, str]] = {}
    for table, column in KEY_CONTAINERS:
        if table in present:
            rows = conn.execute(text(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id"))
            keys[table] = {str(i): _sha(blob) for i, blob in rows}
    head = conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).first() \
        if "audit_head" in present else None
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
        if "alembic_version" in present else None
    bureau = conn.execute(text("SELECT code, name FROM bureaus ORDER BY id LIMIT 1")).first() \
        if "bureaus" in present else None
    return {"tables": tables, "pdfs": pdfs, "key_containers": keys,
            "audit_head": {"seq": head[0], "hash": head[1]} if head else None,
            "revision": revision, "bureau": {"code": bureau[0], "name": bureau[1]} if bureau else None}


# SQLite ------------------------------------------------------------------------------------
def sqlite_path(engine: Engine) -> Path:
    return Path(engine.url.database)


def plain_sqlite_engine(path: Path) -> Engine:
    """An engine on a staging or snapshot file without the app's WAL set-up (it stays one file)."""
    return create_engine(URL.create("sqlite", database=str(path)))


def sqlite_snapshot(engine: Engine, target: Path) -> dict[str, Any]:
    """Copy the live database with the online backup API into ``target`` (a single file, no WAL)
    and return its inventory."""
    source = sqlite3.connect(str(sqlite_path(engine)), timeout=30)
    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy)  # one step: the read transaction covers the whole copy
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.commit()
    finally:
        copy.close()
        source.close()
    snap = plain_sqlite_engine(target)
    try:
        with snap.connect() as conn:
            return inventory(conn)
    finally:
        snap.dispose()


def sqlite_switch(engine: Engine, staging: Path) -> None:
    """Replace the database file with the checked staging file. The caller's engine is disposed
    first; any other open connection makes SQLite refuse to leave WAL mode, and then nothing is
    switched."""
    target = sqlite_path(engine)
    engine.dispose()
    conn = sqlite3.connect(str(target), timeout=5)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.Error:
        mode = "busy"
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise SnapshotError("数据库正被其他程序或窗口使用，请先关闭它们再恢复")
    os.replace(staging, target)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)


# PostgreSQL --------------------------------------------------------------------------------
def pg_tool(name: str) -> str:
    """``pg_dump`` / ``pg_restore``: the newest under /usr/lib/postgresql/*/bin (or the Windows
    install folder), else the one on PATH. A clear refusal if there is none."""
    patterns = ["/usr/lib/postgresql/*/bin", r"C:\Program Files\PostgreSQL\*\bin"]
    folders = [f for pattern in patterns for f in glob.glob(pattern)]
    folders.sort(key=lambda f: [int(p) if p.isdigit() else 0 for p in Path(f).parent.name.split(".")], reverse=True)
    for folder in folders:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise SnapshotError(f"找不到 PostgreSQL 工具 {name}：请安装 PostgreSQL 客户端（与服务器同版本或更新）后再备份或恢复")


def _pg_env(url: URL) -> tuple[list[str], dict[str, str]]:
    args = []
    if url.host:
        args += ["-h", url.host]
    if url.port:
        args += ["-p", str(url.port)]
    if url.username:
        args += ["-U", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return args, env


def _run(cmd: list[str], env: dict[str, str], what: str) -> None:
    try:
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=_PG_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SnapshotError(f"{what}失败：{str(exc)[:80]}") from None
    if result.returncode != 0:
        first = (result.stderr or result.stdout or "").strip().splitlines()
        raise SnapshotError(f"{what}失败：{(first[0] if first else 'exit %d' % result.returncode)[:120]}")


def pg_dump(engine: Engine, target: Path) -> dict[str, Any]:
    """``pg_dump -Fc`` of the database in a snapshot exported here; returns the inventory of the
    very same snapshot."""
    tool = pg_tool("pg_dump")
    args, env = _pg_env(engine.url)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar()
            found = inventory(conn)
            _run([tool, *args, "-Fc", "--no-owner", "--no-privileges", f"--snapshot={snapshot}", "-f", str(target),
                  "-d", engine.url.database], env, "pg_dump 备份")
    return found


def _maintenance(engine: Engine, *, autocommit: bool = True) -> Engine:
    """An engine on the server's ``postgres`` database (CREATE/DROP/RENAME DATABASE run there)."""
    if autocommit:
        return create_engine(engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    return create_engine(engine.url.set(database="postgres"))


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def pg_stage(engine: Engine, dump: Path) -> URL:
    """Restore the dump into a new database beside the current one; returns its URL. The
    staging database is dropped again if ``pg_restore`` fails."""
    tool = pg_tool("pg_restore")
    name = f"{engine.url.database[:40]}_restore_{uuid.uuid4().hex[:8]}"
    admin = _maintenance(engine)
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {_ident(name)}"))
    except Exception as exc:  # noqa: BLE001 - permissions, disk: one line
        admin.dispose()
        raise SnapshotError(f"无法新建临时数据库用于恢复（需要 CREATEDB 权限）：{str(exc).splitlines()[0][:80]}") from None
    admin.dispose()
    staging = engine.url.set(database=name)
    args, env = _pg_env(engine.url)
    try:
        _run([tool, *args, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "-d", name,
              str(dump)], env, "pg_restore 恢复")
    except SnapshotError:
        pg_drop(engine, name)
        raise
    return staging


def pg_drop(engine: Engine, name: str) -> None:
    admin = _maintenance(engine)
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {_ident(name)}"))
    finally:
        admin.dispose()


def pg_switch(engine: Engine, staging_name: str) -> str:
    """Rename the current database aside and the staging database into its place (one
    transaction). Returns the name the previous database now has."""
    target = engine.url.database
    stamp = datetime.now().strftime("%Y%m%d%H%M%S")
    aside = f"{target[:40]}_pre_restore_{stamp}"
    engine.dispose()
    admin = _maintenance(engine, autocommit=False)
    try:
        with admin.connect() as conn:
            others = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d"),
                                  {"d": target}).scalar()
            conn.rollback()
            if others:
                raise SnapshotError(f"还有 {others} 个连接正在使用数据库 {target}（其他电脑上的本系统？），请全部退出后再恢复")
            try:
                with conn.begin():  # both renames or neither; refused while anyone is connected
                    conn.execute(text(f"ALTER DATABASE {_ident(target)} RENAME TO {_ident(aside)}"))
                    conn.execute(text(f"ALTER DATABASE {_ident(staging_name)} RENAME TO {_ident(target)}"))
            except Exception as exc:  # noqa: BLE001
                raise SnapshotError(f"无法切换数据库：{str(exc).splitlines()[0][:100]}") from None
    finally:
        admin.dispose()
    return aside
