"""``desktop books check``: the books agree with themselves. The monthly balances that posting keeps
(``period_balances``, what the trial balance reads) are recomputed from the posted voucher lines;
every posted voucher must still balance on each side (VOUCH-14, 平行记账), and so must the opening
balances. A row edited behind the application's back shows here as a difference (SEC-01).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from desktop.persistence.schema import LedgerAccount, OpeningBalance, PeriodBalance, Voucher, VoucherLine
from desktop.services.base import SignedIn
from desktop.services.books import BooksService, _fen, _isum

__all__ = ["BalanceDifference", "UnbalancedVoucher", "BookCheck", "check_books"]


@dataclass(frozen=True)
class BalanceDifference:
    account: str
    name: str
    period: str
    stored_debit: Decimal
    stored_credit: Decimal
    posted_debit: Decimal
    posted_credit: Decimal
    stored_lines: int = 0
    posted_lines: int = 0

    def __str__(self) -> str:
        lines = (f"（行数 余额表 {self.stored_lines}，凭证 {self.posted_lines}）"
                 if self.stored_lines != self.posted_lines else "")
        return (f"{self.period} {self.account} {self.name}：余额表 借 {self.stored_debit:,.2f} 贷 {self.stored_credit:,.2f}，"
                f"已记账凭证合计 借 {self.posted_debit:,.2f} 贷 {self.posted_credit:,.2f}{lines}")

    def to_json(self) -> dict[str, Any]:
        return {"account": self.account, "name": self.name, "period": self.period,
                "stored_debit": str(self.stored_debit), "stored_credit": str(self.stored_credit),
                "posted_debit": str(self.posted_debit), "posted_credit": str(self.posted_credit),
                "stored_lines": self.stored_lines, "posted_lines": self.posted_lines}


@dataclass(frozen=True)
class UnbalancedVoucher:
    voucher_no: str  # "期初余额" for the opening balances
    side: str
    debit: Decimal
    credit: Decimal

    def __str__(self) -> str:
        label = "财务会计" if self.side == "financial" else "预算会计"
        return f"{self.voucher_no} {label}借贷不平：借 {self.debit:,.2f}，贷 {self.credit:,.2f}"

    def to_json(self) -> dict[str, Any]:
        return {"voucher_no": self.voucher_no, "side": self.side, "debit": str(self.debit), "credit": str(self.credit)}


@dataclass(frozen=True)
class BookCheck:
    differences: tuple[BalanceDifference, ...]
    unbalanced: tuple[UnbalancedVoucher, ...]
    balances_checked: int  # (account, month) pairs compared
    vouchers_checked: int

    @property
    def ok(self) -> bool:
        return not self.differences and not self.unbalanced

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "balances_checked": self.balances_checked, "vouchers_checked": self.vouchers_checked,
                "differences": [d.to_json() for d in self.differences],
                "unbalanced": [u.to_json() for u in self.unbalanced]}


def check_books(books: BooksService, user: SignedIn) -> BookCheck:
    books.require_reader(user)
    bureau = user.bureau_id
    with books.reading() as session:
        accounts = {a.id: (a.code, a.name) for a in session.execute(select(LedgerAccount).where(
            LedgerAccount.bureau_id == bureau)).scalars()}
        stored = {(account_id, period): (d, c, n or 0) for account_id, period, d, c, n in session.execute(select(
            PeriodBalance.account_id, PeriodBalance.period, PeriodBalance.debit, PeriodBalance.credit,
            PeriodBalance.line_count).where(PeriodBalance.bureau_id == bureau)).all()}
        posted = {(account_id, period): (_fen(d), _fen(c), n) for account_id, period, d, c, n in session.execute(select(
            VoucherLine.account_id, Voucher.period, _isum(VoucherLine.debit), _isum(VoucherLine.credit), func.count())
            .join(Voucher, Voucher.id == VoucherLine.voucher_id)
            .where(Voucher.bureau_id == bureau, Voucher.state == "posted")
            .group_by(VoucherLine.account_id, Voucher.period)).all()}
        zero = (Decimal("0.00"), Decimal("0.00"), 0)
        differences = []
        for key in sorted(set(stored) | set(posted), key=lambda k: (k[1], accounts.get(k[0], ("", ""))[0])):
            s, p = stored.get(key, zero), posted.get(key, zero)
            if s != p:
                code, name = accounts.get(key[0], (f"#{key[0]}", ""))
                differences.append(BalanceDifference(code, name, key[1], s[0], s[1], p[0], p[1], s[2], p[2]))
        unbalanced = []
        n_vouchers = 0
        sides: dict[int, dict[str, list[Decimal]]] = {}
        numbers: dict[int, str] = {}
        for voucher_id, voucher_no, side, d, c in session.execute(select(
                Voucher.id, Voucher.voucher_no, VoucherLine.side, _isum(VoucherLine.debit), _isum(VoucherLine.credit))
                .join(VoucherLine, VoucherLine.voucher_id == Voucher.id)
                .where(Voucher.bureau_id == bureau, Voucher.state == "posted")
                .group_by(Voucher.id, Voucher.voucher_no, VoucherLine.side)).all():
            sides.setdefault(voucher_id, {})[side] = [_fen(d), _fen(c)]
            numbers[voucher_id] = voucher_no
        n_vouchers = len(sides)
        for voucher_id in sorted(sides, key=lambda v: numbers[v]):
            for side, (d, c) in sorted(sides[voucher_id].items()):
                if d != c:
                    unbalanced.append(UnbalancedVoucher(numbers[voucher_id], side, d, c))
        opening: dict[str, list[Decimal]] = {}
        for side, d, c in session.execute(select(LedgerAccount.side, OpeningBalance.debit, OpeningBalance.credit)
                                          .join(LedgerAccount, LedgerAccount.id == OpeningBalance.account_id)
                                          .where(OpeningBalance.bureau_id == bureau)).all():
            o = opening.setdefault(side, [Decimal("0.00"), Decimal("0.00")])
            o[0] += d
            o[1] += c
        for side, (d, c) in sorted(opening.items()):
            if d != c:
                unbalanced.append(UnbalancedVoucher("期初余额", side, d, c))
        return BookCheck(tuple(differences), tuple(unbalanced), len(set(stored) | set(posted)), n_vouchers)
