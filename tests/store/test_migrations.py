"""Schema and migrations: Alembic applied at start, the models agree with the migrations."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.persistence.database import HEAD_REVISION, alembic_config, current_revision, make_engine, migrate, resolve_url
from desktop.persistence.schema import Base
from desktop.services.desk import Desk


def test_start_up_fast_path_knows_the_newest_migration():
    engine = make_engine("sqlite://")
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == HEAD_REVISION


def test_models_and_migrations_agree(empty_desk):
    with empty_desk.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_migrations_run_at_start_and_only_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'desk.sqlite3'}"
    desk = Desk.open(url)
    assert current_revision(desk.engine) == HEAD_REVISION
    assert migrate(desk.engine) is False
    desk.close()


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path):
    desk = Desk.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    with desk.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    desk.close()


def test_url_from_option_then_environment_then_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("BUREAU_DESK_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert resolve_url(None).endswith("env.sqlite3")
    assert resolve_url(f"sqlite:///{tmp_path / 'opt.sqlite3'}").endswith("opt.sqlite3")
    assert resolve_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    monkeypatch.delenv("BUREAU_DESK_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'xdg' / 'BureauDesk' / 'bureau-desk.sqlite3'}"
