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

__all__ = ["ENV_VAR", "resolve_url", "default_sqlite_url", "make_engine", "migrate", "current_revision",
           "HEAD_REVISION", "DatabaseError"]

ENV_VAR = "BUREAU_DESK_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Start-up compares the database to this and imports Alembic only when
# they differ; tests/test_migrations.py fails if it is not Alembic's head.
HEAD_REVISION = "0005_backups"


class DatabaseError(RuntimeError):
    """The database cannot be opened or used, with a message a user can act on."""


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
        cursor.execute("PRAGMA busy_timeout=15000")
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
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
        _sqlite_setup(engine)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
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


def migrate(engine: Engine) -> bool:
    """Bring the schema to the newest revision; True if anything was applied."""
    try:
        if current_revision(engine) == HEAD_REVISION:
            return False
    except Exception as exc:  # noqa: BLE001
        raise DatabaseError(f"cannot open the database {engine.url.render_as_string()}: {exc}") from exc
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True
