"""The home page's reads (issue 12 items 11–12): how long ``desk.my_work.my_work`` (my documents in
progress, returned, approved unpaid), ``desk.my_work.details`` (the details pane's attachments,
invoices and budget line, read on every selection) and ``pending_for`` take.

    .venv/bin/python bench/my_work.py [--db URL] [--runs 20]

Without ``--db`` a temporary demonstration bureau is made (about a minute). Measured 2026-12-01 on
the demo (SQLite, the 2-core build machine): my_work(huanglei) 42 ms, details of a travel claim 6 ms,
details of an expense claim 7 ms, pending_for(wufang) 28 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services.desk import Desk  # noqa: E402


def _ms(fn, runs: int) -> float:  # noqa: ANN001
    fn()
    start = time.perf_counter()
    for _ in range(runs):
        fn()
    return (time.perf_counter() - start) / runs * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    url = args.db
    if url is None:
        from desktop.services.demo import load_demo

        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'demo.sqlite3'}"
        desk = Desk.open(url)
        load_demo(desk)
    else:
        desk = Desk.open(url)
    handler, finance = desk.act_as("huanglei"), desk.act_as("wufang")
    pending = desk.approvals.pending_for(finance)
    claims = [d for d in pending if d.kind in ("travel_claim", "expense_claim")]
    print(f"my_work(huanglei): {_ms(lambda: desk.my_work.my_work(handler), args.runs):.1f} ms")
    for doc in claims[:2]:
        print(f"details({doc.kind} {doc.serial}): {_ms(lambda: desk.my_work.details(finance, doc.id), args.runs):.1f} ms")
    print(f"pending_for(wufang): {_ms(lambda: desk.approvals.pending_for(finance), args.runs):.1f} ms")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
