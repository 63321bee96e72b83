"""A deterministic register of fixed-asset cards for bench/assets.py (issue 13 item 9): ``count`` cards
of a county bureau's kinds (computers, printers, furniture, air conditioners, bulk batches …) spread
over its departments, people and ~300 rooms, acquired 2010–2025, with what each took before 2026 by
the domain's straight-line rule; ``floor`` of them on one floor (the stocktake's location).

Pure: rows as dicts of plain values (Money in fen), ready for a Core executemany.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterator, Sequence

from desktop.domain.assets.depreciation import monthly_amount, months_between

__all__ = ["KINDS", "FLOOR", "Person", "cards"]

FLOOR = "综合楼二层"  # the 2 000-item floor the stocktake counts
# (name, category code, life in years, depreciable, unit, low, high, bulk quantity or 0, storage media)
KINDS = (
    ("台式计算机", "A02010105", 6, True, "台", 4200, 6800, 0, True),
    ("便携式计算机", "A02010108", 6, True, "台", 5200, 8800, 0, True),
    ("服务器", "A02010104", 6, True, "台", 18000, 52000, 0, True),
    ("打印机", "A02021003", 6, True, "台", 1100, 2800, 0, False),
    ("多功能一体机", "A02020400", 6, True, "台", 3200, 7800, 0, False),
    ("复印机", "A02020100", 6, True, "台", 9000, 26000, 0, False),
    ("扫描仪", "A02021100", 6, True, "台", 1500, 5200, 0, False),
    ("空调机", "A02061804", 5, True, "台", 2800, 7600, 0, False),
    ("办公桌", "A05010201", 15, True, "张", 1200, 2800, 0, False),
    ("文件柜", "A05010502", 15, True, "组", 1050, 1600, 0, False),
    ("书柜", "A05010501", 15, True, "组", 1500, 3200, 0, False),
    ("办公椅（批量）", "A05010301", 15, True, "把", 300, 800, 12, False),
    ("会议椅（批量）", "A05010303", 15, True, "把", 260, 600, 40, False),
    ("投影仪", "A02020200", 6, True, "台", 3600, 9800, 0, False),
    ("碎纸机", "A02021301", 6, True, "台", 1050, 1800, 0, False),
    ("执法记录仪", "A02020500", 6, True, "台", 1800, 2600, 0, True),
    ("交换机", "A02010200", 6, True, "台", 2400, 18000, 0, False),
    ("图书资料（批量）", "A04000000", 0, False, "册", 20, 80, 200, False),
)
SPECS = ("联想", "华为", "惠普", "得力", "格力", "美的", "爱普生", "理光", "长城", "清华同方")
BUILDINGS = ("综合楼", "业务楼", "服务大厅", "档案楼", "培训中心")
START = "2026-01"  # the register starts: what was taken before is depreciated_before


@dataclass(frozen=True)
class Person:
    staff_id: int
    department_id: int


def cards(count: int, bureau_id: int, people: Sequence[Person], floor_keeper: Person, *, floor: int = 2000,
          seed: int = 2026) -> Iterator[dict[str, object]]:
    """``count`` card rows; the first ``floor`` are on FLOOR in ``floor_keeper``'s keeping."""
    rng = random.Random(seed)
    numbers: dict[int, int] = {}
    rooms = [f"{b}{f}层{f}{r:02d}室" for b in BUILDINGS for f in range(1, 7) for r in range(1, 11)]
    for n in range(count):
        name, code, years, depreciable, unit, low, high, batch, media = KINDS[rng.randrange(len(KINDS))]
        acquired = date(rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28))
        numbers[acquired.year] = numbers.get(acquired.year, 0) + 1
        quantity = batch or 1
        value = Decimal(rng.randrange(low, high + 1, 10) * quantity)
        life = years * 12
        elapsed = max(0, months_between(f"{acquired:%Y-%m}", "2025-12"))
        if not depreciable:
            before, months = Decimal(0), 0
        elif elapsed >= life:
            before, months = value, life
        else:
            before, months = monthly_amount(value, life) * elapsed, elapsed
        person = floor_keeper if n < floor else people[rng.randrange(len(people))]
        status = "active" if n < floor else rng.choices(("active", "idle", "repair", "disposed"), (90, 6, 1, 3))[0]
        yield {
            "bureau_id": bureau_id, "card_no": f"ZC{acquired.year}-{numbers[acquired.year]:05d}", "name": name,
            "category_code": code, "specification": f"{rng.choice(SPECS)} {rng.randint(100, 999)}型", "unit": unit,
            "quantity": quantity, "original_value": int(value * 100), "acquired_on": acquired,
            "acquisition_way": "purchase", "funding_source": "财政拨款", "department_id": person.department_id,
            "user_id": person.staff_id, "location": FLOOR if n < floor else rng.choice(rooms), "status": status,
            "bulk": bool(batch), "storage_media": media, "depreciable": depreciable, "useful_life_months": life,
            "depreciated_before": int(before * 100), "months_before": months,
            "removed_period": "2025-12" if status == "disposed" else None, "note": "bench",
        }
