"""Office supplies at scale (issue 14 item 9): 200 000 stock movements (bench/supply_generator.py: ~500
items × 3 stores over 2025–2026, valued at moving average, balances consistent with them) bulk-loaded into
the demo bureau's database, then what a user waits for — stock on hand for every item (desk.supplies.stock),
the monthly and half-yearly 收发存 (desk.supply_reports.movement_report) and its Excel export.

    .venv/bin/python bench/supplies.py [--movements 200000] [--items 500] [--stores 3] [--url URL] [--runs 7]

Without --url a fresh SQLite file in a temporary folder; with --url an EMPTY database (e.g. a new PostgreSQL
database) that the script migrates and fills with the demo bureau first. The movements are loaded with
SQLAlchemy Core (executemany), not through post_movement, as a bureau's stock book would have grown over the
years. Targets (issue 14): stock on hand for all items <= 200 ms, the monthly 收发存 <= 2 s (the half-year
report and the export are reported against the same 2 s). Prints a table of figures against targets; exits 1
when a target is missed. Not part of pytest (figures only).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import supply_generator as gen  # noqa: E402 - bench/supply_generator.py
from books import _bulk  # noqa: E402 - bench/books.py: a Core table with Money columns as fen
from timing import median_ms  # noqa: E402 - bench/timing.py

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.persistence.schema import SupplyBalance, SupplyItem, SupplyLocation, SupplyMovement  # noqa: E402

CHUNK = 10_000
KEEPER, ACCOUNTANT = "liuyang", "zhenglj"
TARGETS = {"stock": 200.0, "month": 2000.0, "half": 2000.0, "xlsx": 2000.0}


def load(desk, movements: int, items: int, stores: int, seed: int) -> float:  # noqa: ANN001
    """Items, stores, the stock book and the balances it ends with; returns seconds."""
    keeper = desk.act_as(KEEPER)
    bureau = keeper.bureau_id
    departments = [d.id for d in desk.org.departments(keeper)]
    item_t, item_def = _bulk(SupplyItem)
    move_t, move_def = _bulk(SupplyMovement)
    bal_t, bal_def = _bulk(SupplyBalance)
    t0 = time.perf_counter()
    with desk.engine.begin() as conn:
        first_item = (conn.execute(select(func.max(SupplyItem.id))).scalar() or 0) + 1
        conn.execute(insert(item_t), [{**item_def, **row, "id": first_item + n}
                                      for n, row in enumerate(gen.item_rows(items, bureau, seed))])
        have = list(conn.execute(select(SupplyLocation.id).where(SupplyLocation.bureau_id == bureau)
                                 .order_by(SupplyLocation.id)).scalars())
        for n in range(len(have), stores):
            conn.execute(insert(SupplyLocation).values(bureau_id=bureau, name=["办公室库房", "档案楼库房", "服务大厅库房",
                                                                                "备用库房"][n % 4] + ("" if n < 4 else str(n)),
                                                        active=True))
        store_ids = list(conn.execute(select(SupplyLocation.id).where(SupplyLocation.bureau_id == bureau)
                                      .order_by(SupplyLocation.id)).scalars())[:stores]
        item_ids = [first_item + n for n in range(items)]
        balances: list[gen.Balance] = []
        batch: list[dict] = []
        for row in gen.book(items, stores, movements, item_ids, store_ids, bureau, keeper.staff_id, departments,
                            balances, seed):
            batch.append({**move_def, **row})
            if len(batch) >= CHUNK:
                conn.execute(insert(move_t), batch)
                batch.clear()
        if batch:
            conn.execute(insert(move_t), batch)
        conn.execute(insert(bal_t), [{**bal_def, "bureau_id": bureau, "item_id": item_ids[b.item_index],
                                      "location_id": store_ids[b.store_index], "quantity": b.quantity,
                                      "value": b.value_fen} for b in balances])
        if conn.dialect.name == "postgresql":  # ids were given: move the sequence past them
            conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('supply_items', 'id'), "
                                 "(SELECT max(id) FROM supply_items))")
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE supply_movements")
            conn.exec_driver_sql("ANALYZE supply_balances")
    return time.perf_counter() - t0


def _stock_all(desk):  # noqa: ANN001, ANN202
    """desk.supplies.stock() for all items (issue 14's figure)."""
    user = desk.act_as(KEEPER)
    return lambda: desk.supplies.stock(user)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--movements", type=int, default=200_000)
    ap.add_argument("--items", type=int, default=500)
    ap.add_argument("--stores", type=int, default=3)
    ap.add_argument("--url", default="")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk

    scratch = tempfile.mkdtemp(prefix="bench-supplies-")
    url = args.url or f"sqlite:///{scratch}/supplies.db"
    desk = Desk.open(url)
    try:
        t0 = time.perf_counter()
        if not desk.has_bureau():
            load_demo(desk)
        print(f"demo bureau: {time.perf_counter() - t0:.1f} s ({desk.engine.dialect.name})")
        seconds = load(desk, args.movements, args.items, args.stores, args.seed)
        print(f"{args.movements} movements of {args.items} items in {args.stores} stores bulk-loaded in {seconds:.1f} s")
        keeper, accountant = desk.act_as(KEEPER), desk.act_as(ACCOUNTANT)
        reports = desk.supply_reports
        rows: list[tuple[str, float, float | None]] = []
        stock = desk.supplies.stock(keeper)
        rows.append((f"stock on hand, all items ({len(stock)} rows)", median_ms(_stock_all(desk), args.runs),
                     TARGETS["stock"]))
        month = reports.movement_report(accountant, year=2026, month=6)
        assert month.agrees, month.mismatches[:3]
        rows.append((f"收发存 2026-06 ({len(month.rows)} items)",
                     median_ms(lambda: reports.movement_report(accountant, year=2026, month=6), args.runs),
                     TARGETS["month"]))
        rows.append(("收发存 2025-01 (oldest month)",
                     median_ms(lambda: reports.movement_report(accountant, year=2025, month=1), args.runs),
                     TARGETS["month"]))
        half = reports.movement_report(accountant, year=2026, half=2)
        assert half.agrees, half.mismatches[:3]
        rows.append(("收发存 2026 second half",
                     median_ms(lambda: reports.movement_report(accountant, year=2026, half=2), args.runs),
                     TARGETS["half"]))
        target = Path(scratch) / "report.xlsx"
        rows.append(("收发存 2026-06 to Excel",
                     median_ms(lambda: reports.export_xlsx(accountant, target, year=2026, month=6), 3), TARGETS["xlsx"]))
        rows.append(("收发存 2026-06 as PDF",
                     median_ms(lambda: reports.report_pdf(accountant, year=2026, month=6), 3), None))
        missed = 0
        print(f"\n{'figure':<48}{'ms':>10}{'target':>10}  ")
        for label, ms, limit in rows:
            ok = limit is None or ms <= limit
            missed += not ok
            shown = "—" if limit is None else f"{limit:.0f}"
            print(f"{label:<48}{ms:>10.1f}{shown:>10}  {'' if limit is None else 'ok' if ok else 'MISSED'}")
        return 1 if missed else 0
    finally:
        desk.close()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
