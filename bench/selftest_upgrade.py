"""``desktop selftest`` and the safe upgrade, timed (a runnable script, not a test):

(a) ``desktop selftest`` in a fresh process against a database that does not exist (what the
    frozen app's CI runs): wall time, and each check's own time in-process;
(b) opening a demo database at schema 0005 (SQLite): the backup taken before the upgrade, the
    upgrade, and the same open once more (nothing to do), plus the backup file's size.

    .venv/bin/python bench/selftest_upgrade.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def selftest_wall(runs: int, folder: Path) -> list[float]:
    times = []
    for n in range(runs):
        url = f"sqlite:///{folder / f'absent{n}.sqlite3'}"
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "desktop", "selftest", "--db", url], capture_output=True,
                                text=True, env=_env(), cwd=ROOT)
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"selftest failed:\n{result.stdout}{result.stderr}")
    return times


def selftest_checks(folder: Path) -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.services.selftest import run_selftest

    out, last = [], time.perf_counter()
    for check in run_selftest(f"sqlite:///{folder / 'absent-inprocess.sqlite3'}"):
        now = time.perf_counter()
        out.append((check.name, now - last))
        last = now
    return out


def upgrade(folder: Path) -> dict[str, float]:
    from alembic import command

    from desktop.persistence.database import alembic_config, make_engine
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk

    os.environ.setdefault("BUREAU_DESK_ANCHOR_DIR", str(folder / "anchors"))
    url = f"sqlite:///{folder / 'old.sqlite3'}"
    desk = Desk.open(url)
    load_demo(desk)
    desk.close()
    engine = make_engine(url)
    command.downgrade(alembic_config(engine), "0005_backups")
    engine.dispose()
    started = time.perf_counter()
    desk = Desk.open(url)
    first = time.perf_counter() - started
    path = Path(desk.upgrade.backup_path)
    desk.close()
    started = time.perf_counter()
    Desk.open(url).close()
    again = time.perf_counter() - started
    return {"open with backup + upgrade (s)": first, "open again (s)": again,
            "backup file (MiB)": path.stat().st_size / 2**20,
            "database file (MiB)": (folder / "old.sqlite3").stat().st_size / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-selftest-") as tmp:
        folder = Path(tmp)
        walls = selftest_wall(args.runs, folder)
        print(f"selftest, fresh process, no database: median {statistics.median(walls):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in walls)})")
        for name, seconds in selftest_checks(folder):
            print(f"  {name:<17} {seconds:5.2f} s")
        for what, value in upgrade(folder).items():
            print(f"upgrade 0005 → head, demo bureau: {what} {value:.3f}")


if __name__ == "__main__":
    main()
