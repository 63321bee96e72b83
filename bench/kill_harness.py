"""The SIGKILL harness at scale (issue 8 item 5): a few hundred kills while a child process loops
user actions (draft, create+submit with passphrase, approve with signature, a travel record,
seal request → approvals → seal applied, backup), on SQLite and on PostgreSQL, plus kills while
the demonstration bureau loads. After every kill the database must open, the audit trail verify,
serial numbers have no gap or duplicate, nothing be half-done, and re-running the interrupted
action make no duplicate (tests/reliability/invariants.py). Prints the counts.

    .venv/bin/python bench/kill_harness.py [--kills 150] [--demo-kills 3] [--backend sqlite|postgresql|both]
                                           [--seed N] [--max-delay 3]

PostgreSQL: a throw-away server is started with the test suite's helper (initdb must be installed).
The CI run with a few dozen kills is tests/reliability/test_kill.py.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _demo_sqlite(folder: Path) -> Path:
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk

    path = folder / "demo.sqlite3"
    desk = Desk.open(f"sqlite:///{path}")
    load_demo(desk)
    desk.close()
    return path


def _warm(url: str) -> None:
    from desktop.services.desk import Desk
    from tests.reliability import driver

    desk = Desk.open(url)
    try:
        for step in driver.plan("warm", 0, backup=False)[:3]:
            driver.run_step(desk, step)
    finally:
        desk.close()


def _actions(url: str, kills: int, seed: int, work: Path, max_delay: float, label: str) -> list[str]:
    from tests.reliability import harness

    backups = work / f"backups-{label}"
    backups.mkdir(exist_ok=True)
    _warm(url)
    started = time.monotonic()
    report = harness.run_kills(url, kills, seed=seed, work=work, max_delay=max_delay, backup_dir=backups)
    print(f"{report.line(label)} — {time.monotonic() - started:.0f} s, seed {seed}", flush=True)
    for p in report.problems[:20]:
        print("   ", p)
    return report.problems


def _demo_kills(url_for, count: int, seed: int, label: str) -> list[str]:  # noqa: ANN001
    """Kill `load_demo` at random moments; the database must be empty (or complete) and load again."""
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk
    from tests.reliability import harness, invariants

    rng = random.Random(seed)
    problems, killed = [], 0
    for n in range(count):
        url = url_for(n)
        status = harness.kill_demo(url, delay=rng.uniform(2.0, 14.0), cwd=ROOT)
        desk = Desk.open(url)
        try:
            if status is None:
                killed += 1
                if desk.has_bureau():
                    problems.append(f"demo kill {n}: a half-loaded bureau is visible")
                    continue
                if not desk.audit.verify().ok:
                    problems.append(f"demo kill {n}: the audit trail of the empty database does not verify")
                load_demo(desk)
        finally:
            desk.close()
        problems += [f"demo kill {n}: {p}" for p in invariants.problems(url)]
    print(f"{label} demo: {killed} kills during the load of {count} runs, re-loaded {killed}; "
          f"problems {len(problems)}", flush=True)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=150, help="kills per backend during user actions")
    parser.add_argument("--demo-kills", type=int, default=3, help="kills while the demo loads, per backend")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    parser.add_argument("--max-delay", type=float, default=3.0)
    args = parser.parse_args()
    if not hasattr(os, "fork"):
        print("the harness forks its child: POSIX only", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kill-harness-"))
    os.environ.setdefault("BUREAU_DESK_ANCHOR_DIR", str(work / "anchors"))
    problems: list[str] = []
    pg = None
    try:
        template = _demo_sqlite(work)
        if args.backend in ("sqlite", "both"):
            target = work / "actions.sqlite3"
            shutil.copyfile(template, target)
            problems += _actions(f"sqlite:///{target}", args.kills, args.seed, work, args.max_delay, "SQLite")

            def sqlite_url(n: int) -> str:
                from desktop.services.desk import Desk

                url = f"sqlite:///{work / f'demo-kill-{n}.sqlite3'}"
                Desk.open(url).close()  # migrated, empty
                return url

            problems += _demo_kills(sqlite_url, args.demo_kills, args.seed, "SQLite")
        if args.backend in ("postgresql", "both"):
            from desktop.services.demo import load_demo
            from desktop.services.desk import Desk
            from tests.conftest import PostgresServer

            pg = PostgresServer()
            pg.start()
            pg.admin_sql("CREATE DATABASE tpl")
            desk = Desk.open(pg.url("tpl"))
            load_demo(desk)
            desk.close()
            pg.admin_sql("CREATE DATABASE actions TEMPLATE tpl")
            problems += _actions(pg.url("actions"), args.kills, args.seed, work, args.max_delay, "PostgreSQL")

            def pg_url(n: int) -> str:
                pg.admin_sql(f"CREATE DATABASE demo_kill_{n}")
                url = pg.url(f"demo_kill_{n}")
                Desk.open(url).close()
                return url

            problems += _demo_kills(pg_url, args.demo_kills, args.seed, "PostgreSQL")
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    print("ALL KILLS SURVIVED" if not problems else f"{len(problems)} PROBLEMS")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
