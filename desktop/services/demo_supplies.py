"""The demo bureau's office supplies (issue 14): the first half of 2026 and the start of the second,
played on the demo clock through the supply services only (desk.supplies, supply_purchases,
supply_receipts, supply_issues, supply_loans, supply_counts), so the rules, numbers and audit are
the real ones.

What the keeper (刘洋) finds: two stores (办公室库房, 档案室库房) and a catalogue of 36 items — paper,
pens, folders, toner and ink per printer model, cleaning supplies; desks, chairs, cabinets, a
shredder; a camera, a video camera and a voice recorder to lend; a laser printer on the government
procurement catalogue that becomes a fixed-asset card. Opening stock counted on 5 January; the
sections' plans for the first half submitted in December 2025, consolidated by the office, approved
with the Party group's decision, three quotes gathered by two enquirers who each confirmed, the
agreement supplier chosen with its reason and the goods received (the printer's card awaiting
acceptance); an ad-hoc purchase in May linked to its paid claim; about sixty issues January–June
signed by each section's collector (the last few awaiting signature), a chair issued 交旧领新 and a
desk on the director's approval; loans returned, one lent and overdue, one awaiting the office
head; the June count of 办公室库房 with a shortage paid for by the person liable and a surplus,
reported, approved and adjusted; the 档案室库房 count of November in progress; some sections'
plans for the second half in, the others missing.
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Iterator

__all__ = ["load_supplies_demo", "SupplyDemo", "ITEMS", "OFFICE_STORE", "ARCHIVE_STORE", "COLLECTORS",
           "COUNT_SHORTAGE", "COUNT_SURPLUS"]

D = Decimal
YEAR = 2026
KEEPER, CHECKER, OFFICE, DIRECTOR, FINANCE_HEAD = "liuyang", "hexue", "zhoumin", "wangjianguo", "wufang"
OFFICE_STORE, ARCHIVE_STORE = "办公室库房", "档案室库房"
SERVICES = ("supplies", "supply_purchases", "supply_receipts", "supply_issues", "supply_loans", "supply_counts")


@dataclass(frozen=True)
class Item:
    key: str
    name: str
    category: str
    spec: str
    unit: str
    kind: str  # consumable | special
    reorder: int
    price: str
    office: int = 0  # opening stock in 办公室库房
    archive: int = 0  # opening stock in 档案室库房
    lendable: bool = False
    catalogue: bool = False  # on the government procurement catalogue (SUPPLY-07)
    asset: str = ""  # fixed-asset category a unit opens a card in (ASSET-13)


C, S = "consumable", "special"
ITEMS = (
    Item("a4", "A4复印纸", "纸张", "70g 500张/包 5包/箱", "箱", C, 10, "115.00", 24, 12),
    Item("a3", "A3复印纸", "纸张", "70g 500张/包 5包/箱", "箱", C, 2, "230.00", 4),
    Item("pen", "中性笔", "书写工具", "得力S01 0.5mm 黑色 12支/盒", "盒", C, 10, "18.00", 40),
    Item("refill", "中性笔芯", "书写工具", "得力 0.5mm 黑色 20支/盒", "盒", C, 6, "12.00", 30),
    Item("redpen", "签字笔", "书写工具", "晨光 0.7mm 红色 12支/盒", "盒", C, 3, "21.00", 10),
    Item("pencil", "铅笔", "书写工具", "中华2B 10支/盒", "盒", C, 2, "9.50", 8),
    Item("marker", "荧光笔", "书写工具", "斑马 5色套装", "套", C, 2, "26.00", 8),
    Item("notebook", "笔记本", "本册", "B5 皮面 100页", "本", C, 20, "15.00", 80),
    Item("sticky", "便利贴", "本册", "76×76mm 100张", "本", C, 10, "3.50", 50),
    Item("folder", "文件夹", "档案用品", "A4 双强力夹", "个", C, 20, "9.00", 60),
    Item("box", "档案盒", "档案用品", "A4 牛皮纸 5.5cm", "个", C, 50, "8.00", 40, 200),
    Item("bag", "文件袋", "档案用品", "A4 牛皮纸 加厚", "个", C, 50, "1.20", 100, 300),
    Item("clip", "回形针", "装订用品", "29mm 100枚/盒", "盒", C, 5, "3.00", 20),
    Item("binder", "长尾夹", "装订用品", "32mm 12只/盒", "盒", C, 5, "6.50", 20),
    Item("staples", "订书钉", "装订用品", "24/6 1000枚/盒", "盒", C, 10, "2.50", 40),
    Item("stapler", "订书机", "装订用品", "得力0414 中号", "个", C, 3, "25.00", 12),
    Item("glue", "胶水", "粘贴用品", "得力 50ml 液体胶", "瓶", C, 5, "3.00", 20),
    Item("toner228", "硒鼓", "打印耗材", "惠普CF228A（M403/M427用）", "个", C, 3, "380.00", 8),
    Item("toner256", "硒鼓", "打印耗材", "惠普CF256A（M437/M436用）", "个", C, 2, "560.00", 4),
    Item("tn2325", "粉盒", "打印耗材", "兄弟TN-2325（7180DN用）", "个", C, 2, "95.00", 6),
    Item("ink_k", "墨水", "打印耗材", "爱普生T6721 黑色（L360用）", "瓶", C, 2, "45.00", 6),
    Item("ink_c", "墨水", "打印耗材", "爱普生T6722-4 彩色三瓶装（L360用）", "套", C, 1, "120.00", 3),
    Item("usb", "U盘", "办公自动化耗材", "32G USB3.0", "个", C, 3, "45.00", 10),
    Item("battery", "电池", "办公自动化耗材", "南孚5号 4节/卡", "卡", C, 5, "12.00", 20),
    Item("tissue", "抽纸", "卫生清洁用品", "3层 100抽 6包/提", "提", C, 10, "19.90", 30),
    Item("soap", "洗手液", "卫生清洁用品", "500ml", "瓶", C, 5, "16.00", 16),
    Item("binbag", "垃圾袋", "卫生清洁用品", "45×50cm 50只/卷", "卷", C, 10, "6.00", 40),
    Item("mop", "拖把", "卫生清洁用品", "平板拖把 带替换布", "把", C, 2, "35.00", 6),
    Item("desk", "办公桌", "办公家具", "1400×700 钢木", "张", S, 0, "980.00", 2),
    Item("chair", "办公椅", "办公家具", "网布转椅 可升降", "把", S, 2, "380.00", 6),
    Item("cabinet", "文件柜", "办公家具", "钢制 900×400×1850", "组", S, 0, "860.00", 1, 2),
    Item("shredder", "碎纸机", "办公设备", "科密C-638 4级保密", "台", S, 0, "680.00", 1),
    Item("camera", "照相机", "影像设备", "佳能EOS R50 套机", "台", S, 0, "4800.00", 1, lendable=True),
    Item("video", "摄像机", "影像设备", "索尼FDR-AX45", "台", S, 0, "5600.00", 1, lendable=True),
    Item("recorder", "录音笔", "影像设备", "索尼ICD-TX660", "支", S, 0, "780.00", 2, lendable=True),
    Item("printer", "激光打印机", "办公设备", "惠普M437nda A3黑白", "台", S, 0, "5400.00",
         catalogue=True, asset="A02021003"),
)

# Each section's collector (SUPPLY-09), named by its head (or by the office head for the office).
COLLECTORS = {"办公室": ("zhoumin", "hexue"), "规划财务股": ("wufang", "chenjing"),
              "待遇保障股": ("yangfan", "huanglei"), "医药服务管理股": ("linxiao", "gaoyuan"),
              "基金监管股": ("xuna", "zhulin"), "医保中心办公室": ("hujun", "hujun"), "稽核股": ("machao", "machao"),
              "结算股": ("guoting", "guoting")}
LEADER_OF = {"办公室": "limh", "待遇保障股": "limh", "医药服务管理股": "limh", "医保中心办公室": "limh", "稽核股": "limh",
             "结算股": "limh", "规划财务股": "zhaozhg", "基金监管股": "zhaozhg"}

# The sections' plans for 2026 H1, submitted in December 2025 (planner, day, [(item, quantity, purpose)]).
PLANS_H1 = (
    ("yangfan", 18, (("a4", 10, "待遇审核材料打印"), ("toner228", 4, "M403打印机"), ("folder", 20, "待遇档案整理"),
                     ("printer", 1, "异地就医备案窗口新增A3打印机"))),
    ("linxiao", 22, (("a4", 6, "药品价格监测报表"), ("ink_k", 4, "L360墨仓打印机"), ("ink_c", 2, "L360墨仓打印机"))),
    ("xuna", 23, (("a4", 8, "检查文书打印"), ("bag", 100, "检查案卷"), ("usb", 4, "现场取证资料拷贝"))),
    ("guoting", 24, (("a4", 12, "结算单据打印"), ("tn2325", 4, "7180DN打印机"), ("binder", 10, "结算凭证装订"))),
    ("hujun", 26, (("a4", 8, "中心日常办公"), ("toner256", 2, "M437打印机"), ("tissue", 10, "服务大厅"))),
    ("zhoumin", 29, (("a3", 4, "文件排版打印"), ("notebook", 40, "会议记录"), ("pen", 20, "机关日常办公"),
                     ("chair", 4, "更换损坏座椅"))),
)
# Plans for 2026 H2 in by 30 June (the others are still missing).
PLANS_H2 = (
    ("yangfan", 22, (("a4", 10, "待遇审核材料打印"), ("toner228", 3, "M403打印机"))),
    ("guoting", 24, (("a4", 12, "结算单据打印"), ("tn2325", 3, "7180DN打印机"))),
    ("hujun", 26, (("a4", 8, "中心日常办公"), ("tissue", 12, "服务大厅"))),
)
AGREEMENT = "示范县政府采购协议供货点（得力办公）"
SHOPS = ("示范县文汇办公用品商店", "示范县博文文化用品有限公司")
ADHOC = (("a4", 30, "112.00"), ("toner228", 4, "380.00"), ("box", 100, "8.00"))  # ¥5,680.00, paid in June
ADHOC_CLAIM = "机关办公用品集中采购"  # the finance year's claim that paid it (demo_finance PLANS)
# The June count of 办公室库房: (item, difference, explanation, liable, compensation).
COUNT_SHORTAGE = ("stapler", -1, "会议室借用后遗失，经查系保管不善", "hexue", "25.00")
COUNT_SURPLUS = ("refill", 1, "3月发放时少发一盒，领用单已按实发更正", "", "0")
# Issued to the sections Jan–Jun from 办公室库房 (the archive's boxes and bags from 档案室库房).
EVERYDAY = ("a4", "pen", "refill", "notebook", "sticky", "folder", "clip", "binder", "staples", "glue", "tissue",
            "soap", "binbag", "battery", "redpen", "marker", "pencil", "usb", "bag")
ISSUE_DAYS = {0: (5, 8, 12, 15, 19, 22, 26, 28), 1: (21, 22, 23, 26, 27, 28, 29, 30),
              5: (6, 8, 11, 13, 15, 18, 20, 22), 6: (4, 8, 10, 12, 15, 17, 19, 22, 24, 26)}
PRINTING = {"待遇保障股": "toner228", "医药服务管理股": "ink_k", "结算股": "tn2325", "医保中心办公室": "toner256",
            "办公室": "toner228", "规划财务股": "toner228", "基金监管股": "toner228", "稽核股": "tn2325"}


@contextmanager
def _at(day: date, hour: int = 9) -> Iterator[None]:
    """The demo clock set to ``day`` for a while, then back to where it was."""
    from desktop.services import demo_finance

    now = demo_finance._Now
    saved = now.base, now.started
    try:
        with demo_finance.demo_clock(day, hour):
            yield
    finally:
        now.base, now.started = saved


def _workday(day: date) -> date:
    """The day, moved off a weekend to the next Monday (the office issues on weekdays)."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _today() -> date:
    return date.today()  # the demo clock's while it runs (this module's ``date`` is the clock's then)


def has_supplies(desk: Any) -> bool:
    """Every supply service is in this tree (a tree without them loads the demo without supplies)."""
    try:
        return all(getattr(desk, name) is not None for name in SERVICES)
    except (ImportError, AttributeError):
        return False


@dataclass
class SupplyDemo:
    desk: Any
    u: dict[str, Any] = field(default_factory=dict)
    depts: dict[str, int] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)
    stores: dict[str, int] = field(default_factory=dict)
    left: dict[tuple[str, str], int] = field(default_factory=dict)  # (store, item) → on hand, as played
    minutes: int = 0
    documents: int = 0
    issues: int = 0

    def __post_init__(self) -> None:
        desk = self.desk
        for name in SERVICES:  # imported before the clock starts, so the clock reaches them
            service = getattr(desk, name)
            if hasattr(service, "today"):
                service.today = _today
        admin = desk.act_as("admin")
        self.depts = {d.name: d.id for d in desk.org.departments(admin)}
        names = {KEEPER, CHECKER, OFFICE, DIRECTOR, FINANCE_HEAD, "zhenglj", *LEADER_OF.values(),
                 *(p for pair in COLLECTORS.values() for p in pair), *(p[0] for p in PLANS_H1)}
        self.u = {n: desk.act_as(n) for n in sorted(names)}

    def staff(self, username: str) -> int:
        return self.u[username].staff_id

    # The half-year ------------------------------------------------------------------------------
    def play(self) -> int:
        with _at(date(YEAR - 1, 12, 15)):
            self._catalogue()
        with _at(date(YEAR - 1, 12, 16), 10):
            self._collectors()
        for planner, day, lines in PLANS_H1:
            with _at(date(YEAR - 1, 12, day), 15):
                self._plan(planner, 1, lines)
        with _at(date(YEAR, 1, 5)):
            self._opening()
        self._plan_purchase()
        rng = random.Random(14)
        for month in range(1, 6):
            self._month(month, rng)
        self._adhoc()  # ordered in May, received on 3 June
        self._month(6, rng)
        self._loans()
        self._june_count()
        for planner, day, lines in PLANS_H2:
            with _at(date(YEAR, 6, day), 15):
                self._plan(planner, 2, lines)
        self._november()
        return self.documents

    def _catalogue(self) -> None:
        s, keeper = self.desk.supplies, self.u[KEEPER]
        self.stores = {row.name: row.id for row in s.locations(keeper)}
        if ARCHIVE_STORE not in self.stores:
            self.stores[ARCHIVE_STORE] = s.add_location(keeper, ARCHIVE_STORE)
        for it in ITEMS:
            self.items[it.key] = s.add_item(keeper, {
                "name": it.name, "category": it.category, "specification": it.spec, "unit": it.unit,
                "kind": it.kind, "reorder_level": it.reorder, "procurement_catalogue": it.catalogue,
                "asset_category_code": it.asset, "lendable": it.lendable})

    def _collectors(self) -> None:
        issues = self.desk.supply_issues
        for dept, (head, collector) in COLLECTORS.items():
            issues.name_collector(self.u[head], self.depts[dept], self.staff(collector))

    def _plan(self, planner: str, half: int, lines: tuple) -> None:
        p = self.desk.supply_purchases
        prices = {it.key: it.price for it in ITEMS}
        plan = p.save_plan(self.u[planner], YEAR, half, [
            {"item_id": self.items[key], "quantity": q, "unit_price": prices[key], "purpose": why}
            for key, q, why in lines], note="按上年同期实际用量测算")
        p.submit_plan(self.u[planner], plan)

    def _opening(self) -> None:
        for store, attr in ((OFFICE_STORE, "office"), (ARCHIVE_STORE, "archive")):
            lines = [{"item_id": self.items[it.key], "quantity": getattr(it, attr), "unit_price": it.price,
                      "spec_ok": True, "quality_ok": True, "note": "期初盘点"}
                     for it in ITEMS if getattr(it, attr)]
            self.desk.supply_receipts.receive(self.u[KEEPER], {
                "kind": "opening", "location_id": self.stores[store], "received_on": date(YEAR, 1, 5),
                "checker_id": self.staff(CHECKER), "note": f"2026年启用办公用品台账，{store}期初库存", "lines": lines})
            for it in ITEMS:
                self.left[(store, it.key)] = getattr(it, attr)

    # Purchases (SUPPLY-03..08) ------------------------------------------------------------------
    def _through(self, doc: int, day: date, opinion: str = "同意") -> None:
        """The document approved step by step by whoever holds each step's position; a step that
        needs a collective decision cites the Party group's minute (SUPPLY-03/04, IC-08)."""
        a, viewer = self.desk.approvals, self.u[DIRECTOR]
        holders = {"office_head": OFFICE, "finance_head": FINANCE_HEAD, "director": DIRECTOR,
                   "finance_leader": "zhaozhg"}
        for _ in range(6):
            view = a.document(viewer, doc)
            step = view.current_step
            if step is None:
                return
            who = LEADER_OF.get(view.department, "limh") if step.position == "leader_in_charge" else \
                holders[step.position]
            decision = None
            if view.decision_required:
                self.minutes += 1
                decision = a.record_decision(self.u[OFFICE], "党组会议", f"党组会议纪要〔{day.year}〕{self.minutes}号",
                                             day, f"研究{view.title}", matters=[
                                                 {"subject": view.title, "amount": str(view.amount),
                                                  "document_id": doc}])
            a.approve(self.u[who], doc, opinion, decision_id=decision)

    def _buy(self, purchase: int, quoted: date, ordered: date, totals: tuple[str, str, str], reason: str) -> None:
        """Three quotes by two enquirers who each confirm (SUPPLY-05), the agreement supplier chosen
        (SUPPLY-06) with the government procurement reference where the catalogue needs it (SUPPLY-07)."""
        p = self.desk.supply_purchases
        with _at(quoted, 10):
            p.name_enquirers(self.u[KEEPER], purchase, [self.staff(KEEPER), self.staff(CHECKER)])
            quotes = [p.add_quote(self.u[KEEPER], purchase, AGREEMENT, D(totals[0]), quoted, agreement_supplier=True,
                                  note="协议供货价")]
            quotes += [p.add_quote(self.u[KEEPER], purchase, shop, D(total), quoted, note="电话询价并索取报价单")
                       for shop, total in zip(SHOPS, totals[1:])]
        with _at(quoted, 15):
            p.confirm_enquiry(self.u[KEEPER], purchase)
            p.confirm_enquiry(self.u[CHECKER], purchase)
        with _at(ordered, 10):
            p.choose(self.u[KEEPER], purchase, quotes[0], reason, procurement_ref=f"示政采〔{YEAR}〕{ordered.month}号")

    def _receive(self, purchase: int, day: date, invoice: str, users: dict[str, str] | None = None) -> int:
        p, r = self.desk.supply_purchases, self.desk.supply_receipts
        keys = {v: k for k, v in self.items.items()}
        with _at(day, 10):
            view = p.purchase(self.u[KEEPER], purchase)
            users = users or {}
            lines = [{"item_id": ln.item_id, "purchase_line_id": ln.id, "quantity": ln.quantity,
                      "unit_price": ln.unit_price, "spec_ok": True, "quality_ok": True,
                      **({"user_id": self.staff(users[keys[ln.item_id]])} if keys[ln.item_id] in users else {})}
                     for ln in view.lines]
            receipt = r.receive(self.u[KEEPER], {
                "kind": "purchase", "purchase_id": purchase, "location_id": self.stores[OFFICE_STORE],
                "received_on": day, "checker_id": self.staff(CHECKER), "supplier": AGREEMENT, "invoice_no": invoice,
                "note": "品种、规格、数量、质量与订单核对一致", "lines": lines})
        assets = {it.key for it in ITEMS if it.asset}
        for ln in view.lines:
            if keys[ln.item_id] not in assets:
                self.left[(OFFICE_STORE, keys[ln.item_id])] += ln.quantity
        return receipt

    def _plan_purchase(self) -> None:
        p = self.desk.supply_purchases
        with _at(date(YEAR, 1, 6), 10):
            purchase = p.consolidate(self.u[KEEPER], YEAR, 1)
        doc = p.purchase(self.u[KEEPER], purchase).document_id
        self.documents += 1
        with _at(date(YEAR, 1, 8), 15):
            self._through(doc, date(YEAR, 1, 8), "同意按计划采购")
        estimate = p.purchase(self.u[KEEPER], purchase).estimated_total
        totals = tuple(str((estimate * D(f)).quantize(D("0.01"))) for f in ("1", "1.04", "1.07"))
        self._buy(purchase, date(YEAR, 1, 12), date(YEAR, 1, 13), totals,
                  "协议供货点报价最低，质量和售后有保障（激光打印机按政府集中采购办理）")
        self._receive(purchase, date(YEAR, 1, 20), "发票号 04521867", {"printer": "huanglei"})

    def _adhoc(self) -> None:
        """Between plans: paper and toner ran short in May (≥ 3,000: the Party group decides, SUPPLY-04);
        received in June and linked to the claim that paid it."""
        p, a = self.desk.supply_purchases, self.desk.approvals
        with _at(date(YEAR, 5, 25), 10):
            purchase = p.request_adhoc(self.u[CHECKER], [
                {"item_id": self.items[key], "quantity": q, "unit_price": price, "note": ""}
                for key, q, price in ADHOC],
                "上半年打印纸、硒鼓消耗超出计划，库存低于最低库存")
        self.documents += 1
        doc = p.purchase(self.u[KEEPER], purchase).document_id
        with _at(date(YEAR, 5, 27), 15):
            self._through(doc, date(YEAR, 5, 27))
        self._buy(purchase, date(YEAR, 5, 28), date(YEAR, 5, 29), ("5680.00", "5920.00", "6050.00"),
                  "协议供货点，报价最低")
        receipt = self._receive(purchase, date(YEAR, 6, 3), "发票号 05873310")
        claims = [d for d in a.documents(self.u[DIRECTOR], kinds=["expense_claim"], limit=10_000)
                  if d.title == ADHOC_CLAIM]
        if claims:
            with _at(date(YEAR, 6, 10), 10):
                self.desk.supply_receipts.link_claim(self.u[KEEPER], receipt, claims[0].id)

    # Issues (SUPPLY-09/10) ----------------------------------------------------------------------
    def _month(self, month: int, rng: random.Random) -> None:
        """Each section once a month and a few twice, in date order (the stock book reads by date);
        January's after the plan's goods came in on the 20th, May's before the ad-hoc order."""
        sections = list(COLLECTORS)
        extra = {1: 1, 2: 2, 3: 2, 4: 2, 5: 2, 6: 3}[month]
        depts = sections + [sections[(k * 3 + month) % len(sections)] for k in range(extra)]
        days = ISSUE_DAYS.get(month, ISSUE_DAYS[0])
        events = [(_workday(date(YEAR, month, days[n % len(days)])), n, dept, None, OFFICE_STORE)
                  for n, dept in enumerate(depts)]
        if month == 3:  # a desk for the new settlement post, on the director's approval (SUPPLY-10)
            events.append((date(YEAR, 3, 16), 90, "结算股", [{"item_id": self.items["desk"], "quantity": 1,
                           "holder_id": self.staff("guoting"), "approval_ref": "王建国局长批准（异地就医结算新增岗位）"}],
                           OFFICE_STORE))
        if month == 4:  # 交旧领新: the broken chair handed in for the new one (SUPPLY-10)
            events.append((date(YEAR, 4, 8), 90, "待遇保障股", [{"item_id": self.items["chair"], "quantity": 1,
                           "holder_id": self.staff("huanglei"), "old_returned": True,
                           "old_note": "原座椅气压杆损坏，旧椅已交回办公室"}], OFFICE_STORE))
        if month == 5:  # boxes for the audit files, from the archive's store
            events.append((date(YEAR, 5, 13), 90, "稽核股", [{"item_id": self.items["box"], "quantity": 40},
                                                             {"item_id": self.items["bag"], "quantity": 60}],
                           ARCHIVE_STORE))
        events.sort(key=lambda e: (e[0], e[1]))
        for n, (day, _seq, dept, lines, store) in enumerate(events):
            unsigned = month == 6 and n >= len(events) - 3  # the last few wait for their collector
            self._issue(dept, day, lines or self._pick(dept, month, rng), signed=not unsigned, store=store)

    def _pick(self, dept: str, month: int, rng: random.Random) -> list[dict]:
        keys = ["a4", *rng.sample(EVERYDAY[1:], 2)]  # paper every time, two other things
        if month in (1, 4) or rng.random() < 0.25:
            keys.append(PRINTING[dept])
        lines = []
        for key in keys:
            q = 1 if key.startswith(("toner", "ink", "tn", "usb")) else rng.randint(1, 2 if key == "a4" else 4)
            if key == "bag":
                q = 20
            if self.left[(OFFICE_STORE, key)] - q < 1:
                continue
            lines.append({"item_id": self.items[key], "quantity": q})
        return lines or [{"item_id": self.items["sticky"], "quantity": 1}]

    def _issue(self, dept: str, day: date, lines: list[dict], *, signed: bool = True,
               store: str = OFFICE_STORE) -> None:
        keys = {v: k for k, v in self.items.items()}
        with _at(day, 10):
            issue = self.desk.supply_issues.issue(self.u[KEEPER], {
                "department_id": self.depts[dept], "location_id": self.stores[store], "issued_on": day,
                "note": "", "lines": lines})
        for line in lines:
            self.left[(store, keys[line["item_id"]])] -= line["quantity"]
        self.issues += 1
        if signed:
            with _at(day, 11):
                self.desk.supply_issues.sign(self.u[COLLECTORS[dept][1]], issue)

    # Loans (SUPPLY-14) --------------------------------------------------------------------------
    def _loan(self, borrower: str, item: str, asked: date, lent: date, due: date, purpose: str,
              returned: date | None = None) -> int:
        loans = self.desk.supply_loans
        with _at(asked, 9):
            loan = loans.request(self.u[borrower], self.items[item], due_on=due, purpose=purpose)
        with _at(asked, 11):
            loans.decide(self.u[OFFICE], loan, True, "同意，用后按时归还")
        with _at(lent, 14):
            loans.sign_out(self.u[KEEPER], loan, "外观完好，电池、存储卡齐全")
            loans.sign_out(self.u[borrower], loan, "已当面检查，外观完好")
        if returned is not None:
            with _at(returned, 16):
                loans.sign_return(self.u[KEEPER], loan, "验收完好，附件齐全")
                loans.sign_return(self.u[borrower], loan, "已归还")
        return loan

    def _loans(self) -> None:
        self._loan("huanglei", "camera", date(YEAR, 3, 9), date(YEAR, 3, 10), date(YEAR, 3, 13),
                   "医保政策宣传进社区活动拍照", date(YEAR, 3, 12))
        self._loan("zhulin", "video", date(YEAR, 5, 18), date(YEAR, 5, 19), date(YEAR, 5, 22),
                   "定点医药机构现场检查录像", date(YEAR, 5, 22))
        self._loan("gaoyuan", "recorder", date(YEAR, 6, 1), date(YEAR, 6, 2), date(YEAR, 6, 5),
                   "药品集采座谈会记录", date(YEAR, 6, 4))

    # Counts (SUPPLY-11/12) ----------------------------------------------------------------------
    def _june_count(self) -> None:
        counts = self.desk.supply_counts
        keeper = self.u[KEEPER]
        differences = {key: (diff, why, liable, comp)
                       for key, diff, why, liable, comp in (COUNT_SHORTAGE, COUNT_SURPLUS)}
        with _at(date(YEAR, 6, 29), 9):
            count = counts.start(keeper, self.stores[OFFICE_STORE], date(YEAR, 6, 29))
            keys = {v: k for k, v in self.items.items()}
            lines = []
            for ln in counts.count_view(keeper, count).lines:
                diff, why, liable, comp = differences.get(keys.get(ln.item_id, ""), (0, "", "", "0"))
                lines.append({"item_id": ln.item_id, "counted_quantity": ln.book_quantity + diff, "explanation": why,
                              "liable_staff_id": self.staff(liable) if liable else None, "compensation": D(comp)})
            counts.enter(keeper, count, lines)
        with _at(date(YEAR, 6, 29), 16):
            doc = counts.report(keeper, count, submit=True)  # played back unsigned, like the finance year
        self.documents += 1
        with _at(date(YEAR, 6, 30), 10):
            self._through(doc, date(YEAR, 6, 30), "同意按盘点结果调整账面，遗失物品由责任人照价赔偿")
        with _at(date(YEAR, 6, 30), 15):
            counts.adjust(keeper, count)
        for key, (diff, *_rest) in differences.items():
            self.left[(OFFICE_STORE, key)] += diff

    # November: the loans still open and the archive's count under way ----------------------------------
    def _november(self) -> None:
        self._loan("xuna", "camera", date(YEAR, 11, 16), date(YEAR, 11, 16), date(YEAR, 11, 20),
                   "基金监管专项检查现场取证")  # lent, not back: overdue on the keeper's home page
        with _at(date(YEAR, 11, 27), 9):
            self.desk.supply_loans.request(self.u["guoting"], self.items["video"], due_on=date(YEAR, 12, 4),
                                           purpose="结算业务培训会录像")  # awaiting the office head
        counts, keeper = self.desk.supply_counts, self.u[KEEPER]
        with _at(date(YEAR, 11, 30), 9):
            count = counts.start(keeper, self.stores[ARCHIVE_STORE], date(YEAR, 11, 30))
            lines = [ln for ln in counts.count_view(keeper, count).lines if ln.book_quantity][:3]
            counts.enter(keeper, count, [{"item_id": ln.item_id, "counted_quantity": ln.book_quantity,
                                          "explanation": "", "liable_staff_id": None, "compensation": D("0")}
                                         for ln in lines])


def load_supplies_demo(desk: Any) -> tuple[int, str]:
    """Play the supplies' half-year; returns (documents made, a summary line). A tree without the
    supply services plays nothing."""
    if not has_supplies(desk):
        return 0, ""
    demo = SupplyDemo(desk)
    docs = demo.play()
    return docs, (f"{len(ITEMS)} office-supply items in 2 stores: the first half of 2026's plans, quotes, receipts, "
                  f"{demo.issues} issues signed by the sections' collectors, loans (one overdue) and the June count "
                  "adjusted; the archive's November count in progress")
