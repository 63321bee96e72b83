"""Start time of the frozen program next to the venv's (issue 10): a runnable script, not a test.

Times two commands from process spawn to exit, median of N runs each, for ``dist/BureauDesk/desktop``
(``python3 dev.py bundle`` first) and ``.venv/bin/desktop``:
(a) ``desktop --version``: interpreter start and the command line, nothing else;
(b) ``desktop verify SHEET --root ROOT``: a real command that loads pyHanko and checks a signed sheet
    (the sheet and root come from ``desktop gallery`` into a temporary folder).

    .venv/bin/python bench/frozen_start.py [--runs 7]
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
EXE = ".exe" if os.name == "nt" else ""


def timed(argv: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(argv, env=env, capture_output=True)
        times.append(time.perf_counter() - started)
        if result.returncode not in (0, 3):
            raise SystemExit(f"{argv}: exit {result.returncode}\n{result.stderr.decode(errors='replace')}")
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    frozen = ROOT / "dist" / "BureauDesk" / f"desktop{EXE}"
    venv = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin") / f"desktop{EXE}"
    if not frozen.exists():
        print(f"{frozen} missing: run `python3 dev.py bundle` first", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
        subprocess.run([str(venv), "demo", "--db", db], env=env, check=True, capture_output=True)
        subprocess.run([str(venv), "gallery", "--db", db, "--out", tmp], env=env, check=True, capture_output=True)
        sheet = sorted(Path(tmp).glob("expense_claim*.pdf"))[0]
        root = Path(tmp) / "root.pem"
        subprocess.run([str(venv), "identity", "root", "--db", db, "--out", str(root)], env=env, capture_output=True)
        verify = ["verify", str(sheet), *(["--root", str(root)] if root.exists() else ["--db", db])]
        print(f"{'command':<28}{'venv':>10}{'frozen':>10}   (median of {args.runs})")
        for name, argv in (("desktop --version", ["--version"]), ("desktop verify (1 sheet)", verify)):
            a = timed([str(venv), *argv], args.runs, env)
            b = timed([str(frozen), *argv], args.runs, env)
            print(f"{name:<28}{a:>9.2f}s{b:>9.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
