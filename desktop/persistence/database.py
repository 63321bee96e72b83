"""Opening the database: URL resolution, engine set-up per dialect, and migrations at start.

SQLite (the default, one file in the user's data folder) runs with WAL, foreign keys on and
``BEGIN IMMEDIATE`` so that write transactions are serialised instead of failing half-way.
PostgreSQL is used by URL for a bureau that shares one database across PCs.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

__all__ = ["ENV_VAR", "resolve_url", "default_sqlite_url", "make_engine", "migrate", "current_revision",
           "HEAD_REVISION", "DatabaseError", "NewerDatabase", "describe_database_error", "LOCK_TIMEOUT_SECONDS",
           "lock_timeout_seconds", "known_revision", "check_known_revision", "database_exists", "app_version_of",
           "record_app_version"]

ENV_VAR = "BUREAU_DESK_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Start-up compares the database to this and imports Alembic only when
# they differ; tests/test_migrations.py fails if it is not Alembic's head.
HEAD_REVISION = "0011_supply_stock"


# How long a write waits for another PC's or program's lock before giving up with a clear message
# ($BUREAU_DESK_LOCK_TIMEOUT seconds overrides it, e.g. for tests).
LOCK_TIMEOUT_SECONDS = 15
LOCK_TIMEOUT_ENV = "BUREAU_DESK_LOCK_TIMEOUT"


def lock_timeout_seconds() -> float:
    try:
        value = float(os.environ.get(LOCK_TIMEOUT_ENV, LOCK_TIMEOUT_SECONDS))
    except ValueError:
        return LOCK_TIMEOUT_SECONDS
    return min(max(value, 0.1), 600)


class DatabaseError(RuntimeError):
    """The database cannot be opened or used, with a message a user can act on."""


class NewerDatabase(DatabaseError):
    """The database's schema revision is unknown here: a newer version of the app wrote it."""


def describe_database_error(exc: BaseException) -> str | None:
    """One line a user can act on for a database failure (never the SQL text), or None if ``exc``
    is not a database error."""
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    if not isinstance(exc, SQLAlchemyError):
        return None
    orig = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    detail = (str(orig) if orig is not None else type(exc).__name__).strip().splitlines()
    first = detail[0][:200] if detail else ""
    lowered = first.lower()
    if "locked" in lowered or "lock timeout" in lowered or "could not obtain lock" in lowered \
            or type(orig).__name__ in ("LockNotAvailable", "QueryCanceled"):
        return (f"数据库正被其他电脑或程序占用，等待 {lock_timeout_seconds():g} 秒后仍未释放，请稍后再试 "
                "(the database is locked by another program; try again later)")
    if "could not connect" in lowered or "connection" in lowered and "refused" in lowered \
            or "unable to open database" in lowered:
        return f"无法连接数据库 cannot open the database: {first}"
    if "readonly" in lowered or "read-only" in lowered:
        return f"数据库只读，无法写入 the database is read-only: {first}"
    if "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        return f"磁盘已满或读写错误 disk full or I/O error: {first}"
    return f"数据库错误 database error: {first}"


def default_sqlite_url() -> str:
    from platformdirs import user_data_dir

    from desktop import APP_ID, ORGANISATION

    folder = Path(user_data_dir(APP_ID, ORGANISATION))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'bureau-desk.sqlite3'}"


def resolve_url(url: str | None = None) -> str:
    """``--db URL`` first, then ``$BUREAU_DESK_DB``, then the SQLite file in the data folder."""
    chosen = url or os.environ.get(ENV_VAR) or default_sqlite_url()
    try:
        parsed = make_url(chosen)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a bad URL
        raise DatabaseError(f"not a database URL: {chosen!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(lock_timeout_seconds() * 1000)}")
        if engine.url.database and engine.url.database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    url = resolve_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": lock_timeout_seconds()})
        _sqlite_setup(engine)
    elif parsed.get_backend_name() == "postgresql":
        # A row lock held by another PC longer than the timeout fails the statement (LockNotAvailable)
        # instead of waiting for ever; the CLI and GUI turn that into one clear line.
        engine = create_engine(url, pool_pre_ping=True, connect_args={
            "connect_timeout": 10, "options": f"-c lock_timeout={int(lock_timeout_seconds() * 1000)}"})
    else:
        raise DatabaseError(f"unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL")
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine):  # noqa: ANN201 - alembic is imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def known_revision(engine: Engine, revision: str) -> bool:
    """Whether ``revision`` is one of this program's migrations (imports Alembic; only called when
    the database is not at :data:`HEAD_REVISION`)."""
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(engine)).get_revision(revision) is not None
    except (CommandError, KeyError, ValueError):
        return False


def check_known_revision(engine: Engine, revision: str | None) -> None:
    """Refuse, with one line, a database whose schema this version does not know (written by a newer
    version): never Alembic's error, and nothing touched."""
    if revision is None or known_revision(engine, revision):
        return
    from desktop import APP_NAME

    version = app_version_of(engine)
    zh, en = (f"更新版本({version})", f"a newer version {version}") if version else ("更新版本", "a newer version")
    raise NewerDatabase(f"此数据库由{zh}的程序创建；请安装该版本或恢复备份 / the database was created by {en} of "
                        f"{APP_NAME} (schema {revision[:40]}); install it or restore a backup")


# The version of the program that last migrated a database, without a table of its own (no
# migration needed): SQLite keeps it in the file header's user_version (major·10⁶ + minor·10³ +
# patch), PostgreSQL as the comment on Alembic's version table. Both travel with a backup.
_VERSION_COMMENT = "bureau-desk "


def _version_number(version: str) -> int:
    parts = []
    for piece in version.split(".")[:3]:
        digits = "".join(c for c in piece if c.isdigit()) or "0"
        parts.append(min(int(digits[:3]), 999))
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def app_version_of(engine: Engine) -> str | None:
    """The version of Bureau Desk that last migrated this database, if it recorded one."""
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                number = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
                if number <= 0:
                    return None
                return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"
            comment = conn.execute(text("SELECT obj_description(to_regclass('alembic_version'), 'pg_class')")).scalar()
    except Exception:  # noqa: BLE001 - the version is a courtesy in a refusal
        return None
    if comment and str(comment).startswith(_VERSION_COMMENT):
        return str(comment)[len(_VERSION_COMMENT):][:40] or None
    return None


def record_app_version(engine: Engine) -> None:
    """Best effort (e.g. a PostgreSQL role that does not own the table): the version only makes a
    later refusal more precise."""
    from desktop import __version__

    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA user_version = {_version_number(__version__)}")
            else:
                conn.execute(text(f"COMMENT ON TABLE alembic_version IS '{_VERSION_COMMENT}{__version__}'"))
    except Exception:  # noqa: BLE001
        pass


def database_exists(url: str) -> bool:
    """Whether there is a database at ``url``, without creating one: a SQLite file, or a PostgreSQL
    database the server knows (a connection to it is tried; PostgreSQL never creates one on
    connect). A server that cannot be reached raises :class:`DatabaseError`."""
    parsed = make_url(resolve_url(url))
    if parsed.get_backend_name() == "sqlite":
        return parsed.database in (None, "", ":memory:") or Path(parsed.database).is_file()
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(f"unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL")
    probe = create_engine(parsed, connect_args={"connect_timeout": 10}, poolclass=NullPool)
    try:
        with probe.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:  # noqa: BLE001
        orig = getattr(exc, "orig", exc)
        first = str(orig).strip().splitlines()
        if getattr(orig, "sqlstate", None) == "3D000" or first and "does not exist" in first[0]:
            return False  # invalid_catalog_name: no such database
        why = describe_database_error(exc) or (first[0][:200] if first else type(exc).__name__)
        raise DatabaseError(f"cannot reach {parsed.render_as_string()}: {why}") from exc
    finally:
        probe.dispose()


def migrate(engine: Engine) -> bool:
    """Bring the schema to the newest revision; True if anything was applied. A database written
    by a newer version is refused (:class:`NewerDatabase`) before anything is done."""
    try:
        before = current_revision(engine)
        if before == HEAD_REVISION:
            return False
    except Exception as exc:  # noqa: BLE001
        why = describe_database_error(exc) or str(exc).splitlines()[0][:200]
        raise DatabaseError(f"cannot open the database {engine.url.render_as_string()}: {why}") from exc
    check_known_revision(engine, before)
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        command.upgrade(alembic_config(engine), "head")
    except CommandError as exc:
        raise DatabaseError(f"the database {engine.url.render_as_string()} has a schema this version does not know "
                            f"({str(exc).splitlines()[0][:160]}); use the newer version of Bureau Desk") from exc
    except Exception as exc:  # noqa: BLE001
        why = describe_database_error(exc)
        if why is None:
            raise
        raise DatabaseError(f"cannot bring the database {engine.url.render_as_string()} up to date: {why}") from exc
    record_app_version(engine)
    return True
