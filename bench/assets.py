"""Fixed assets at scale (issue 13 item 9): 50 000 cards (bench/asset_generator.py) bulk-loaded into the demo
bureau's database, then what a user waits for — finding and filtering cards (desk.assets.find), the monthly
depreciation run (desk.depreciation.run) and a stocktake of a 2 000-item floor entered by a scanner
(desk.stocktakes.scan, one tag at a time as the scanner types it).

    .venv/bin/python bench/assets.py [--cards 50000] [--floor 2000] [--url URL] [--runs 15] [--seed 2026]

Without --url a fresh SQLite file in a temporary folder; with --url an EMPTY database (e.g. a new PostgreSQL
database) that the script migrates and fills with the demo bureau first. The cards are loaded with SQLAlchemy
Core (executemany, one "register" history line each), not through the service, as a bureau's register would have
grown over the years. Targets (issue 13): each search or filter <= 100 ms, the month's depreciation run <= 5 s,
each scan well under the 1 s between two scans (p95 <= 250 ms, none over 1 s). Prints a table of figures against
targets; exits 1 when a target is missed. Not part of pytest (figures only).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import asset_generator as gen  # noqa: E402 - bench/asset_generator.py
from books import _bulk  # noqa: E402 - bench/books.py: a Core table with Money columns as fen
from timing import median_ms  # noqa: E402 - bench/timing.py

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.persistence.schema import AssetCard, AssetEvent  # noqa: E402

CHUNK = 5_000
MANAGER, ACCOUNTANT, KEEPER = "liuyang", "zhenglj", "hexue"  # the demo asset manager, accountant, a user
TARGETS = {"find": 100.0, "run": 5000.0, "scan_p95": 250.0, "scan_max": 1000.0}


def load_cards(desk, count: int, floor: int, seed: int) -> tuple[float, int]:  # noqa: ANN001
    """Bulk-insert the generated cards and their first history line; returns (seconds, first id)."""
    admin = desk.act_as("admin")
    staff = [s for s in desk.org.staff(admin) if s.department_id and s.active]
    people = [gen.Person(s.id, s.department_id) for s in staff]
    keeper = desk.act_as(KEEPER)
    bureau = keeper.bureau_id
    desk.assets.categories(desk.act_as(MANAGER))  # the shipped categories, made on first use
    card_t, card_def = _bulk(AssetCard)
    event_t, event_def = _bulk(AssetEvent)
    t0 = time.perf_counter()
    with desk.engine.begin() as conn:
        first = (conn.execute(select(func.max(AssetCard.id))).scalar() or 0) + 1
        next_id = first
        batch: list[dict] = []

        def flush() -> None:
            conn.execute(insert(card_t), batch)
            conn.execute(insert(event_t), [{**event_def, "bureau_id": bureau, "card_id": row["id"], "kind": "register",
                                            "summary": f"期初建卡：{row['name']}", "details_json": "{}",
                                            "staff_id": None, "document_id": None} for row in batch])
            batch.clear()

        for row in gen.cards(count, bureau, people, gen.Person(keeper.staff_id, keeper.department_id),
                             floor=floor, seed=seed):
            batch.append({**card_def, **row, "id": next_id})
            next_id += 1
            if len(batch) >= CHUNK:
                flush()
        if batch:
            flush()
        if conn.dialect.name == "postgresql":  # ids were given: move the sequence past them
            conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('asset_cards', 'id'), "
                                 "(SELECT max(id) FROM asset_cards))")
    return time.perf_counter() - t0, first


def bench_find(desk, runs: int) -> list[tuple[str, float]]:  # noqa: ANN001
    manager = desk.act_as(MANAGER)
    depts = {d.name: d.id for d in desk.org.departments(manager)}
    some = depts.get("待遇保障股")
    queries = [
        ("全部，按编号第一页", {}),
        ("名称“打印机”", {"text": "打印机"}),
        ("编号“ZC2019-0001”", {"text": "ZC2019-0001"}),
        ("规格“华为”", {"text": "华为"}),
        ("状态 闲置", {"status": "idle"}),
        ("部门 待遇保障股", {"department_id": some}),
        (f"地点 {gen.FLOOR}", {"location": gen.FLOOR}),
        ("分类 台式计算机", {"category": "A02010105"}),
        ("计算机+在用+部门", {"text": "计算机", "status": "active", "department_id": some}),
        ("按取得日期 第51页", {"order": "acquired_on", "offset": 10_000}),
    ]
    out = []
    for label, kw in queries:
        rows, total = desk.assets.find(manager, **kw)
        ms = median_ms(lambda kw=kw: desk.assets.find(manager, **kw), runs)
        out.append((f"find {label}（{total} 张）", ms))
    return out


def bench_run(desk) -> tuple[str, float, int]:  # noqa: ANN001
    accountant = desk.act_as(ACCOUNTANT)
    period = desk.depreciation.next_period(accountant)
    t0 = time.perf_counter()
    run = desk.depreciation.run(accountant, period)
    ms = (time.perf_counter() - t0) * 1000
    again = desk.depreciation.run(accountant, period)  # idempotent: nothing changes
    assert again.already and again.total == run.total
    return period, ms, run.cards


def bench_scans(desk, floor: int, seed: int) -> tuple[list[float], float, object]:  # noqa: ANN001
    manager, keeper = desk.act_as(MANAGER), desk.act_as(KEEPER)
    counters = [manager.staff_id, desk.act_as(ACCOUNTANT).staff_id, keeper.staff_id]
    sid = desk.stocktakes.start(manager, f"{gen.FLOOR}全面盘点", location=gen.FLOOR, counted_on=date.today(),
                                counter_ids=counters)
    tags = [r.card_no for r in desk.stocktakes.expected(manager, sid)]
    assert len(tags) == floor, (len(tags), floor)
    random.Random(seed).shuffle(tags)  # the order people walk the floor
    times = []
    for tag in tags:
        t0 = time.perf_counter()
        result = desk.stocktakes.scan(keeper, sid, f"{tag} 资产标签")
        times.append((time.perf_counter() - t0) * 1000)
        assert result.kind == "found", result
    t0 = time.perf_counter()
    summary = desk.stocktakes.summary(manager, sid)
    return times, (time.perf_counter() - t0) * 1000, summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=50_000)
    ap.add_argument("--floor", type=int, default=2_000)
    ap.add_argument("--url", default="")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk

    scratch = None
    url = args.url
    if not url:
        scratch = tempfile.mkdtemp(prefix="bench-assets-")
        url = f"sqlite:///{scratch}/assets.db"
    desk = Desk.open(url)
    try:
        t0 = time.perf_counter()
        if not desk.has_bureau():
            load_demo(desk)
        print(f"demo bureau: {time.perf_counter() - t0:.1f} s ({desk.engine.dialect.name})")
        seconds, _ = load_cards(desk, args.cards, args.floor, args.seed)
        print(f"{args.cards} cards bulk-loaded in {seconds:.1f} s")
        rows: list[tuple[str, float, float | None]] = []
        for label, ms in bench_find(desk, args.runs):
            rows.append((label, ms, TARGETS["find"]))
        period, ms, cards = bench_run(desk)
        rows.append((f"depreciation run {period}（{cards} 张卡片）", ms, TARGETS["run"]))
        times, summary_ms, summary = bench_scans(desk, args.floor, args.seed)
        q = statistics.quantiles(times, n=100)
        rows.append((f"scan p50（{len(times)} 次）", statistics.median(times), TARGETS["scan_p95"]))
        rows.append(("scan p95", q[94], TARGETS["scan_p95"]))
        rows.append(("scan max", max(times), TARGETS["scan_max"]))
        rows.append((f"count summary, not found list（found {summary.found}）", summary_ms, None))
        missed = 0
        print(f"\n{'figure':<48}{'ms':>10}{'target':>10}  ")
        for label, ms, target in rows:
            ok = target is None or ms <= target
            missed += not ok
            shown = "—" if target is None else f"{target:.0f}"
            print(f"{label:<48}{ms:>10.1f}{shown:>10}  {'' if target is None else 'ok' if ok else 'MISSED'}")
        return 1 if missed else 0
    finally:
        desk.close()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
