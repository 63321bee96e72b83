"""Verification speed (issue 9, item 3; a runnable script, not a test):

(a) whole process: ``desktop verify FILE --root CERT`` on the demo's sealed seal-use request,
    median of N runs from process spawn. Target ≤ 0.8 s.
(b) a stack: ``desktop verify DIR --root CERT`` on 50 signed sheets in one process: total and
    per-file time (total minus one start-up, divided by the files).
Also lists which heavy modules the ``--root`` path imported (none of SQLAlchemy, argon2, aiohttp,
Qt should be there).

    .venv/bin/python bench/verify_speed.py [--db URL] [--runs 9] [--files 50]

Without --db a demonstration database is made in a temporary folder first (about a minute).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = [sys.executable, "-m", "desktop"]
HEAVY = ("sqlalchemy", "argon2", "aiohttp", "PySide6", "desktop.services", "pydantic", "reportlab")
TARGET_S = 0.8

IMPORTS_CHILD = """
import sys
from desktop.cli import main
code = main(["verify", sys.argv[1], "--root", sys.argv[2]])
print(code, ",".join(m for m in %r if m in sys.modules) or "-")
""" % (HEAVY,)


def _prepare(db: str, folder: Path, files: int) -> tuple[Path, Path, Path]:
    """The root certificate, the sealed request and a folder of ``files`` signed sheets from ``db``."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.connect() as conn:
        root_pem = "".join(conn.execute(text("SELECT cert_pem FROM bureau_authorities")).scalars())
        latest: dict[int, bytes] = {}
        for doc, content in conn.execute(text("SELECT document_id, content FROM issued_files ORDER BY document_id, seq")):
            latest[doc] = bytes(content)
        sealed_doc = conn.execute(text("SELECT document_id FROM seal_uses WHERE document_id IS NOT NULL "
                                       "ORDER BY id LIMIT 1")).scalar()
    engine.dispose()
    root = folder / "bureau-root.pem"
    root.write_text(root_pem, encoding="ascii")
    sealed = folder / "sealed-request.pdf"
    sealed.write_bytes(latest[sealed_doc] if sealed_doc in latest else next(iter(latest.values())))
    stack = folder / "stack"
    stack.mkdir()
    pdfs = list(latest.values())
    for i in range(files):
        (stack / f"{i:03d}.pdf").write_bytes(pdfs[i % len(pdfs)])
    return root, sealed, stack


def _timed(argv: list[str]) -> tuple[float, int, float]:
    """Wall time from spawn, exit code, and the child's CPU time (user + system: what a loaded
    machine does not inflate)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, done.returncode, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a demo database URL (else one is made in a temporary folder)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--files", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as tmp:
        folder = Path(tmp)
        db = args.db
        if not db:
            db = f"sqlite:///{folder / 'demo.sqlite3'}"
            print("making a demonstration database …", flush=True)
            subprocess.run([*DESKTOP, "demo", "--db", db], check=True, capture_output=True, cwd=ROOT)
        root, sealed, stack = _prepare(db, folder, args.files)

        child = subprocess.run([sys.executable, "-c", IMPORTS_CHILD, str(sealed), str(root)], capture_output=True,
                               text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        code, heavy = child.stdout.split()[-2:] if child.stdout.split() else ("?", "?")
        print(f"sealed request: exit {code}; heavy modules imported with --root: {heavy}")

        runs = [_timed([*DESKTOP, "verify", str(sealed), "--root", str(root)]) for _ in range(args.runs)]
        single = [wall for wall, _, _ in runs]
        median = statistics.median(single)
        print(f"(a) desktop verify FILE --root CERT: median {median:.3f} s of {args.runs} runs "
              f"(min {min(single):.3f}, max {max(single):.3f}; CPU median {statistics.median(c for _, _, c in runs):.3f} s; "
              f"load average {os.getloadavg()[0]:.1f}); target ≤ {TARGET_S} s: {'met' if median <= TARGET_S else 'NOT met'}")

        total, code, _ = _timed([*DESKTOP, "verify", str(stack), "--root", str(root)])
        per_file = max(total - median, 0.0) / args.files
        print(f"(b) desktop verify DIR --root CERT, {args.files} files in one process: {total:.2f} s in all, "
              f"{per_file * 1000:.0f} ms per file after start-up (exit {code}, the worst verdict of the stack)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
