"""Bank reconciliation (RPT-04): the month's bank statement imported for a bank or zero-balance
account, its lines matched to the posted book lines, and the 银行存款余额调节表 kept only when the
adjusted balances agree (BooksService.close_period requires one for each account that moved).

Who: the cashier, the accountant or the finance head imports the statement (the cashier fetches it
from the bank); matching and the statement are the accountant's or the finance head's, never the
cashier's alone — the accountant reconciles with the cashier at month end (RPT-03), and whoever
handles the money does not reconcile it (IC-05).

Which lines: the month's statement and the book lines of the month, plus the outstanding items of
the last kept statement (a cheque still not presented, a bank charge still not booked) and
everything since it; the last ``window`` days of the previous month are matched too (a cheque
written on the 30th and presented on the 2nd), but stay out of the items when unmatched.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, timedelta, timezone
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.finance.reconciliation import (
    DEFAULT_WINDOW_DAYS,
    GROUP_LABELS,
    BankLine,
    BookLine,
    Item,
    Match,
    Reconciliation,
    csv_rows,
    decode_text,
    match_lines,
    read_statement,
    reconcile,
    reconciliation_problems,
)
from desktop.persistence.schema import (
    AccountingPeriod,
    BankReconciliation,
    BankStatement,
    BankStatementLine,
    FinanceSettings,
    LedgerAccount,
    Payment,
    Staff,
    Voucher,
    VoucherLine,
    utcnow,
)
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.domain.finance.periods import next_period, parse_period, period_dates
from desktop.services.books import MAKERS, posted_balance_at
from desktop.services.need_to_know import require_reports

__all__ = ["BankService", "StatementView", "MatchedPair", "MatchingView", "SavedReconciliation", "IMPORTERS",
           "RECONCILERS"]

IMPORTERS = frozenset({"cashier", "accountant", "finance_head"})
RECONCILERS = MAKERS  # accountant, finance head
BANK_KINDS = ("bank", "zero_balance")
XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class StatementView:
    id: int
    account: str
    name: str
    period: str
    file_name: str
    sha256: str
    closing_balance: Decimal
    lines: tuple[BankLine, ...]
    replaced: bool = False


@dataclass(frozen=True)
class MatchedPair:
    bank: BankLine
    book: BookLine
    how: str  # reference | date | manual (this run) | kept (matched before)


@dataclass(frozen=True)
class MatchingView:
    account: str
    name: str
    period: str
    pairs: tuple[MatchedPair, ...]
    reconciliation: Reconciliation  # the unmatched lines in their four groups

    @property
    def matched_now(self) -> int:
        return sum(1 for p in self.pairs if p.how != "kept")


@dataclass(frozen=True)
class SavedReconciliation:
    """A kept 余额调节表 (or, ``saved`` False, the current figures not yet kept)."""

    reconciliation: Reconciliation
    saved: bool
    made_by: str = ""
    made_at: str = ""


@dataclass
class _Scope:
    account: LedgerAccount
    period: str
    statement: BankStatement | None
    bank: dict[int, BankLine]  # statement line id → line (this month's and the carried ones)
    bank_matched: dict[int, int]  # statement line id → voucher line id
    book: dict[int, BookLine]  # voucher line id → line (the items' pool)
    window: dict[int, BookLine]  # the previous month's last days: candidates only
    book_matched: set[int]  # voucher line ids matched by any statement line of the account


class BankService(ServiceBase):
    def __init__(self, sessions, books):  # noqa: ANN001
        super().__init__(sessions)
        self.books = books

    # Permission ---------------------------------------------------------------------------------
    @staticmethod
    def require_importer(user: SignedIn) -> None:
        if not IMPORTERS & set(user.positions):
            raise refuse("IC-14", "perm.bank_import", "银行对账单由出纳、会计或财务负责人导入")

    @staticmethod
    def require_reconciler(user: SignedIn, what: str = "编制银行存款余额调节表") -> None:
        if not RECONCILERS & set(user.positions):
            if "cashier" in user.positions:
                raise refuse("RPT-03", "sod.cashier_reconcile",
                             f"出纳不得自行{what}：月末由会计与出纳对账，由会计或财务负责人编制（经管货币资金的人不核对自己的账）")
            raise refuse("IC-14", "perm.bank_reconcile", f"{what}须由会计或财务负责人办理")

    # Import -------------------------------------------------------------------------------------
    def import_statement(self, user: SignedIn, account_code: str, period: str, file_name: str, data: bytes, *,
                         closing_balance: Decimal | None = None) -> StatementView:
        """One statement per account and month: a second import replaces the first while the month
        is open (audited, and the month's kept reconciliation goes with it). Every bad row is
        listed at once and nothing is stored unless the whole file is good."""
        self.require_importer(user)
        period = self._month(period)
        parsed_rows, file_problem = _file_rows(file_name, data)
        problems: list[Problem] = [file_problem] if file_problem else []
        parsed = read_statement(parsed_rows, period, closing=closing_balance) if not problems else None
        if parsed is not None:
            problems += parsed.problems
        with self.transaction() as session:
            self.books.ensure_chart_in(session, user.bureau_id)
            account, account_problems = self._bank_account(session, user.bureau_id, account_code)
            problems = account_problems + self._open_problems(session, user.bureau_id, period) + problems
            if problems:
                raise Refused(problems)
            assert parsed is not None and parsed.closing_balance is not None
            digest = hashlib.sha256(data).hexdigest()
            name = (file_name or "statement").replace("\\", "/").rsplit("/", 1)[-1][:200]
            statement = self._statement(session, user.bureau_id, account.id, period)
            replaced = statement is not None
            if statement is None:
                statement = BankStatement(bureau_id=user.bureau_id, account_id=account.id, period=period,
                                          file_name=name, sha256=digest, closing_balance=parsed.closing_balance,
                                          imported_by=user.staff_id)
                session.add(statement)
                session.flush()
                before = None
            else:
                before = {"file_name": statement.file_name, "sha256": statement.sha256,
                          "closing_balance": str(statement.closing_balance)}
                # Through the ORM, so the record-state hook sees the statement's old lines go (SEC-18).
                for old in session.execute(select(BankStatementLine).where(
                        BankStatementLine.statement_id == statement.id)).scalars():
                    session.delete(old)
                statement.file_name, statement.sha256 = name, digest
                statement.closing_balance, statement.imported_by = parsed.closing_balance, user.staff_id
                statement.imported_at = utcnow()
                self._drop_reconciliation(session, user, account, period, "对账单重新导入")
            for line in parsed.lines:
                session.add(BankStatementLine(statement_id=statement.id, line_no=line.line_no, txn_date=line.day,
                                              reference=line.reference, summary=line.summary,
                                              amount_in=line.amount_in, amount_out=line.amount_out,
                                              balance=line.balance))
            session.flush()
            self.audit(session, user, "bank.statement.replace" if replaced else "bank.statement.import",
                       "bank_statement", statement.id, before=before,
                       after={"account": account.code, "period": period, "file_name": name, "sha256": digest,
                              "lines": len(parsed.lines), "closing_balance": str(parsed.closing_balance)})
            lines = self._statement_lines(session, statement.id)
            return StatementView(statement.id, account.code, account.name, period, name, digest,
                                 parsed.closing_balance, tuple(lines), replaced)

    def statement(self, user: SignedIn, account_code: str, period: str) -> StatementView | None:
        require_reports(user)
        period = self._month(period)
        with self.reading() as session:
            account = self._account(session, user.bureau_id, account_code)
            statement = self._statement(session, user.bureau_id, account.id, period)
            if statement is None:
                return None
            return StatementView(statement.id, account.code, account.name, period, statement.file_name,
                                 statement.sha256, statement.closing_balance,
                                 tuple(self._statement_lines(session, statement.id)))

    # Matching -----------------------------------------------------------------------------------
    def auto_match(self, user: SignedIn, account_code: str, period: str, *,
                   window_days: int = DEFAULT_WINDOW_DAYS) -> MatchingView:
        """Match the unmatched lines (matches made before, by hand or not, are kept)."""
        self.require_reconciler(user, "核对银行账")
        period = self._month(period)
        if not 0 <= window_days <= 31:
            raise refuse("RPT-04", "match.window", "日期容差须为0至31天")
        with self.transaction() as session:
            scope = self._scope(session, user.bureau_id, account_code, period, window_days, need_statement=True)
            scope, matches = self._auto_in(session, user, scope, window_days)
            return self._matching_view(session, scope, {m.bank_key: m.how for m in matches})

    def _auto_in(self, session: Session, user: SignedIn, scope: _Scope, window_days: int
                 ) -> tuple[_Scope, list[Match]]:
        bank = [b for k, b in scope.bank.items() if k not in scope.bank_matched]
        book = [b for k, b in {**scope.window, **scope.book}.items() if k not in scope.book_matched]
        matches = match_lines(bank, book, window_days=window_days)
        if not matches:
            return scope, matches
        self._apply(session, matches)
        self._drop_reconciliation(session, user, scope.account, scope.period, "重新核对")
        self.audit(session, user, "bank.match", "bank_statement", scope.statement.id,
                   after={"period": scope.period, "matched": [[m.bank_key, m.book_key, m.how] for m in matches]})
        return self._scope(session, user.bureau_id, scope.account.code, scope.period, window_days), matches

    def match(self, user: SignedIn, account_code: str, period: str, statement_line_id: int,
              voucher_line_id: int) -> None:
        """A match by hand: the same direction and exactly the same amount, each line matched once."""
        self.require_reconciler(user, "核对银行账")
        period = self._month(period)
        with self.transaction() as session:
            scope = self._scope(session, user.bureau_id, account_code, period, DEFAULT_WINDOW_DAYS,
                                need_statement=True)
            problems = []
            bank = scope.bank.get(statement_line_id)
            if bank is None:
                problems.append(Problem("RPT-04", "match.bank_line",
                                        f"对账单行 {statement_line_id} 不是 {scope.account.code} {period} 待核对的对账单行"))
            elif statement_line_id in scope.bank_matched:
                problems.append(Problem("RPT-04", "match.bank_taken", f"对账单行 {statement_line_id} 已经核对过"))
            book = scope.book.get(voucher_line_id) or scope.window.get(voucher_line_id) or \
                self._any_book_line(session, scope, voucher_line_id)
            if book is None:
                problems.append(Problem("RPT-04", "match.book_line",
                                        f"分录 {voucher_line_id} 不是 {scope.account.code} 截至 {period} 已记账的分录"))
            elif voucher_line_id in scope.book_matched:
                problems.append(Problem("RPT-04", "match.book_taken", f"分录 {voucher_line_id}（{book.voucher_no}）已经核对过"))
            if bank is not None and book is not None and (bank.incoming != book.incoming or bank.amount != book.amount):
                problems.append(Problem("RPT-04", "match.amount",
                                        f"对账单{'收入' if bank.incoming else '支出'} {bank.amount:,.2f} 与账面"
                                        f"{'借方' if book.incoming else '贷方'} {book.amount:,.2f}（{book.voucher_no}）"
                                        "方向或金额不同，不能核对"))
            if problems:
                raise Refused(problems)
            self._apply(session, [Match(statement_line_id, voucher_line_id, "manual")])
            self._drop_reconciliation(session, user, scope.account, period, "手工核对")
            self.audit(session, user, "bank.match", "bank_statement", scope.statement.id,
                       after={"period": period, "matched": [[statement_line_id, voucher_line_id, "manual"]]})

    def unmatch(self, user: SignedIn, account_code: str, period: str, statement_line_id: int) -> None:
        self.require_reconciler(user, "核对银行账")
        period = self._month(period)
        with self.transaction() as session:
            scope = self._scope(session, user.bureau_id, account_code, period, DEFAULT_WINDOW_DAYS,
                                need_statement=True)
            if statement_line_id not in scope.bank_matched:
                raise refuse("RPT-04", "unmatch.line",
                             f"对账单行 {statement_line_id} 不是 {scope.account.code} {period} 已核对的对账单行")
            line = session.get(BankStatementLine, statement_line_id)
            was = line.matched_line_id
            line.matched_line_id = None
            self._drop_reconciliation(session, user, scope.account, period, "取消核对")
            self.audit(session, user, "bank.unmatch", "bank_statement", line.statement_id,
                       before={"line": statement_line_id, "voucher_line": was}, after={"period": period})

    def matching(self, user: SignedIn, account_code: str, period: str) -> MatchingView:
        require_reports(user)
        period = self._month(period)
        with self.reading() as session:
            scope = self._scope(session, user.bureau_id, account_code, period, DEFAULT_WINDOW_DAYS)
            return self._matching_view(session, scope, {})

    # The statement ------------------------------------------------------------------------------
    def reconciliation(self, user: SignedIn, account_code: str, period: str) -> SavedReconciliation:
        """The kept 余额调节表 of the month, else the current figures (not kept)."""
        require_reports(user)
        period = self._month(period)
        with self.reading() as session:
            account = self._account(session, user.bureau_id, account_code)
            row = self._saved(session, user.bureau_id, account.id, period)
            if row is not None:
                staff = session.get(Staff, row.made_by)
                return SavedReconciliation(_from_saved(account, row), True, staff.name if staff else "",
                                           f"{row.made_at.replace(tzinfo=timezone.utc).astimezone():%Y-%m-%d %H:%M}")
            scope = self._scope(session, user.bureau_id, account_code, period, DEFAULT_WINDOW_DAYS)
            return SavedReconciliation(self._compute(session, user.bureau_id, scope), False)

    def reconcile(self, user: SignedIn, account_code: str, period: str, *, notes: str = "") -> Reconciliation:
        """编制并保存余额调节表: the automatic matching of what is still unmatched first (else every
        line would stand on both sides and the statement agree trivially), then refused, with the
        difference and every item, unless the adjusted book balance equals the adjusted bank balance."""
        self.require_reconciler(user)
        period = self._month(period)
        with self.transaction() as session:
            scope = self._scope(session, user.bureau_id, account_code, period, DEFAULT_WINDOW_DAYS,
                                need_statement=True)
            scope, _ = self._auto_in(session, user, scope, DEFAULT_WINDOW_DAYS)
            rec = self._compute(session, user.bureau_id, scope)
            problems = reconciliation_problems(rec)
            if problems:
                raise Refused(problems)
            row = self._saved(session, user.bureau_id, scope.account.id, period)
            before = None
            if row is None:
                row = BankReconciliation(bureau_id=user.bureau_id, account_id=scope.account.id, period=period,
                                         book_balance=rec.book_balance, bank_balance=rec.bank_balance,
                                         adjusted_balance=rec.adjusted_book, made_by=user.staff_id)
                session.add(row)
            else:
                before = {"adjusted_balance": str(row.adjusted_balance), "made_by": row.made_by}
                row.book_balance, row.bank_balance = rec.book_balance, rec.bank_balance
                row.adjusted_balance, row.made_by, row.made_at = rec.adjusted_book, user.staff_id, utcnow()
            row.items_json = json.dumps({"items": [i.to_json() for i in rec.items], "notes": notes.strip()[:500],
                                         "statement_sha256": scope.statement.sha256}, ensure_ascii=False)
            session.flush()
            self.audit(session, user, "bank.reconcile", "bank_reconciliation", row.id, before=before,
                       after={"account": scope.account.code, "period": period,
                              "book_balance": str(rec.book_balance), "bank_balance": str(rec.bank_balance),
                              "adjusted_balance": str(rec.adjusted_book), "items": len(rec.items)})
            return rec

    def reconciliation_xlsx(self, user: SignedIn, account_code: str, period: str) -> bytes:
        from desktop.reports.bank_reconciliation import write_reconciliation_xlsx

        shown = self.reconciliation(user, account_code, period)
        with self.reading() as session:
            from desktop.persistence.schema import Bureau

            bureau = session.get(Bureau, user.bureau_id)
        return write_reconciliation_xlsx(bureau.name if bureau else "", shown.reconciliation, saved=shown.saved,
                                         made_by=shown.made_by, made_at=shown.made_at)

    # Internals ----------------------------------------------------------------------------------
    @staticmethod
    def _month(period: str) -> str:
        try:
            first, last = parse_period(period)
        except ValueError as exc:
            raise refuse("RPT-04", "bank.period", str(exc)) from None
        if first != last:
            raise refuse("RPT-04", "bank.period", f"银行对账按月进行：期间须为 YYYY-MM，如 {first[:4]}-11")
        return first

    @staticmethod
    def _bank_account(session: Session, bureau_id: int, code: str) -> tuple[LedgerAccount | None, list[Problem]]:
        account = session.execute(select(LedgerAccount).where(LedgerAccount.bureau_id == bureau_id,
                                                              LedgerAccount.code == (code or "").strip())
                                  ).scalar_one_or_none()
        if account is None:
            return None, [Problem("RPT-04", "bank.account", f"没有科目 {str(code)[:20]}")]
        if account.cash_kind not in BANK_KINDS:
            return account, [Problem("RPT-04", "bank.account",
                                     f"{account.code} {account.name} 不是银行存款或零余额账户用款额度科目")]
        if not account.postable:
            return account, [Problem("RPT-04", "bank.account",
                                     f"{account.code} {account.name} 下设明细科目，请按明细科目（每个银行账户）对账")]
        return account, []

    def _account(self, session: Session, bureau_id: int, code: str) -> LedgerAccount:
        account, problems = self._bank_account(session, bureau_id, code)
        if problems:
            raise Refused(problems)
        return account

    @staticmethod
    def _open_problems(session: Session, bureau_id: int, period: str) -> list[Problem]:
        problems = []
        row = session.get(AccountingPeriod, (bureau_id, period))
        if row is not None and row.state == "closed":
            problems.append(Problem("RPT-03", "period.closed", f"{period} 已结账，对账单和余额调节表不能再改；如确需调整，由财务负责人反结账"))
        settings = session.get(FinanceSettings, bureau_id)
        if settings is None or not settings.start_period:
            problems.append(Problem("VOUCH-14", "books.not_started", "尚未建账，不能对账"))
        elif period < settings.start_period:
            problems.append(Problem("VOUCH-14", "period.before_start", f"{period} 在建账期间 {settings.start_period} 之前"))
        return problems

    @staticmethod
    def _statement(session: Session, bureau_id: int, account_id: int, period: str) -> BankStatement | None:
        return session.execute(select(BankStatement).where(
            BankStatement.bureau_id == bureau_id, BankStatement.account_id == account_id,
            BankStatement.period == period)).scalar_one_or_none()

    @staticmethod
    def _saved(session: Session, bureau_id: int, account_id: int, period: str) -> BankReconciliation | None:
        return session.execute(select(BankReconciliation).where(
            BankReconciliation.bureau_id == bureau_id, BankReconciliation.account_id == account_id,
            BankReconciliation.period == period)).scalar_one_or_none()

    @staticmethod
    def _statement_lines(session: Session, statement_id: int) -> list[BankLine]:
        rows = session.execute(select(BankStatementLine).where(BankStatementLine.statement_id == statement_id)
                               .order_by(BankStatementLine.line_no)).scalars()
        return [_bank_line(r) for r in rows]

    def _drop_reconciliation(self, session: Session, user: SignedIn, account: LedgerAccount, period: str,
                             why: str) -> None:
        """A kept statement no longer holds once its lines or matches change: it goes (audited)."""
        row = self._saved(session, user.bureau_id, account.id, period)
        if row is None:
            return
        self.audit(session, user, "bank.reconciliation.drop", "bank_reconciliation", row.id,
                   before={"account": account.code, "period": period, "adjusted_balance": str(row.adjusted_balance)},
                   after={"reason": why})
        session.delete(row)
        session.flush()

    def _scope(self, session: Session, bureau_id: int, account_code: str, period: str, window_days: int, *,
               need_statement: bool = False) -> _Scope:
        account = self._account(session, bureau_id, account_code)
        if need_statement:
            problems = self._open_problems(session, bureau_id, period)
            if problems:
                raise Refused(problems)
        statement = self._statement(session, bureau_id, account.id, period)
        if statement is None and need_statement:
            raise refuse("RPT-04", "bank.no_statement",
                         f"{account.code} {account.name} 尚未导入 {period} 的银行对账单（desktop bank import）")
        first, last = period_dates(period)
        base = session.execute(select(BankReconciliation).where(
            BankReconciliation.bureau_id == bureau_id, BankReconciliation.account_id == account.id,
            BankReconciliation.period < period).order_by(BankReconciliation.period.desc()).limit(1)).scalar()
        carried_bank: set[int] = set()
        carried_book: set[int] = set()
        since = first
        if base is not None:
            for item in _saved_items(base.items_json):
                (carried_bank if item.get("source") == "bank" else carried_book).add(int(item.get("id", 0)))
            since = period_dates(next_period(base.period))[0]
        # Bank side: the statements since the base (this month's at least) and the carried lines.
        statement_ids = list(session.execute(select(BankStatement.id).where(
            BankStatement.bureau_id == bureau_id, BankStatement.account_id == account.id,
            BankStatement.period <= period, BankStatement.period >= f"{since:%Y-%m}")).scalars())
        bank_rows = list(session.execute(select(BankStatementLine).where(
            BankStatementLine.statement_id.in_(statement_ids))).scalars()) if statement_ids else []
        if carried_bank:
            have = {r.id for r in bank_rows}
            bank_rows += [r for r in session.execute(select(BankStatementLine).where(
                BankStatementLine.id.in_(sorted(carried_bank)))).scalars() if r.id not in have]
        bank = {r.id: _bank_line(r) for r in bank_rows}
        bank_matched = {r.id: r.matched_line_id for r in bank_rows if r.matched_line_id is not None}
        # Book side: posted lines since the base, the carried ones, and the window before the month.
        window_from = first - timedelta(days=window_days)
        book = self._book_lines(session, account.id, since, last, carried_book)
        window = {k: v for k, v in self._book_lines(session, account.id, window_from, first - timedelta(days=1),
                                                    set()).items() if k not in book}
        all_statements = select(BankStatement.id).where(BankStatement.bureau_id == bureau_id,
                                                        BankStatement.account_id == account.id)
        book_matched = set(session.execute(select(BankStatementLine.matched_line_id).where(
            BankStatementLine.statement_id.in_(all_statements),
            BankStatementLine.matched_line_id.is_not(None))).scalars())
        return _Scope(account, period, statement, bank, bank_matched, book, window, book_matched)

    @staticmethod
    def _book_lines(session: Session, account_id: int, first: date, last: date, extra: set[int]
                    ) -> dict[int, BookLine]:
        query = select(VoucherLine, Voucher.voucher_no, Voucher.id).join(Voucher, Voucher.id == VoucherLine.voucher_id) \
            .where(VoucherLine.account_id == account_id, Voucher.state == "posted")
        rows = list(session.execute(query.where(VoucherLine.voucher_date >= first,
                                                VoucherLine.voucher_date <= last)).all())
        if extra:
            seen = {r[0].id for r in rows}
            rows += [r for r in session.execute(query.where(VoucherLine.id.in_(sorted(extra)))).all()
                     if r[0].id not in seen]
        refs: dict[int, set[str]] = {}
        voucher_ids = sorted({r[2] for r in rows})
        for start in range(0, len(voucher_ids), 500):
            for vid, ref in session.execute(select(Payment.voucher_id, Payment.reference).where(
                    Payment.voucher_id.in_(voucher_ids[start:start + 500]), Payment.reference != "")).all():
                refs.setdefault(vid, set()).add(ref.strip())
        return {line.id: BookLine(line.id, line.voucher_date, v_no, line.summary, line.debit, line.credit,
                                  frozenset({v_no, *refs.get(vid, ())}))
                for line, v_no, vid in rows}

    def _any_book_line(self, session: Session, scope: _Scope, voucher_line_id: int) -> BookLine | None:
        """A posted line of the account up to the month's end outside the usual pool (an old cheque
        presented late, matched by hand)."""
        found = self._book_lines(session, scope.account.id, date(1, 1, 1), date(1, 1, 1), {voucher_line_id})
        line = found.get(voucher_line_id)
        return line if line is not None and line.day <= period_dates(scope.period)[1] else None

    @staticmethod
    def _apply(session: Session, matches: Sequence[Match]) -> None:
        for m in matches:
            session.get(BankStatementLine, m.bank_key).matched_line_id = m.book_key
        session.flush()

    def _compute(self, session: Session, bureau_id: int, scope: _Scope) -> Reconciliation:
        last = period_dates(scope.period)[1]
        bank_balance = scope.statement.closing_balance if scope.statement is not None else Decimal("0.00")
        return reconcile(scope.account.code, scope.account.name, scope.period,
                         posted_balance_at(session, bureau_id, scope.account, last), bank_balance,
                         [b for k, b in scope.bank.items() if k not in scope.bank_matched],
                         [b for k, b in scope.book.items() if k not in scope.book_matched])

    def _matching_view(self, session: Session, scope: _Scope, how: dict[int, str]) -> MatchingView:
        pairs = []
        lookup = {**scope.window, **scope.book}
        for bank_id, book_id in sorted(scope.bank_matched.items(), key=lambda kv: (scope.bank[kv[0]].day,
                                                                                    scope.bank[kv[0]].line_no, kv[0])):
            book = lookup.get(book_id) or self._book_lines(session, scope.account.id, date(1, 1, 1), date(1, 1, 1),
                                                           {book_id}).get(book_id)
            if book is not None:
                pairs.append(MatchedPair(scope.bank[bank_id], book, how.get(bank_id, "kept")))
        return MatchingView(scope.account.code, scope.account.name, scope.period, tuple(pairs),
                            self._compute(session, scope.account.bureau_id, scope))


def _bank_line(row: BankStatementLine) -> BankLine:
    return BankLine(row.id, row.line_no, row.txn_date, row.reference, row.summary, row.amount_in, row.amount_out,
                    row.balance)


def _from_saved(account: LedgerAccount, row: BankReconciliation) -> Reconciliation:
    items = tuple(Item(i["group"], i["source"], int(i["id"]), date.fromisoformat(i["date"]), i.get("reference", ""),
                       i.get("summary", ""), Decimal(i["amount"])) for i in _saved_items(row.items_json))
    return Reconciliation(account.code, account.name, row.period, row.book_balance, row.bank_balance, items)


def _saved_items(text: str | None) -> list[dict[str, Any]]:
    """The outstanding items kept with a statement: ``{"items": [...], "notes": ...}`` (or a bare list)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    items = data.get("items", []) if isinstance(data, dict) else data
    return [i for i in items if isinstance(i, dict) and i.get("group") in GROUP_LABELS and "id" in i]


def _file_rows(file_name: str, data: bytes) -> tuple[list[list[object]], Problem | None]:
    """The rows of a CSV (UTF-8 or GB18030) or XLSX statement file (its first sheet)."""
    if data.startswith(XLSX_MAGIC) or (file_name or "").lower().endswith(".xlsx"):
        return _xlsx_rows(data)
    text, problem = decode_text(data)
    if problem is not None:
        return [], problem
    rows, problem = csv_rows(text)
    return list(rows), problem


def _xlsx_rows(data: bytes) -> tuple[list[list[object]], Problem | None]:
    from io import BytesIO

    try:
        from openpyxl import load_workbook

        book = load_workbook(BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = [list(r) for r, _ in zip(sheet.iter_rows(values_only=True), range(20_002))]
        finally:
            book.close()
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is one problem for the user
        return [], Problem("RPT-04", "statement.xlsx", f"不是可读的 Excel（.xlsx）文件：{type(exc).__name__}")
    return rows, None
