"""The demo bureau's fixed assets (issue 13): ~250 cards brought over when the register started in
January 2026 and a year of asset work played month by month alongside the finance year
(:mod:`desktop.services.demo_finance`), all through the asset services (desk.assets,
desk.asset_moves, desk.stocktakes, desk.depreciation) so the rules, history and audit are real.

What a user finds: cards spread over the departments, rooms and people (computers, printers,
furniture, air conditioners, the server room, the archive, two vehicles, library and heritage items
that are never depreciated, bulk batches such as the 40 会议椅); about 40 purchases of 2026 each
with its approved purchase request, accepted by the user and the asset manager (a few still
awaiting acceptance, one rejected) and booked by an acquisition voucher; three transfers applied;
two repairs completed (one sent out, one on site under supervision); a disposal closed with the
区国资局 reference and residual income owed to the treasury, and a bulk disposal waiting for its
collective decision; one departure signed off and one held up by items still held; the monthly
depreciation January to November (vouchers posted for the closed months, November's drafted);
the 档案室 counted in October (a shortage and a surplus, report approved, cards adjusted and
booked) and the 会议室 count in progress. The cards and the ledger (1601/1602) agree to the fen
at the end of every closed month.

The opening cards (期初) reproduce the finance year's opening balances exactly: their depreciation
before 2026 is what the domain's monthly schedule gives, and the two balancing items — a vehicle
bought in 2014 (fully depreciated) and the library (never depreciated) — take up the remainder.

How it is played: :meth:`AssetYear.playing` wraps the desk handed to the finance year so that each
month-end posting first plays that month's asset work (clocked on its own days with the finance
year's demo clock); the asset services read "today" from that clock too.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Iterator

from desktop.services.demo_asset_register import (
    DEPT_OF,
    EXTRA_STAFF,
    OPENING_ACCUMULATED,
    OPENING_ORIGINAL,
    YEAR,
    Item,
    opening_figures,
)

__all__ = ["AssetYear", "OPENING_ORIGINAL", "OPENING_ACCUMULATED", "opening_figures",
           "CLOSED_STOCKTAKE_ROOM", "OPEN_STOCKTAKE_ROOM"]

D = Decimal
CLOSED_STOCKTAKE_ROOM = "档案室"
OPEN_STOCKTAKE_ROOM = "会议室"
MANAGER, ACCOUNTANT, HEAD, DIRECTOR, OFFICE = "liuyang", "zhenglj", "wufang", "wangjianguo", "zhoumin"


# 2026 ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Buy:
    """One item of a purchase request; ``leave``: "" accepted by both, "user" awaiting its user,
    "manager" awaiting the asset manager, "rejected" failed its acceptance."""

    name: str
    category: str
    spec: str
    price: str
    user: str
    location: str
    count: int = 1  # cards of this item
    unit: str = "台"
    quantity: int = 1
    bulk: bool = False
    media: bool = False
    leave: str = ""


@dataclass(frozen=True)
class Purchase:
    month: int
    day: int
    requester: str
    title: str
    purpose: str
    supplier: str
    items: tuple[Buy, ...]


PURCHASES = (
    Purchase(2, 10, "huanglei", "待遇保障股更新台式计算机", "原计算机使用超过六年，运行缓慢", "示范县政府采购协议供货点",
             (Buy("台式计算机", "A02010105", "华为擎云W515 i5/16G/512G", "5680.00", "huanglei", "303室", media=True),
              Buy("台式计算机", "A02010105", "华为擎云W515 i5/16G/512G", "5680.00", "yangfan", "303室", media=True))),
    Purchase(2, 24, "hexue", "会议室更换空调", "会议室原空调制冷不足", "示范县格力空调专卖店",
             (Buy("空调机", "A02061804", "格力KFR-72LW 3匹柜机", "7600.00", "hexue", "会议室", count=2),)),
    Purchase(3, 12, "guoting", "服务大厅自助设备", "异地就医备案自助办理", "吉林省医保信息技术服务有限公司",
             (Buy("医保自助服务终端", "A02020000", "壁挂式自助终端", "18600.00", "guoting", "中心服务大厅"),
              Buy("多功能一体机", "A02020400", "惠普M437nda", "5400.00", "guoting", "中心服务大厅"),
              Buy("社保卡读卡器（批量）", "A02020000", "德卡T10", "2880.00", "guoting", "中心服务大厅", unit="台",
                  quantity=12, bulk=True))),
    Purchase(4, 9, "hexue", "办公室保密设备", "涉密文件销毁及保管", "示范县博文办公设备有限公司",
             (Buy("碎纸机", "A02021301", "科密C-838 保密", "1480.00", "hexue", "302室", count=2),
              Buy("保密柜", "A05010500", "电子密码保密柜", "3900.00", "hexue", "302室", unit="个"))),
    Purchase(5, 13, "zhulin", "基金监管执法记录设备", "定点医药机构现场检查取证", "示范县政府采购协议供货点",
             (Buy("执法记录仪", "A02020500", "警翼DSJ-V9", "2280.00", "zhulin", "305室", count=2),
              Buy("执法记录仪", "A02020500", "警翼DSJ-V9", "2280.00", "xuna", "305室", count=2))),
    Purchase(6, 8, "gaoyuan", "医药服务管理股办公设备", "药品价格监测及集采数据核查", "示范县政府采购协议供货点",
             (Buy("便携式计算机", "A02010108", "联想昭阳K4e i5/16G", "6900.00", "gaoyuan", "304室", media=True),
              Buy("便携式计算机", "A02010108", "联想昭阳K4e i5/16G", "6900.00", "linxiao", "304室", media=True),
              Buy("彩色打印机", "A02021004", "惠普M255dw", "2680.00", "linxiao", "304室"),
              Buy("投影仪", "A02020200", "爱普生CB-X50", "4980.00", "linxiao", "304室"))),
    Purchase(7, 14, "machao", "稽核股移动执法终端", "稽核现场检查", "示范县政府采购协议供货点",
             (Buy("便携式计算机", "A02010108", "华为MateBook 14", "6580.00", "machao", "中心202室", media=True),
              Buy("平板电脑", "A02010109", "华为MatePad 11", "3680.00", "machao", "中心202室", count=2,
                  media=True))),
    Purchase(8, 11, "hujun", "医保中心办公设备", "中心办公室设备更新", "示范县博文办公设备有限公司",
             (Buy("空调机", "A02061804", "美的KFR-50LW 2匹柜机", "5200.00", "hujun", "中心201室", count=2),
              Buy("文件柜", "A05010502", "钢制 900×400×1850", "1350.00", "hujun", "中心201室", count=3, unit="组"))),
    Purchase(9, 8, "liuyang", "机房设备扩容", "医保信息系统等保测评整改", "吉林省医保信息技术服务有限公司",
             (Buy("服务器", "A02010104", "华为FusionServer 2288H V6", "48600.00", "zhoumin", "机房", media=True),
              Buy("接入交换机", "A02010200", "华为S5735-L24", "5800.00", "zhoumin", "机房"),
              Buy("日志审计系统", "A02010300", "深信服LAS", "28000.00", "zhoumin", "机房"),
              Buy("培训椅（批量）", "A05010303", "带写字板培训椅", "5400.00", "hujun", "培训室", unit="把", quantity=20,
                  bulk=True))),
    Purchase(10, 13, "chenjing", "财务室设备更新", "财务电子凭证归档", "示范县政府采购协议供货点",
             (Buy("台式计算机", "A02010105", "长城世恒TF-D 国产化", "6200.00", "chenjing", "财务室", media=True),
              Buy("扫描仪", "A02021100", "富士通fi-7160", "4700.00", "zhenglj", "财务室"),
              Buy("档案柜", "A05010502", "钢制五节档案柜", "1420.00", "chenjing", "财务室", count=2, unit="组"))),
    Purchase(11, 10, "yangfan", "待遇保障股业务用计算机", "异地就医结算岗位", "示范县政府采购协议供货点",
             (Buy("台式计算机", "A02010105", "华为擎云W515 i5/16G/512G", "5680.00", "yangfan", "303室", media=True,
                  leave="user"),
              Buy("台式计算机", "A02010105", "华为擎云W515 i5/16G/512G", "5680.00", "huanglei", "303室", media=True,
                  leave="manager"),
              Buy("台式计算机", "A02010105", "华为擎云W515 i5/16G/512G", "5680.00", "huanglei", "303室", media=True))),
    Purchase(11, 16, "guoting", "服务大厅排队叫号终端", "窗口叫号终端增配", "吉林省医保信息技术服务有限公司",
             (Buy("叫号评价终端", "A02020000", "窗口评价器及叫号屏", "2600.00", "guoting", "中心服务大厅",
                  leave="rejected"),
              Buy("电子白板", "A02020700", "希沃MAXHUB 65英寸", "12800.00", "hexue", "会议室", leave="user"))),
)

LEADER_OF = {"办公室": "limh", "待遇保障股": "limh", "医药服务管理股": "limh", "医保中心办公室": "limh", "稽核股": "limh",
             "结算股": "limh", "规划财务股": "zhaozhg", "基金监管股": "zhaozhg"}


def _today() -> date:
    """Today by the demo clock while it runs (this module's ``date`` is the clock's then)."""
    return date.today()


class _Books:
    def __init__(self, books: Any, year: "AssetYear"):
        self._books, self._year = books, year

    def __getattr__(self, name: str) -> Any:
        return getattr(self._books, name)

    def post(self, user: Any, voucher_ids: Any) -> Any:
        self._year.month_end(_today().month)
        return self._books.post(user, voucher_ids)


class _Playing:
    """The desk the finance year sees: the same services, month-end postings first play the assets."""

    def __init__(self, desk: Any, year: "AssetYear"):
        self._desk = desk
        self.books = _Books(desk.books, year)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._desk, name)


@dataclass
class AssetYear:
    desk: Any
    u: dict[str, Any] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)
    depts: dict[str, int] = field(default_factory=dict)
    cards: dict[str, int] = field(default_factory=dict)  # item key → card id
    vouchers: list[int] = field(default_factory=list)  # this month's, to post
    minutes: int = 0  # 局务会纪要 numbers
    count: int = 0  # documents made
    played: set[int] = field(default_factory=set)

    def playing(self, desk: Any) -> Any:
        """The desk to hand to the finance year. Imports the asset services now, before the year's
        clock starts (the clock sets "today" in the modules loaded when it starts)."""
        if not all(hasattr(desk, name) for name in ("assets", "stocktakes", "depreciation")):
            return desk  # a tree without the asset services: the year is played without assets
        for name in ("assets", "asset_moves", "stocktakes", "depreciation"):
            service = getattr(desk, name, None)
            if hasattr(service, "today"):
                service.today = _today  # AssetService keeps its own "today" for the demo to set
        return _Playing(desk, self)

    @property
    def moves(self) -> Any:
        return getattr(self.desk, "asset_moves", None)

    # The months -----------------------------------------------------------------------------------
    def month_end(self, month: int) -> None:
        if month in self.played:
            return
        self.played.add(month)
        if month == 1:
            with _at(date(YEAR, 1, 6)):
                self._start()
        for purchase in (p for p in PURCHASES if p.month == month):
            self._purchase(purchase)
        moving = {3: self._transfer_to_settlement, 5: self._repair_on_site, 6: self._transfer_laptop,
                  8: self._repair_sent_out, 9: self._disposal_and_transfer, 11: self._bulk_disposal}.get(month)
        if moving is not None and self.moves is not None:
            moving()
        counting = {10: self._archive_count, 11: self._november}.get(month)
        if counting is not None:
            counting()
        self._depreciate(month)

    def _start(self) -> None:
        desk = self.desk
        admin = desk.act_as("admin")
        self.depts = {d.name: d.id for d in desk.org.departments(admin)}
        for username, name, dept, title in EXTRA_STAFF:
            self.staff[username] = desk.org.add_staff(admin, name, self.depts[dept], title)
        for username in sorted({*DEPT_OF, MANAGER, ACCOUNTANT, HEAD, DIRECTOR, OFFICE} - {u for u, *_ in EXTRA_STAFF}):
            self.u[username] = desk.act_as(username)
            self.staff[username] = self.u[username].staff_id
        manager = self.u[MANAGER]
        lives = {c.code: (c.useful_life_years, c.depreciable) for c in desk.assets.categories(manager)}
        items, before = opening_figures(lives)
        for item in items:
            fields = item.fields(self.staff, self.depts)
            fields["depreciated_before"], fields["months_before"] = (str(before[item.key][0]), before[item.key][1])
            fields["note"] = "期初建卡（2026年1月启用资产台账）"
            self.cards[item.key] = desk.assets.register(manager, fields, opening=True)
        for item in items:
            if item.idle:
                desk.assets.set_idle(manager, self.cards[item.key], True, "旧设备已更换，暂存档案室库房")

    def _purchase(self, p: Purchase) -> None:
        desk, a = self.desk, self.desk.approvals
        total = sum((D(b.price) * b.count for b in p.items), D("0"))
        listing = "；".join(f"{b.name}（{b.spec}）{b.count}{b.unit if b.quantity == 1 else '批'}，单价{b.price}元"
                           for b in p.items)
        with _at(date(YEAR, p.month, p.day)):
            doc = a.create_draft(self.u[p.requester], "supply_purchase", p.title, purpose=p.purpose, amount=str(total),
                                 category="special", payload={"items": listing, "supplier": p.supplier,
                                                              "method": "协议供货"}, submit=True)
            self.count += 1
            a.approve(self.u[OFFICE], doc, "符合年度资产配置计划，同意")
            a.approve(self.u[LEADER_OF[DEPT_OF[p.requester]]], doc, "同意")
            decision = None
            if total >= 3000:  # VOUCH-08: the director signs after the collective decision on it
                self.minutes += 1
                decision = a.record_decision(self.u[OFFICE], "局务会议", f"局务会纪要〔{YEAR}〕{self.minutes}号",
                                             date(YEAR, p.month, p.day), f"研究{p.title}")
            a.approve(self.u[DIRECTOR], doc, "同意购置", decision_id=decision)
        delivered = date(YEAR, p.month, min(p.day + 7, 28))
        made: list[tuple[int, Buy]] = []
        with _at(delivered, 10):
            for n, b in enumerate(p.items):
                for k in range(b.count):
                    item = Item(f"buy-{p.month}-{p.day}-{n}-{k}", b.name, b.category, b.spec, D(b.price), delivered,
                                b.user, b.location, unit=b.unit, quantity=b.quantity, bulk=b.bulk, media=b.media,
                                supplier=p.supplier)
                    fields = item.fields(self.staff, self.depts)
                    fields.update(source_document_id=doc, contract_no=f"HT-{YEAR}-{p.month:02d}{p.day:02d}")
                    card = desk.assets.register(self.u[MANAGER], fields)
                    self.cards[item.key] = card
                    made.append((card, b))
            accepted = []
            for card, b in made:
                if b.leave == "rejected":
                    desk.assets.accept(self.u[b.user], card, result="rejected", note="型号与合同不符，要求供应商更换")
                    continue
                if b.leave != "user":
                    desk.assets.accept(self.u[b.user], card, note="外观完好，运行正常")
                if b.leave not in ("user", "manager"):
                    desk.assets.accept(self.u[MANAGER], card, note="与合同、发票一致，已贴标签")
                    accepted.append(card)
            if accepted:
                self._booked(desk.depreciation.draft_acquisition_voucher(self.u[ACCOUNTANT], accepted))

    def _booked(self, voucher_id: int) -> None:
        """A voucher the service drafted: sent for review, reviewed, posted at the month end."""
        desk = self.desk
        doc = desk.books.voucher(self.u[ACCOUNTANT], voucher_id).document_id
        desk.approvals.submit(self.u[ACCOUNTANT], doc)
        desk.approvals.approve(self.u[HEAD], doc, "复核无误")
        desk.approvals.approve(self.u[DIRECTOR], doc, "同意")
        self.vouchers.append(voucher_id)
        self.count += 1

    def _depreciate(self, month: int) -> None:
        """The month's run at its end; posted with the month's other asset vouchers (November's
        voucher is left drafted for the accountant)."""
        desk = self.desk
        run = desk.depreciation.run(self.u[ACCOUNTANT], f"{YEAR}-{month:02d}")
        if month < 11 and run.voucher_id:
            self._booked(run.voucher_id)
        if self.vouchers:
            desk.books.post(self.u[ACCOUNTANT], self.vouchers)
            self.vouchers = []

    # Moves ----------------------------------------------------------------------------------------
    def _transfer(self, day: date, requester: str, keys: list[str], to_user: str, location: str, reason: str,
                  releaser: str) -> None:
        moves, a = self.desk.asset_moves, self.desk.approvals
        with _at(day):
            doc = moves.request_transfer(self.u[requester], [self.cards[k] for k in keys], self.depts[DEPT_OF[to_user]],
                                         to_user_id=self.staff[to_user], to_location=location, reason=reason)
            self.count += 1
            a.approve(self.u[OFFICE], doc, "同意调拨，请资产管理员变更台账和卡片")
        with _at(day, 14):
            moves.release(self.u[releaser], doc)
            moves.apply_transfer(self.u[MANAGER], doc)

    def _transfer_to_settlement(self) -> None:
        self._transfer(date(YEAR, 3, 18), "guoting", ["old-pc-15", "old-pc-16"], "guoting", "中心服务大厅",
                       "服务大厅增设异地就医备案窗口，调用办公室库存计算机", "zhoumin")

    def _transfer_laptop(self) -> None:
        self._transfer(date(YEAR, 6, 17), "xuna", ["laptop-zhoumin"], "zhulin", "305室",
                       "基金监管专项检查需要便携式计算机，办公室调剂闲置设备", "zhoumin")

    def _repair_on_site(self) -> None:
        moves, a = self.desk.asset_moves, self.desk.approvals
        with _at(date(YEAR, 5, 19)):
            doc = moves.request_repair(self.u["hexue"], self.cards["copier-0"], "卡纸频繁，定影组件异响")
            self.count += 1
            a.approve(self.u[OFFICE], doc, "情况属实，请联系维修单位上门维修")
        with _at(date(YEAR, 5, 21), 15):
            moves.complete_repair(self.u[MANAGER], doc, cost=D("680.00"), repairer="示范县博文办公设备维修部",
                                  supervisor_id=self.staff["hexue"], note="更换定影组件，何雪现场全程监督")

    def _repair_sent_out(self) -> None:
        moves, a = self.desk.asset_moves, self.desk.approvals
        with _at(date(YEAR, 8, 12)):
            doc = moves.request_repair(self.u["gaoyuan"], self.cards["pc-gaoyuan"], "无法开机，主板指示灯不亮",
                                       sent_out=True)
            self.count += 1
            a.approve(self.u[OFFICE], doc, "同意送外维修，硬盘先行拆下由办公室保管")
        with _at(date(YEAR, 8, 20), 15):
            moves.complete_repair(self.u[MANAGER], doc, cost=D("450.00"), repairer="联想授权服务站（白城）",
                                  note="更换主板电源模块")

    def _disposal_and_transfer(self) -> None:
        moves, a = self.desk.asset_moves, self.desk.approvals
        self._transfer(date(YEAR, 9, 9), "machao", ["bodycam-1"], "machao", "中心202室",
                       "稽核现场检查取证需要执法记录仪", "xuna")
        keys = ["old-pc-0", "old-pc-1", "old-pc-2"]
        with _at(date(YEAR, 9, 10)):
            doc = moves.request_disposal(self.u[MANAGER], [self.cards[k] for k in keys], way="scrap",
                                         appraisal="使用超过七年，主板老化无维修价值（联想授权服务站检测报告）")
            self.count += 1
            a.approve(self.u[OFFICE], doc, "同意报废，报区国资局审批")
            a.approve(self.u[DIRECTOR], doc, "同意")
        with _at(date(YEAR, 9, 24)):
            moves.record_external_approval(self.u[MANAGER], doc, "区国资局", "区国资批〔2026〕37号", date(YEAR, 9, 22))
            moves.close_disposal(self.u[MANAGER], doc, residual_income=D("300.00"),
                                 wiped_card_ids=[self.cards[k] for k in keys])
            self._booked(moves.draft_disposal_voucher(self.u[ACCOUNTANT], doc))

    # Stocktakes -----------------------------------------------------------------------------------
    def _archive_count(self) -> None:
        """The 档案室 counted end to end: a dehumidifier not found (盘亏), a printer with no card (盘盈),
        the report approved, the cards adjusted and booked in October."""
        desk, st = self.desk, self.desk.stocktakes
        missing = self.cards["dehumidifier-1"]
        with _at(date(YEAR, 10, 15)):
            sid = st.start(self.u[MANAGER], "2026年档案室资产盘点", location=CLOSED_STOCKTAKE_ROOM,
                           counted_on=date(YEAR, 10, 15),
                           counter_ids=[self.staff[MANAGER], self.staff[ACCOUNTANT], self.staff["hexue"]])
            expected = [row for row in st.expected(self.u[MANAGER], sid) if row.id != missing]
            for row in expected:
                st.scan(self.u["hexue"], sid, f"{row.card_no} {row.name}")
            st.scan(self.u["hexue"], sid, expected[0].card_no)  # scanned twice: warned, counted once
            st.scan(self.u["hexue"], sid, "无标签 惠普P1108 打印机")
            doc = st.report(self.u[MANAGER], sid, [
                {"kind": "shortage", "card_id": missing, "description": "", "cause": "设备损坏后被当作废品清理，未办理报废手续",
                 "handling": "按盘亏核销，责成办公室补办说明并加强库房管理"},
                {"kind": "surplus", "description": "打印机 惠普P1108（无标签）", "value": "600.00",
                 "category_code": "A02021003", "name": "打印机", "specification": "惠普P1108",
                 "cause": "2019年随旧设备调入未建卡", "handling": "按估价入账建卡"}])
            self.count += 1
        with _at(date(YEAR, 10, 20)):
            for who in (HEAD, OFFICE, DIRECTOR):
                desk.approvals.approve(self.u[who], doc, "同意按报告调整账卡")
        with _at(date(YEAR, 10, 22)):
            card = desk.assets.card(self.u[MANAGER], missing)
            surplus = st.adjust(self.u[MANAGER], sid)
            value = sum((desk.assets.card(self.u[MANAGER], c).original_value for c in surplus), D("0.00"))
            self._booked(self._stocktake_voucher(date(YEAR, 10, 22), card, value))

    def _stocktake_voucher(self, day: date, card: Any, surplus: Decimal) -> int:
        """The accountant books the approved adjustment: the shortage's net value and the surplus to
        1902 待处理财产损溢 (their final handling is a later decision)."""
        from desktop.domain.finance.vouchers import LineInput

        text = "档案室盘点盘亏盘盈调整"
        lines = [LineInput("1902", f"盘亏 {card.card_no} {card.name}", card.net_value, D("0")),
                 LineInput("1602", f"盘亏 {card.card_no} 转销累计折旧", card.accumulated, D("0")),
                 LineInput("1601", f"盘亏 {card.card_no} {card.name}", D("0"), card.original_value),
                 LineInput("1601", "盘盈 打印机 惠普P1108", surplus, D("0")),
                 LineInput("1902", "盘盈 打印机 惠普P1108", D("0"), surplus)]
        return self.desk.books.make_voucher(self.u[ACCOUNTANT], day, lines, summary=text, attachments=2)

    def _bulk_disposal(self) -> None:
        """Twelve old computers: past the office, waiting for the director with the collective
        decision a bulk disposal needs (ASSET-03, C-12)."""
        bulk = [self.cards[f"old-pc-{n}"] for n in range(3, 15)]
        with _at(date(YEAR, 11, 18)):
            doc = self.moves.request_disposal(self.u[MANAGER], bulk, way="scrap",
                                              appraisal="使用超过七年，性能无法满足医保信息系统要求（检测报告附后）")
            self.count += 1
            self.desk.approvals.approve(self.u[OFFICE], doc, "批量报废，硬盘待统一销毁；提请党组会议集体研究")

    def _november(self) -> None:
        desk = self.desk
        with _at(date(YEAR, 11, 19)):  # custody: 张伟 retires (items handed back), 李娜 leaves holding hers
            manager = self.u[MANAGER]
            for card in desk.assets.holdings(manager, self.staff["zhangwei"]):
                desk.assets.reassign(manager, card.id, user_id=self.staff["huanglei"], reason="张伟退休，交回股室由黄磊使用")
            desk.assets.start_departure(manager, self.staff["zhangwei"], "retire", date(YEAR, 11, 30), "退休")
            desk.assets.sign_departure(manager, self.staff["zhangwei"])
            desk.assets.start_departure(manager, self.staff["lina"], "leave", date(YEAR, 12, 15), "调县人社局")
            from desktop.services.base import Refused

            try:  # still holding her items: refused (ASSET-07), the departure stays open
                desk.assets.sign_departure(manager, self.staff["lina"])
            except Refused:
                pass
        with _at(date(YEAR, 11, 24)):
            st = desk.stocktakes
            sid = st.start(self.u[MANAGER], "2026年会议室资产盘点", location=OPEN_STOCKTAKE_ROOM,
                           counted_on=date(YEAR, 11, 24),
                           counter_ids=[self.staff[MANAGER], self.staff[ACCOUNTANT], self.staff["hexue"]])
            for row in st.expected(self.u[MANAGER], sid)[:5]:
                st.scan(self.u["hexue"], sid, row.card_no)
            desk.assets.set_idle(self.u[MANAGER], self.cards["projector"], True, "会议平板已替代投影仪，暂停使用")


@contextmanager
def _at(day: date, hour: int = 9) -> Iterator[None]:
    """The finance year's demo clock set to ``day`` for a while, then back to where it was."""
    from desktop.services import demo_finance

    now = demo_finance._Now
    saved = now.base, now.started
    try:
        with demo_finance.demo_clock(day, hour):
            yield
    finally:
        now.base, now.started = saved
