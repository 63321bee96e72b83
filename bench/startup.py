"""Start-up figures (a runnable script, not a test):

(a) ``import desktop`` + ``import desktop.ui.main`` in a fresh interpreter;
(b) cold start to a usable main window: a fresh process opens an existing demo SQLite
    database, signs in (password check included), builds and shows the main window offscreen
    and reports once the home page's to-do list is filled. Measured from process spawn.

Median of 7 runs each. Also checks that reportlab, pyhanko and openpyxl are not imported by
then. Target: main window ready ≤ 1.0 s median.

    .venv/bin/python bench/startup.py [--runs 7]
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
HEAVY = ("reportlab", "pyhanko", "openpyxl", "alembic", "pydantic")
TARGET_S = 1.0

IMPORT_CHILD = """
import time
t = time.perf_counter()
import desktop, desktop.ui.main
a = time.perf_counter() - t
import desktop.services.desk, desktop.ui.main_window  # what run_gui loads before the sign-in dialog
print(a, time.perf_counter() - t)
"""

WINDOW_CHILD = """
import os, sys, time
from desktop.ui.main import make_app
app = make_app(language="zh_CN")
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
desk = Desk.open(os.environ["BENCH_DB"])
user = desk.accounts.authenticate(os.environ["BENCH_USER"], os.environ["BENCH_PASSWORD"])
window = MainWindow(desk, user)
window.show()
app.processEvents()
rows = window.home.ui.pendingTable.rowCount()
heavy = [m for m in %r if m in sys.modules]
print("READY", rows, ",".join(heavy) or "-", flush=True)
""" % (HEAVY,)


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", BUREAU_DESK_LANG="zh_CN", PYTHONDONTWRITEBYTECODE="0")


def measure_imports(runs: int) -> tuple[list[float], list[float]]:
    """(entry module only, entry module + services + main window with Qt)."""
    entry, full = [], []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", IMPORT_CHILD], capture_output=True, text=True, check=True,
                                cwd=ROOT, env=_env())
        a, b = result.stdout.strip().splitlines()[-1].split()
        entry.append(float(a))
        full.append(float(b))
    return entry, full


def make_demo_db(folder: Path) -> str:
    from desktop.services.demo import DEMO_PASSWORD, load_demo
    from desktop.services.desk import Desk

    url = f"sqlite:///{folder / 'demo.sqlite'}"
    desk = Desk.open(url)
    load_demo(desk)
    desk.close()
    return url, DEMO_PASSWORD


def measure_window(runs: int, url: str, user: str, password: str) -> tuple[list[float], int, str]:
    env = dict(_env(), BENCH_DB=url, BENCH_USER=user, BENCH_PASSWORD=password)
    times, rows, heavy = [], 0, "-"
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", WINDOW_CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, cwd=ROOT, env=env)
        for line in proc.stdout:
            if line.startswith("READY"):
                times.append(time.perf_counter() - start)
                _, count, heavy = line.split()
                rows = int(count)
                break
        else:
            raise SystemExit(f"the window did not start:\n{proc.communicate()[1]}")
        proc.kill()
        proc.communicate()
    return times, rows, heavy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--user", default="wangjianguo")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    entry, full = measure_imports(args.runs)
    print(f"(a) import desktop + desktop.ui.main: median {statistics.median(entry) * 1000:.1f} ms "
          f"(max {max(entry) * 1000:.1f}); with services, Qt widgets and the main window: "
          f"median {statistics.median(full) * 1000:.0f} ms (max {max(full) * 1000:.0f}), {args.runs} runs")
    with tempfile.TemporaryDirectory() as folder:
        url, password = make_demo_db(Path(folder))
        times, rows, heavy = measure_window(args.runs, url, args.user, password)
    median = statistics.median(times)
    print(f"(b) cold start to main window with {rows} pending rows ({args.user}): median {median * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {args.runs} runs)")
    print(f"    heavy modules loaded by then: {heavy if heavy != '-' else 'none'} (checked: {', '.join(HEAVY)})")
    ok = median <= TARGET_S and heavy == "-"
    print(f"    target ≤ {TARGET_S:.1f} s and no heavy modules: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
