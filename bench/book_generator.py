"""A generated book for the scale benchmarks (issue 11 item 10): N voucher lines over 2026, ~300 postable accounts.

Deterministic for a seed, standard library only. Vouchers follow the 政府会计制度 parallel recording: the financial
lines (accounts 1xxx–5xxx) balance on their own and, where a voucher has budget lines (6xxx–8xxx), those balance on
their own too (a payment from the zero-balance account: 借 单位管理费用 / 贷 零余额账户用款额度, and 借 行政支出 /
贷 资金结存). Amounts are integer fen. Vouchers come in date order, numbered gaplessly per month (记-2026-01-00001).

    .venv/bin/python bench/book_generator.py [--lines 1000000] [--seed 2026]   # prints a summary
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

__all__ = ["Account", "Line", "Voucher", "accounts", "generate", "side_of", "YEAR"]

YEAR = 2026
CHART = Path(__file__).resolve().parent.parent / "resources" / "finance" / "chart.csv"
TARGET_USED = 300
USED_FIRST_LEVEL = ("1001", "1011", "4001", "6001")

# Used until resources/finance/chart.csv exists (and for any of these the chart lacks).
FALLBACK_CHART = {
    "1001": "库存现金", "1002": "银行存款", "1011": "零余额账户用款额度", "1218": "其他应收款",
    "2307": "其他应付款", "4001": "财政拨款收入", "5001": "业务活动费用", "5101": "单位管理费用",
    "6001": "财政拨款预算收入", "7101": "行政支出", "8001": "资金结存",
}
ECONOMIC = ["办公费", "印刷费", "咨询费", "手续费", "水费", "电费", "邮电费", "物业管理费", "差旅费", "维修(护)费",
            "租赁费", "会议费", "培训费", "公务接待费", "专用材料费", "劳务费", "委托业务费", "工会经费", "福利费",
            "公务用车运行维护费", "其他交通费用", "其他商品和服务支出"]
BANKS = ["农行基本户", "建行专户", "工行医保基金支出户", "农商行一般户", "邮储代发户"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
DEPARTMENTS = ["办公室", "待遇保障股", "基金监管股", "医药服务股", "财务股", "经办中心"]
# Parents that get sub-accounts, with their share of the sub-accounts the chart leaves room for.
SUB_WEIGHTS = {"1218": 50, "2307": 40, "5001": 80, "5101": 80, "7101": 40}
FIXED_SUBS = {"1002": [f"银行存款—{b}" for b in BANKS], "8001": ["资金结存—零余额账户用款额度", "资金结存—货币资金"]}


@dataclass(frozen=True, slots=True)
class Account:
    code: str
    name: str
    parent: str | None  # the first-level code of a sub-account
    postable: bool


@dataclass(frozen=True, slots=True)
class Line:
    account: str
    summary: str
    debit_fen: int
    credit_fen: int
    department: str | None = None


@dataclass(frozen=True, slots=True)
class Voucher:
    number: str  # 记-2026-01-00001, gapless per month
    date: date
    summary: str
    lines: list[Line] = field(default_factory=list)


def side_of(code: str) -> str:
    """'financial' for 1xxx–5xxx, 'budget' for 6xxx–8xxx (平行记账)."""
    return "financial" if code[0] in "12345" else "budget"


def _first_level() -> dict[str, str]:
    chart = dict(FALLBACK_CHART)
    if CHART.exists():
        with CHART.open(encoding="utf-8-sig", newline="") as f:
            shipped = {r["code"].strip(): r["name"].strip() for r in csv.DictReader(f)
                       if r.get("code") and len(r["code"].strip()) == 4}
        chart = {**shipped, **{c: n for c, n in chart.items() if c not in shipped}}
    return dict(sorted(chart.items()))


def accounts() -> list[Account]:
    """The chart (first-level accounts, shipped or fallback) plus generated sub-accounts; the book uses ~300."""
    first = _first_level()
    # The book posts to these subs and to USED_FIRST_LEVEL: ~300 accounts in use whatever the chart's size.
    room = TARGET_USED - len(USED_FIRST_LEVEL) - sum(len(v) for v in FIXED_SUBS.values())
    total_weight = sum(SUB_WEIGHTS.values())
    counts = {p: max(5, room * w // total_weight) for p, w in SUB_WEIGHTS.items()}
    names: dict[str, list[str]] = dict(FIXED_SUBS)
    names["1218"] = [f"其他应收款—{SURNAMES[i % 20]}{GIVEN[(i * 7) % 20]}{GIVEN[(i // 20) % 20]}"
                     for i in range(counts["1218"])]
    names["2307"] = [f"其他应付款—供应商{i + 1:02d}" for i in range(counts["2307"])]
    for p in ("5001", "5101", "7101"):
        names[p] = [f"{first[p]}—{ECONOMIC[i % len(ECONOMIC)]}" + (f"{i // len(ECONOMIC) + 1}" if i >= len(ECONOMIC) else "")
                    for i in range(counts[p])]
    out: list[Account] = []
    for code, name in first.items():
        subs = names.get(code)
        out.append(Account(code, name, None, not subs))
        for i, sub in enumerate(subs or ()):
            out.append(Account(f"{code}{i + 1:02d}", sub, code, True))
    return out


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` fen in ``parts`` positive pieces (total >= parts)."""
    if parts == 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total])]


def _amount(rng: random.Random) -> int:
    return int(10 ** rng.uniform(3.0, 5.7))  # 10 元 .. ~5 000 元, log-uniform


class _Book:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        subs: dict[str, list[str]] = {}
        for a in accounts():
            if a.parent:
                subs.setdefault(a.parent, []).append(a.code)
        self.subs = subs
        self.expense = subs["5001"] + subs["5101"]

    def dept(self) -> str:
        return self.rng.choice(DEPARTMENTS)

    def expenses(self, k: int, summary: str) -> list[Line]:
        rng = self.rng
        return [Line(rng.choice(self.expense), summary, _amount(rng), 0, self.dept()) for _ in range(k)]

    def budget(self, total: int, m: int, credit: str, summary: str) -> list[Line]:
        m = min(m, total)
        lines = [Line(self.rng.choice(self.subs["7101"]), summary, a, 0, self.dept())
                 for a in _split(self.rng, total, m)]
        return [*lines, Line(credit, summary, 0, total)]

    def voucher(self, size: int) -> tuple[str, list[Line]]:
        """One voucher of exactly ``size`` lines (2..12)."""
        rng, subs = self.rng, self.subs
        if size == 2:
            kind = rng.randrange(3)
            if kind == 0:
                amt = rng.randrange(100_00, 5000_00)
                who = rng.choice(subs["1218"])
                return "借支差旅费", [Line(who, "借支差旅费", amt, 0), Line("1001", "借支差旅费", 0, amt)]
            if kind == 1:
                amt = rng.randrange(1000_00, 20000_00)
                bank = rng.choice(subs["1002"])
                return "提取备用金", [Line("1001", "提取备用金", amt, 0), Line(bank, "提取备用金", 0, amt)]
        if size <= 3 or rng.random() < 0.15:  # accrual to a payable: no budget lines (not cash-basis)
            summary = "计提应付" + rng.choice(ECONOMIC)
            debits = self.expenses(size - 1, summary)
            total = sum(d.debit_fen for d in debits)
            return summary, [*debits, Line(rng.choice(subs["2307"]), summary, 0, total)]
        k = (size - 1) // 2  # financial debit lines; size - k - 2 budget debit lines
        m = size - 2 - k
        kind = rng.random()
        if size == 4 and kind < 0.1:
            amt = rng.randrange(10_000_00, 200_000_00)
            s = "收到财政授权支付额度"
            return s, [Line("1011", s, amt, 0), Line("4001", s, 0, amt),
                       Line(subs["8001"][0], s, amt, 0), Line("6001", s, 0, amt)]
        if kind < 0.55:
            s = "支付" + rng.choice(ECONOMIC)
            debits = self.expenses(k, s)
            total = sum(d.debit_fen for d in debits)
            return s, [*debits, Line("1011", s, 0, total), *self.budget(total, m, subs["8001"][0], s)]
        if kind < 0.75:
            s = "银行支付" + rng.choice(ECONOMIC)
            debits = self.expenses(k, s)
            total = sum(d.debit_fen for d in debits)
            return s, [*debits, Line(rng.choice(subs["1002"]), s, 0, total),
                       *self.budget(total, m, subs["8001"][1], s)]
        if kind < 0.9:
            s = "报销冲借款"
            debits = self.expenses(k, s)
            total = sum(d.debit_fen for d in debits)
            return s, [*debits, Line(rng.choice(subs["1218"]), s, 0, total),
                       *self.budget(total, m, subs["8001"][0], s)]
        s = "支付应付款项"
        debits = [Line(p, s, _amount(rng), 0) for p in rng.sample(subs["2307"], k)]
        total = sum(d.debit_fen for d in debits)
        return s, [*debits, Line(rng.choice(subs["1002"]), s, 0, total), *self.budget(total, m, subs["8001"][1], s)]


SIZES = list(range(2, 13))
SIZE_WEIGHTS = [8, 6, 14, 12, 12, 10, 10, 8, 8, 6, 6]  # mean ~6.4 lines a voucher


def generate(lines: int = 1_000_000, seed: int = 2026) -> Iterator[Voucher]:
    """Vouchers of exactly ``lines`` lines in all, dated through 2026 in order (``lines`` >= 2)."""
    if lines < 2:
        raise ValueError("a book needs at least 2 lines")
    rng = random.Random(seed)
    book = _Book(rng)
    start, days = date(YEAR, 1, 1), (date(YEAR + 1, 1, 1) - date(YEAR, 1, 1)).days
    done, month, seq = 0, 0, 0
    while done < lines:
        left = lines - done
        size = rng.choices(SIZES, SIZE_WEIGHTS)[0]
        if left <= 12:
            size = left
        elif left - size == 1:
            size -= 1
        day = start + timedelta(days=done * days // lines)
        if day.month != month:
            month, seq = day.month, 0
        seq += 1
        summary, vlines = book.voucher(size)
        done += len(vlines)
        yield Voucher(f"记-{YEAR}-{month:02d}-{seq:05d}", day, summary, vlines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    chart = accounts()
    n = debit = 0
    vouchers = 0
    for v in generate(args.lines, args.seed):
        vouchers += 1
        n += len(v.lines)
        debit += sum(ln.debit_fen for ln in v.lines)
    print(f"{n} lines in {vouchers} vouchers; {sum(a.postable for a in chart)} postable accounts of {len(chart)}; "
          f"debits ¥{debit / 100:,.2f}")


if __name__ == "__main__":
    main()
