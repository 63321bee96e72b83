"""A deterministic stock book for bench/supplies.py (issue 14 item 9): ``items`` catalogue items ×
``stores`` stores over two years, ``movements`` stock-book lines in all — receipts, issues to the
sections, returns, count gains and losses — each valued by the domain's moving average
(desktop/domain/supplies/valuation.py) with the balance after it, and the balance each item ends
with in each store. So the balances agree with the movements as if every line had gone through
``post_movement``.

Pure: rows as dicts of plain values (Money in fen), ready for a Core executemany.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterator, Sequence

from desktop.domain.supplies.valuation import Stock, move

__all__ = ["NAMES", "item_rows", "book", "Balance", "FIRST_DAY", "DAYS"]

FIRST_DAY = date(2025, 1, 1)
DAYS = 730  # 2025 and 2026
# (name, unit, low price, high price in yuan, kind)
NAMES = (
    ("复印纸", "包", 18, 32, "consumable"), ("中性笔", "盒", 12, 30, "consumable"), ("笔记本", "本", 3, 12, "consumable"),
    ("文件夹", "个", 4, 15, "consumable"), ("硒鼓", "个", 180, 620, "consumable"), ("墨盒", "个", 80, 260, "consumable"),
    ("订书机", "个", 15, 45, "consumable"), ("档案盒", "个", 3, 9, "consumable"), ("U盘", "个", 35, 120, "consumable"),
    ("垃圾袋", "卷", 5, 12, "consumable"), ("抽纸", "提", 15, 30, "consumable"), ("计算器", "个", 25, 90, "special"),
    ("台灯", "个", 60, 180, "special"), ("鼠标", "个", 30, 110, "special"), ("键盘", "个", 60, 190, "special"),
)
SPECS = ("得力", "晨光", "齐心", "惠普", "联想", "国产", "标准", "加厚", "A4", "A3")


@dataclass(frozen=True)
class Balance:
    item_index: int
    store_index: int
    quantity: int
    value_fen: int


def item_rows(count: int, bureau_id: int, seed: int = 2026) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        name, unit, _low, _high, kind = NAMES[n % len(NAMES)]
        rows.append({"bureau_id": bureau_id, "code": f"BM{n + 1:04d}", "name": f"{name}{n // len(NAMES) + 1}号",
                     "category": "办公耗材" if kind == "consumable" else "办公器具",
                     "specification": f"{rng.choice(SPECS)} {rng.randint(10, 99)}型", "unit": unit, "kind": kind,
                     "reorder_level": rng.choice((0, 5, 10, 20))})
    return rows


def book(items: int, stores: int, movements: int, item_ids: Sequence[int], store_ids: Sequence[int],
         bureau_id: int, staff_id: int, departments: Sequence[int], balances: list[Balance],
         seed: int = 2026) -> Iterator[dict[str, object]]:
    """The stock-book rows, pair by pair (item, store), each pair's lines in date order; the final
    balance of each pair is appended to ``balances``."""
    rng = random.Random(seed)
    pairs = [(i, s) for i in range(items) for s in range(stores)]
    per, extra = divmod(movements, len(pairs))
    for p, (i, s) in enumerate(pairs):
        n = per + (1 if p < extra else 0)
        _name, _unit, low, high, _kind = NAMES[i % len(NAMES)]
        days = sorted(rng.randrange(DAYS) for _ in range(n))
        stock = Stock(0, Decimal("0.00"))
        for k, day in enumerate(days):
            roll = rng.random()
            if k == 0 or stock.quantity == 0 or roll < 0.18:
                kind, quantity = "receipt", rng.randint(20, 120)
                value = Decimal(rng.randint(low * 100, high * 100) * quantity) / 100
            elif roll < 0.22:
                kind, quantity, value = "return", rng.randint(1, 3), None
            elif roll < 0.24:
                kind, quantity, value = "gain", 1, None
            elif roll < 0.26:
                kind, quantity, value = "loss", -1, None
            else:
                kind, quantity, value = "issue", -rng.randint(1, min(10, stock.quantity)), None
            stock, amount = move(stock, quantity, value)
            yield {"bureau_id": bureau_id, "item_id": item_ids[i], "location_id": store_ids[s], "kind": kind,
                   "occurred_on": FIRST_DAY + timedelta(days=day), "quantity": quantity, "value": int(amount * 100),
                   "balance_quantity": stock.quantity, "balance_value": int(stock.value * 100),
                   "department_id": departments[rng.randrange(len(departments))] if kind == "issue" else None,
                   "staff_id": staff_id, "note": ""}
        balances.append(Balance(i, s, stock.quantity, int(stock.value * 100)))
