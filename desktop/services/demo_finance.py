"""The demo bureau's money for 2026: the chart with the sub-accounts a bureau adds, opening
balances, budget lines, and a year of claims, advances, payments, vouchers, bank statements and
month closes — every record made through the services (desk.books, desk.claims, desk.bank,
desk.approvals), so the rules, the audit trail and the numbering are the real ones.

What a finance user finds: January to October closed (结账), each with its bank statements
imported and reconciled (100201 工商银行基本户 and 1011 零余额账户) and every cash and bank day
closed (日结); November open with vouchers still in review and a paid claim awaiting its voucher;
the travel, reception, vehicle and meeting claims the other demo modules paid booked in December.

The year is played on a demo clock: :func:`demo_clock` sets "now" for the services while a month
is acted out, so approval dates, serials (报-2026-03-0001), payment dates and the audit trail read
as they would have. Only the last few documents (made on the real day) carry signed sheets: the
bulk of the year goes through the chains without signing passphrases, which keeps the load fast.
"""

from __future__ import annotations

import calendar
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Iterator

__all__ = ["load_finance_demo", "book_module_claims", "demo_clock", "YEAR", "CLOSED_MONTHS", "OPEN_MONTH",
           "LEFT_FOR_USER"]

PASS = "Demo#2026"
YEAR = 2026
CLOSED_MONTHS = tuple(f"{YEAR}-{m:02d}" for m in range(1, 11))
OPEN_MONTH = f"{YEAR}-11"
# Claims deliberately left for the user: paid, the voucher not yet made (titles).
LEFT_FOR_USER = ("公务用车加油费（11月）",)

_REAL_DATE, _REAL_DATETIME = date, datetime


# The demo clock ---------------------------------------------------------------------------------
class _ActsAsReal(type):
    """``isinstance(x, date)`` stays true for real dates while the name ``date`` is the clock's."""

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls._real)  # type: ignore[attr-defined]

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, cls._real)  # type: ignore[attr-defined]


class _Now:
    base: datetime | None = None  # UTC, naive
    started: float = 0.0

    @classmethod
    def utc(cls) -> datetime:
        assert cls.base is not None
        return cls.base + timedelta(seconds=time.monotonic() - cls.started)


class _ClockDate(date, metaclass=_ActsAsReal):
    _real = date

    def __new__(cls, *args: Any, **kwargs: Any) -> date:  # type: ignore[misc]
        return _REAL_DATE(*args, **kwargs)

    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return _ClockDatetime.now().date()


class _ClockDatetime(datetime, metaclass=_ActsAsReal):
    _real = datetime

    def __new__(cls, *args: Any, **kwargs: Any) -> datetime:  # type: ignore[misc]
        return _REAL_DATETIME(*args, **kwargs)

    @classmethod
    def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
        utc = _Now.utc().replace(tzinfo=timezone.utc)
        return utc.astimezone(tz) if tz is not None else utc.astimezone().replace(tzinfo=None)

    @classmethod
    def utcnow(cls) -> datetime:  # type: ignore[override]
        return _Now.utc()

    @classmethod
    def today(cls) -> datetime:  # type: ignore[override]
        return cls.now()


def _clocked_modules() -> list[Any]:
    """The services and persistence modules (where "today" and "now" are read); never the domain
    or the input gate, whose types must stay the real ones."""
    return [m for name, m in list(sys.modules.items())
            if m is not None and name.startswith(("desktop.services.", "desktop.persistence."))
            and name != __name__]


@contextmanager
def demo_clock(day: date, hour: int = 9) -> Iterator[None]:
    """While inside, the services' ``date.today()`` is ``day`` and ``datetime.now()`` runs from
    ``hour`` o'clock local time of that day (time passing as it really does)."""
    _Now.base = _REAL_DATETIME(day.year, day.month, day.day, hour).astimezone().astimezone(
        timezone.utc).replace(tzinfo=None)
    _Now.started = time.monotonic()
    patched: list[tuple[Any, str, Any]] = []
    for module in _clocked_modules():
        names = vars(module)
        if names.get("date") is _REAL_DATE:
            patched.append((module, "date", _REAL_DATE))
            module.date = _ClockDate
        if names.get("datetime") is _REAL_DATETIME:
            patched.append((module, "datetime", _REAL_DATETIME))
            module.datetime = _ClockDatetime
    try:
        yield
    finally:
        for module, name, real in patched:
            setattr(module, name, real)
        _Now.base = None


# The data ---------------------------------------------------------------------------------------
D = Decimal

# (parent, code, name): made before the first posting, as a bureau does when it starts its books.
SUB_ACCOUNTS = [
    ("1002", "100201", "工商银行示范县支行基本户"),
    ("1218", "121801", "职工借款"),
    ("1218", "121802", "单位往来"),
    ("2307", "230701", "往来款项"),
    ("2307", "230702", "保证金"),
    ("4001", "400101", "基本支出拨款"),
    ("4001", "400102", "项目支出拨款"),
    ("5001", "500101", "商品和服务费用"),
    ("5001", "500102", "固定资产折旧费用"),
    ("5101", "510101", "商品和服务费用"),
    ("5101", "510102", "固定资产折旧费用"),
    ("6001", "600101", "基本支出"),
    ("6001", "600102", "项目支出"),
    ("7101", "710101", "基本支出"),
    ("7101", "710102", "项目支出"),
    ("8001", "800101", "零余额账户用款额度"),
    ("8001", "800102", "货币资金"),
    ("8001", "800103", "财政应返还额度"),
]

# 期初余额 2026-01 (account, debit, credit): each side balances.
OPENINGS = [
    ("1001", D("1200.00"), D("0")), ("100201", D("58600.00"), D("0")), ("1201", D("12000.00"), D("0")),
    ("1601", D("860000.00"), D("0")), ("1602", D("0"), D("312000.00")), ("230702", D("0"), D("6800.00")),
    ("3001", D("0"), D("613000.00")),
    ("800102", D("53000.00"), D("0")), ("800103", D("12000.00"), D("0")),
    ("8101", D("0"), D("12000.00")), ("8201", D("0"), D("53000.00")),
]

FUNCTIONAL = "2101501"  # 行政运行
SPECIAL_FUNCTIONAL = "2101506"  # 医疗保障经办事务
SPECIAL_CLASS = "30227"  # 委托业务费

# (code, name, economic class, approved, special, purpose)
BUDGET_LINES = [
    ("GY-30201", "公用经费—办公费", "30201", "60000.00", False, ""),
    ("GY-30202", "公用经费—印刷费", "30202", "24000.00", False, ""),
    ("GY-30211", "公用经费—差旅费", "30211", "80000.00", False, ""),
    ("GY-30215", "公用经费—会议费", "30215", "30000.00", False, ""),
    ("GY-30216", "公用经费—培训费", "30216", "40000.00", False, ""),
    ("GY-30217", "公用经费—公务接待费", "30217", "15000.00", False, ""),
    ("GY-30231", "公用经费—公务用车运行维护费", "30231", "36000.00", False, ""),
    ("ZX-JJJG", "医保基金监管专项", SPECIAL_CLASS, "120000.00", True,
     "委托第三方机构开展定点医药机构医保基金专项检查（专款专用）"),
]

BASIC_QUOTA = D("8000.00")  # monthly 财政授权支付额度 for 基本支出
SPECIAL_QUOTA = {2: D("38000.00"), 5: D("42000.00"), 9: D("26500.00")}  # 项目支出 quota, as the special fund is drawn


@dataclass(frozen=True)
class Plan:
    """One expense claim of the year."""

    month: int
    day: int
    who: str
    title: str
    economic_class: str
    invoices: tuple[tuple[str, str, str], ...]  # (category, issuer, amount)
    method: str = "official_card"
    account: str = "1011"
    procurement: bool = False
    payee: tuple[str, str, str] = ("", "", "")  # payee, bank, account
    attachments: tuple[str, ...] = ()  # contract | explanation | list …
    advance: str = ""  # the key of the advance it settles
    leave: str = ""  # "" booked and posted; "review" voucher in review; "director" past the finance head;
    #                  "voucher" paid, awaiting its voucher


FIRM = ("吉林省康衡医疗管理咨询有限公司", "中国工商银行长春南湖支行", "4200 2210 0910 0386 512")
PLANS = [
    Plan(1, 9, "huanglei", "购买打印纸、墨盒", "30201",
         (("办公用品", "示范县文汇办公用品商店", "1286.00"),)),
    Plan(1, 14, "linxiao", "医药价格监测资料印刷费", "30202", (("印刷品", "示范县新华印刷厂", "1560.00"),)),
    Plan(1, 20, "liuyang", "公务用车加油费（1月）", "30231",
         (("成品油", "中国石化示范县城关加油站", "850.00"), ("成品油", "中国石化示范县城关加油站", "620.00"))),
    Plan(2, 6, "hexue", "档案盒、文件袋等办公耗材", "30201", (("办公用品", "示范县文汇办公用品商店", "486.50"),)),
    Plan(2, 12, "liuyang", "公务用车年度保险费", "30231",
         (("保险费", "中国人民财产保险股份有限公司示范县支公司", "4860.00"),)),
    Plan(2, 24, "xuna", "委托第三方开展DRG病案质量专项检查（一期）", SPECIAL_CLASS,
         (("委托服务费", FIRM[0], "38000.00"),), method="bank_transfer", procurement=True, payee=FIRM,
         attachments=("contract", "acceptance")),
    Plan(3, 10, "machao", "稽核业务培训费", "30216", (("培训费", "吉林省医疗保障研究会", "1200.00"),)),
    Plan(3, 16, "hujun", "医保中心办公用品", "30201", (("办公用品", "示范县博文文化用品有限公司", "2380.00"),)),
    Plan(3, 23, "guoting", "结算业务单据印刷费", "30202", (("印刷品", "示范县新华印刷厂", "3260.00"),)),
    Plan(4, 8, "yangfan", "全县医保经办人员业务培训费", "30216",
         (("培训费", "吉林省医疗保障研究会", "1800.00"), ("住宿费", "长春南湖宾馆", "640.00")),
         method="cash", account="1001", advance="training"),
    Plan(4, 15, "zhulin", "打击欺诈骗保宣传折页印刷费", "30202", (("印刷品", "示范县新华印刷厂", "2150.00"),)),
    Plan(4, 22, "liuyang", "公务用车维修保养费", "30231", (("维修费", "示范县宏达汽车修理厂", "1380.00"),)),
    Plan(5, 11, "xuna", "委托第三方开展定点药店专项检查（二期）", SPECIAL_CLASS,
         (("委托服务费", FIRM[0], "42000.00"),), method="bank_transfer", procurement=True, payee=FIRM,
         attachments=("contract", "acceptance")),
    Plan(5, 18, "huanglei", "待遇保障股办公用品", "30201", (("办公用品", "示范县文汇办公用品商店", "968.00"),)),
    Plan(5, 26, "gaoyuan", "药品目录管理业务培训费", "30216", (("培训费", "吉林省医疗保障局培训中心", "900.00"),)),
    Plan(6, 9, "zhoumin", "机关办公用品集中采购", "30201",
         (("办公用品", "示范县政府采购协议供货点（得力办公）", "5680.00"),), procurement=True,
         attachments=("contract", "acceptance")),
    Plan(6, 19, "liuyang", "公务用车加油费（6月）", "30231", (("成品油", "中国石油示范县北环加油站", "1120.00"),)),
    Plan(7, 13, "hujun", "医保中心政策宣传资料印刷费", "30202", (("印刷品", "示范县新华印刷厂", "780.00"),)),
    Plan(7, 21, "guoting", "结算股办公用品", "30201", (("办公用品", "示范县博文文化用品有限公司", "1456.00"),)),
    Plan(8, 10, "xuna", "定点医药机构基金监管培训班费用", "30216",
         (("培训场地费", "示范县会议中心", "1200.00"), ("资料费", "示范县新华印刷厂", "1180.50")),
         method="bank_transfer", attachments=("explanation",), advance="supervision"),
    Plan(8, 17, "machao", "稽核人员业务能力培训费", "30216", (("培训费", "吉林省医疗保障研究会", "1600.00"),)),
    Plan(8, 25, "liuyang", "公务用车加油费（8月）", "30231", (("成品油", "中国石化示范县城关加油站", "980.00"),)),
    Plan(9, 8, "xuna", "委托第三方开展基金使用绩效评价（三期）", SPECIAL_CLASS,
         (("委托服务费", FIRM[0], "26500.00"),), method="bank_transfer", procurement=True, payee=FIRM,
         attachments=("contract", "acceptance")),
    Plan(9, 15, "huanglei", "待遇保障股打印耗材", "30201", (("办公用品", "示范县文汇办公用品商店", "1172.00"),)),
    Plan(9, 22, "zhulin", "基金监管宣传海报印刷费", "30202", (("印刷品", "示范县新华印刷厂", "1890.00"),)),
    Plan(10, 12, "liuyang", "公务用车年检及维修费", "30231",
         (("维修费", "示范县宏达汽车修理厂", "1860.00"), ("检测费", "示范县机动车检测站", "400.00"))),
    Plan(10, 19, "linxiao", "医药服务管理股办公用品", "30201", (("办公用品", "示范县博文文化用品有限公司", "736.00"),)),
    Plan(10, 26, "gaoyuan", "医保支付方式改革业务培训费", "30216", (("培训费", "吉林省医疗保障局培训中心", "1500.00"),)),
    Plan(11, 5, "hujun", "医保中心档案柜及办公用品", "30201", (("办公用品", "示范县博文文化用品有限公司", "1098.00"),)),
    Plan(11, 12, "zhulin", "基金监管工作简报印刷费", "30202", (("印刷品", "示范县新华印刷厂", "2460.00"),),
         leave="review"),
    Plan(11, 16, "machao", "稽核业务资料费", "30216", (("资料费", "吉林省医疗保障研究会", "620.00"),),
         leave="director"),
    Plan(11, 23, "liuyang", "公务用车加油费（11月）", "30231", (("成品油", "中国石油示范县北环加油站", "1050.00"),),
         leave="voucher"),
]

# Advances (借款单): key → (month, day, borrower, title, purpose, amount, economic class)
ADVANCES = {
    "training": (3, 25, "yangfan", "业务培训借款", "举办全县医保经办人员业务培训，预借培训费", "2800.00", "30216"),
    "supervision": (7, 27, "xuna", "基金监管培训班借款", "举办定点医药机构基金监管培训班，预借场地及资料费", "2000.00", "30216"),
}

# The basic account's monthly service charge (短信及网银服务费, 30204 手续费) and its quarterly interest.
BANK_CHARGE = D("6.00")
BANK_INTEREST = {3: D("18.62"), 6: D("21.37"), 9: D("19.85")}
# A charge the bank took on 30 September that the books record on 5 October (an outstanding item
# on the September reconciliation, matched in October).
LATE_CHARGE = (date(YEAR, 9, 30), date(YEAR, 10, 5), D("12.00"))


@dataclass
class _Year:
    desk: Any
    u: dict[str, Any]
    depts: dict[str, int] = field(default_factory=dict)
    vouchers: dict[str, list[int]] = field(default_factory=dict)  # period → voucher ids to post
    advances: dict[str, int] = field(default_factory=dict)
    invoice_no: int = 0
    minute_no: int = 0
    statement_balance: dict[str, Decimal] = field(default_factory=dict)
    count: int = 0


def load_finance_demo(desk: Any) -> int:
    """Play the year; returns how many documents were made (claims, advances, vouchers)."""
    people = ("zhenglj", "wufang", "chenjing", "wangjianguo", "zhoumin", *{p.who for p in PLANS},
              *{a[2] for a in ADVANCES.values()})
    y = _Year(desk, {n: desk.act_as(n) for n in people})
    with demo_clock(date(YEAR, 1, 2)):
        _set_up(y)
    for month in range(1, 12):
        _month(y, month)
    return y.count


def _set_up(y: _Year) -> None:
    books, acc, head = y.desk.books, y.u["zhenglj"], y.u["wufang"]
    for parent, code, name in SUB_ACCOUNTS:
        books.add_sub_account(acc, parent, code, name)
    books.start_books(acc, f"{YEAR}-01", OPENINGS)
    for code, name, econ, approved, special, purpose in BUDGET_LINES:
        y.desk.claims.create_budget_line(head, {
            "year": YEAR, "code": code, "name": name, "economic_class": econ, "approved": approved,
            "special": special, "purpose": purpose, "project": name if special else "",
            "functional_class": SPECIAL_FUNCTIONAL if special else FUNCTIONAL})


def _day(month: int, day: int) -> date:
    """The day, moved off a weekend to the next Monday (the bureau works weekdays)."""
    d = date(YEAR, month, min(day, calendar.monthrange(YEAR, month)[1]))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _month(y: _Year, month: int) -> None:
    period = f"{YEAR}-{month:02d}"
    with demo_clock(_day(month, 3)):
        _quota(y, month)
        if month == 1:
            _petty_cash(y, _day(1, 5))
        if month == 10:
            _late_charge(y)
    for key, (m, d, *_rest) in ADVANCES.items():
        if m == month:
            _advance(y, key, _day(m, d))
    for plan in (p for p in PLANS if p.month == month):
        _claim(y, plan)
    with demo_clock(_day(month, 21), 15):
        _bank_charges(y, month)
    if month == 11:
        _november(y)
        return
    end = date(YEAR, month, calendar.monthrange(YEAR, month)[1])
    with demo_clock(end, 16):
        y.desk.books.post(y.u["zhenglj"], y.vouchers.pop(period, []))
        _close_days(y, period)
    with demo_clock(_day(month + 1, 2), 10):  # the statements arrive; the month is closed
        _statements(y, month)
        y.desk.books.close_period(y.u["zhenglj"], period)


# Vouchers made by the accountant and reviewed by the chain (finance head, then the director) -------
def _voucher(y: _Year, day: date, lines: list, summary: str, attachments: int = 1) -> int:
    books = y.desk.books
    vid = books.make_voucher(y.u["zhenglj"], day, lines, summary=summary, attachments=attachments, submit=True)
    y.count += 1
    _review(y, vid)
    return vid


def _review(y: _Year, voucher_id: int, leave: str = "") -> None:
    view = y.desk.books.voucher(y.u["zhenglj"], voucher_id)
    if leave == "review":
        return
    y.desk.approvals.approve(y.u["wufang"], view.document_id, "复核无误")
    if leave == "director":
        return
    y.desk.approvals.approve(y.u["wangjianguo"], view.document_id, "同意")
    if not leave:
        y.vouchers.setdefault(view.voucher_no[2:9], []).append(voucher_id)


def _line(account: str, summary: str, debit: str | Decimal = "0", credit: str | Decimal = "0",
          **dims: Any):  # noqa: ANN202
    from desktop.domain.finance.vouchers import LineInput

    return LineInput(account, summary, D(debit), D(credit), **dims)


def _quota(y: _Year, month: int) -> None:
    """财政授权支付额度到账: Dr 1011 / Cr 4001, and in parallel Dr 800101 / Cr 6001."""
    basic, special = BASIC_QUOTA, SPECIAL_QUOTA.get(month, D("0"))
    text = f"收到{month}月财政授权支付额度"
    lines = [_line("1011", text, basic + special),
             _line("400101", f"{text}（基本支出）", credit=basic, functional_class=FUNCTIONAL)]
    budget = [_line("800101", text, basic + special),
              _line("600101", f"{text}（基本支出）", credit=basic, functional_class=FUNCTIONAL)]
    if special:
        lines.append(_line("400102", f"{text}（医保基金监管专项）", credit=special, functional_class=SPECIAL_FUNCTIONAL,
                           project="医保基金监管专项"))
        budget.append(_line("600102", f"{text}（医保基金监管专项）", credit=special,
                            functional_class=SPECIAL_FUNCTIONAL, project="医保基金监管专项"))
    _voucher(y, _day(month, 3), lines + budget, text, 1)


def _petty_cash(y: _Year, day: date) -> None:
    text = "从基本户提取备用金"
    _voucher(y, day, [_line("1001", text, "2000.00"), _line("100201", text, credit="2000.00")], text, 1)


def _bank_charges(y: _Year, month: int) -> None:
    """The basic account's service charge, and at the quarter's end its interest (one voucher)."""
    fee = f"基本户{month}月短信及网银服务费"
    dims = {"economic_class": "30204", "functional_class": FUNCTIONAL}
    lines = [_line("510101", fee, BANK_CHARGE, **dims), _line("100201", fee, credit=BANK_CHARGE),
             _line("710101", fee, BANK_CHARGE, **dims), _line("800102", fee, credit=BANK_CHARGE)]
    interest = BANK_INTEREST.get(month)
    if interest:
        text = f"基本户第{month // 3}季度存款利息"
        lines += [_line("100201", text, interest), _line("4604", text, credit=interest),
                  _line("800102", text, interest), _line("6609", text, credit=interest)]
    _voucher(y, _day(month, 21), lines, fee + ("及存款利息" if interest else ""), 2 if interest else 1)


def _late_charge(y: _Year) -> None:
    _bank_day, book_day, amount = LATE_CHARGE
    text = "补记9月30日基本户网银年费"
    _voucher(y, book_day, [
        _line("510101", text, amount, economic_class="30204", functional_class=FUNCTIONAL),
        _line("100201", text, credit=amount),
        _line("710101", text, amount, economic_class="30204", functional_class=FUNCTIONAL),
        _line("800102", text, credit=amount)], text, 1)


# Claims and advances ------------------------------------------------------------------------------
def _invoices(y: _Year, plan: Plan, day: date) -> list[dict[str, str]]:
    """Invoices as they look: 数电票 (20 digits, no code) and, for fuel, the older 12-digit code and
    8-digit number; each unique in the bureau (VOUCH-03)."""
    out = []
    for n, (category, issuer, amount) in enumerate(plan.invoices):
        y.invoice_no += 1
        issued = day - timedelta(days=2 + n)
        if category == "成品油":
            code, number = "022002300111", f"{31870000 + y.invoice_no * 37:08d}"
        else:
            code, number = "", f"{issued:%y}22{plan.month:02d}{y.invoice_no * 7919:012d}{n:02d}"
        out.append({"category": category, "code": code, "number": number, "date": issued.isoformat(),
                    "issuer": issuer, "amount": amount})
    return out


def _files(plan: Plan) -> tuple[list[dict[str, str]], dict[str, bytes]]:
    labels = {"contract": "合同", "acceptance": "验收单", "explanation": "情况说明", "list": "清单"}
    refs, files = [], {}
    for kind in plan.attachments:
        name = f"{plan.title}-{labels.get(kind, kind)}.pdf"
        refs.append({"kind": kind, "file": name})
        files[name] = f"%PDF-1.4\n% {name} (demo scan)\n".encode()
    return refs, files


def _decision(y: _Year, day: date, subject: str) -> int:
    """The director's sign-off of ≥ 3,000 元 cites a collective decision (VOUCH-08, IC-08)."""
    y.minute_no += 1
    return y.desk.approvals.record_decision(y.u["zhoumin"], "局长办公会议", f"局长办公会议纪要〔{YEAR}〕{y.minute_no}号",
                                            day, subject)


def _claim(y: _Year, plan: Plan) -> None:
    claims, approvals, u = y.desk.claims, y.desk.approvals, y.u
    day = _day(plan.month, plan.day)
    refs, files = _files(plan)
    total = sum((D(a) for _, _, a in plan.invoices), D("0"))
    record = {"title": plan.title, "purpose": plan.title, "economic_class": plan.economic_class,
              "amount": str(total), "invoices": _invoices(y, plan, day), "attachments": refs,
              "procurement": plan.procurement, "payee": plan.payee[0], "bank": plan.payee[1],
              "account": plan.payee[2]}
    if plan.advance:
        record["advance"] = y.advances[plan.advance]
    if plan.economic_class == SPECIAL_CLASS:
        record["budget_line"] = "ZX-JJJG"  # a special fund is named, never picked by class (VOUCH-21)
    with demo_clock(day):
        doc = claims.create_claim(u[plan.who], record, files=files, submit=True)
    y.count += 1
    with demo_clock(day + timedelta(days=1), 10):
        approvals.approve(u["wufang"], doc, "票据齐全，符合报销规定")
    with demo_clock(day + timedelta(days=1), 15):
        decision = _decision(y, day + timedelta(days=1), plan.title) if total >= D("3000") else None
        approvals.approve(u["wangjianguo"], doc, "经局长办公会议研究同意" if decision else "同意报销",
                          decision_id=decision)
    paid_on = day + timedelta(days=2)
    with demo_clock(paid_on, 11):
        reference = {"official_card": "公务卡还款", "bank_transfer": "授权支付", "cash": "现金"}[plan.method]
        claims.pay(u["chenjing"], doc, method=plan.method, account_code=plan.account, paid_on=paid_on,
                   reference=f"{reference} {paid_on:%Y%m%d}-{doc:04d}")
    if plan.leave == "voucher":
        return
    made = day + timedelta(days=3)
    with demo_clock(made, 9):
        proposal = claims.voucher_proposal(u["zhenglj"], doc)
        lines = _booked(proposal.lines, project=plan.economic_class == SPECIAL_CLASS,
                        advanced=_advanced(y, plan))
        vid = claims.make_voucher_from(u["zhenglj"], doc, lines, submit=True)
        y.count += 1
    with demo_clock(made, 14):
        _review(y, vid, plan.leave)


def _advanced(y: _Year, plan: Plan) -> Decimal:
    return D(ADVANCES[plan.advance][5]) if plan.advance else D("0")


def _booked(lines: tuple, *, project: bool, advanced: Decimal) -> list:
    """The accountant's edit of the proposal: the budget side on the bureau's sub-accounts — 行政支出
    基本支出 or 项目支出, and 资金结存 by where the money came from (零余额账户用款额度 for the zero-balance
    account and an advance it paid, 货币资金 for cash and the basic account)."""
    financial = [l for l in lines if l.account[0] in "12345"]
    budget = [l for l in lines if l.account[0] in "678"]
    spent = [l for l in budget if l.debit and l.account.startswith("7")]
    if not spent:
        return financial
    first = spent[0]
    funds: dict[str, Decimal] = {"800101": advanced}
    for l in financial:
        if l.account in ("1011", "1001", "100201"):
            sub = "800101" if l.account == "1011" else "800102"
            funds[sub] = funds.get(sub, D("0")) + l.credit - l.debit
    out = [*financial, replace(first, account="710102" if project else "710101")]
    for sub, amount in funds.items():
        if amount > 0:
            out.append(replace(first, account=sub, debit=D("0"), credit=amount))
        elif amount < 0:
            out.append(replace(first, account=sub, debit=-amount, credit=D("0"),
                               summary=f"{first.summary}（退回借款）"[:200]))
    return out


def _advance(y: _Year, key: str, day: date) -> None:
    _m, _d, who, title, purpose, amount, econ = ADVANCES[key]
    claims, u = y.desk.claims, y.u
    with demo_clock(day):
        doc = claims.request_advance(u[who], {"title": title, "purpose": purpose, "amount": amount,
                                              "budget_line": f"GY-{econ}", "economic_class": econ}, submit=True)
        y.advances[key] = doc
        y.count += 1
    with demo_clock(day, 15):
        y.desk.approvals.approve(u["wufang"], doc, "同意借款，活动结束后及时报账")
        y.desk.approvals.approve(u["wangjianguo"], doc, "同意")
    issued = day + timedelta(days=1)
    with demo_clock(issued, 10):
        claims.issue_advance(u["chenjing"], doc, method="bank_transfer", account_code="1011", paid_on=issued,
                             reference=f"授权支付 {issued:%Y%m%d}-{doc:04d}")
    with demo_clock(issued, 14):
        vid = claims.make_voucher_from(u["zhenglj"], doc, submit=True)
        y.count += 1
        _review(y, vid)


# Month end: day closes, bank statements, reconciliation -----------------------------------------
CASH_AND_BANK = ("1001", "100201", "1011")


def _close_days(y: _Year, period: str) -> None:
    """日结 (VOUCH-13): the cashier closes every day the cash and bank accounts moved."""
    books, cashier = y.desk.books, y.u["chenjing"]
    for code in CASH_AND_BANK:
        rows = books.ledger(y.u["zhenglj"], code, period, limit=1000).rows
        last: dict[date, Any] = {}
        for row in rows:
            if row.voucher_no:
                last[row.voucher_date] = row
        for day, row in sorted(last.items()):
            counted = (row.balance if row.balance_side == "借" else -row.balance) if code == "1001" else None
            books.close_day(cashier, code, day, counted)


def _statements(y: _Year, month: int) -> None:
    """The bank's statement of each account for the month, as the bank prints it (its own serial
    numbers, not our voucher numbers): imported by the cashier, matched and reconciled by the
    accountant (RPT-04)."""
    period = f"{YEAR}-{month:02d}"
    bank_day, book_day, late = LATE_CHARGE
    for code, opening in (("1011", D("0")), ("100201", D("58600.00"))):
        rows = [r for r in y.desk.books.ledger(y.u["zhenglj"], code, period, limit=1000).rows if r.voucher_no]
        entries = [(r.voucher_date, r.summary, r.debit, r.credit) for r in rows
                   if not (code == "100201" and r.voucher_date == book_day and r.credit == late)]
        if code == "100201" and month == bank_day.month:
            entries.append((bank_day, "网银年费", D("0"), late))
        if not entries:
            continue
        balance = y.statement_balance.get(code, opening)
        prefix = "ZF" if code == "1011" else "GH"
        out = ["交易日期,流水号,摘要,收入,支出,余额"]
        for n, (day, summary, debit, credit) in enumerate(sorted(entries, key=lambda e: e[0]), 1):
            balance += debit - credit
            out.append(f"{day.isoformat()},{prefix}{day:%Y%m%d}{n:04d},{summary.replace(',', '，')},"
                       f"{debit if debit else ''},{credit if credit else ''},{balance}")
        y.statement_balance[code] = balance
        name = f"{'零余额账户' if code == '1011' else '工行基本户'}对账单-{period}.csv"
        y.desk.bank.import_statement(y.u["chenjing"], code, period, name, ("\n".join(out) + "\n").encode())
        y.desk.bank.auto_match(y.u["zhenglj"], code, period)
        y.desk.bank.reconcile(y.u["zhenglj"], code, period, notes="月末与出纳核对一致")


# November, left open ------------------------------------------------------------------------------
def _november(y: _Year) -> None:
    """The month in progress: posted vouchers up to the 20th, the printing of the 宣传材料 paid for
    the generic claim of the approvals demo, one voucher in review with the finance head and one
    with the director, and one paid claim awaiting its voucher (LEFT_FOR_USER)."""
    text = "支付基金监管宣传材料印刷费"
    dims = {"economic_class": "30202", "functional_class": FUNCTIONAL}
    with demo_clock(date(YEAR, 11, 20), 10):
        _voucher(y, date(YEAR, 11, 20), [
            _line("500101", text, "860.00", **dims), _line("1011", text, credit="860.00"),
            _line("710101", text, "860.00", **dims), _line("800101", text, credit="860.00")], text, 3)
    with demo_clock(date(YEAR, 11, 27), 16):
        y.desk.books.post(y.u["zhenglj"], y.vouchers.pop(OPEN_MONTH, []))
        _close_days(y, OPEN_MONTH)


def book_module_claims(desk: Any) -> int:
    """On the real day, after the travel, reception, vehicle and meeting demos paid their claims:
    the accountant books each (the proposal, budget side on the sub-accounts), the finance head and
    the director review with their signatures on the voucher sheet, the accountant posts, and the
    cashier closes the day. Returns how many vouchers were made."""
    acc, head, director = (desk.act_as(n) for n in ("zhenglj", "wufang", "wangjianguo"))
    made = []
    for item in desk.claims.awaiting_voucher(acc):
        if item.kind == "expense_claim":
            continue  # the one the year left for the user (LEFT_FOR_USER)
        proposal = desk.claims.voucher_proposal(acc, item.document_id)
        lines = _booked(proposal.lines, project=False, advanced=D("0"))
        vid = desk.claims.make_voucher_from(acc, item.document_id, lines, submit=True, passphrase=PASS)
        doc = desk.books.voucher(acc, vid).document_id
        desk.approvals.approve(head, doc, "复核无误", passphrase=PASS)
        desk.approvals.approve(director, doc, "同意", passphrase=PASS)
        made.append((vid, proposal.voucher_date))
    if made:
        desk.books.post(acc, [vid for vid, _ in made])
        cashier = desk.act_as("chenjing")
        for code, day in sorted({(code, day) for _, day in made for code in ("1011",)}):
            desk.books.close_day(cashier, code, day)
    return len(made)
