"""Restoring a backup (SEC-10): check the file, restore it into a staging copy, check the copy,
back up the current state, switch, check again, record the restore in the audit trail.

Order and why:
1. The file: a zip of our format, every member's SHA-256 as listed, a database of this kind, a
   schema revision this program knows (a newer one is refused: the program must be updated first).
2. A staging copy (SQLite: a file beside the database; PostgreSQL: a fresh database made by
   ``pg_restore``) is checked against the manifest: rows per table, every stored PDF's SHA-256
   (recomputed from its bytes, and the row's own ``sha256``), the key containers, the audit head,
   the label entry the backup wrote into the trail before copying, the hash chain, and the signed
   audit checkpoint in the file. Nothing of the current data has been touched so far, so a
   damaged or foreign file is refused with one line and nothing changed.
3. An older schema is migrated in the staging copy; then the current state is backed up
   (「数据恢复前，必须对原环境的数据进行备份」) and the staging copy takes its place (SQLite: atomic
   file replace with no connection open; PostgreSQL: both databases renamed in one transaction,
   the previous one kept as ``<name>_pre_restore_<time>``).
4. The restored database is checked again (「数据恢复后，必须进行验证、确认」) and the restore is
   written into its audit trail.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from desktop.domain.approval.model import Problem
from desktop.domain.positions import SYSTEM_ADMIN
from desktop.persistence import backup_archive, db_snapshot, record_state
from desktop.persistence.backup_archive import ArchiveError, Opened
from desktop.persistence.database import HEAD_REVISION, alembic_config, migrate
from desktop.persistence.schema import AuditHead, BackupRun, Bureau, Document, utcnow
from desktop.services.base import Refused, SignedIn, refuse

if TYPE_CHECKING:
    from desktop.services.backups import BackupRunView, BackupService

__all__ = ["BackupBroken", "FileReport", "RestoreResult", "inspect_file", "restore"]


class BackupBroken(Refused):
    """The backup file failed a check (damaged, changed or foreign); nothing was changed."""

    def __init__(self, text: str):
        super().__init__([Problem("SEC-10", "restore.broken", text)])


@dataclass(frozen=True)
class FileReport:
    """A backup file whose structure and hashes are sound, and what restoring it would replace."""

    path: str
    sha256: str
    size: int
    label: dict[str, Any]
    kind: str
    revision: str
    app_version: str
    bureau: dict[str, str] | None
    documents: int
    pdfs: int
    key_containers: int
    audit_entries: int
    has_checkpoint: bool
    known_run: BackupRunView | None  # this database's record of making this very file
    current: dict[str, Any]  # the data a restore replaces: bureau, documents, audit entries, database
    problems: list[str] = field(default_factory=list)  # why it cannot be restored here


@dataclass(frozen=True)
class RestoreResult:
    path: str
    label: dict[str, Any]
    safety_backup: str | None  # the backup of the state before (SEC-10)
    previous_database: str | None  # PostgreSQL: the renamed previous database
    migrated_from: str | None
    audit_entries: int
    pdfs_checked: int


def _open(path: Path) -> Opened:
    try:
        return backup_archive.open_archive(path)
    except ArchiveError as exc:  # not a backup at all: bad input; one of ours but damaged: broken
        if exc.foreign:
            raise refuse("SEC-10", "restore.foreign", str(exc)) from None
        raise BackupBroken(str(exc)) from None


def _revision_problem(revision: str, engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    if revision == HEAD_REVISION:
        return None
    try:
        known = ScriptDirectory.from_config(alembic_config(engine)).get_revision(revision)
    except (CommandError, KeyError, ValueError):
        known = None
    if known is None:
        return f"此备份的数据库版本 {revision[:40]} 比本程序新（或不是本系统的），请先升级本程序再恢复"
    return None


def _compatibility(service: BackupService, opened: Opened) -> list[str]:
    problems = []
    if opened.kind != service.kind:
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
        problems.append(f"此备份来自 {names[opened.kind]} 数据库，不能恢复到当前的 {names.get(service.kind, service.kind)} 数据库")
    revision = _revision_problem(opened.manifest["database"]["revision"], service.engine)
    if revision:
        problems.append(revision)
    if service.kind == "sqlite" and service.engine.url.database in (None, "", ":memory:"):
        problems.append("内存数据库不能恢复备份")
    return problems


def inspect_file(service: BackupService, path: Path) -> FileReport:
    opened = _open(path)
    try:
        inv = opened.manifest["inventory"]
        digest = backup_archive.file_sha256(path)
        with service.reading() as session:
            run = session.execute(select(BackupRun).where(BackupRun.sha256 == digest, BackupRun.ok.is_(True))
                                  .limit(1)).scalar_one_or_none()
            bureau = session.execute(select(Bureau).order_by(Bureau.id).limit(1)).scalar_one_or_none()
            head = session.get(AuditHead, 1)
            current = {"bureau": bureau.name if bureau else "", "documents":
                       session.execute(select(func.count()).select_from(Document)).scalar(),
                       "audit_entries": head.seq if head else 0, "database": service.engine.url.render_as_string()}
        from desktop.services.backups import run_view

        return FileReport(
            path=str(path), sha256=digest, size=path.stat().st_size, label=dict(opened.label), kind=opened.kind,
            revision=opened.manifest["database"]["revision"], app_version=str(opened.manifest.get("app", {})
                                                                             .get("version", "")),
            bureau=inv.get("bureau"), documents=int(inv.get("tables", {}).get("documents", 0)),
            pdfs=sum(len(v) for v in inv.get("pdfs", {}).values()),
            key_containers=sum(len(v) for v in inv.get("key_containers", {}).values()),
            audit_entries=int((inv.get("audit_head") or {}).get("seq", 0)),
            has_checkpoint=opened.checkpoint_json() is not None, known_run=run_view(run) if run else None,
            current=current, problems=_compatibility(service, opened))
    finally:
        opened.close()


# Staging -----------------------------------------------------------------------------------
class _Staging:
    """The restored copy before the switch: an engine on it, and how to get rid of it."""

    def __init__(self, service: BackupService, opened: Opened):
        self.service = service
        self.kind = service.kind
        self.path: Path | None = None
        self.pg_name: str | None = None
        member = backup_archive.db_member(self.kind)
        if self.kind == "sqlite":
            live = db_snapshot.sqlite_path(service.engine)
            self.path = live.parent / f".{live.name}.restore-{uuid.uuid4().hex[:8]}"
            opened.extract(member, self.path)
            self.engine = db_snapshot.plain_sqlite_engine(self.path)
        else:
            with tempfile.TemporaryDirectory(prefix="bdbak-") as tmp:
                dump = Path(tmp) / member
                opened.extract(member, dump)
                url = db_snapshot.pg_stage(service.engine, dump)
            self.pg_name = url.database
            from sqlalchemy import create_engine

            self.engine = create_engine(url)

    def discard(self) -> None:
        self.engine.dispose()
        if self.path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
        if self.pg_name is not None:
            db_snapshot.pg_drop(self.service.engine, self.pg_name)

    def switch(self) -> str | None:
        self.engine.dispose()
        if self.path is not None:
            db_snapshot.sqlite_switch(self.service.engine, self.path)
            return None
        return db_snapshot.pg_switch(self.service.engine, self.pg_name)


# Checks ------------------------------------------------------------------------------------
_WHAT = {"tables": "各表行数", "pdfs": "文档库PDF", "key_containers": "密钥容器", "audit_head": "审计日志末条",
         "revision": "数据库版本", "bureau": "单位"}


def _compare(found: dict[str, Any], expected: dict[str, Any], *, after_migration: bool = False) -> str | None:
    """The first difference between a database's inventory and the manifest, as one line."""
    for key in ("bureau", "audit_head", "tables", "pdfs", "key_containers", "revision"):
        want, got = expected.get(key), found.get(key)
        if key == "revision" and after_migration:
            continue
        if key == "tables" and after_migration:
            got = {name: n for name, n in (got or {}).items() if name in (want or {})}
        if want == got:
            continue
        if isinstance(want, dict) and isinstance(got, dict) and key in ("tables", "pdfs", "key_containers"):
            for name in sorted(set(want) | set(got)):
                if want.get(name) != got.get(name):
                    if key == "tables":
                        return f"表 {name} 的行数与清单不符（清单 {want.get(name)}，实际 {got.get(name)}）"
                    inner_w, inner_g = want.get(name) or {}, got.get(name) or {}
                    for row in sorted(set(inner_w) | set(inner_g), key=lambda s: int(s) if s.isdigit() else 0):
                        if inner_w.get(row) != inner_g.get(row):
                            return f"{_WHAT[key]} {name} #{row} 的 SHA-256 与清单不符"
        return f"{_WHAT[key]}与清单不符"
    return None


def _verify(engine: Engine, opened: Opened, *, after_migration: bool = False,
            expected: dict[str, Any] | None = None) -> tuple[int, int]:
    """All checks of a restored database against the file; (audit entries, PDFs) checked.
    ``expected``: the inventory of the checked copy after its migration (a migration may add rows,
    e.g. 0006's register counters), which the database must now match exactly."""
    manifest = opened.manifest
    with engine.connect() as conn:
        found = db_snapshot.inventory(conn)
        difference = _compare(found, expected) if expected is not None else \
            _compare(found, manifest["inventory"], after_migration=after_migration)
        if difference:
            raise BackupBroken(f"备份文件已被改动或损坏：{difference}")
        for table in db_snapshot.STORED_PDFS:
            for row_id, recorded in conn.execute(text(f"SELECT id, sha256 FROM {table} ORDER BY id")):
                if found["pdfs"][table].get(str(row_id)) != recorded:
                    raise BackupBroken(f"备份文件已被改动或损坏：文档库 {table} #{row_id} 的内容与其记录的 SHA-256 不符")
        label = manifest["label"]
        recorded_label = conn.execute(text(
            "SELECT after_json FROM audit_entries WHERE action = 'backup.start' AND entity = 'backup' "
            "AND entity_id = :id"), {"id": str(label.get("backup_id", ""))}).scalar()
    if recorded_label is None or json.loads(recorded_label) != label:
        raise BackupBroken("备份文件已被改动：标签（内容、日期、备份者）与备份时记入审计日志的不符")
    checked = _audit_checks(engine, opened.checkpoint_json())
    return checked, sum(len(v) for v in found["pdfs"].values())


def _audit_checks(engine: Engine, checkpoint: str | None) -> int:
    from desktop.services.audit_trail import AuditService

    audit = AuditService(sessionmaker(engine, expire_on_commit=False))
    if checkpoint is not None and hasattr(audit, "check_checkpoint_json"):
        problems = audit.check_checkpoint_json(checkpoint)
        if problems:
            raise BackupBroken(f"备份中的审计检查点不符：{str(problems[0])[:100]}")
    try:
        report = audit.verify(checkpoint=checkpoint) if checkpoint is not None else audit.verify()
    except TypeError:  # an audit service without checkpoints
        report = audit.verify()
    if not report.ok:
        raise BackupBroken(f"备份中的审计日志不完整或被改动：{str(report.reason)[:100]}")
    return int(getattr(report, "checked", 0))


def _admin_in_backup(engine: Engine, username: str, password: str) -> str:
    """On a new PC: the person restoring must be an administrator of the bureau in the backup.
    Read-only (argon2 verify), so the checked copy stays as the manifest describes it."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT a.password_hash, a.active, s.name, (SELECT count(*) FROM staff_positions p "
            "WHERE p.staff_id = s.id AND p.position = :admin) FROM user_accounts a JOIN staff s ON s.id = a.staff_id "
            "WHERE lower(a.username) = :u"), {"u": username.strip().lower(), "admin": SYSTEM_ADMIN}).first()
    ok = False
    if row is not None:
        try:
            ok = PasswordHasher().verify(row[0], password)
        except (VerificationError, InvalidHashError):
            ok = False
    if not ok:
        raise refuse("SEC-01", "login.failed", "用户名或密码错误（须为备份中单位的系统管理员）")
    if not row[1] or not row[3]:
        raise refuse("SEC-03", "perm.admin", "恢复备份仅限备份中单位的系统管理员")
    return f"{username.strip()}({row[2]})"


# The procedure ------------------------------------------------------------------------------
def restore(service: BackupService, path: Path, *, user: SignedIn | None = None,
            credentials: tuple[str, str] | None = None) -> RestoreResult:
    with service.reading() as session:
        has_bureau = bool(session.execute(select(func.count()).select_from(Bureau)).scalar())
    if user is None and has_bureau:
        raise refuse("SEC-03", "perm.admin", "当前数据库已有单位：请以系统管理员身份登录后恢复")
    opened = _open(path)
    try:
        problems = _compatibility(service, opened)
        if problems:
            raise Refused([Problem("SEC-10", "restore.refused", p) for p in problems])
        try:
            staging = _Staging(service, opened)
        except db_snapshot.SnapshotError as exc:
            raise BackupBroken(f"备份中的数据库无法还原：{exc}") from None
        except OSError as exc:
            raise refuse("SEC-10", "restore.space", f"无法写出临时数据库：{exc.strerror or exc}") from None
        try:
            try:
                _verify(staging.engine, opened)
            except SQLAlchemyError as exc:  # a copy the database cannot even read
                raise BackupBroken(f"备份中的数据库无法读取：{str(getattr(exc, 'orig', exc)).splitlines()[0][:80]}") from None
            actor = user.audit_name if user is not None else _admin_in_backup(staging.engine, *credentials)
            revision = opened.manifest["database"]["revision"]
            migrated_from = expected = None
            if revision != HEAD_REVISION:
                migrate(staging.engine)
                migrated_from = revision
                with staging.engine.connect() as conn:
                    expected = db_snapshot.inventory(conn)
            safety = service.backup(user, kind="pre_restore") if user is not None and has_bureau else None
            with service.reading() as session:
                replaced = session.get(AuditHead, 1)
                replaced_head = (replaced.seq, replaced.hash) if replaced is not None else None
            try:
                previous = staging.switch()
            except db_snapshot.SnapshotError as exc:  # someone still connected: nothing switched
                raise refuse("SEC-10", "restore.busy", str(exc)) from None
        except BaseException:
            staging.discard()
            raise
        audit_checked, pdfs = _verify(service.engine, opened, after_migration=migrated_from is not None,
                                      expected=expected)
        _record(service, opened, actor, safety, previous, migrated_from, replaced_head)
        if migrated_from in record_state.BASELINE_BEFORE:  # as at any upgrade: the states the new schema records
            service.audit_service.record_baseline()
        _reset_anchor(service, opened.checkpoint_json())
        return RestoreResult(str(path), dict(opened.label), safety.path if safety else None, previous,
                             migrated_from, audit_checked, pdfs)
    finally:
        opened.close()


def _record(service: BackupService, opened: Opened, actor: str, safety: BackupRunView | None,
            previous: str | None, migrated_from: str | None, replaced_head: tuple[int, str] | None) -> None:
    from desktop.persistence import audit_log

    digest = backup_archive.file_sha256(opened.path)
    with service.transaction() as session:
        bureau_id = session.execute(select(Bureau.id).order_by(Bureau.id).limit(1)).scalar()
        if safety is not None:  # the restored database lists the backup of what it replaced
            session.add(BackupRun(bureau_id=bureau_id, backup_id=safety.backup_id, kind="pre_restore",
                                  path=safety.path, copy_path=safety.copy_path, size=safety.size, sha256=safety.sha256,
                                  made_by=safety.made_by, content=safety.content, started_at=safety.started_at,
                                  finished_at=safety.finished_at, ok=True, error=""))
        label = opened.label
        if not session.execute(select(BackupRun.id).where(BackupRun.backup_id == str(label.get("backup_id", "")))
                               .limit(1)).first():  # the list of backups shows the file restored from
            made = label.get("created_at", "")
            session.add(BackupRun(bureau_id=bureau_id, backup_id=str(label.get("backup_id", ""))[:40],
                                  kind=str(label.get("kind", "manual"))[:16], path=str(opened.path)[:500],
                                  size=opened.path.stat().st_size, sha256=digest,
                                  made_by=f"{label.get('made_by_user', '')}({label.get('made_by', '')})"[:100],
                                  content=str(label.get("content", ""))[:300], started_at=_utc(made),
                                  finished_at=_utc(made), ok=True, error=""))
        audit_log.append(session, actor=actor, action="backup.restore", entity="backup",
                         entity_id=opened.label.get("backup_id", ""),
                         after={"file": str(opened.path), "sha256": digest, "label": opened.label,
                                "safety_backup": safety.path if safety else None, "previous_database": previous,
                                "migrated_from": migrated_from, "restored_at": utcnow().isoformat(),
                                "replaced_audit_head": list(replaced_head) if replaced_head else None})


def _reset_anchor(service: BackupService, checkpoint: str | None) -> None:
    """This PC's audit anchor saw the replaced trail: it starts again from the restored one (whose
    chain was just checked against the signed checkpoint in the file), so the next ``verify`` does
    not take the restore for a rewrite. The restore entry keeps the replaced head."""
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    anchor = getattr(service.audit_service, "anchor", None)
    if anchor is None:
        return
    from desktop.persistence.schema import BureauAuthority

    with service.reading() as session:
        head = session.get(AuditHead, 1)
        pem = session.execute(select(BureauAuthority.cert_pem).order_by(BureauAuthority.id).limit(1)).scalar()
    fingerprint = hashlib.sha256(x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(Encoding.DER)
                                 ).hexdigest() if pem else ""
    anchor.reset(root_fingerprint=fingerprint, head=(head.seq, head.hash) if head else (0, "0" * 64),
                 checkpoint=json.loads(checkpoint) if checkpoint else None)


def _utc(iso: str):  # noqa: ANN202 - naive UTC datetime, as the database keeps it
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return utcnow()
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment
