"""The demo bureau's register of fixed assets as it stood when the app took it over in January 2026
(issue 13): ~250 cards over the departments, rooms and people — computers, printers, furniture, air
conditioners, the server room, the archive, a vehicle, library and heritage items that are never
depreciated, bulk batches such as the 40 会议椅 — deterministic.

The cards reproduce the finance year's opening balances (demo_finance.OPENINGS) exactly: what each
took before 2026 is the domain's own monthly schedule, and the two balancing items — a vehicle
bought in 2014 (fully depreciated) and the library (never depreciated) — take up the remainder.
The year that follows is in :mod:`desktop.services.demo_assets`.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["Item", "OPENING_ORIGINAL", "OPENING_ACCUMULATED", "ROOM_OF", "DEPT_OF", "EXTRA_STAFF", "opening_items",
           "before_2026", "opening_figures", "shipped_lives"]

YEAR = 2026
D = Decimal
# The finance year's opening balances of 1601 / 1602 (demo_finance.OPENINGS) the opening cards make up.
OPENING_ORIGINAL = D("860000.00")
OPENING_ACCUMULATED = D("312000.00")
BEFORE = f"{YEAR - 1}-12"  # the last month depreciated before the register started
# Prices of the opening catalogue are scaled by this so that the cards make up the opening balances
# with a plausible vehicle and library as the balancing items (opening_figures).
PRICE_LEVEL = D("0.92")
# Who sits where (the rooms are the cards' locations) and which department each belongs to.
ROOM_OF = {
    "wangjianguo": "401室", "limh": "402室", "zhaozhg": "403室", "zhoumin": "301室", "liuyang": "302室",
    "hexue": "302室", "wufang": "财务室", "zhenglj": "财务室", "chenjing": "财务室", "yangfan": "303室",
    "huanglei": "303室", "zhangwei": "303室", "linxiao": "304室", "gaoyuan": "304室", "xuna": "305室",
    "zhulin": "305室", "sunli": "中心201室", "hujun": "中心201室", "machao": "中心202室", "guoting": "中心服务大厅",
    "lina": "中心服务大厅",
}
# Two more people who are not demo accounts: 张伟 retires (departure signed), 李娜 leaves (held up).
EXTRA_STAFF = [("zhangwei", "张伟", "待遇保障股", "科员（退休）"), ("lina", "李娜", "结算股", "科员（调离）")]
DEPT_OF = {
    "wangjianguo": "局领导", "limh": "局领导", "zhaozhg": "局领导", "zhoumin": "办公室", "liuyang": "办公室",
    "hexue": "办公室", "wufang": "规划财务股", "zhenglj": "规划财务股", "chenjing": "规划财务股",
    "yangfan": "待遇保障股", "huanglei": "待遇保障股", "zhangwei": "待遇保障股", "linxiao": "医药服务管理股",
    "gaoyuan": "医药服务管理股", "xuna": "基金监管股", "zhulin": "基金监管股", "sunli": "医保中心办公室",
    "hujun": "医保中心办公室", "machao": "稽核股", "guoting": "结算股", "lina": "结算股",
}
LAPTOPS = ("wangjianguo", "limh", "zhaozhg", "zhoumin", "xuna", "machao")
HEADS = ("wangjianguo", "limh", "zhaozhg", "zhoumin", "wufang", "yangfan", "linxiao", "xuna", "sunli", "hujun",
         "machao", "guoting")
# Shared rooms: (room, custodian).
SHARED_ROOMS = {"会议室": "hexue", "档案室": "hexue", "机房": "zhoumin", "培训室": "hujun", "车库": "zhoumin"}


@dataclass(frozen=True)
class Item:
    """One card of the register."""

    key: str
    name: str
    category: str
    spec: str
    value: Decimal
    acquired: date
    user: str  # the demo username of its user (the department follows)
    location: str
    unit: str = "台"
    quantity: int = 1
    bulk: bool = False
    media: bool = False  # holds data: wiped before disposal
    idle: bool = False
    supplier: str = ""
    way: str = "purchase"
    funding: str = "财政拨款"

    def fields(self, staff: dict[str, int], depts: dict[str, int]) -> dict[str, Any]:
        return {"name": self.name, "category_code": self.category, "specification": self.spec, "unit": self.unit,
                "quantity": self.quantity, "original_value": str(self.value), "acquired_on": self.acquired.isoformat(),
                "acquisition_way": self.way, "funding_source": self.funding, "supplier": self.supplier,
                "department_id": depts[DEPT_OF[self.user]], "user_id": staff[self.user], "location": self.location,
                "bulk": self.bulk, "storage_media": self.media}


def shipped_lives() -> dict[str, tuple[int, bool]]:
    """code → (useful life in years, depreciable) as shipped (resources/assets/categories.csv)."""
    from desktop.app.paths import resource_path

    with open(resource_path("assets", "categories.csv"), encoding="utf-8") as f:
        return {r["code"]: (int(r["useful_life_years"]), r["depreciable"] == "1") for r in csv.DictReader(f)}


def opening_items() -> list[Item]:
    """The cards brought over in January 2026 (without the two balancing items): deterministic."""
    rng = random.Random(13)
    items: list[Item] = []

    def day(first: int, last: int) -> date:
        return date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))

    def money(low: int, high: int, step: int = 10) -> Decimal:
        return D(rng.randrange(low, high + 1, step)).quantize(D("0.01"))

    def add(key: str, name: str, category: str, spec: str, value: Decimal, acquired: date, user: str,
            location: str, **kw: Any) -> None:
        value = (value * PRICE_LEVEL / 10).quantize(D("1")) * 10  # whole tens of yuan
        items.append(Item(key, name, category, spec, value.quantize(D("0.01")), acquired, user, location, **kw))

    pc_models = ("联想启天M437", "联想启天M455", "华为擎云W515", "长城世恒TF-D", "清华同方超越E500")
    for who, room in ROOM_OF.items():
        add(f"pc-{who}", "台式计算机", "A02010105", rng.choice(pc_models) + " i5/16G/512G", money(4600, 6200),
            day(2023, 2025), who, room, media=True, supplier="示范县政府采购协议供货点")
        add(f"desk-{who}", "办公桌", "A05010201", "钢木结构 1400×700", money(1650, 2600), day(2019, 2025), who, room,
            unit="张")
        add(f"cabinet-{who}", "文件柜", "A05010502", "钢制 900×400×1850", money(1150, 1480), day(2019, 2025), who, room,
            unit="组")
        if who in LAPTOPS:
            add(f"laptop-{who}", "便携式计算机", "A02010108", "联想昭阳K4e i5/16G", money(6200, 7800), day(2023, 2025),
                who, room, media=True)
        add(f"monitor-{who}", "液晶显示器", "A02091104", rng.choice(("联想T24i 23.8英寸", "AOC 24P2C", "华为MateView SE")),
            money(1200, 1450), day(2024, 2025), who, room)
        if who in HEADS and who not in ("wangjianguo", "limh", "zhaozhg"):
            add(f"bookcase-{who}", "书柜", "A05010501", "钢制 双开门", money(1600, 2200), day(2023, 2025), who, room,
                unit="组")
    for who in ("wangjianguo", "limh", "zhaozhg"):
        room = ROOM_OF[who]
        add(f"bookcase-{who}", "书柜", "A05010501", "钢木结构 三门", money(2600, 3200), day(2018, 2021), who, room,
            unit="组")
        add(f"sofa-{who}", "沙发", "A05010400", "布艺三人位", money(2800, 3800), day(2018, 2021), who, room, unit="套")
    # Each room: an air conditioner (two in the larger ones) and a printer where people sit.
    person_rooms = sorted(set(ROOM_OF.values()), key=list(ROOM_OF.values()).index)
    keeper = {room: next(w for w, r in ROOM_OF.items() if r == room) for room in person_rooms}
    keeper.update(SHARED_ROOMS)
    for room in [*person_rooms, "会议室", "档案室", "培训室"]:
        for n in range(2 if room in ("会议室", "培训室", "中心服务大厅", "财务室") else 1):
            add(f"ac-{room}-{n}", "空调机", "A02061804", rng.choice(("格力KFR-35GW", "美的KFR-50LW", "海尔KFR-72LW")),
                money(3200, 4800), day(2023, 2025), keeper[room], room)
    for room in person_rooms:
        add(f"printer-{room}", "打印机", "A02021003", rng.choice(("惠普M405d", "联想LJ2605D", "奔图P3305DN")),
            money(1280, 2600), day(2023, 2025), keeper[room], room)
        add(f"ups-{room}", "后备电源", "A02060000", "山特TG-E 1500VA", money(1300, 1500), day(2024, 2025), keeper[room],
            room)
        add(f"cabinet2-{room}", "文件柜", "A05010502", "钢制 双开门", money(1150, 1480), day(2018, 2024),
            keeper[room], room, unit="组")
    # Chairs: a bulk batch per department (each chair below the threshold, ASSET-01).
    for dept in dict.fromkeys(DEPT_OF.values()):
        people = [w for w, d in DEPT_OF.items() if d == dept]
        qty = max(2, len(people))
        add(f"chairs-{dept}", "办公椅（批量）", "A05010301", "网布办公椅", D(480 * qty).quantize(D("0.01")),
            date(2021, 4, 12), people[0], ROOM_OF[people[0]], unit="把", quantity=qty, bulk=True)
    # The meeting room, the training room, the server room, the archive, finance, the service hall.
    hexue, zhoumin, hujun, guoting = "hexue", "zhoumin", "hujun", "guoting"
    add("meeting-table", "会议桌", "A05010202", "椭圆会议桌 6000×2200", D("6800.00"), date(2022, 5, 16), hexue, "会议室",
        unit="张")
    add("meeting-chairs", "会议椅（批量）", "A05010303", "皮质会议椅", D("15200.00"), date(2022, 5, 16), hexue, "会议室",
        unit="把", quantity=40, bulk=True)
    add("projector", "投影仪", "A02020200", "爱普生CB-2247U", D("6800.00"), date(2023, 3, 8), hexue, "会议室")
    add("whiteboard", "电子白板", "A02020700", "希沃MAXHUB 86英寸", D("9600.00"), date(2024, 9, 14), hexue, "会议室")
    add("meeting-audio", "会议音响系统", "A02090000", "铁三角会议话筒及功放", D("4500.00"), date(2022, 5, 16), hexue,
        "会议室", unit="套")
    add("training-tables", "培训桌（批量）", "A05010200", "折叠培训桌 1200×450", D("12600.00"), date(2023, 7, 1), hujun,
        "培训室", unit="张", quantity=30, bulk=True)
    add("training-chairs", "培训椅（批量）", "A05010303", "带写字板培训椅", D("10800.00"), date(2023, 7, 1), hujun,
        "培训室", unit="把", quantity=60, bulk=True)
    add("training-projector", "投影仪", "A02020200", "明基MX3291", D("5600.00"), date(2023, 7, 1), hujun, "培训室")
    for n, (year, value) in enumerate(((2023, "36800.00"),)):
        add(f"server-{n}", "服务器", "A02010104", "华为FusionServer 2288H", D(value), date(year, 10, 20), zhoumin, "机房",
            media=True)
    for key, name, cat, spec, value, when in (
            ("core-switch", "核心交换机", "A02010200", "华为S5735-S48", "9800.00", date(2023, 10, 20)),
            ("switch-1", "接入交换机", "A02010200", "华为S1730S-24", "4200.00", date(2023, 10, 20)),
            ("switch-2", "接入交换机", "A02010200", "华为S1730S-24", "4200.00", date(2023, 10, 20)),
            ("router", "路由器", "A02010200", "华为AR6120", "6800.00", date(2023, 10, 20)),
            ("firewall", "防火墙", "A02010300", "深信服AF-1000", "12000.00", date(2024, 6, 30)),
            ("room-ac", "机房精密空调", "A02061804", "艾默生PEX 12.5kW", "18000.00", date(2024, 10, 20))):
        add(key, name, cat, spec, D(value), when, zhoumin, "机房", media=False)
    for n in range(4):
        add(f"shelf-{n}", "密集架", "A05010600", "手动密集架 7列", D("7200.00"), date(2021, 8, 18), hexue, "档案室",
            unit="组")
    for n in range(8):
        add(f"archive-cabinet-{n}", "档案柜", "A05010502", "钢制五节档案柜", D("1380.00"), date(2021, 8, 18), hexue,
            "档案室", unit="组")
    add("scanner-0", "扫描仪", "A02021100", "富士通fi-7160", D("4600.00"), date(2024, 4, 10), hexue, "档案室")
    add("scanner-1", "扫描仪", "A02021100", "富士通fi-7160", D("4600.00"), date(2024, 4, 10), hexue, "档案室")
    add("dehumidifier-0", "除湿机", "A02060000", "德业DY-6138EB", D("2300.00"), date(2023, 6, 5), hexue, "档案室")
    add("dehumidifier-1", "除湿机", "A02060000", "德业DY-6138EB", D("2300.00"), date(2023, 6, 5), hexue, "档案室")
    add("safe-0", "保险柜", "A05010500", "全能D-100", D("3200.00"), date(2018, 9, 3), "chenjing", "财务室", unit="个")
    add("safe-1", "保险柜", "A05010500", "全能D-100", D("3200.00"), date(2018, 9, 3), "zhenglj", "财务室", unit="个")
    add("counter", "点钞机", "A02020000", "康艺HT-2900", D("1680.00"), date(2024, 3, 16), "chenjing", "财务室")
    add("binder", "凭证装订机", "A02020000", "金典GD-50", D("2900.00"), date(2023, 5, 9), "zhenglj", "财务室")
    add("mfp-finance", "多功能一体机", "A02020400", "惠普M437nda", D("5600.00"), date(2023, 8, 12), "wufang", "财务室")
    for n in range(2):
        add(f"inner-pc-{n}", "内网专用计算机", "A02010105", "长城世恒TF-D 国产化", D("6400.00"), date(2024, 5, 22),
            ("wufang", "zhenglj", "chenjing", "zhenglj")[n], "财务室", media=True)
    add("queue", "排队叫号系统", "A02020000", "叫号机及显示屏", D("6800.00"), date(2024, 3, 9), guoting, "中心服务大厅",
        unit="套")
    for n in range(4):
        add(f"counter-pc-{n}", "窗口业务计算机", "A02010105", "联想启天M437", D("5200.00"), date(2024, 2, 14),
            ("guoting", "lina")[n % 2], "中心服务大厅", media=True)
    for n in range(4):
        add(f"camera-scan-{n}", "高拍仪", "A02021100", "良田S1800", D("1350.00"), date(2023, 4, 18), guoting,
            "中心服务大厅")
    add("hall-benches", "等候排椅（批量）", "A05010399", "三人位钢制排椅", D("8600.00"), date(2024, 3, 9), guoting,
        "中心服务大厅", unit="组", quantity=10, bulk=True)
    add("card-readers", "身份证阅读器（批量）", "A02020000", "华视CVR-100UC", D("3120.00"), date(2023, 4, 18), guoting,
        "中心服务大厅", quantity=12, bulk=True)
    for n in range(1):
        add(f"hall-screen-{n}", "信息发布屏", "A02091104", "55英寸壁挂信息屏", D("5800.00"), date(2023, 4, 18), guoting,
            "中心服务大厅")
    add("copier-0", "复印机", "A02020100", "理光MP 2014AD", D("9800.00"), date(2021, 3, 20), hexue, "302室")
    add("copier-1", "复印机", "A02020100", "理光IM C3000", D("13600.00"), date(2024, 6, 15), hexue, "302室")
    for n, who in enumerate(("zhoumin", "hexue", "wufang")):
        add(f"shredder-{n}", "碎纸机", "A02021301", "科密C-838 保密", D("1450.00"), date(2024, 5, 6), who, ROOM_OF[who])
    for n, who in enumerate(("xuna", "zhulin", "machao", "machao")):
        add(f"bodycam-{n}", "执法记录仪", "A02020500", "警翼DSJ-V9", D("2180.00"), date(2023, 6, 8), who, ROOM_OF[who])
    for n, who in enumerate(("xuna", "machao")):
        add(f"tablet-{n}", "平板电脑", "A02010109", "华为MatePad 11", D("3600.00"), date(2024, 9, 1), who, ROOM_OF[who],
            media=True)
    add("calligraphy", "书法作品《医保为民》", "A03000000", "陈列品 四尺整张", D("12000.00"), date(2021, 6, 28), hexue,
        "会议室", unit="幅")
    add("exhibition", "医保改革历程展陈", "A03000000", "展陈实物及展板", D("8600.00"), date(2022, 12, 18), hexue,
        "会议室", unit="套")
    # Old computers waiting in the archive store (idle): three disposed in September, twelve in the
    # bulk disposal awaiting its collective decision, the rest kept as spares.
    for n in range(17):
        add(f"old-pc-{n}", "台式计算机（旧）", "A02010105", "联想启天M415", money(2200, 2600), day(2017, 2019), hexue,
            "档案室", media=True, idle=True)
    return items


def before_2026(item: Item, lives: dict[str, tuple[int, bool]]) -> tuple[Decimal, int]:
    """(depreciated_before, months_before) at the end of 2025 by the domain's own schedule."""
    from desktop.domain.assets.depreciation import CardFacts, full_schedule

    years, depreciable = lives[item.category]
    if not depreciable:
        return D("0.00"), 0
    taken = [a for p, a in full_schedule(CardFacts(item.value, years * 12, item.acquired)) if p <= BEFORE]
    return sum(taken, D("0.00")), len(taken)


def opening_figures(lives: dict[str, tuple[int, bool]] | None = None
                    ) -> tuple[list[Item], dict[str, tuple[Decimal, int]]]:
    """Every opening card with what it took before 2026, the two balancing items included: their
    original values add up to OPENING_ORIGINAL and their depreciation to OPENING_ACCUMULATED."""
    lives = lives or shipped_lives()
    items = opening_items()
    before = {i.key: before_2026(i, lives) for i in items}
    original = sum((i.value for i in items), D("0.00"))
    taken = sum((b for b, _ in before.values()), D("0.00"))
    car = Item("car-2014", "公务用车", "A02030500", "大众桑塔纳 1.6L", OPENING_ACCUMULATED - taken, date(2014, 5, 20),
               "zhoumin", "车库", unit="辆")
    books = Item("library", "医保政策法规图书资料（批量）", "A04000000", "图书 820 册",
                 OPENING_ORIGINAL - original - car.value, date(2018, 12, 20), "hexue", "档案室", unit="册", quantity=820,
                 bulk=True)
    assert car.value > 0 and books.value > 0, (car.value, books.value)  # the catalogue fits the balances
    items += [car, books]
    before[car.key] = before_2026(car, lives)
    before[books.key] = (D("0.00"), 0)
    assert before[car.key][0] == car.value  # fully depreciated long before 2026
    return items, before
