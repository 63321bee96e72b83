"""Backup and checked restore of the demonstration bureau on SQLite and PostgreSQL (SEC-09, SEC-10):
wall-clock seconds for a backup, a restore onto a new empty database (a new PC) and a restore over
the live database (which first backs up the current state). PostgreSQL: a throw-away server is
started with initdb/pg_ctl as the tests do.

    .venv/bin/python bench/backup_restore.py [--runs 3] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services.demo import DEMO_ADMIN, DEMO_ADMIN_PASSWORD, load_demo  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402


def _median(f, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(kind: str, url_for, runs: int) -> None:  # noqa: ANN001
    desk = Desk.open(url_for("origin"))
    start = time.perf_counter()
    load_demo(desk)
    loaded = time.perf_counter() - start
    admin = desk.act_as(DEMO_ADMIN)
    out = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    made = []
    backup = _median(lambda: made.append(desk.backups.backup(admin, to=out)), runs)
    path = made[-1].path
    fresh_urls = iter(url_for(f"fresh{i}") for i in range(runs))

    def fresh_restore() -> None:
        target = Desk.open(next(fresh_urls))
        target.backups.restore_fresh(path, DEMO_ADMIN, DEMO_ADMIN_PASSWORD)
        target.close()

    to_new = _median(fresh_restore, runs)
    over = _median(lambda: desk.backups.restore(admin, path), runs)
    desk.close()
    print(f"{kind:<11} demo load {loaded:6.1f} s | file {made[-1].size / 1e6:5.1f} MB | backup {backup:5.2f} s | "
          f"restore onto a new database {to_new:5.2f} s | restore over the live one (with safety backup) {over:5.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("BUREAU_DESK_ANCHOR_DIR", tempfile.mkdtemp(prefix="bench-anchors-"))
    folder = Path(tempfile.mkdtemp(prefix="bench-sqlite-"))
    measure("SQLite", lambda name: f"sqlite:///{folder / name}.sqlite3", args.runs)
    if args.sqlite_only:
        return
    from tests.conftest import PostgresServer

    server = PostgresServer()
    server.start()
    try:
        def pg_url(name: str) -> str:
            server.admin_sql(f"CREATE DATABASE {name}")
            return server.url(name)

        measure("PostgreSQL", pg_url, args.runs)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
