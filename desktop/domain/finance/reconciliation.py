"""Bank reconciliation (RPT-04): reading a bank statement, matching its lines to the book's lines,
and the 银行存款余额调节表 arithmetic. Pure: rows in, values and problems out.

A statement file has the columns ``date,reference,summary,in,out,balance``; the Chinese headers
banks print are read as the same columns (``HEADER_ALIASES``):

    date       交易日期 日期 记账日期 交易时间
    reference  凭证号 流水号 交易流水号 凭证号码 业务流水号 参考号
    summary    摘要 用途 附言 交易摘要
    in         收入 贷方发生额 贷方金额 收入金额 存入   (money into the account: the bank's credit)
    out        支出 借方发生额 借方金额 支出金额 支取   (money out of the account: the bank's debit)
    balance    余额 账户余额

Matching: a bank "in" pairs with a book debit and an "out" with a book credit, for exactly the
same amount, one to one. A pair whose bank reference equals the voucher number or the cashier's
payment reference comes first (whatever the dates), then the nearest dates within ``window_days``;
ties go to the earlier lines, so the same lines always give the same matches.

The statement: 企业账面余额 + 银行已收企业未收 − 银行已付企业未付 = 银行对账单余额 + 企业已收银行未收
− 企业已付银行未付; it is kept only when the two sides agree.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Iterable, Sequence

from desktop.domain.approval.model import Problem

__all__ = ["HEADER_ALIASES", "COLUMNS", "GROUPS", "GROUP_LABELS", "BankLine", "BookLine", "Match", "Item",
           "ParsedStatement", "Reconciliation", "decode_text", "csv_rows", "read_statement", "match_lines",
           "reconcile", "reconciliation_problems", "MAX_STATEMENT_LINES", "DEFAULT_WINDOW_DAYS"]

ZERO = Decimal("0.00")
DEFAULT_WINDOW_DAYS = 5
MAX_STATEMENT_LINES = 20_000
COLUMNS = ("date", "reference", "summary", "in", "out", "balance")
COLUMN_LABELS = {"date": "交易日期", "reference": "凭证号", "summary": "摘要", "in": "收入", "out": "支出",
                 "balance": "余额"}
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "交易日期", "日期", "记账日期", "交易时间"),
    "reference": ("reference", "凭证号", "流水号", "交易流水号", "凭证号码", "业务流水号", "参考号"),
    "summary": ("summary", "摘要", "用途", "附言", "交易摘要"),
    "in": ("in", "收入", "贷方发生额", "贷方金额", "收入金额", "存入"),
    "out": ("out", "支出", "借方发生额", "借方金额", "支出金额", "支取"),
    "balance": ("balance", "余额", "账户余额"),
}
REQUIRED = ("date", "in", "out")

# The four kinds of 未达账项, in the order the statement prints them.
GROUPS = ("bank_received", "bank_paid", "book_received", "book_paid")
GROUP_LABELS = {"bank_received": "银行已收、企业未收", "bank_paid": "银行已付、企业未付",
                "book_received": "企业已收、银行未收", "book_paid": "企业已付、银行未付"}


# Reading the file -------------------------------------------------------------------------------
def decode_text(data: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 (with or without BOM) or GB18030 (what Excel on a Chinese Windows PC saves)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), None
        except UnicodeDecodeError as exc:
            return None, Problem("RPT-04", "statement.encoding", f"文件有 UTF-8 标记，但第 {exc.start + 4} 字节不是 UTF-8")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            continue
    return None, Problem("RPT-04", "statement.encoding", "文件既不是 UTF-8 也不是 GB18030 编码的文本（请在 Excel 中另存为 CSV）")


def csv_rows(text: str) -> tuple[list[list[str]], Problem | None]:
    if "\x00" in text:
        return [], Problem("RPT-04", "statement.binary", "文件含有空字符，不是 CSV 文本")
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""))], None
    except csv.Error as exc:
        return [], Problem("RPT-04", "statement.csv", f"不是有效的 CSV：{exc}")


@dataclass(frozen=True)
class BankLine:
    """A line of a bank statement; ``key`` the stored line's id (0 before it is stored)."""

    key: int
    line_no: int
    day: date
    reference: str
    summary: str
    amount_in: Decimal
    amount_out: Decimal
    balance: Decimal | None = None

    @property
    def incoming(self) -> bool:
        return self.amount_in > 0

    @property
    def amount(self) -> Decimal:
        return self.amount_in if self.amount_in > 0 else self.amount_out


@dataclass(frozen=True)
class ParsedStatement:
    lines: tuple[BankLine, ...]
    closing_balance: Decimal | None
    problems: tuple[Problem, ...]


def _header_map(header: Sequence[object]) -> tuple[dict[str, int], list[Problem]]:
    lookup = {alias.casefold(): column for column, aliases in HEADER_ALIASES.items() for alias in aliases}
    found: dict[str, int] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(header):
        name = str(cell if cell is not None else "").strip().lstrip("\ufeff").casefold()
        column = lookup.get(name)
        if column is None:
            continue
        if column in found:
            problems.append(Problem("RPT-04", "statement.header", f"第1行：有两列都是“{COLUMN_LABELS[column]}”（{column}）"))
        found.setdefault(column, index)
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        problems.append(Problem("RPT-04", "statement.header",
                                "第1行：表头缺少 " + "、".join(f"{c}（{COLUMN_LABELS[c]}）" for c in missing)
                                + "；表头须为 date,reference,summary,in,out,balance 或 交易日期,凭证号,摘要,收入,支出,余额"))
    return found, problems


def _cell_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value if value is not None else "").strip().split(" ")[0].split("T")[0]
    if not text.isascii():
        return None
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    parts = text.replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _cell_amount(value: object, *, allow_negative: bool = False) -> Decimal:
    """An amount cell: text as written (commas, ¥ allowed), an Excel number as it shows; blank is 0."""
    from desktop.domain.money import parse_amount

    if value is None:
        return ZERO
    if isinstance(value, bool):
        raise ValueError("不是金额")
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip().replace("¥", "").replace("￥", "").strip()
    if text in ("", "-", "--"):
        return ZERO
    return parse_amount(text, allow_negative=allow_negative)


def _money_reason(exc: Exception) -> str:
    text = str(exc)
    if "超过两位小数" in text:
        return "金额超过两位小数"
    if "不能为负数" in text:
        return "金额不能为负数"
    if "过大" in text:
        return "金额过大"
    return "不是金额"


def _row_problem(row_no: int, column: str, reason: str) -> Problem:
    return Problem("RPT-04", "statement.row", f"第{row_no}行 {column}（{COLUMN_LABELS[column]}）列：{reason}")


def read_statement(rows: Sequence[Sequence[object]], period: str, *, closing: Decimal | None = None
                   ) -> ParsedStatement:
    """The lines of a statement for ``period`` (YYYY-MM) from its rows (header first), with every
    problem at once (row, column, reason). Blank rows are skipped. Each row's balance, when given,
    must follow from the previous one; the closing balance is the last balance, or ``closing``."""
    problems: list[Problem] = []
    rows = [list(r) for r in rows]
    while rows and not any(str(c if c is not None else "").strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        return ParsedStatement((), None, (Problem("RPT-04", "statement.empty", "文件是空的：没有表头和对账单明细"),))
    columns, header_problems = _header_map(rows[0])
    if header_problems:
        return ParsedStatement((), None, tuple(header_problems))
    lines: list[BankLine] = []
    previous: Decimal | None = None
    last_balance: Decimal | None = None
    data_rows = 0
    for row_no, row in enumerate(rows[1:], start=2):
        if not any(str(c if c is not None else "").strip() for c in row):
            continue
        data_rows += 1
        if data_rows > MAX_STATEMENT_LINES:
            problems.append(Problem("RPT-04", "statement.too_long", f"对账单超过 {MAX_STATEMENT_LINES} 行，请按月导出"))
            break

        def cell(column: str, row: Sequence[object] = row) -> object:
            index = columns.get(column)
            return row[index] if index is not None and index < len(row) else None

        def bad(column: str, reason: str, row_no: int = row_no) -> None:
            problems.append(_row_problem(row_no, column, reason))

        day = _cell_date(cell("date"))
        if day is None:
            shown = str(cell("date") if cell("date") is not None else "").strip()[:30]
            bad("date", f"“{shown}”不是日期（应为 2026-11-05 或 2026/11/05）" if shown else "缺少交易日期")
        elif f"{day.year:04d}-{day.month:02d}" != period:
            bad("date", f"{day.isoformat()} 不在对账期间 {period} 内")
        amounts: dict[str, Decimal] = {}
        for column in ("in", "out"):
            try:
                amounts[column] = _cell_amount(cell(column))
            except ValueError as exc:
                bad(column, f"“{str(cell(column))[:30]}”{_money_reason(exc)}")
        if len(amounts) == 2:
            if amounts["in"] and amounts["out"]:
                bad("out", "一行只能有收入或支出其中一项")
            elif not amounts["in"] and not amounts["out"]:
                bad("in", "收入和支出都为空或为零")
        balance: Decimal | None = None
        if "balance" in columns and str(cell("balance") if cell("balance") is not None else "").strip():
            try:
                balance = _cell_amount(cell("balance"), allow_negative=True)
            except ValueError as exc:
                bad("balance", f"“{str(cell('balance'))[:30]}”{_money_reason(exc)}")
        if balance is not None and previous is not None and len(amounts) == 2:
            expected = previous + amounts["in"] - amounts["out"]
            if expected != balance:
                bad("balance", f"余额 {balance:,.2f} 与上一行余额 {previous:,.2f} 加收入减支出（{expected:,.2f}）不符")
        if balance is not None:
            previous = last_balance = balance
        elif len(amounts) == 2 and previous is not None:
            previous = previous + amounts["in"] - amounts["out"]
        text = {c: str(cell(c) if cell(c) is not None else "").strip() for c in ("reference", "summary")}
        if len(text["reference"]) > 100:
            bad("reference", "凭证号/流水号超过100个字符")
        if len(text["summary"]) > 200:
            bad("summary", "摘要超过200个字符")
        if day is not None and len(amounts) == 2:
            lines.append(BankLine(0, row_no, day, text["reference"][:100], text["summary"][:200], amounts["in"],
                                  amounts["out"], balance))
    if not data_rows:
        problems.append(Problem("RPT-04", "statement.empty", "对账单没有明细行"))
    closing_balance = last_balance
    if closing is not None:
        if last_balance is not None and closing != last_balance:
            problems.append(Problem("RPT-04", "statement.closing",
                                    f"给出的期末余额 {closing:,.2f} 与对账单最后一行余额 {last_balance:,.2f} 不符"))
        closing_balance = closing
    elif last_balance is None and data_rows:
        problems.append(Problem("RPT-04", "statement.closing", "对账单没有余额列（或余额为空）：请给出期末余额"))
    return ParsedStatement(tuple(lines), closing_balance, tuple(problems))


# Matching -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BookLine:
    """A posted line of the bank account in the books; ``references``: the voucher number and the
    cashier's payment references recorded for that voucher."""

    key: int
    day: date
    voucher_no: str
    summary: str
    debit: Decimal
    credit: Decimal
    references: frozenset[str] = frozenset()

    @property
    def net(self) -> Decimal:
        return self.debit - self.credit

    @property
    def incoming(self) -> bool:
        return self.net > 0

    @property
    def amount(self) -> Decimal:
        return abs(self.net)


@dataclass(frozen=True)
class Match:
    bank_key: int
    book_key: int
    how: str  # reference | date | manual


def match_lines(bank: Sequence[BankLine], book: Sequence[BookLine], *, window_days: int = DEFAULT_WINDOW_DAYS
                ) -> list[Match]:
    """One-to-one pairs of unmatched bank and book lines: same direction, exactly the same amount;
    equal reference first, then the nearest date within ``window_days`` (a book date on or before
    the bank's preferred: a cheque is written before it is presented); deterministic."""
    bank_order = {b.key: i for i, b in enumerate(sorted(bank, key=lambda b: (b.day, b.line_no, b.key)))}
    book_order = {k.key: i for i, k in enumerate(sorted(book, key=lambda k: (k.day, k.voucher_no, k.key)))}
    by_amount: dict[tuple[bool, Decimal], list[BookLine]] = {}
    for line in book:
        if line.net:
            by_amount.setdefault((line.incoming, line.amount), []).append(line)
    candidates: list[tuple[tuple[int, int, int, int, int], int, int, str]] = []
    for b in bank:
        if not b.amount:
            continue
        ref = b.reference.strip()
        for k in by_amount.get((b.incoming, b.amount), ()):
            gap = (b.day - k.day).days
            if ref and ref in k.references:
                tier, how = 0, "reference"
            elif abs(gap) <= window_days:
                tier, how = 1, "date"
            else:
                continue
            rank = (tier, abs(gap), 0 if gap >= 0 else 1, bank_order[b.key], book_order[k.key])
            candidates.append((rank, b.key, k.key, how))
    candidates.sort()
    used_bank: set[int] = set()
    used_book: set[int] = set()
    matches = []
    for _, bank_key, book_key, how in candidates:
        if bank_key in used_bank or book_key in used_book:
            continue
        used_bank.add(bank_key)
        used_book.add(book_key)
        matches.append(Match(bank_key, book_key, how))
    return sorted(matches, key=lambda m: bank_order[m.bank_key])


# The statement --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """An outstanding item (未达账项)."""

    group: str  # one of GROUPS
    source: str  # bank (a statement line) | book (a voucher line)
    key: int
    day: date
    reference: str  # the bank's reference, or the voucher number
    summary: str
    amount: Decimal

    def to_json(self) -> dict[str, object]:
        return {"group": self.group, "group_label": GROUP_LABELS[self.group], "source": self.source,
                "id": self.key, "date": self.day.isoformat(), "reference": self.reference,
                "summary": self.summary, "amount": str(self.amount)}


@dataclass(frozen=True)
class Reconciliation:
    account: str
    name: str
    period: str
    book_balance: Decimal
    bank_balance: Decimal
    items: tuple[Item, ...]

    def group(self, name: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.group == name)

    def total(self, name: str) -> Decimal:
        return sum((i.amount for i in self.items if i.group == name), ZERO)

    @property
    def adjusted_book(self) -> Decimal:
        return self.book_balance + self.total("bank_received") - self.total("bank_paid")

    @property
    def adjusted_bank(self) -> Decimal:
        return self.bank_balance + self.total("book_received") - self.total("book_paid")

    @property
    def difference(self) -> Decimal:
        return self.adjusted_book - self.adjusted_bank

    @property
    def agrees(self) -> bool:
        return self.difference == 0

    def to_json(self) -> dict[str, object]:
        return {"account": self.account, "name": self.name, "period": self.period,
                "book_balance": str(self.book_balance), "bank_balance": str(self.bank_balance),
                **{g: {"label": GROUP_LABELS[g], "total": str(self.total(g)),
                       "items": [i.to_json() for i in self.group(g)]} for g in GROUPS},
                "adjusted_book": str(self.adjusted_book), "adjusted_bank": str(self.adjusted_bank),
                "difference": str(self.difference), "agrees": self.agrees}


def reconcile(account: str, name: str, period: str, book_balance: Decimal, bank_balance: Decimal,
              bank_unmatched: Iterable[BankLine], book_unmatched: Iterable[BookLine]) -> Reconciliation:
    items = [Item("bank_received" if b.incoming else "bank_paid", "bank", b.key, b.day, b.reference, b.summary,
                  b.amount) for b in bank_unmatched if b.amount]
    items += [Item("book_received" if k.incoming else "book_paid", "book", k.key, k.day, k.voucher_no, k.summary,
                   k.amount) for k in book_unmatched if k.net]
    items.sort(key=lambda i: (GROUPS.index(i.group), i.day, i.reference, i.key))
    return Reconciliation(account, name, period, book_balance, bank_balance, tuple(items))


def reconciliation_problems(rec: Reconciliation) -> list[Problem]:
    """Why the statement cannot be kept: the two adjusted balances differ (with the items)."""
    if rec.agrees:
        return []
    problems = [Problem("RPT-04", "reconciliation.difference",
                        f"{rec.account} {rec.name} {rec.period}：调节后企业账面余额 {rec.adjusted_book:,.2f} 与调节后银行"
                        f"对账单余额 {rec.adjusted_bank:,.2f} 不符，差额 {rec.difference:,.2f}；请核对未达账项或补记凭证")]
    for item in rec.items:
        problems.append(Problem("RPT-04", f"reconciliation.{item.group}",
                                f"{GROUP_LABELS[item.group]}：{item.day.isoformat()} {item.reference} {item.summary} "
                                f"{item.amount:,.2f}".replace("  ", " ")))
    return problems
