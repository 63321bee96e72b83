"""Finding fixed-asset cards at 50 000 cards (issue 13 item 9: search and filter ≤ 100 ms).

Copies the demonstration bureau into a temporary SQLite database (or uses ``--db URL``), inserts
50 000 cards straight into the table (the figure is about reading, not registering), then times
``desk.assets.find`` for the asset manager (sees every card) and a section member (their
department and their own cards): the best of ``--runs`` calls each.

    .venv/bin/python bench/asset_cards_find.py [--cards 50000] [--runs 5] [--db URL] [--analyze]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.persistence.schema import AssetCard, Staff  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402

QUERIES = (
    ("first page, no filter", {}),
    ("text 计算机", {"text": "计算机"}),
    ("card number prefix", {"text": "ZC2025-0123"}),
    ("text 3楼", {"text": "3楼"}),
    ("category", {"category": "A02010105"}),
    ("location", {"location": "2楼05室"}),
    ("status, page 101", {"status": "active", "offset": 20000}),
    ("text, by value desc", {"text": "型号42", "order": "-original_value"}),
)


def fill(desk: Desk, count: int) -> None:
    manager = desk.act_as("liuyang")
    categories = desk.assets.categories(manager)
    rnd = random.Random(13)
    with desk.sessions.begin() as session:
        staff = session.execute(select(Staff.id, Staff.department_id).where(Staff.department_id.isnot(None))).all()
        rows = []
        for i in range(count):
            c, (person, dept) = rnd.choice(categories), rnd.choice(staff)
            rows.append(dict(bureau_id=manager.bureau_id, card_no=f"ZC2025-{i + 1:05d}", name=f"{c.name} {i % 97}",
                             category_code=c.code, specification=f"型号{i % 500}", original_value=Decimal("4500.00"),
                             acquired_on=date(2025, 1, 1), department_id=dept, user_id=person,
                             location=f"{rnd.randint(1, 5)}楼{rnd.randint(1, 40):02d}室", status="active",
                             useful_life_months=72))
        session.execute(insert(AssetCard), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE after filling (planner statistics)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="asset-find-")
    url = args.db or f"sqlite:///{folder}/bench.sqlite3"
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", url], check=True, capture_output=True)
    desk = Desk.open(url)
    fill(desk, args.cards)
    if args.analyze:
        with desk.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"{args.cards} cards, {desk.engine.dialect.name}; best of {args.runs} (ms)")
    worst = 0.0
    for username in ("liuyang", "yangfan"):
        user = desk.act_as(username)
        for label, kw in QUERIES:
            best = float("inf")
            for _ in range(args.runs):
                start = time.perf_counter()
                rows, total = desk.assets.find(user, **kw)
                best = min(best, (time.perf_counter() - start) * 1000)
            worst = max(worst, best)
            print(f"  {username:8} {label:24} {total:6} found {best:7.1f}")
    desk.close()
    print(f"slowest: {worst:.1f} ms (target ≤ 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
