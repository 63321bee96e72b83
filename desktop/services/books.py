"""The books: chart of accounts, vouchers (made, reviewed through the approval chain, posted,
reversed), period close, and what the books show (trial balance, ledgers, cash and bank journals).

A voucher is a document of kind ``voucher``: its review is that kind's approval chain (VOUCH-14,
per preset), so the reviewer signs the 记账凭证 sheet like any approval step and the maker can never
review their own voucher (IC-02/03). The cashier neither makes, reviews nor posts (IC-05). Posting
adds the lines to ``period_balances`` in the same transaction, so a trial balance reads at most
twelve rows per account.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterable, Sequence

from sqlalchemy import BigInteger, func, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.finance.balances import split_balance
from desktop.domain.finance.chart import (
    ChartRow,
    EconomicClass,
    chart_from_csv,
    classes_from_csv,
    economic_classes_from_csv,
    sub_account_problems,
)
from desktop.domain.finance.periods import parse_period, period_dates, previous_period
from desktop.domain.finance.vouchers import (
    ZERO,
    AccountFacts,
    LineInput,
    period_of,
    reversal_lines,
    voucher_no,
    voucher_problems,
)
from desktop.persistence.numbering import next_value
from desktop.persistence.schema import (
    AccountingPeriod,
    BankReconciliation,
    CashDayClose,
    Document,
    FinanceSettings,
    LedgerAccount,
    OpeningBalance,
    PeriodBalance,
    Voucher,
    VoucherLine,
    utcnow,
)
from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.module_records import ModuleService
from desktop.services.need_to_know import require_reports

__all__ = ["BooksService", "VoucherView", "VoucherLineView", "TrialBalance", "TrialRow", "LedgerPage", "LedgerRow",
           "Journal", "JournalRow", "AccountView", "GeneralLedger", "GeneralLedgerMonth", "shipped_chart", "shipped_economic_classes",
           "shipped_functional_classes", "MAKERS", "parse_period", "posted_balance_at"]

# Who makes and posts vouchers: the accountant and the finance head; never the cashier (IC-05).
MAKERS = frozenset({"accountant", "finance_head"})
VOUCHER_KIND = "voucher"


@lru_cache(maxsize=1)
def shipped_chart() -> tuple[ChartRow, ...]:
    from desktop.app.paths import resource_path

    return tuple(chart_from_csv(resource_path("finance", "chart.csv").read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped_economic_classes() -> tuple[EconomicClass, ...]:
    from desktop.app.paths import resource_path

    return tuple(economic_classes_from_csv(resource_path("finance", "economic_classes.csv").read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped_functional_classes() -> tuple[tuple[str, str], ...]:
    from desktop.app.paths import resource_path

    return tuple(classes_from_csv(resource_path("finance", "functional_classes.csv").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class AccountView:
    id: int
    code: str
    name: str
    side: str
    category: str
    normal_balance: str
    cash_kind: str
    level: int
    national: bool
    postable: bool
    active: bool
    parent_code: str | None


@dataclass(frozen=True)
class VoucherLineView:
    line_no: int
    account: str
    account_name: str
    side: str
    summary: str
    debit: Decimal
    credit: Decimal
    department_id: int | None
    department: str
    project: str
    payee: str
    functional_class: str
    economic_class: str

    def as_input(self) -> LineInput:
        return LineInput(self.account, self.summary, self.debit, self.credit, self.department_id, self.project,
                         self.payee, self.functional_class, self.economic_class)


@dataclass(frozen=True)
class VoucherView:
    id: int
    document_id: int
    voucher_no: str
    period: str
    voucher_date: date
    summary: str
    attachments: int
    origin: str
    state: str  # draft | posted | void
    review_state: str  # the document's: draft | submitted | returned | approved | rejected
    maker: str
    reviewers: tuple[str, ...]
    poster: str
    posted_at: datetime | None
    total: Decimal
    source_document_id: int | None
    reverses_id: int | None
    reversed_by_id: int | None
    lines: tuple[VoucherLineView, ...] = ()

    @property
    def state_label(self) -> str:
        if self.state == "posted":
            return "已记账"
        if self.state == "void":
            return "已作废"
        return {"draft": "未提交", "submitted": "待审核", "returned": "已退回", "approved": "已审核",
                "rejected": "已驳回"}.get(self.review_state, self.review_state)


@dataclass(frozen=True)
class TrialRow:
    account: str
    name: str
    side: str
    level: int
    opening_debit: Decimal
    opening_credit: Decimal
    debit: Decimal
    credit: Decimal
    closing_debit: Decimal
    closing_credit: Decimal

    def to_json(self) -> dict[str, Any]:
        return {"account": self.account, "name": self.name, "side": self.side, "level": self.level,
                **{k: str(getattr(self, k)) for k in _AMOUNT_KEYS}}


_AMOUNT_KEYS = ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")


@dataclass(frozen=True)
class TrialBalance:
    first: str
    last: str
    include_unposted: bool
    rows: tuple[TrialRow, ...]  # every account with a figure; level-1 rows sum their sub-accounts
    totals: dict[str, dict[str, Decimal]]  # "financial", "budget", "all" → the six amounts (level-1 rows)

    @property
    def balanced(self) -> bool:
        return all(t["opening_debit"] == t["opening_credit"] and t["debit"] == t["credit"]
                   and t["closing_debit"] == t["closing_credit"] for k, t in self.totals.items() if k != "all")

    def to_json(self) -> dict[str, Any]:
        all_ = self.totals["all"]
        return {"period": self.first if self.first == self.last else f"{self.first}..{self.last}",
                "include_unposted": self.include_unposted, "balanced": self.balanced,
                "rows": [r.to_json() for r in self.rows],
                "totals": {**{k: str(v) for k, v in all_.items()},
                           "sides": {side: {k: str(v) for k, v in t.items()} for side, t in self.totals.items()
                                     if side != "all"}}}


@dataclass(frozen=True)
class LedgerRow:
    voucher_id: int
    voucher_no: str
    voucher_date: date
    account: str
    summary: str
    debit: Decimal
    credit: Decimal
    balance_side: str  # 借 | 贷 | 平
    balance: Decimal
    source_document_id: int | None


@dataclass(frozen=True)
class LedgerPage:
    account: str
    name: str
    first: str
    last: str
    opening_side: str
    opening: Decimal
    rows: tuple[LedgerRow, ...]
    offset: int
    total_rows: int


@dataclass(frozen=True)
class GeneralLedgerMonth:
    period: str
    debit: Decimal
    credit: Decimal
    balance_side: str  # 借 | 贷 | 平
    balance: Decimal


@dataclass(frozen=True)
class GeneralLedger:
    account: str
    name: str
    year: int
    opening_side: str
    opening: Decimal
    months: tuple[GeneralLedgerMonth, ...]

    def to_json(self) -> dict[str, Any]:
        return {"account": self.account, "name": self.name, "year": self.year, "opening_side": self.opening_side,
                "opening": str(self.opening),
                "months": [{"period": m.period, "debit": str(m.debit), "credit": str(m.credit),
                            "balance_side": m.balance_side, "balance": str(m.balance)} for m in self.months]}


@dataclass(frozen=True)
class JournalRow:
    day: date
    voucher_no: str
    summary: str
    debit: Decimal
    credit: Decimal
    balance: Decimal
    is_day_total: bool = False
    voucher_id: int | None = None


@dataclass(frozen=True)
class Journal:
    account: str
    name: str
    period: str
    opening: Decimal
    rows: tuple[JournalRow, ...]
    closing: Decimal
    warnings: tuple[Problem, ...] = field(default_factory=tuple)


def _side_word(net: Decimal) -> str:
    return "借" if net > 0 else ("贷" if net < 0 else "平")


class BooksService(ModuleService):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions, approvals)
        approvals.act_checks[VOUCHER_KIND] = self._review_check
        approvals.submit_checks[VOUCHER_KIND] = self._submit_check

    # Permission ---------------------------------------------------------------------------------
    @staticmethod
    def require_maker(user: SignedIn, what: str = "编制凭证") -> None:
        if "cashier" in user.positions:
            raise refuse("IC-05", "sod.cashier", f"出纳不得{what}（出纳不编制、审核记账凭证，不登记总账明细账）")
        if not MAKERS & set(user.positions):
            raise refuse("IC-14", "perm.books", f"{what}须由会计或财务负责人办理")

    @staticmethod
    def require_reader(user: SignedIn) -> None:
        require_reports(user)

    def _review_check(self, session: Session, user: SignedIn, doc: Document, action: str) -> list[Problem]:
        problems = []
        if "cashier" in user.positions:
            problems.append(Problem("IC-05", "sod.cashier_review", "出纳不得审核记账凭证"))
        # The maker reviewing their own voucher is refused by the approval engine itself (IC-03).
        return problems

    def _submit_check(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        voucher = session.execute(select(Voucher).where(Voucher.document_id == doc.id)).scalar_one_or_none()
        if voucher is None:
            return [Problem("VOUCH-14", "voucher.missing", "该单据没有凭证分录")]
        problems = [] if MAKERS & set(user.positions) and "cashier" not in user.positions else \
            [Problem("IC-05", "sod.cashier", "记账凭证须由会计或财务负责人编制，出纳不得编制")]
        if voucher.state != "draft":
            problems.append(Problem("VOUCH-14", "voucher.state", "该凭证已记账或作废，不能再提交"))
        lines = self._line_inputs(session, voucher)
        problems += voucher_problems(lines, self._facts(session, user.bureau_id),
                                     allow_red=voucher.origin == "reversal")
        return problems

    # Chart --------------------------------------------------------------------------------------
    def ensure_chart_in(self, session: Session, bureau_id: int) -> None:
        """The national subjects, on first use (a bureau created before the finance core)."""
        if session.get(FinanceSettings, bureau_id) is not None:  # made together with the chart
            return
        have = session.execute(select(func.count()).select_from(LedgerAccount)
                               .where(LedgerAccount.bureau_id == bureau_id)).scalar()
        if not have:
            for row in shipped_chart():
                session.add(LedgerAccount(bureau_id=bureau_id, code=row.code, name=row.name, side=row.side,
                                          category=row.category, normal_balance=row.normal_balance,
                                          cash_kind=row.cash_kind, level=1, national=True, postable=True))
        session.add(FinanceSettings(bureau_id=bureau_id))
        session.flush()

    def ensure_chart(self, user: SignedIn) -> None:
        """Reads (the chart list, the settings) check in a read session; only the first use writes."""
        with self.reading() as session:
            if session.get(FinanceSettings, user.bureau_id) is not None:
                return
        with self.transaction() as session:
            self.ensure_chart_in(session, user.bureau_id)

    def accounts(self, user: SignedIn) -> list[AccountView]:
        self.ensure_chart(user)
        with self.reading() as session:
            rows = session.execute(select(LedgerAccount).where(LedgerAccount.bureau_id == user.bureau_id)
                                   .order_by(LedgerAccount.code)).scalars().all()
            by_id = {r.id: r.code for r in rows}
            return [AccountView(r.id, r.code, r.name, r.side, r.category, r.normal_balance, r.cash_kind, r.level,
                                r.national, r.postable, r.active, by_id.get(r.parent_id)) for r in rows]

    def add_sub_account(self, user: SignedIn, parent_code: str, code: str, name: str) -> int:
        """A bureau sub-account below ``parent_code``; the parent stops taking postings. Refused if
        the parent already has postings of its own (they would be stranded above the detail)."""
        self.require_maker(user, "增设科目")
        code, name = (code or "").strip(), (name or "").strip()
        with self.transaction() as session:
            self.ensure_chart_in(session, user.bureau_id)
            parent = self._account(session, user.bureau_id, parent_code)
            codes = set(session.execute(select(LedgerAccount.code)
                                        .where(LedgerAccount.bureau_id == user.bureau_id)).scalars())
            problems = sub_account_problems(parent.code, code, name, codes)
            if parent.postable:
                used = session.execute(select(func.count()).select_from(VoucherLine)
                                       .where(VoucherLine.account_id == parent.id)).scalar()
                opening = session.get(OpeningBalance, (user.bureau_id, parent.id))
                if used or (opening is not None and (opening.debit or opening.credit)):
                    problems.append(Problem("VOUCH-14", "account.parent_used",
                                            f"科目 {parent.code} {parent.name} 已有凭证或期初余额，不能再增设明细科目"))
            if problems:
                raise Refused(problems)
            account = LedgerAccount(bureau_id=user.bureau_id, code=code, name=name, side=parent.side,
                                    category=parent.category, normal_balance=parent.normal_balance,
                                    cash_kind=parent.cash_kind, parent_id=parent.id, level=parent.level + 1,
                                    national=False, postable=True)
            session.add(account)
            parent.postable = False
            session.flush()
            self.audit(session, user, "account.add", "ledger_account", account.id,
                       after={"code": code, "name": name, "parent": parent.code})
            return account.id

    def rename_account(self, user: SignedIn, code: str, name: str) -> None:
        """Only the bureau's own sub-accounts; national names are fixed."""
        self.require_maker(user, "修改科目")
        with self.transaction() as session:
            account = self._account(session, user.bureau_id, code)
            if account.national:
                raise refuse("VOUCH-14", "account.national", f"{account.code} {account.name} 是国家统一科目，名称不能修改")
            if not name.strip() or len(name.strip()) > 100:
                raise refuse("VOUCH-14", "account.name", "科目名称须为1至100个字")
            before = account.name
            account.name = name.strip()
            self.audit(session, user, "account.rename", "ledger_account", account.id, before={"name": before},
                       after={"name": account.name})

    @staticmethod
    def _account(session: Session, bureau_id: int, code: str) -> LedgerAccount:
        account = session.execute(select(LedgerAccount).where(LedgerAccount.bureau_id == bureau_id,
                                                              LedgerAccount.code == (code or "").strip())
                                  ).scalar_one_or_none()
        if account is None:
            raise refuse("VOUCH-14", "account.missing", f"没有科目 {code}")
        return account

    @staticmethod
    def _facts(session: Session, bureau_id: int) -> dict[str, AccountFacts]:
        rows = session.execute(select(LedgerAccount.code, LedgerAccount.name, LedgerAccount.side,
                                      LedgerAccount.postable, LedgerAccount.active)
                               .where(LedgerAccount.bureau_id == bureau_id)).all()
        return {r.code: AccountFacts(r.code, r.name, r.side, r.postable, r.active) for r in rows}

    # Settings and the start of the books ----------------------------------------------------------
    def settings(self, user: SignedIn) -> FinanceSettings:
        self.ensure_chart(user)
        with self.reading() as session:
            return session.get(FinanceSettings, user.bureau_id)

    def settings_in(self, session: Session, bureau_id: int) -> FinanceSettings:
        self.ensure_chart_in(session, bureau_id)
        return session.get(FinanceSettings, bureau_id)

    def update_settings(self, user: SignedIn, **changes: Any) -> None:
        """cash_payment_limit, cash_on_hand_limit, contract_threshold (Decimal), budget_overrun
        (refuse|flag): the finance head's (VOUCH-11/12/17)."""
        from desktop.domain.money import MoneyError, parse_amount

        if "finance_head" not in user.positions:
            raise refuse("IC-14", "perm.finance_settings", "财务设置须由财务负责人修改")
        problems: list[Problem] = []
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key in ("cash_payment_limit", "cash_on_hand_limit", "contract_threshold"):
                try:
                    clean[key] = parse_amount(value, field={"cash_payment_limit": "现金支付限额", "cash_on_hand_limit": "库存现金限额",
                                                            "contract_threshold": "合同金额标准"}[key])
                except MoneyError as exc:
                    problems.append(Problem("VOUCH-11", "settings.amount", str(exc)))
            elif key == "budget_overrun" and value in ("refuse", "flag"):
                clean[key] = value
            else:
                problems.append(Problem("IC-14", "settings.unknown", f"没有设置项 {key}={value!r}"))
        if problems:
            raise Refused(problems)
        with self.transaction() as session:
            row = self.settings_in(session, user.bureau_id)
            before = {k: str(getattr(row, k)) for k in clean}
            for key, value in clean.items():
                setattr(row, key, value)
            self.audit(session, user, "finance.settings", "bureau", user.bureau_id, before=before,
                       after={k: str(v) for k, v in clean.items()})

    def start_books(self, user: SignedIn, start_period: str, openings: Sequence[tuple[str, Decimal, Decimal]] = ()
                    ) -> None:
        """建账: the first period on the books and the opening balances (期初余额) as (account, debit,
        credit). Each side must balance; refused once a voucher has been posted."""
        self.require_maker(user, "录入期初余额")
        first, last = _period_or_refuse(start_period, "VOUCH-14")
        if first != last:
            raise refuse("VOUCH-14", "books.period", "建账期间须为月份，如 2026-07")
        with self.transaction() as session:
            settings = self.settings_in(session, user.bureau_id)
            posted = session.execute(select(func.count()).select_from(Voucher).where(
                Voucher.bureau_id == user.bureau_id, Voucher.state == "posted")).scalar()
            problems: list[Problem] = []
            if posted:
                problems.append(Problem("VOUCH-14", "books.started", "已有记账凭证，不能再修改建账期间和期初余额"))
            facts = self._facts(session, user.bureau_id)
            lines = [LineInput(code, "期初余额", debit, credit) for code, debit, credit in openings]
            for n, line in enumerate(lines, 1):
                f = facts.get(line.account)
                if f is None:
                    problems.append(Problem("VOUCH-14", "opening.account", f"第{n}行：没有科目 {line.account}"))
                elif not f.postable:
                    problems.append(Problem("VOUCH-14", "opening.not_postable",
                                            f"第{n}行：科目 {line.account} {f.name} 下设明细科目，期初余额请录入明细科目"))
                if line.debit < 0 or line.credit < 0:
                    problems.append(Problem("VOUCH-14", "opening.negative", f"第{n}行：期初余额不能为负"))
            if len({l.account for l in lines}) != len(lines):
                problems.append(Problem("VOUCH-14", "opening.duplicate", "同一科目的期初余额只能有一行"))
            from desktop.domain.finance.vouchers import side_totals

            for side, (debit, credit) in side_totals(lines, facts).items():
                if debit != credit:
                    label = "财务会计" if side == "financial" else "预算会计"
                    problems.append(Problem("VOUCH-14", f"opening.unbalanced_{side}",
                                            f"{label}期初余额借贷不平：借方 {debit:,.2f}，贷方 {credit:,.2f}"))
            if problems:
                raise Refused(problems)
            ids = {code: session.execute(select(LedgerAccount.id).where(
                LedgerAccount.bureau_id == user.bureau_id, LedgerAccount.code == code)).scalar_one()
                for code, _, _ in openings}
            for row in session.execute(select(OpeningBalance).where(OpeningBalance.bureau_id == user.bureau_id)
                                       ).scalars():
                session.delete(row)
            session.flush()
            for code, debit, credit in openings:
                if debit or credit:
                    session.add(OpeningBalance(bureau_id=user.bureau_id, account_id=ids[code], debit=debit,
                                               credit=credit))
            settings.start_period = first
            settings.openings_confirmed = True
            self.audit(session, user, "books.start", "bureau", user.bureau_id,
                       after={"start_period": first, "openings": [[c, str(d), str(k)] for c, d, k in openings]})

    # Vouchers: make, edit, void ---------------------------------------------------------------------
    def make_voucher(self, user: SignedIn, voucher_date: date, lines: Sequence[LineInput], *, summary: str = "",
                     attachments: int = 0, origin: str = "manual", source_document_id: int | None = None,
                     submit: bool = False, passphrase: str | None = None) -> int:
        """A voucher with its number (gapless per month of ``voucher_date``); with ``submit`` also
        sent for review (and with ``passphrase`` its sheet issued), all in one transaction."""
        with self.transaction() as session:
            voucher_id = self.make_voucher_in(session, user, voucher_date, lines, summary=summary,
                                              attachments=attachments, origin=origin,
                                              source_document_id=source_document_id)
            if submit:
                voucher = session.get(Voucher, voucher_id)
                self.approvals.submit_in(session, user, voucher.document_id, passphrase=passphrase)
            return voucher_id

    def make_voucher_in(self, session: Session, user: SignedIn, voucher_date: date, lines: Sequence[LineInput], *,
                        summary: str = "", attachments: int = 0, origin: str = "manual",
                        source_document_id: int | None = None, reverses_id: int | None = None) -> int:
        self.require_maker(user)
        self.ensure_chart_in(session, user.bureau_id)
        self.ensure_chain_in(session, user, VOUCHER_KIND)
        facts = self._facts(session, user.bureau_id)
        problems = voucher_problems(lines, facts, allow_red=origin == "reversal")
        problems += self._period_problems(session, user.bureau_id, period_of(voucher_date))
        if not 0 <= attachments <= 999:
            problems.append(Problem("VOUCH-14", "voucher.attachments", "附件张数须为0至999"))
        if problems:
            raise Refused(problems)
        summary = (summary or lines[0].summary).strip()[:200]
        period = period_of(voucher_date)
        # The voucher kind's own counter, per month of the voucher date: the numbers the approval engine
        # gave earlier (generic) vouchers (记-YYYY-MM-NNNN) go on without a clash (IC-15).
        number = next_value(session, user.bureau_id, "voucher", period)
        total = sum((l.debit for l in lines if facts[l.account].side == "financial"), ZERO)
        doc_id = self.approvals.create_in(session, user, VOUCHER_KIND, summary[:200] or "记账凭证", purpose=summary,
                                          amount=abs(total), payload={})
        doc = session.get(Document, doc_id)
        doc.serial = voucher_no(period, number)
        voucher = Voucher(bureau_id=user.bureau_id, document_id=doc_id, period=period, number=number,
                          voucher_no=doc.serial, voucher_date=voucher_date, summary=summary, attachments=attachments,
                          origin=origin, source_document_id=source_document_id, reverses_id=reverses_id,
                          maker_id=user.staff_id, total=total)
        session.add(voucher)
        session.flush()
        self._write_lines(session, voucher, lines, facts)
        self.audit(session, user, "voucher.make", "voucher", voucher.id,
                   after={"voucher_no": voucher.voucher_no, "date": voucher_date.isoformat(), "origin": origin,
                          "lines": len(lines), "total": str(total)})
        return voucher.id

    def edit_voucher(self, user: SignedIn, voucher_id: int, lines: Sequence[LineInput], *,
                     summary: str | None = None, attachments: int | None = None) -> None:
        """Only a voucher not yet sent for review, or returned, by its maker: never a posted one."""
        self.require_maker(user)
        with self.transaction() as session:
            voucher = self._voucher(session, user, voucher_id, lock=True)
            doc = session.get(Document, voucher.document_id)
            problems: list[Problem] = []
            if voucher.state == "posted":
                problems.append(Problem("VOUCH-14", "voucher.posted_edit",
                                        f"凭证 {voucher.voucher_no} 已记账，不能修改；更正请用红字冲销"))
            elif voucher.state == "void":
                problems.append(Problem("VOUCH-14", "voucher.void_edit", f"凭证 {voucher.voucher_no} 已作废"))
            elif doc.state not in ("draft", "returned"):
                problems.append(Problem("VOUCH-14", "voucher.in_review",
                                        f"凭证 {voucher.voucher_no} 已提交审核，退回后才能修改"))
            if voucher.maker_id != user.staff_id:
                problems.append(Problem("IC-14", "voucher.not_maker", "只有制单人可以修改凭证"))
            facts = self._facts(session, user.bureau_id)
            problems += voucher_problems(lines, facts, allow_red=voucher.origin == "reversal")
            if problems:
                raise Refused(problems)
            before = {"lines": len(self._line_inputs(session, voucher)), "total": str(voucher.total)}
            for row in session.execute(select(VoucherLine).where(VoucherLine.voucher_id == voucher.id)).scalars():
                session.delete(row)
            session.flush()
            self._write_lines(session, voucher, lines, facts)
            voucher.total = sum((l.debit for l in lines if facts[l.account].side == "financial"), ZERO)
            if summary is not None:
                voucher.summary = summary.strip()[:200]
            if attachments is not None:
                voucher.attachments = attachments
            doc.amount = abs(voucher.total)
            doc.title = voucher.summary or doc.title
            doc.updated_at = utcnow()
            self.audit(session, user, "voucher.edit", "voucher", voucher.id, before=before,
                       after={"lines": len(lines), "total": str(voucher.total)})

    def void_voucher(self, user: SignedIn, voucher_id: int, reason: str) -> None:
        """作废: a voucher never posted keeps its number, with no amounts in the books."""
        self.require_maker(user, "作废凭证")
        with self.transaction() as session:
            voucher = self._voucher(session, user, voucher_id, lock=True)
            doc = session.get(Document, voucher.document_id)
            if voucher.state != "draft" or doc.state not in ("draft", "returned", "rejected"):
                raise refuse("VOUCH-14", "voucher.void_state", "只有未提交、被退回或驳回且未记账的凭证可以作废")
            if not reason.strip():
                raise refuse("VOUCH-14", "voucher.void_reason", "作废须注明原因")
            voucher.state = "void"
            released = self._release_source(session, voucher)
            self.audit(session, user, "voucher.void", "voucher", voucher.id,
                       after={"reason": reason.strip(), "payments_released": released})

    @staticmethod
    def _release_source(session: Session, voucher: Voucher) -> int:
        """A voided voucher made from a paid claim or advance gives its payments back to the
        accountant's list (awaiting a voucher again); returns how many payments were released."""
        from desktop.persistence.schema import Claim, Payment

        payments = session.execute(select(Payment).where(Payment.voucher_id == voucher.id)).scalars().all()
        for payment in payments:
            payment.voucher_id = None
        if voucher.source_document_id is not None and voucher.origin == "claim":
            claim = session.get(Claim, voucher.source_document_id)
            if claim is not None and claim.state == "booked":
                claim.state = "paid"
        session.flush()
        return len(payments)

    def _write_lines(self, session: Session, voucher: Voucher, lines: Sequence[LineInput],
                     facts: dict[str, AccountFacts]) -> None:
        ids = dict(session.execute(select(LedgerAccount.code, LedgerAccount.id).where(
            LedgerAccount.bureau_id == voucher.bureau_id,
            LedgerAccount.code.in_({l.account for l in lines}))).all())
        for n, line in enumerate(lines, 1):
            session.add(VoucherLine(voucher_id=voucher.id, bureau_id=voucher.bureau_id, line_no=n,
                                    account_id=ids[line.account], side=facts[line.account].side,
                                    summary=line.summary.strip()[:200], debit=line.debit, credit=line.credit,
                                    department_id=line.department_id, project=line.project.strip()[:100],
                                    payee=line.payee.strip()[:100], functional_class=line.functional_class,
                                    economic_class=line.economic_class, voucher_date=voucher.voucher_date))
        session.flush()

    # Posting, reversal ------------------------------------------------------------------------------
    def post(self, user: SignedIn, voucher_ids: Iterable[int]) -> list[str]:
        """记账: reviewed vouchers into the books, all or none in one transaction; returns their
        numbers. Every reason any of them cannot be posted is told at once."""
        self.require_maker(user, "记账")
        with self.transaction() as session:
            return self.post_many_in(session, user, list(voucher_ids))

    def post_in(self, session: Session, user: SignedIn, voucher_id: int) -> str:
        return self.post_many_in(session, user, [voucher_id])[0]

    def post_many_in(self, session: Session, user: SignedIn, voucher_ids: Sequence[int]) -> list[str]:
        """Set-based: the vouchers, their documents' states and their lines are read a chunk at a
        time and each (account, month) balance is updated once, so posting 10 000 vouchers costs a
        few queries per chunk rather than a few per voucher."""
        ids = list(dict.fromkeys(voucher_ids))
        if not ids:
            return []
        vouchers: dict[int, Voucher] = {}
        states: dict[int, str] = {}
        for chunk in _chunked(ids):
            for v in session.execute(select(Voucher).where(Voucher.id.in_(chunk)).with_for_update()).scalars():
                vouchers[v.id] = v
            states.update(session.execute(select(Document.id, Document.state).where(
                Document.id.in_([vouchers[i].document_id for i in chunk if i in vouchers]))).all())
        problems: list[Problem] = []
        for vid in ids:
            voucher = vouchers.get(vid)
            if voucher is None or voucher.bureau_id != user.bureau_id:
                problems.append(Problem("IC-14", "voucher.missing", f"没有凭证 #{vid}"))
            elif voucher.state == "posted":
                problems.append(Problem("VOUCH-14", "voucher.posted", f"凭证 {voucher.voucher_no} 已记账"))
            elif voucher.state == "void":
                problems.append(Problem("VOUCH-14", "voucher.void", f"凭证 {voucher.voucher_no} 已作废"))
            elif states.get(voucher.document_id) not in ("approved", "archived"):
                problems.append(Problem("VOUCH-14", "voucher.not_reviewed",
                                        f"凭证 {voucher.voucher_no} 尚未审核，不能记账"))
        for period in sorted({v.period for v in vouchers.values()}):
            problems += self._period_problems(session, user.bureau_id, period, posting=True)
        if problems:
            raise Refused(problems)
        sums: dict[tuple[int, str], list[Any]] = {}
        for chunk in _chunked(ids):
            for account_id, period, debit, credit, n in session.execute(
                    select(VoucherLine.account_id, Voucher.period, _isum(VoucherLine.debit), _isum(VoucherLine.credit),
                           func.count()).join(Voucher, Voucher.id == VoucherLine.voucher_id)
                    .where(VoucherLine.voucher_id.in_(chunk)).group_by(VoucherLine.account_id, Voucher.period)).all():
                s = sums.setdefault((account_id, period), [0, 0, 0])
                s[0] += int(debit or 0)
                s[1] += int(credit or 0)
                s[2] += n
        existing: dict[tuple[int, str], PeriodBalance] = {}
        for period in {p for _, p in sums}:
            accounts = [a for a, p in sums if p == period]
            for chunk in _chunked(accounts):
                for row in session.execute(select(PeriodBalance).where(
                        PeriodBalance.bureau_id == user.bureau_id, PeriodBalance.period == period,
                        PeriodBalance.account_id.in_(chunk)).with_for_update()).scalars():
                    existing[(row.account_id, period)] = row
        for (account_id, period), (debit, credit, n) in sums.items():
            row = existing.get((account_id, period))
            if row is None:
                session.add(PeriodBalance(bureau_id=user.bureau_id, account_id=account_id, period=period,
                                          debit=_fen(debit), credit=_fen(credit), line_count=n))
            else:
                row.debit += _fen(debit)
                row.credit += _fen(credit)
                row.line_count = (row.line_count or 0) + n
        now = utcnow()
        numbers = []
        for vid in ids:
            voucher = vouchers[vid]
            voucher.state, voucher.posted_by, voucher.posted_at = "posted", user.staff_id, now
            numbers.append(voucher.voucher_no)
        session.flush()
        self.audit(session, user, "voucher.post", "voucher", ids[0] if len(ids) == 1 else "",
                   after={"vouchers": numbers})
        return numbers

    def reverse(self, user: SignedIn, voucher_id: int, voucher_date: date, reason: str) -> int:
        """红字冲销: a new voucher with the lines negated, linked to the posted original; it is
        reviewed and posted like any voucher. One reversal per voucher."""
        self.require_maker(user, "编制冲销凭证")
        if not reason.strip():
            raise refuse("VOUCH-14", "reversal.reason", "红字冲销须注明原因")
        with self.transaction() as session:
            original = self._voucher(session, user, voucher_id, lock=True)
            if original.state != "posted":
                raise refuse("VOUCH-14", "reversal.not_posted", "只有已记账的凭证才用红字冲销；未记账的凭证直接修改或作废")
            if original.reverses_id is not None:
                raise refuse("VOUCH-14", "reversal.of_reversal", "冲销凭证本身不再冲销，请重新编制正确凭证")
            existing = session.execute(select(Voucher.voucher_no).where(Voucher.reverses_id == original.id,
                                                                        Voucher.state != "void")).scalar()
            if existing:
                raise refuse("VOUCH-14", "reversal.exists", f"凭证 {original.voucher_no} 已由 {existing} 冲销")
            lines = reversal_lines(self._line_inputs(session, original))
            new_id = self.make_voucher_in(session, user, voucher_date, lines,
                                          summary=f"冲销{original.voucher_no}：{reason.strip()}"[:200],
                                          attachments=0, origin="reversal",
                                          source_document_id=original.source_document_id, reverses_id=original.id)
            self.audit(session, user, "voucher.reverse", "voucher", original.id,
                       after={"reversal": new_id, "reason": reason.strip()})
            return new_id

    # Periods --------------------------------------------------------------------------------------
    def _period_problems(self, session: Session, bureau_id: int, period: str, *, posting: bool = False
                         ) -> list[Problem]:
        problems: list[Problem] = []
        row = session.get(AccountingPeriod, (bureau_id, period))
        if row is not None and row.state == "closed":
            problems.append(Problem("RPT-03", "period.closed", f"{period} 已结账，不能再记入该月；如确需调整，由财务负责人反结账"))
        settings = session.get(FinanceSettings, bureau_id)
        if posting and (settings is None or not settings.start_period):
            problems.append(Problem("VOUCH-14", "books.not_started",
                                    "尚未建账：请先录入建账期间和期初余额（desktop books import openings，或 账簿 → 期初余额）"))
        elif settings is not None and settings.start_period and period < settings.start_period:
            problems.append(Problem("VOUCH-14", "period.before_start",
                                    f"{period} 在建账期间 {settings.start_period} 之前，不能记账"))
        return problems

    def period_state(self, user: SignedIn, period: str) -> str:
        with self.reading() as session:
            row = session.get(AccountingPeriod, (user.bureau_id, period))
            return row.state if row is not None else "open"

    def close_checks(self, user: SignedIn, period: str) -> list[Problem]:
        """What stands in the way of closing ``period`` (every reason at once)."""
        with self.reading() as session:
            return self._close_problems(session, user.bureau_id, period)

    def _close_problems(self, session: Session, bureau_id: int, period: str) -> list[Problem]:
        problems: list[Problem] = []
        settings = session.get(FinanceSettings, bureau_id)
        if settings is None or not settings.start_period:
            return [Problem("VOUCH-14", "books.not_started", "尚未建账，不能结账")]
        if period < settings.start_period:
            return [Problem("VOUCH-14", "period.before_start", f"{period} 在建账期间之前")]
        row = session.get(AccountingPeriod, (bureau_id, period))
        if row is not None and row.state == "closed":
            return [Problem("RPT-03", "period.already_closed", f"{period} 已结账")]
        previous = previous_period(period)
        if previous >= settings.start_period:
            prev = session.get(AccountingPeriod, (bureau_id, previous))
            if prev is None or prev.state != "closed":
                problems.append(Problem("RPT-03", "period.previous_open", f"上月 {previous} 尚未结账"))
        pending = session.execute(select(Voucher.voucher_no).where(
            Voucher.bureau_id == bureau_id, Voucher.period == period, Voucher.state == "draft")
            .order_by(Voucher.number)).scalars().all()
        if pending:
            shown = "、".join(pending[:10]) + ("等" if len(pending) > 10 else "")
            problems.append(Problem("RPT-03", "period.unposted", f"{period} 还有 {len(pending)} 张凭证未审核记账：{shown}"))
        for account in self._cash_accounts(session, bureau_id, ("bank", "zero_balance")):
            moved = self._moved(session, account.id, period)
            if not moved:
                continue
            rec = session.execute(select(BankReconciliation).where(
                BankReconciliation.bureau_id == bureau_id, BankReconciliation.account_id == account.id,
                BankReconciliation.period == period)).scalar_one_or_none()
            if rec is None:
                problems.append(Problem("RPT-04", "period.bank_unreconciled",
                                        f"{account.code} {account.name} 尚未编制 {period} 银行存款余额调节表"))
                continue
            book = posted_balance_at(session, bureau_id, account, period_dates(period, period)[1])
            if book != rec.book_balance:  # a voucher posted into the month after the statement was made
                problems.append(Problem("RPT-04", "period.bank_stale",
                                        f"{account.code} {account.name} {period} 的余额调节表按账面余额 "
                                        f"{rec.book_balance:,.2f} 编制，现账面余额为 {book:,.2f}，请重新编制"))
        for account in self._cash_accounts(session, bureau_id, ("cash",)):
            days = self._movement_days(session, account.id, period)
            closed = set(session.execute(select(CashDayClose.day).where(
                CashDayClose.bureau_id == bureau_id, CashDayClose.account_id == account.id,
                CashDayClose.day.in_(days) if days else False)).scalars()) if days else set()
            missing = [d for d in days if d not in closed]
            if missing:
                problems.append(Problem("VOUCH-13", "period.cash_not_closed",
                                        f"{account.code} {account.name} 有 {len(missing)} 天未日结："
                                        + "、".join(d.isoformat() for d in missing[:5])))
        return problems

    def close_period(self, user: SignedIn, period: str) -> None:
        """结账 (RPT-03): after the checks, the month is locked against any posting."""
        self.require_maker(user, "结账")
        with self.transaction() as session:
            problems = self._close_problems(session, user.bureau_id, period)
            if problems:
                raise Refused(problems)
            row = session.get(AccountingPeriod, (user.bureau_id, period))
            if row is None:
                row = AccountingPeriod(bureau_id=user.bureau_id, period=period)
                session.add(row)
            row.state, row.closed_by, row.closed_at = "closed", user.staff_id, utcnow()
            session.flush()
            self.audit(session, user, "period.close", "accounting_period", period)

    def reopen_period(self, user: SignedIn, period: str, reason: str) -> None:
        """反结账: the finance head only, with a reason, and only the last closed month."""
        if "finance_head" not in user.positions:
            raise refuse("RPT-03", "perm.reopen", "反结账须由财务负责人办理")
        if not reason.strip():
            raise refuse("RPT-03", "reopen.reason", "反结账须注明原因")
        with self.transaction() as session:
            row = session.get(AccountingPeriod, (user.bureau_id, period))
            if row is None or row.state != "closed":
                raise refuse("RPT-03", "reopen.not_closed", f"{period} 未结账")
            later = session.execute(select(AccountingPeriod.period).where(
                AccountingPeriod.bureau_id == user.bureau_id, AccountingPeriod.period > period,
                AccountingPeriod.state == "closed")).scalars().first()
            if later:
                raise refuse("RPT-03", "reopen.later_closed", f"{later} 已结账，须先反结账后面的月份")
            row.state, row.reopened_by, row.reopened_at = "open", user.staff_id, utcnow()
            row.reopen_reason = reason.strip()[:300]
            self.audit(session, user, "period.reopen", "accounting_period", period, after={"reason": row.reopen_reason})

    def closed_periods(self, user: SignedIn) -> list[str]:
        with self.reading() as session:
            return list(session.execute(select(AccountingPeriod.period).where(
                AccountingPeriod.bureau_id == user.bureau_id, AccountingPeriod.state == "closed")
                .order_by(AccountingPeriod.period)).scalars())

    @staticmethod
    def _cash_accounts(session: Session, bureau_id: int, kinds: Sequence[str]) -> list[LedgerAccount]:
        return list(session.execute(select(LedgerAccount).where(
            LedgerAccount.bureau_id == bureau_id, LedgerAccount.cash_kind.in_(kinds), LedgerAccount.postable)
            .order_by(LedgerAccount.code)).scalars())

    @staticmethod
    def _moved(session: Session, account_id: int, period: str) -> bool:
        return session.execute(select(PeriodBalance.debit, PeriodBalance.credit).where(
            PeriodBalance.account_id == account_id, PeriodBalance.period == period)).first() is not None

    @staticmethod
    def _movement_days(session: Session, account_id: int, period: str) -> list[date]:
        first, last = period_dates(period, period)
        return list(session.execute(select(VoucherLine.voucher_date).join(Voucher, Voucher.id == VoucherLine.voucher_id)
                                    .where(VoucherLine.account_id == account_id, Voucher.state == "posted",
                                           VoucherLine.voucher_date >= first, VoucherLine.voucher_date <= last)
                                    .distinct().order_by(VoucherLine.voucher_date)).scalars())

    def close_day(self, user: SignedIn, account_code: str, day: date, counted: Decimal | None = None) -> Decimal:
        """日结 (VOUCH-13): the cashier records the day's closing balance of a cash or bank account
        (and, for cash, what was counted: a difference is refused until explained by a voucher)."""
        if not {"cashier", "finance_head"} & set(user.positions):
            raise refuse("VOUCH-13", "perm.day_close", "日结须由出纳办理")
        with self.transaction() as session:
            account = self._account(session, user.bureau_id, account_code)
            if account.cash_kind not in ("cash", "bank", "zero_balance") or not account.postable:
                raise refuse("VOUCH-13", "day_close.account", f"{account.code} {account.name} 不是现金或银行账户")
            balance = posted_balance_at(session, user.bureau_id, account, day)
            problems = []
            if counted is not None and counted != balance:
                problems.append(Problem("VOUCH-12", "day_close.difference",
                                        f"实点现金 {counted:,.2f} 与账面余额 {balance:,.2f} 不符，差额 {counted - balance:,.2f}，须查明原因"))
            settings = session.get(FinanceSettings, user.bureau_id)
            if account.cash_kind == "cash" and balance < 0:
                problems.append(Problem("VOUCH-12", "day_close.negative_cash",
                                        f"库存现金账面余额为 {balance:,.2f}（贷方余额）：现金不能付出多于库存，请查明漏记的收款或错记的付款"))
            if account.cash_kind == "cash" and settings is not None and balance > settings.cash_on_hand_limit:
                problems.append(Problem("VOUCH-12", "day_close.over_limit",
                                        f"库存现金 {balance:,.2f} 超过库存限额 {settings.cash_on_hand_limit:,.2f}，超出部分须当日送存银行"))
            if problems:
                raise Refused(problems)
            row = session.get(CashDayClose, (user.bureau_id, account.id, day))
            if row is None:
                session.add(CashDayClose(bureau_id=user.bureau_id, account_id=account.id, day=day, balance=balance,
                                         counted=counted, closed_by=user.staff_id))
            else:
                row.balance, row.counted, row.closed_by, row.closed_at = balance, counted, user.staff_id, utcnow()
            session.flush()
            self.audit(session, user, "cash.day_close", "ledger_account", account.id,
                       after={"day": day.isoformat(), "balance": str(balance)})
            return balance

    # Reading vouchers -------------------------------------------------------------------------------
    def voucher(self, user: SignedIn, voucher_id: int) -> VoucherView:
        self.require_reader(user)
        with self.reading() as session:
            return self._view(session, self._voucher(session, user, voucher_id), with_lines=True)

    def voucher_by_document(self, user: SignedIn, document_id: int) -> VoucherView | None:
        self.require_reader(user)
        with self.reading() as session:
            voucher = session.execute(select(Voucher).where(Voucher.document_id == document_id,
                                                            Voucher.bureau_id == user.bureau_id)).scalar_one_or_none()
            return None if voucher is None else self._view(session, voucher, with_lines=True)

    def vouchers(self, user: SignedIn, *, period: str | None = None, state: str | None = None,
                 text: str = "", limit: int = 500, offset: int = 0) -> list[VoucherView]:
        """The voucher list: by period (YYYY or YYYY-MM), state (draft|review|approved|posted|void),
        text in the summary or number; newest first."""
        self.require_reader(user)
        with self.reading() as session:
            q = select(Voucher, Document.state).join(Document, Document.id == Voucher.document_id).where(
                Voucher.bureau_id == user.bureau_id)
            if period:
                first, last = _period_or_refuse(period)  # a refusal, not an internal error (the filter box)
                q = q.where(Voucher.period >= first, Voucher.period <= last)
            if state == "posted" or state == "void":
                q = q.where(Voucher.state == state)
            elif state == "draft":
                q = q.where(Voucher.state == "draft", Document.state.in_(("draft", "returned")))
            elif state == "review":
                q = q.where(Voucher.state == "draft", Document.state == "submitted")
            elif state == "approved":
                q = q.where(Voucher.state == "draft", Document.state.in_(("approved", "archived")))
            if text.strip():
                like = f"%{text.strip()}%"
                q = q.where(or_(Voucher.summary.like(like), Voucher.voucher_no.like(like)))
            rows = session.execute(q.order_by(Voucher.voucher_date.desc(), Voucher.id.desc())
                                   .limit(limit).offset(offset)).all()
            return [self._view(session, v, review_state=s) for v, s in rows]

    def _voucher(self, session: Session, user: SignedIn, voucher_id: int, *, lock: bool = False) -> Voucher:
        q = select(Voucher).where(Voucher.id == voucher_id)
        if lock:
            q = q.with_for_update()
        voucher = session.execute(q).scalar_one_or_none()
        if voucher is None or voucher.bureau_id != user.bureau_id:
            raise refuse("IC-14", "voucher.missing", f"没有凭证 #{voucher_id}")
        return voucher

    @staticmethod
    def _line_inputs(session: Session, voucher: Voucher) -> list[LineInput]:
        rows = session.execute(select(VoucherLine, LedgerAccount.code).join(
            LedgerAccount, LedgerAccount.id == VoucherLine.account_id).where(VoucherLine.voucher_id == voucher.id)
            .order_by(VoucherLine.line_no)).all()
        return [LineInput(code, l.summary, l.debit, l.credit, l.department_id, l.project, l.payee, l.functional_class,
                          l.economic_class) for l, code in rows]

    def line_inputs(self, user: SignedIn, voucher_id: int) -> list[LineInput]:
        self.require_reader(user)
        with self.reading() as session:
            return self._line_inputs(session, self._voucher(session, user, voucher_id))

    def _view(self, session: Session, v: Voucher, *, with_lines: bool = False,
              review_state: str | None = None) -> VoucherView:
        from desktop.persistence.schema import ApprovalAction, Department, Staff

        doc = session.get(Document, v.document_id)
        names = {}

        def name(staff_id: int | None) -> str:
            if staff_id is None:
                return ""
            if staff_id not in names:
                staff = session.get(Staff, staff_id)
                names[staff_id] = staff.name if staff else ""
            return names[staff_id]

        reviewers: tuple[str, ...] = ()
        lines: tuple[VoucherLineView, ...] = ()
        if with_lines:
            reviewers = tuple(name(pid) for pid in session.execute(select(ApprovalAction.person_id).where(
                ApprovalAction.document_id == doc.id, ApprovalAction.round == doc.round,
                ApprovalAction.action == "approve").order_by(ApprovalAction.id)).scalars())
            rows = session.execute(select(VoucherLine, LedgerAccount.code, LedgerAccount.name).join(
                LedgerAccount, LedgerAccount.id == VoucherLine.account_id).where(VoucherLine.voucher_id == v.id)
                .order_by(VoucherLine.line_no)).all()
            depts = {d.id: d.name for d in session.execute(select(Department).where(
                Department.bureau_id == v.bureau_id)).scalars()}
            lines = tuple(VoucherLineView(l.line_no, code, acc_name, l.side, l.summary, l.debit, l.credit,
                                          l.department_id, depts.get(l.department_id, ""), l.project, l.payee,
                                          l.functional_class, l.economic_class) for l, code, acc_name in rows)
        reversed_by = session.execute(select(Voucher.id).where(Voucher.reverses_id == v.id,
                                                               Voucher.state != "void")).scalar()
        return VoucherView(v.id, v.document_id, v.voucher_no, v.period, v.voucher_date, v.summary, v.attachments,
                           v.origin, v.state, review_state or doc.state, name(v.maker_id), reviewers, name(v.posted_by),
                           v.posted_at, v.total, v.source_document_id, v.reverses_id, reversed_by, lines)

    # Trial balance, ledgers, journals -------------------------------------------------------------
    def trial_balance(self, user: SignedIn, period: str, *, include_unposted: bool = False) -> TrialBalance:
        """科目余额表 for a month or a year: opening, the period's debit and credit, closing, for each
        account with a figure (sub-accounts and their level-1 subject), per side (RPT-03)."""
        self.require_reader(user)
        first, last = _period_or_refuse(period)
        with self.reading() as session:
            return self._trial_balance(session, user.bureau_id, first, last, include_unposted)

    def _trial_balance(self, session: Session, bureau_id: int, first: str, last: str,
                       include_unposted: bool) -> TrialBalance:
        accounts = {a.id: a for a in session.execute(select(LedgerAccount).where(
            LedgerAccount.bureau_id == bureau_id)).scalars()}
        settings = session.get(FinanceSettings, bureau_id)
        start = settings.start_period if settings is not None else None
        opening: dict[int, Decimal] = {}
        moved: dict[int, list[Decimal]] = {}
        if start is None or start <= last:
            for account_id, debit, credit in session.execute(select(
                    OpeningBalance.account_id, OpeningBalance.debit, OpeningBalance.credit).where(
                    OpeningBalance.bureau_id == bureau_id)).all():
                opening[account_id] = opening.get(account_id, ZERO) + debit - credit
        pb = PeriodBalance
        for account_id, before, d, c in session.execute(select(
                pb.account_id,
                _isum(_int(pb.debit) - _int(pb.credit)).filter(pb.period < first),
                _isum(pb.debit).filter(pb.period >= first), _isum(pb.credit).filter(pb.period >= first))
                .where(pb.bureau_id == bureau_id, pb.period <= last).group_by(pb.account_id)).all():
            if before:
                opening[account_id] = opening.get(account_id, ZERO) + _fen(before)
            if d or c:
                moved[account_id] = [_fen(d), _fen(c)]
        if include_unposted:
            first_day, last_day = period_dates(first, last)
            for account_id, before, d, c in session.execute(select(
                    VoucherLine.account_id,
                    _isum(_int(VoucherLine.debit) - _int(VoucherLine.credit)).filter(VoucherLine.voucher_date < first_day),
                    _isum(VoucherLine.debit).filter(VoucherLine.voucher_date >= first_day),
                    _isum(VoucherLine.credit).filter(VoucherLine.voucher_date >= first_day))
                    .join(Voucher, Voucher.id == VoucherLine.voucher_id)
                    .where(Voucher.bureau_id == bureau_id, Voucher.state == "draft", VoucherLine.voucher_date <= last_day)
                    .group_by(VoucherLine.account_id)).all():
                if before:
                    opening[account_id] = opening.get(account_id, ZERO) + _fen(before)
                if d or c:
                    m = moved.setdefault(account_id, [ZERO, ZERO])
                    m[0] += _fen(d)
                    m[1] += _fen(c)
        # Roll sub-accounts up into every ancestor.
        figures: dict[int, list[Decimal]] = {}
        for account_id in set(opening) | set(moved):
            o = opening.get(account_id, ZERO)
            d, c = moved.get(account_id, (ZERO, ZERO))
            node: LedgerAccount | None = accounts.get(account_id)
            while node is not None:
                f = figures.setdefault(node.id, [ZERO, ZERO, ZERO])
                f[0] += o
                f[1] += d
                f[2] += c
                node = accounts.get(node.parent_id) if node.parent_id else None
        rows: list[TrialRow] = []
        totals = {k: dict.fromkeys(_AMOUNT_KEYS, ZERO) for k in ("financial", "budget", "all")}
        for account in sorted((accounts[i] for i in figures), key=lambda a: a.code):
            o, d, c = figures[account.id]
            if not (o or d or c):
                continue
            od, oc = split_balance(o)
            cd, cc = split_balance(o + d - c)
            row = TrialRow(account.code, account.name, account.side, account.level, od, oc, d, c, cd, cc)
            rows.append(row)
            if account.parent_id is None:
                for key in _AMOUNT_KEYS:
                    totals[account.side][key] += getattr(row, key)
                    totals["all"][key] += getattr(row, key)
        return TrialBalance(first, last, include_unposted, tuple(rows), totals)

    def ledger(self, user: SignedIn, account_code: str, period: str, *, offset: int = 0, limit: int = 200,
               include_unposted: bool = False, department_id: int | None = None, project: str = "",
               economic_class: str = "", payee: str = "") -> LedgerPage:
        """明细账 of an account (with its sub-accounts) for a month or year, a page at a time, with
        the running balance. With an auxiliary filter (department, project, economic class, payee)
        it is that dimension's subsidiary ledger: only its lines, its opening from its earlier lines."""
        self.require_reader(user)
        first, last = _period_or_refuse(period)
        with self.reading() as session:
            account = self._account(session, user.bureau_id, account_code)
            ids = self._subtree(session, user.bureau_id, account)
            tb_open = self._trial_balance(session, user.bureau_id, first, last, include_unposted)
            opening = ZERO
            for row in tb_open.rows:
                if row.account == account.code:
                    opening = row.opening_debit - row.opening_credit
            first_day, last_day = period_dates(first, last)
            states = ("posted", "draft") if include_unposted else ("posted",)
            leaves = list(session.execute(select(LedgerAccount.id).where(LedgerAccount.id.in_(ids),
                                                                         LedgerAccount.postable)).scalars()) or ids
            extra = []
            if department_id is not None:
                extra.append(VoucherLine.department_id == department_id)
            for column, value in ((VoucherLine.project, project), (VoucherLine.economic_class, economic_class),
                                  (VoucherLine.payee, payee)):
                if value.strip():
                    extra.append(column == value.strip())
            if extra:  # a subsidiary ledger: counted and opened from its own lines
                base = select(func.count(), func.coalesce(_isum(VoucherLine.debit), 0),
                              func.coalesce(_isum(VoucherLine.credit), 0)).select_from(VoucherLine).join(
                    Voucher, Voucher.id == VoucherLine.voucher_id).where(
                    VoucherLine.account_id.in_(leaves), Voucher.state.in_(states), *extra)
                total_rows = session.execute(base.where(VoucherLine.voucher_date >= first_day,
                                                        VoucherLine.voucher_date <= last_day)).one()[0]
                _, d, c = session.execute(base.where(VoucherLine.voucher_date < first_day)).one()
                opening = _fen(d) - _fen(c)
            else:
                # The length from the kept line counts (a count over the lines would read them all).
                total_rows = int(session.execute(select(func.coalesce(func.sum(PeriodBalance.line_count), 0)).where(
                    PeriodBalance.bureau_id == user.bureau_id, PeriodBalance.account_id.in_(leaves),
                    PeriodBalance.period >= first, PeriodBalance.period <= last)).scalar() or 0)
                if include_unposted:
                    total_rows += session.execute(select(func.count()).select_from(VoucherLine).join(
                        Voucher, Voucher.id == VoucherLine.voucher_id).where(
                        VoucherLine.account_id.in_(leaves), VoucherLine.voucher_date >= first_day,
                        VoucherLine.voucher_date <= last_day, Voucher.state == "draft")).scalar()
            head = self._ledger_head(session, leaves, first_day, last_day, states, offset + limit, extra)
            running = opening
            for _, _, debit, credit in head[:offset]:
                running += _fen(debit) - _fen(credit)
            page_ids = [line_id for _, line_id, _, _ in head[offset:offset + limit]]
            codes = {a.id: a.code for a in session.execute(select(LedgerAccount).where(
                LedgerAccount.id.in_(ids))).scalars()}
            found = {line.id: (line, v_no, v_id, source) for line, v_no, v_id, source in session.execute(
                select(VoucherLine, Voucher.voucher_no, Voucher.id, Voucher.source_document_id)
                .join(Voucher, Voucher.id == VoucherLine.voucher_id).where(VoucherLine.id.in_(page_ids))).all()} \
                if page_ids else {}
            rows = []
            for line_id in page_ids:
                line, v_no, v_id, source = found[line_id]
                running += line.debit - line.credit
                rows.append(LedgerRow(v_id, v_no, line.voucher_date, codes.get(line.account_id, ""), line.summary,
                                      line.debit, line.credit, _side_word(running), abs(running), source))
            return LedgerPage(account.code, account.name, first, last, _side_word(opening), abs(opening),
                              tuple(rows), offset, total_rows)

    def general_ledger(self, user: SignedIn, account_code: str, year: int) -> GeneralLedger:
        """总账 of an account for a year: the opening, then each month's debit and credit and the
        balance after it, from the kept monthly balances (posted vouchers)."""
        self.require_reader(user)
        if not 1900 < int(year) < 3000:
            raise refuse("RPT-03", "books.period", f"年度“{year}”须为四位数字")
        with self.reading() as session:
            account = self._account(session, user.bureau_id, account_code)
            ids = self._subtree(session, user.bureau_id, account)
            tb = self._trial_balance(session, user.bureau_id, f"{year:04d}-01", f"{year:04d}-12", False)
            row = next((r for r in tb.rows if r.account == account.code), None)
            opening = (row.opening_debit - row.opening_credit) if row is not None else ZERO
            by_month = {p: (_fen(d), _fen(c)) for p, d, c in session.execute(
                select(PeriodBalance.period, _isum(PeriodBalance.debit), _isum(PeriodBalance.credit)).where(
                    PeriodBalance.bureau_id == user.bureau_id, PeriodBalance.account_id.in_(ids),
                    PeriodBalance.period >= f"{year:04d}-01", PeriodBalance.period <= f"{year:04d}-12")
                .group_by(PeriodBalance.period)).all()}
            months = []
            balance = opening
            for month in range(1, 13):
                period = f"{year:04d}-{month:02d}"
                if period not in by_month:
                    continue
                debit, credit = by_month[period]
                balance += debit - credit
                months.append(GeneralLedgerMonth(period, debit, credit, _side_word(balance), abs(balance)))
            return GeneralLedger(account.code, account.name, year, _side_word(opening), abs(opening), tuple(months))

    @staticmethod
    def _ledger_head(session: Session, leaves: Sequence[int], first_day: date, last_day: date,
                     states: Sequence[str], n: int, extra: Sequence[Any] = ()) -> list[tuple[date, int, int, int]]:
        """The first ``n`` lines of the accounts in date order, as (date, line id, debit fen, credit
        fen). Each account's lines come off its (account, date, id) index a page at a time and are
        merged, so a subject with eighty sub-accounts is as quick as one (issue 11: ≤ 100 ms)."""
        def part(account_ids: Any, limit: int | None):  # noqa: ANN202
            q = (select(VoucherLine.voucher_date.label("d"), VoucherLine.id.label("lid"),
                        _int(VoucherLine.debit).label("dr"), _int(VoucherLine.credit).label("cr"))
                 .join(Voucher, Voucher.id == VoucherLine.voucher_id)
                 .where(account_ids, VoucherLine.voucher_date >= first_day, VoucherLine.voucher_date <= last_day,
                        Voucher.state.in_(states), *extra)
                 .order_by(VoucherLine.voucher_date, VoucherLine.id))
            return q.limit(limit) if limit is not None else q

        if len(leaves) == 1 or n > 5000:
            rows = session.execute(part(VoucherLine.account_id.in_(leaves), n)).all()
        else:
            merged: list[tuple[date, int, int, int]] = []
            for chunk in _chunked(list(leaves), 100):
                subs = [part(VoucherLine.account_id == a, n).subquery() for a in chunk]
                union = union_all(*[select(sq.c.d, sq.c.lid, sq.c.dr, sq.c.cr) for sq in subs]).subquery()
                merged += session.execute(select(union.c.d, union.c.lid, union.c.dr, union.c.cr)
                                          .order_by(union.c.d, union.c.lid).limit(n)).all()
            rows = sorted(merged, key=lambda r: (r[0], r[1]))[:n]
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def journal(self, user: SignedIn, kind: str, period: str) -> list[Journal]:
        """现金日记账 / 银行存款日记账 for a month or year: every posted line on the cash (or bank and
        zero-balance) accounts, each day's total and closing balance; a warning for each day with
        movements and no 日结 by the cashier (VOUCH-13)."""
        self.require_reader(user)
        if kind not in ("cash", "bank"):
            raise refuse("VOUCH-13", "journal.kind", "日记账须为 cash（现金）或 bank（银行存款）")
        first, last = _period_or_refuse(period, "VOUCH-13")
        kinds = ("cash",) if kind == "cash" else ("bank", "zero_balance")
        first_day, last_day = period_dates(first, last)
        journals = []
        with self.reading() as session:
            for account in self._cash_accounts(session, user.bureau_id, kinds):
                opening = posted_balance_at(session, user.bureau_id, account, first_day - timedelta(days=1))
                lines = session.execute(select(VoucherLine, Voucher.voucher_no, Voucher.id)
                                        .join(Voucher, Voucher.id == VoucherLine.voucher_id)
                                        .where(VoucherLine.account_id == account.id, Voucher.state == "posted",
                                               VoucherLine.voucher_date >= first_day,
                                               VoucherLine.voucher_date <= last_day)
                                        .order_by(VoucherLine.voucher_date, Voucher.number, VoucherLine.id)).all()
                if not lines and not opening:
                    continue
                closes = set(session.execute(select(CashDayClose.day).where(
                    CashDayClose.bureau_id == user.bureau_id, CashDayClose.account_id == account.id,
                    CashDayClose.day >= first_day, CashDayClose.day <= last_day)).scalars())
                rows: list[JournalRow] = []
                balance = opening
                warnings: list[Problem] = []
                day_d = day_c = ZERO
                for i, (line, v_no, v_id) in enumerate(lines):
                    balance += line.debit - line.credit
                    day_d += line.debit
                    day_c += line.credit
                    rows.append(JournalRow(line.voucher_date, v_no, line.summary, line.debit, line.credit, balance,
                                           voucher_id=v_id))
                    nxt = lines[i + 1][0].voucher_date if i + 1 < len(lines) else None
                    if nxt != line.voucher_date:
                        rows.append(JournalRow(line.voucher_date, "", "本日合计", day_d, day_c, balance, True))
                        day_d = day_c = ZERO
                        if line.voucher_date not in closes:
                            warnings.append(Problem("VOUCH-13", "journal.no_day_close",
                                                    f"{line.voucher_date.isoformat()} 有收付但出纳未日结（未结出当日余额）"))
                journals.append(Journal(account.code, account.name, f"{first}..{last}" if first != last else first,
                                        opening, tuple(rows), balance, tuple(warnings)))
        return journals

    @staticmethod
    def _subtree(session: Session, bureau_id: int, account: LedgerAccount) -> list[int]:
        rows = session.execute(select(LedgerAccount.id, LedgerAccount.code).where(
            LedgerAccount.bureau_id == bureau_id, LedgerAccount.code.like(f"{account.code}%"))).all()
        return [r.id for r in rows]


def posted_balance_at(session: Session, bureau_id: int, account: LedgerAccount, day: date) -> Decimal:
    """Net debit balance of a postable account at the end of ``day``: its opening and the posted
    lines (the cashier's 日结, the month close, the bank reconciliation's book side)."""
    opening = session.get(OpeningBalance, (bureau_id, account.id))
    net = (opening.debit - opening.credit) if opening else ZERO
    sums = session.execute(select(func.coalesce(_isum(VoucherLine.debit), 0),
                                  func.coalesce(_isum(VoucherLine.credit), 0))
                           .join(Voucher, Voucher.id == VoucherLine.voucher_id)
                           .where(VoucherLine.account_id == account.id, Voucher.state == "posted",
                                  VoucherLine.voucher_date <= day)).one()
    return net + _fen(sums[0]) - _fen(sums[1])


def _period_or_refuse(period: str, rule: str = "RPT-03") -> tuple[str, str]:
    try:
        return parse_period(period)
    except ValueError as exc:
        raise refuse(rule, "books.period", str(exc)) from None


def _chunked(items: Sequence[Any], size: int = 500) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def _int(expr: Any) -> Any:
    """A Money column as its stored integer fen (SQL arithmetic must not go through Decimal yuan)."""
    return type_coerce(expr, BigInteger)


def _isum(expr: Any) -> Any:
    return func.sum(_int(expr), type_=BigInteger)


def _fen(value: Any) -> Decimal:
    """A SQL sum over a Money column comes back as integer fen (or None)."""
    from desktop.domain.money import from_fen

    return from_fen(int(value or 0))
