"""Backups (SEC-09, ARCH-09, C-14): one labelled file per backup, made by an administrator or by
the schedule, recorded, rotated, copied to a second place; and the reminder when the last one
is older than the schedule allows. Restoring is in ``backup_restore`` (SEC-10).

Every backup is a full one: the database of a bureau is small, and a full copy is a superset of
the daily incremental backup SEC-09 asks for (the schedule still tells daily from weekly copies,
which are kept longer).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop import APP_NAME, __version__
from desktop.persistence import backup_archive, db_snapshot
from desktop.persistence.backup_archive import SUFFIX
from desktop.persistence.database import current_revision
from desktop.persistence.schema import BackupRun, BackupSettings, Bureau, utcnow
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["BackupService", "BackupSettingsView", "BackupRunView", "BackupStatus", "BACKUP_CONTENT", "run_view",
           "UpgradeBackup", "UpgradeNote", "backup_before_upgrade", "UPGRADE_ACTOR"]

# ARCH-09: what a backup holds, written on its label.
BACKUP_CONTENT = "全量备份：数据库（全部业务数据与审计日志）、文档库（已签发PDF）、密钥容器、最新签名审计检查点"
KINDS = ("manual", "daily", "weekly", "pre_restore", "pre_upgrade")
# Who the audit trail names for the backup the program makes before it upgrades the schema.
UPGRADE_ACTOR = "system(程序升级)"
_MAX_KEEP = 366


@dataclass(frozen=True)
class BackupSettingsView:
    folder: str  # as stored ("" = default)
    second_folder: str
    daily: bool
    weekly: bool
    keep_daily: int
    keep_weekly: int
    effective_folder: str  # where backups go


@dataclass(frozen=True)
class BackupRunView:
    id: int
    backup_id: str
    kind: str
    path: str
    copy_path: str
    size: int
    sha256: str
    made_by: str
    content: str
    started_at: datetime
    finished_at: datetime | None
    ok: bool
    error: str
    removed_at: datetime | None


@dataclass(frozen=True)
class BackupStatus:
    last_ok_at: datetime | None  # UTC
    due_kind: str | None  # "weekly" | "daily" | None: what the schedule wants made now
    overdue: bool  # the last backup is older than the schedule allows (or there is none)
    reminder: str  # one Chinese line for the home page, "" when all is well
    second_copy_missing: bool  # ARCH-09: two copies in different places


def run_view(r: BackupRun) -> BackupRunView:
    return BackupRunView(r.id, r.backup_id, r.kind, r.path, r.copy_path, r.size, r.sha256, r.made_by, r.content,
                         r.started_at, r.finished_at, r.ok, r.error, r.removed_at)


class BackupService(ServiceBase):
    def __init__(self, sessions: sessionmaker[Session], engine: Engine, audit_service: Any):
        super().__init__(sessions)
        self.engine = engine
        self.audit_service = audit_service  # the AuditService of the same Desk (checkpoints, anchor)

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    # Settings ------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        """SQLite: ``backups`` beside the database file; PostgreSQL: the user's data folder."""
        if self.kind == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
            return db_snapshot.sqlite_path(self.engine).parent / "backups"
        from platformdirs import user_data_dir

        from desktop import APP_ID, ORGANISATION

        return Path(user_data_dir(APP_ID, ORGANISATION)) / "backups"

    def _settings_row(self, session: Session, bureau_id: int) -> BackupSettings:
        row = session.get(BackupSettings, bureau_id)
        if row is None:  # C-14 default: daily + weekly, a week of dailies and two months of weeklies
            row = BackupSettings(bureau_id=bureau_id, folder="", second_folder="", daily=True, weekly=True,
                                 keep_daily=7, keep_weekly=8)
        return row

    def _view(self, row: BackupSettings) -> BackupSettingsView:
        effective = row.folder or str(self.default_folder())
        return BackupSettingsView(row.folder, row.second_folder, row.daily, row.weekly, row.keep_daily,
                                  row.keep_weekly, effective)

    def settings(self, user: SignedIn) -> BackupSettingsView:
        self.require_admin(user)
        with self.reading() as session:
            return self._view(self._settings_row(session, user.bureau_id))

    def save_settings(self, user: SignedIn, *, folder: str, second_folder: str, daily: bool, weekly: bool,
                      keep_daily: int, keep_weekly: int) -> BackupSettingsView:
        self.require_admin(user)
        problems = []
        folder, second_folder = folder.strip(), second_folder.strip()
        for value, what in ((folder, "备份文件夹"), (second_folder, "第二份存放文件夹")):
            if len(value) > 500 or any(ord(c) < 32 for c in value):
                problems.append(refuse("SEC-09", "backup.folder", f"{what}的路径无效").problems[0])
            elif value and not Path(value).is_absolute():
                problems.append(refuse("SEC-09", "backup.folder", f"{what}须为完整路径（如 D:\\备份）").problems[0])
        if second_folder and Path(second_folder) == Path(folder or self.default_folder()):
            problems.append(refuse("ARCH-09", "backup.second", "第二份须存放在不同的地点（不同的文件夹或磁盘）").problems[0])
        for value in (keep_daily, keep_weekly):
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _MAX_KEEP:
                problems.append(refuse("SEC-09", "backup.keep", f"保留份数须为 1 到 {_MAX_KEEP} 之间的整数").problems[0])
                break
        if problems:
            raise Refused(problems)
        with self.transaction() as session:
            row = self._settings_row(session, user.bureau_id)
            before = self._view(row).__dict__ if row in session else None
            row.folder, row.second_folder, row.daily, row.weekly = folder, second_folder, bool(daily), bool(weekly)
            row.keep_daily, row.keep_weekly, row.updated_at = keep_daily, keep_weekly, utcnow()
            session.add(row)
            view = self._view(row)
            self.audit(session, user, "backup.settings", "backup_settings", user.bureau_id, before=before,
                       after=view.__dict__)
            return view

    # Runs and status -----------------------------------------------------------------------
    def runs(self, user: SignedIn, limit: int = 200) -> list[BackupRunView]:
        self.require_admin(user)
        with self.reading() as session:
            rows = session.execute(select(BackupRun).where(BackupRun.bureau_id == user.bureau_id)
                                   .order_by(BackupRun.id.desc()).limit(limit)).scalars()
            return [run_view(r) for r in rows]

    def status(self, user: SignedIn, now: datetime | None = None) -> BackupStatus:
        """What the schedule wants (``due_kind``) and whether the last backup is too old."""
        self.require_admin(user)
        now = now or utcnow()
        with self.reading() as session:
            settings = self._settings_row(session, user.bureau_id)
            ok_runs = select(BackupRun.finished_at).where(BackupRun.bureau_id == user.bureau_id, BackupRun.ok.is_(True))
            last = session.execute(ok_runs.order_by(BackupRun.finished_at.desc()).limit(1)).scalar()
            last_weekly = session.execute(ok_runs.where(BackupRun.kind == "weekly")
                                          .order_by(BackupRun.finished_at.desc()).limit(1)).scalar()
        due = None
        if settings.weekly and (last_weekly is None or now - last_weekly >= timedelta(days=7)):
            due = "weekly"
        elif settings.daily and (last is None or _local_day(last) < _local_day(now)):
            due = "daily"
        allowed = timedelta(days=1) if settings.daily else timedelta(days=7) if settings.weekly else None
        overdue = allowed is not None and (last is None or now - last > allowed)
        reminder = ""
        if overdue:
            reminder = ("尚未做过数据备份，请在 系统管理 → 备份与恢复 立即备份（SEC-09）" if last is None else
                        f"上次数据备份已是 {_local_text(last)}，超过备份计划允许的间隔，请立即备份（SEC-09）")
        return BackupStatus(last, due, overdue, reminder, not settings.second_folder)

    # Making a backup -----------------------------------------------------------------------
    def backup(self, user: SignedIn, *, to: str | Path | None = None, kind: str = "manual",
               passphrase: str | None = None) -> BackupRunView:
        """Make one backup file now (SEC-09). With the signing ``passphrase`` an audit checkpoint
        is signed first, so the file carries a checkpoint covering its own label entry."""
        self.require_admin(user)
        if kind not in KINDS:
            raise refuse("SEC-09", "backup.kind", f"未知的备份种类 {kind[:20]}")
        with self.reading() as session:
            settings = self._view(self._settings_row(session, user.bureau_id))
            bureau = session.get(Bureau, user.bureau_id)
            bureau_code = bureau.code if bureau else "desk"
        folder = Path(to) if to else Path(settings.effective_folder)
        _writable(folder)
        started = utcnow()
        local = datetime.now().astimezone()
        backup_id = uuid.uuid4().hex
        label = {"backup_id": backup_id, "content": BACKUP_CONTENT, "created_at": local.isoformat(timespec="seconds"),
                 "made_by": user.name, "made_by_user": user.username, "kind": kind, "bureau": bureau_code,
                 "app_version": __version__}
        # The label goes into the audit trail before the copy, so the copy holds it (checked at restore).
        with self.transaction() as session:
            self.audit(session, user, "backup.start", "backup", backup_id, after=label)
        # The id's start keeps two backups made in the same second apart.
        target = folder / f"{_safe(bureau_code)}-{local.strftime('%Y%m%d-%H%M%S')}-{kind}-{backup_id[:6]}{SUFFIX}"
        try:
            checkpoint = self._checkpoint(user, passphrase)
            path, copy = self._write(folder, target, label, checkpoint, settings.second_folder)
        except (Refused, OSError, db_snapshot.SnapshotError) as exc:
            text = _failure_text(exc)
            with self.transaction() as session:
                session.add(BackupRun(bureau_id=user.bureau_id, backup_id=backup_id, kind=kind, path=str(target),
                                      made_by=user.audit_name, content=BACKUP_CONTENT, started_at=started,
                                      finished_at=utcnow(), ok=False, error=text[:500]))
                self.audit(session, user, "backup.failed", "backup", backup_id, after={"error": text[:300]})
            if isinstance(exc, Refused):
                raise
            raise refuse("SEC-09", "backup.failed", f"备份失败，未生成备份文件：{text}") from None
        size, digest = path.stat().st_size, backup_archive.file_sha256(path)
        with self.transaction() as session:
            run = BackupRun(bureau_id=user.bureau_id, backup_id=backup_id, kind=kind, path=str(path),
                            copy_path=str(copy or ""), size=size, sha256=digest, made_by=user.audit_name,
                            content=BACKUP_CONTENT, started_at=started, finished_at=utcnow(), ok=True, error="")
            session.add(run)
            session.flush()
            self.audit(session, user, "backup.done", "backup", backup_id,
                       after={"file": str(path), "copy": str(copy or ""), "size": size, "sha256": digest})
            view = run_view(run)
        if kind in ("daily", "weekly"):
            self._rotate(user, kind, settings.keep_daily if kind == "daily" else settings.keep_weekly)
        return view

    def run_due(self, user: SignedIn, now: datetime | None = None) -> BackupRunView | None:
        """The scheduled backup, if one is due (at an administrator's sign-in, or ``backup --due``)."""
        due = self.status(user, now).due_kind
        return self.backup(user, kind=due) if due else None

    def _checkpoint(self, user: SignedIn, passphrase: str | None) -> str | None:
        audit = self.audit_service
        if passphrase and hasattr(audit, "sign_checkpoint"):
            audit.sign_checkpoint(user, passphrase, reason="backup")
        latest = getattr(audit, "latest_checkpoint", None)
        view = latest() if latest is not None else None
        return json.dumps(view.to_json(), ensure_ascii=False) if view is not None else None

    @staticmethod
    def _sweep_leftovers(folder: Path, older_than: float = 600.0) -> None:
        """Remove what a backup killed half-way left (its staging folder, a partial file). Only
        leftovers older than ``older_than`` seconds: another PC may be writing into a shared folder."""
        import time

        limit = time.time() - older_than
        for item in list(folder.glob(".bdbak-*")) + list(folder.glob(".*.bdbak.*.part")) + \
                list(folder.glob(".*.bdbak.part")):
            try:
                if item.stat().st_mtime > limit:
                    continue
                shutil.rmtree(item) if item.is_dir() else item.unlink()
            except OSError:
                pass  # in use or already gone: the next backup tries again

    def _write(self, folder: Path, target: Path, label: dict[str, Any], checkpoint: str | None,
               second_folder: str) -> tuple[Path, Path | None]:
        self._sweep_leftovers(folder)
        if second_folder and Path(second_folder).is_dir():
            self._sweep_leftovers(Path(second_folder))
        with tempfile.TemporaryDirectory(prefix=".bdbak-", dir=folder) as tmp:
            member = backup_archive.db_member(self.kind)
            db_file = Path(tmp) / member
            if self.kind == "sqlite":
                found = db_snapshot.sqlite_snapshot(self.engine, db_file)
            else:
                found = db_snapshot.pg_dump(self.engine, db_file)
            manifest = {"format": backup_archive.FORMAT, "label": label,
                        "app": {"name": APP_NAME, "version": __version__},
                        "database": {"kind": self.kind, "revision": found["revision"] or ""},
                        "inventory": found,
                        "stores": {"documents": list(db_snapshot.STORED_PDFS),
                                   "key_containers": [t for t, _ in db_snapshot.KEY_CONTAINERS]}}
            blobs = {backup_archive.CHECKPOINT: checkpoint.encode("utf-8")} if checkpoint else {}
            backup_archive.write_archive(target, manifest, {member: db_file}, blobs)
        copy = None
        if second_folder:  # ARCH-09: a second copy in another place, checked byte for byte
            second = Path(second_folder)
            _writable(second)
            copy = second / target.name
            partial = second / f".{target.name}.part"
            shutil.copyfile(target, partial)
            if backup_archive.file_sha256(partial) != backup_archive.file_sha256(target):
                partial.unlink(missing_ok=True)
                raise OSError("第二份副本与原件不一致")
            os.replace(partial, copy)
        return target, copy

    def _rotate(self, user: SignedIn, kind: str, keep: int) -> None:
        """Keep the newest ``keep`` scheduled backups of this kind; delete older files and copies."""
        with self.transaction() as session:
            rows = session.execute(select(BackupRun).where(
                BackupRun.bureau_id == user.bureau_id, BackupRun.kind == kind, BackupRun.ok.is_(True),
                BackupRun.removed_at.is_(None)).order_by(BackupRun.finished_at.desc(), BackupRun.id.desc())
            ).scalars().all()
            for run in rows[keep:]:
                for name in (run.path, run.copy_path):
                    if name:
                        Path(name).unlink(missing_ok=True)
                run.removed_at = utcnow()
                self.audit(session, user, "backup.rotate", "backup", run.backup_id,
                           after={"file": run.path, "keep": keep})

    # Restoring (SEC-10) --------------------------------------------------------------------
    def inspect_file(self, user: SignedIn | None, path: str | Path):  # noqa: ANN201 - FileReport
        """What a backup file holds and what a restore would replace (for the confirmation)."""
        from desktop.services.backup_restore import inspect_file

        if user is not None:
            self.require_admin(user)
        return inspect_file(self, Path(path))

    def restore(self, user: SignedIn, path: str | Path):  # noqa: ANN201 - RestoreResult
        """Replace this database with the backup, after backing up the current state and checking
        the file (SEC-10). The Desk's connections are closed and reopen on the restored data."""
        from desktop.services.backup_restore import restore

        self.require_admin(user)
        return restore(self, Path(path), user=user)

    def restore_fresh(self, path: str | Path, username: str, password: str):  # noqa: ANN201
        """Restore into a database with no bureau yet (a new PC): the administrator proves who they
        are with their account in the backup itself."""
        from desktop.services.backup_restore import restore

        return restore(self, Path(path), credentials=(username, password))

    def schema_revision(self) -> str | None:
        return current_revision(self.engine)

    # Before a schema upgrade ----------------------------------------------------------------
    def record_upgrade(self, made: UpgradeBackup, from_revision: str, to_revision: str) -> UpgradeNote:
        """After the migration: the backup's run (the table may not have existed before it) and
        the upgrade itself, in the audit trail."""
        with self.transaction() as session:
            bureau_id = session.execute(select(Bureau.id).order_by(Bureau.id).limit(1)).scalar()
            run = BackupRun(bureau_id=bureau_id, backup_id=made.backup_id, kind="pre_upgrade", path=made.path,
                            copy_path=made.copy_path, size=made.size, sha256=made.sha256, made_by=UPGRADE_ACTOR,
                            content=BACKUP_CONTENT, started_at=made.started_at, finished_at=made.finished_at,
                            ok=True, error="")
            session.add(run)
            self.audit(session, UPGRADE_ACTOR, "backup.done", "backup", made.backup_id,
                       after={"file": made.path, "copy": made.copy_path, "size": made.size, "sha256": made.sha256})
            self.audit(session, UPGRADE_ACTOR, "schema.upgrade", "database", "",
                       before={"revision": from_revision},
                       after={"revision": to_revision, "app_version": __version__, "backup": made.path})
        return UpgradeNote(from_revision, to_revision, made.path)


@dataclass(frozen=True)
class UpgradeBackup:
    """The backup made before a schema upgrade, before its run could be recorded."""

    backup_id: str
    path: str
    copy_path: str
    size: int
    sha256: str
    started_at: datetime
    finished_at: datetime


@dataclass(frozen=True)
class UpgradeNote:
    """What the user is told once after the program upgraded the database's schema."""

    from_revision: str
    to_revision: str
    backup_path: str | None

    def line(self) -> str:
        if self.backup_path:
            return (f"schema upgraded from {self.from_revision} to {self.to_revision}; "
                    f"backup taken first: {self.backup_path}")
        return f"schema upgraded from {self.from_revision} to {self.to_revision} (no bureau yet: no backup needed)"


def backup_before_upgrade(engine: Engine, revision: str) -> UpgradeBackup | None:
    """A full backup of a database with a bureau before its schema is upgraded from ``revision``
    (nobody is signed in yet: the program makes it, and the trail says so). Only plain SQL and the
    audit trail's tables, which every revision has, are used on the old schema. None for a
    database without a bureau. A backup that cannot be made raises :class:`DatabaseError`, and
    the caller does not migrate."""
    from sqlalchemy import inspect, text

    from desktop.persistence import audit_log
    from desktop.persistence.database import HEAD_REVISION, DatabaseError

    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        bureau = conn.execute(text("SELECT id, code FROM bureaus ORDER BY id LIMIT 1")).first() \
            if "bureaus" in present else None
        folders = conn.execute(text("SELECT folder, second_folder FROM backup_settings WHERE bureau_id = :b"),
                               {"b": bureau[0]}).first() if bureau is not None and "backup_settings" in present else None
    if bureau is None:
        return None
    from desktop.persistence import record_state
    from desktop.persistence.audit_anchor import anchor_for

    sessions = sessionmaker(engine, expire_on_commit=False)
    # This PC's audit anchor hears of the entries written here, as of every other write (SEC-01).
    record_state.install(sessions, anchor_for(engine.url.render_as_string(hide_password=False)))
    service = BackupService(sessions, engine, None)
    folder = Path(folders[0]) if folders and folders[0] else service.default_folder()
    second = folders[1] if folders else ""
    started, local, backup_id = utcnow(), datetime.now().astimezone(), uuid.uuid4().hex
    label = {"backup_id": backup_id, "content": BACKUP_CONTENT, "created_at": local.isoformat(timespec="seconds"),
             "made_by": "程序升级前自动备份", "made_by_user": "system", "kind": "pre_upgrade", "bureau": bureau[1],
             "app_version": __version__, "schema_from": revision, "schema_to": HEAD_REVISION}
    target = folder / f"{_safe(bureau[1])}-{local.strftime('%Y%m%d-%H%M%S')}-pre_upgrade-{backup_id[:6]}{SUFFIX}"
    try:
        _writable(folder)
        with sessions.begin() as session:  # the label is in the copy, as for every backup (checked at restore)
            audit_log.append(session, actor=UPGRADE_ACTOR, action="backup.start", entity="backup",
                             entity_id=backup_id, after=label)
        path, copy = service._write(folder, target, label, _checkpoint_json(sessions), second)
    except Exception as exc:  # noqa: BLE001 - whatever stops the backup stops the upgrade
        if isinstance(exc, (Refused, OSError)):
            text_ = _failure_text(exc)
        else:
            text_ = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        try:
            with sessions.begin() as session:
                audit_log.append(session, actor=UPGRADE_ACTOR, action="backup.failed", entity="backup",
                                 entity_id=backup_id, after={"error": text_[:300], "schema_from": revision})
        except Exception:  # noqa: BLE001 - the refusal below matters more than its trace
            pass
        raise DatabaseError(f"数据库需从 {revision} 升级到 {HEAD_REVISION}，但升级前备份失败，未升级：{text_} / the database "
                            f"needs an upgrade from {revision} to {HEAD_REVISION}; the backup before it failed, so "
                            f"nothing was upgraded") from exc
    return UpgradeBackup(backup_id, str(path), str(copy or ""), path.stat().st_size,
                         backup_archive.file_sha256(path), started, utcnow())


def _checkpoint_json(sessions: sessionmaker[Session]) -> str | None:
    """The newest signed audit checkpoint, if this (older) schema has them in today's shape."""
    from desktop.services.audit_trail import AuditService

    try:
        view = AuditService(sessions).latest_checkpoint()
    except Exception:  # noqa: BLE001 - a schema before checkpoints: the backup goes without one
        return None
    return json.dumps(view.to_json(), ensure_ascii=False) if view is not None else None


def _writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as exc:
        raise refuse("SEC-09", "backup.folder", f"无法写入备份文件夹 {str(folder)[:80]}：{exc.strerror or exc}") from None


def _safe(code: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in code)[:32] or "desk"


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, Refused):
        return "；".join(p.text for p in exc.problems)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}"[:200]
    return str(exc)[:200]


def _local_day(utc: datetime):  # noqa: ANN202
    return utc.replace(tzinfo=timezone.utc).astimezone().date()


def _local_text(utc: datetime) -> str:
    return utc.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
