"""The frozen program (issue 10, item 1). Standard library only; run through dev.py.

    python3 dev.py bundle [--check]

Builds dist/BureauDesk with PyInstaller from build/bureau_desk.spec (work folder .pyinstaller/work:
PyInstaller's default ./build is our tracked folder). ``--check`` then runs the frozen console program
headless, as a user would, and fails on the first step that does not work: ``selftest``, the PostgreSQL driver, ``demo``
into a temporary database, ``gallery`` of every sheet, ``verify`` of a gallery sheet against that database,
a report to xlsx (opened again to read it back), and the GUI program's ``--version`` (its windowed
build on Windows prints nothing, and must not crash for it). A successful build proves nothing:
PyInstaller misses data read by path and modules loaded by name.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / ".pyinstaller" / "work"
APP = "BureauDesk"
EXE = ".exe" if os.name == "nt" else ""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(python: Path) -> Path:
    started = time.monotonic()
    if (DIST / APP).exists():
        shutil.rmtree(DIST / APP)
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--workpath", str(WORK),
                    "--distpath", str(DIST), str(ROOT / "build" / "bureau_desk.spec")], check=True, cwd=ROOT)
    folder = DIST / APP
    print(f"» {folder.relative_to(ROOT)}: {folder_size(folder) / 2**20:.0f} MiB in {time.monotonic() - started:.0f} s",
          flush=True)
    return folder


def _run(step: str, argv: list[str], env: dict[str, str], expect: int = 0) -> str:
    started = time.monotonic()
    result = subprocess.run(argv, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                            timeout=900)
    took = time.monotonic() - started
    if result.returncode != expect:
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n")
        raise SystemExit(f"» frozen check FAILED: {step} exited {result.returncode} (expected {expect})")
    print(f"» frozen {step}: ok ({took:.1f} s)", flush=True)
    return result.stdout


def check(folder: Path) -> int:
    cli = str(folder / f"desktop{EXE}")
    gui = str(folder / f"{APP}{EXE}")
    with tempfile.TemporaryDirectory(prefix="bureau-desk-frozen-") as tmp:
        tmp_path = Path(tmp)
        # A home of its own: the frozen program must not need (or touch) this machine's data folder.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BUREAU_DESK_", "PYTHON", "VIRTUAL_ENV"))}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
                   XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                   LOCALAPPDATA=str(tmp_path / "data"), APPDATA=str(tmp_path / "config"))
        db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
        started = time.monotonic()
        _run("--version (console)", [cli, "--version"], env)
        print(f"» frozen start to --version: {time.monotonic() - started:.2f} s", flush=True)
        _run("--version (GUI program)", [gui, "--version"], env)
        print(_run("selftest", [cli, "selftest", "--db", f"sqlite:///{tmp_path / 'selftest.sqlite3'}"], env), end="")
        # The PostgreSQL driver (psycopg + libpq) is in: an unreachable server is a refused connection,
        # not a missing module.
        result = subprocess.run([cli, "selftest", "--db", "postgresql://nobody@127.0.0.1:1/bureau"], env=env,
                                capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300)
        first = result.stdout.splitlines()[0] if result.stdout else result.stderr
        if "Connection refused" not in first and "connection failed" not in first:
            raise SystemExit(f"» frozen check FAILED: the PostgreSQL driver: {first}")
        print("» frozen PostgreSQL driver: loads (an unreachable server is refused by libpq)", flush=True)
        _run("demo", [cli, "demo", "--db", db], env)
        gallery = tmp_path / "gallery"
        listed = _run("gallery", [cli, "gallery", "--db", db, "--out", str(gallery)], env).split()
        sheets = sorted(gallery.glob("*.pdf"))
        if len(sheets) < 10 or len(listed) < len(sheets):
            raise SystemExit(f"» frozen check FAILED: the gallery wrote {len(sheets)} sheets")
        complete = [p for p in sheets if p.name.startswith(("expense_claim", "seal_use"))] or sheets
        verdicts = [subprocess.run([cli, "verify", str(p), "--db", db], env=env, capture_output=True).returncode
                    for p in complete]
        if 0 not in verdicts or any(code not in (0, 3) for code in verdicts):
            raise SystemExit(f"» frozen check FAILED: verify exit codes {verdicts} for {[p.name for p in complete]}")
        print(f"» frozen verify: {len(verdicts)} gallery sheets, exit codes {sorted(set(verdicts))}", flush=True)
        xlsx = tmp_path / "spending.xlsx"
        env["BUREAU_DESK_PASSWORD"] = "Demo#2026"  # the demonstration bureau's published password
        _run("report to xlsx", [cli, "report", "spending", "--db", db, "--user", "zhoumin", "--out", str(xlsx)], env)
        with zipfile.ZipFile(xlsx) as book:
            if "xl/workbook.xml" not in book.namelist():
                raise SystemExit("» frozen check FAILED: the report is not an xlsx workbook")
    print("» the frozen program works: selftest, demo, gallery, verify, xlsx", flush=True)
    return 0


def main(argv: list[str], python: Path) -> int:
    folder = build(python)
    if "--check" in argv:
        return check(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], Path(sys.executable)))
