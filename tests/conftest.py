"""Test fixtures: every store test runs on SQLite and on a real PostgreSQL server that this
test session starts itself (initdb into a temporary folder). A missing PostgreSQL is a
failure, not a skip.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Each test session keeps its audit anchors (persistence/audit_anchor.py) apart from the real data folder.
os.environ.setdefault("BUREAU_DESK_ANCHOR_DIR", tempfile.mkdtemp(prefix="bureau-desk-anchors-"))


# PostgreSQL ----------------------------------------------------------------------------
def _pg_bindir() -> Path:
    candidates = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
        if out:
            candidates.append(Path(out))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian 'postgresql' package "
                "(.ci/run does). Store tests must run on PostgreSQL too.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = _pg_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="bureau-desk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.run_as: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = "postgres"
            try:
                pw = pwd.getpwnam(user)
            except KeyError:
                pytest.fail("running as root and there is no 'postgres' user to run the test server")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self.run_as = ["runuser", "-u", user, "--"]
        self.log = self.root / "server.log"

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.run_as, *args], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"{' '.join(args[:1])} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", f"-p {self.port} -k {self.root} -h 127.0.0.1 -c fsync=off -c full_page_writes=off "
                        f"-c max_connections=200", "start")

    def stop(self) -> None:
        subprocess.run([*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)


@pytest.fixture(scope="session")
def pg_server():
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


# Databases -----------------------------------------------------------------------------
_counter = itertools.count(1)


class Templates:
    """Migrated (and demo-loaded) template databases per backend, copied for each test."""

    def __init__(self, folder: Path, pg: PostgresServer | None):
        self.folder = folder
        self.pg = pg
        self.made: set[str] = set()

    def _build(self, backend: str, name: str, demo: bool) -> None:
        from desktop.services.desk import Desk
        from desktop.services.demo import load_demo

        if backend == "sqlite":
            url = f"sqlite:///{self.folder / (name + '.sqlite3')}"
        else:
            self.pg.admin_sql(f"CREATE DATABASE {name}")
            url = self.pg.url(name)
        desk = Desk.open(url)
        if demo:
            load_demo(desk)
        desk.close()

    def new_url(self, backend: str, demo: bool) -> str:
        name = f"tpl_{'demo' if demo else 'empty'}"
        key = f"{backend}:{name}"
        if key not in self.made:
            self._build(backend, name, demo)
            self.made.add(key)
        n = next(_counter)
        if backend == "sqlite":
            target = self.folder / f"db{n}.sqlite3"
            shutil.copyfile(self.folder / f"{name}.sqlite3", target)
            return f"sqlite:///{target}"
        db = f"test_{n}"
        self.pg.admin_sql(f"CREATE DATABASE {db} TEMPLATE {name}")
        return self.pg.url(db)


@pytest.fixture(scope="session")
def templates(tmp_path_factory, request):
    pg = request.getfixturevalue("pg_server") if _wants_pg(request.session) else None
    return Templates(tmp_path_factory.mktemp("dbs"), pg)


def _wants_pg(session) -> bool:  # noqa: ANN001
    return any("postgresql" in item.nodeid for item in session.items)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def empty_url(templates, backend) -> str:
    """A migrated database with no bureau yet."""
    return templates.new_url(backend, demo=False)


@pytest.fixture
def demo_url(templates, backend) -> str:
    """A database holding the demonstration bureau."""
    return templates.new_url(backend, demo=True)


@pytest.fixture
def desk(demo_url):
    from desktop.services.desk import Desk

    d = Desk.open(demo_url)
    yield d
    d.close()


@pytest.fixture
def empty_desk(empty_url):
    from desktop.services.desk import Desk

    d = Desk.open(empty_url)
    yield d
    d.close()


@pytest.fixture
def as_user(desk):
    """``as_user("wufang")`` → that demo person, signed in."""
    return desk.act_as


def wait_for(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
