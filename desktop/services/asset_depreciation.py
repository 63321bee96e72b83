"""Monthly depreciation of the fixed assets, the vouchers it and the acquisitions draft, and the
reconciliation of the cards with the ledger (issue 13 items 6 and 8; ASSET-05, ASSET-06, ASSET-13).

The run is the accountant's or the finance head's, never the asset manager's: asset accounting and
asset custody are separate (ASSET-05, IC-04). A month is run once: a second run of it changes
nothing and says so; months follow one another with no gap after the first; a closed month is not
run (RPT-03). The amounts are the domain's (:mod:`desktop.domain.assets.depreciation`); the cards
are read a few columns at a time and the lines written in one bulk insert, so 50 000 cards take a
few seconds. Nothing is stored on the card: accumulated = ``depreciated_before`` + its lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Iterable, Sequence

from sqlalchemy import BigInteger, Integer, String, column, func, insert, select, table, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.assets.depreciation import ZERO, charge_fen, expense_account_for, lines_digest, month_index
from desktop.domain.finance.periods import parse_period, period_dates, period_of, previous_period
from desktop.domain.finance.vouchers import LineInput
from desktop.domain.money import from_fen
from desktop.persistence.schema import (
    AccountingPeriod,
    AssetAcceptance,
    AssetCard,
    AssetDepreciationLine,
    AssetDepreciationRun,
    Department,
    FinanceSettings,
    LedgerAccount,
    Staff,
    Voucher,
)
from desktop.services.asset_records import (
    ACCOUNTANTS,
    MANAGERS,
    ON_BOOKS_STATUSES,
    WAY_LABELS,
    card_in,
    holds_position,
    record_event,
)
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["DepreciationService", "DepreciationPreview", "PreviewRow", "RunView", "Reconciliation",
           "AwaitingVoucher", "ACQUISITION_CREDIT", "require_asset_reader", "OFF_BOOKS_STATUSES", "on_books_at", "accumulated_by_card",
           "ledger_leaf"]

# Where the credit of an acquisition goes, by the way the asset came (政府会计制度 固定资产 科目说明):
# bought on credit or paid later → 2302 应付账款; transferred in free of charge → 3401 无偿调拨净资产;
# donated → 4603 捐赠收入.
ACQUISITION_CREDIT = {"purchase": "2302", "transfer_in": "3401", "donation": "4603"}
ASSET_ACCOUNT = "1601"
DEPRECIATION_ACCOUNT = "1602"
# Cards that have left the books; ``removed_period`` says in which month.
OFF_BOOKS_STATUSES = ("disposed", "written_off")
MAX_CARDS_PER_VOUCHER = 150  # one debit line per card, a voucher holds at most 200 lines


@dataclass(frozen=True)
class PreviewRow:
    card_id: int
    card_no: str
    name: str
    department_name: str
    expense_account: str
    original_value: Decimal
    accumulated_before: Decimal
    amount: Decimal

    @property
    def accumulated_after(self) -> Decimal:
        return self.accumulated_before + self.amount

    @property
    def net_after(self) -> Decimal:
        return self.original_value - self.accumulated_after


@dataclass(frozen=True)
class DepreciationPreview:
    period: str
    rows: tuple[PreviewRow, ...]
    total: Decimal
    by_account: dict[str, Decimal] = field(default_factory=dict)
    already: bool = False  # the month was run: the rows are its lines


@dataclass(frozen=True)
class RunView:
    period: str
    total: Decimal
    cards: int
    voucher_id: int | None
    voucher_no: str
    already: bool
    note: str = ""  # why no voucher was drafted, or what a second run found
    digest: str = ""
    run_by: str = ""
    run_at: Any = None


@dataclass(frozen=True)
class Reconciliation:
    """账卡核对 (ASSET-06): the cards on the books at the month's end against the posted ledger."""

    period: str
    original_cards: Decimal
    original_ledger: Decimal
    accumulated_cards: Decimal
    accumulated_ledger: Decimal
    agree: bool
    cards: int = 0
    books_started: bool = True
    differences: tuple[str, ...] = ()


@dataclass(frozen=True)
class AwaitingVoucher:
    id: int
    card_no: str
    name: str
    acquisition_way: str
    way_label: str
    original_value: Decimal
    acquired_on: date
    department_name: str
    supplier: str


def _int(expr: Any) -> Any:
    return type_coerce(expr, BigInteger)


# The lines table as plain columns: a bulk insert of 50 000 rows skips the Money type's per-value
# conversion (the amounts are already fen).
_LINES = table("asset_depreciation_lines", column("run_id", Integer), column("card_id", Integer),
               column("period", String), column("amount", BigInteger), column("expense_account", String))


def on_books_at(period: str) -> Any:
    """SQL condition: the card was on the books at the end of ``period`` (acquired by then, accepted
    or brought over, not removed in or before that month)."""
    _, last_day = period_dates(period)
    c = AssetCard
    return (c.acquired_on <= last_day) & (
        c.status.in_(ON_BOOKS_STATUSES)
        | (c.status.in_(OFF_BOOKS_STATUSES) & c.removed_period.is_not(None) & (c.removed_period > period)))


def accumulated_by_card(bureau_id: int, *, before: str | None = None, through: str | None = None) -> Any:
    """Subquery (card_id, fen, n): each card's depreciation lines before / through a month."""
    line = AssetDepreciationLine
    runs = select(AssetDepreciationRun.id).where(AssetDepreciationRun.bureau_id == bureau_id)
    q = select(line.card_id, func.sum(_int(line.amount), type_=BigInteger).label("fen"),
               func.count().label("n")).where(line.run_id.in_(runs))
    if before is not None:
        q = q.where(line.period < before)
    if through is not None:
        q = q.where(line.period <= through)
    return q.group_by(line.card_id).subquery()


def ledger_leaf(session: Session, bureau_id: int, code: str, *, prefer: str = "") -> str:
    """The postable account to use for ``code``: itself, or — when it has sub-accounts — the first
    active leaf whose name holds ``prefer`` (510102 固定资产折旧费用), else the first active leaf."""
    rows = session.execute(select(LedgerAccount.code, LedgerAccount.name).where(
        LedgerAccount.bureau_id == bureau_id, LedgerAccount.code.like(f"{code}%"), LedgerAccount.postable,
        LedgerAccount.active).order_by(LedgerAccount.code)).all()
    if not rows:
        return code
    if prefer:
        for r in rows:
            if prefer in r.name and r.code != code:
                return r.code
    return rows[0].code


def require_asset_reader(session: Session, user: SignedIn) -> None:
    """The asset accounts and reports: finance, the office and its asset manager (who keeps the
    ledger, ASSET-13), the leaders and the audit post."""
    from desktop.domain.access import may_read_reports

    if user.is_admin:
        raise refuse("SEC-13", "report.admin", "系统管理员不查看业务报表")
    if not (may_read_reports(user.actor) or holds_position(session, user.staff_id, MANAGERS)):
        raise refuse("SEC-03", "perm.asset_report", "固定资产账表由财务、办公室（资产管理员）、局领导或稽核查看")


def _month_or_refuse(period: str) -> str:
    try:
        first, last = parse_period(period)
    except ValueError as exc:
        raise refuse("RPT-03", "asset.period", str(exc)) from None
    if first != last:
        raise refuse("RPT-03", "asset.period", f"折旧按月计提：期间须为 YYYY-MM（不是 {period}）")
    return first


class DepreciationService(ServiceBase):
    def __init__(self, sessions, books):  # noqa: ANN001
        super().__init__(sessions)
        self.books = books

    # Permission --------------------------------------------------------------------------------------
    @staticmethod
    def _require_accountant(session: Session, user: SignedIn, what: str) -> None:
        """ASSET-05: the asset accounts are kept by finance, never by the asset manager."""
        if user.is_admin:
            raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
        if holds_position(session, user.staff_id, MANAGERS):
            raise refuse("ASSET-05", "asset.custody_accounting",
                         f"{what}由会计或财务负责人办理：资产管理员保管资产，不得同时核算资产（财产物资核算与保管分离）")
        if not holds_position(session, user.staff_id, ACCOUNTANTS):
            raise refuse("ASSET-05", "asset.not_accountant", f"{what}须由会计或财务负责人办理")


    # The amounts -------------------------------------------------------------------------------------
    @staticmethod
    def _due(session: Session, bureau_id: int, period: str, *, names: bool = False) -> list[tuple[Any, ...]]:
        """(card id, amount, expense account, original value, accumulated before[, card no, name,
        department]) for every card that takes depreciation in ``period``: a few columns per card in
        one query, the arithmetic in integer fen."""
        c = AssetCard
        acc = accumulated_by_card(bureau_id, before=period)
        columns = [c.id, _int(c.original_value), c.useful_life_months, c.acquired_on, _int(c.depreciated_before),
                   c.months_before, c.removed_period, Department.unit, acc.c.fen, acc.c.n]
        if names:
            columns += [c.card_no, c.name, Department.name]
        rows = session.execute(
            select(*columns)
            .outerjoin(Department, Department.id == c.department_id)
            .outerjoin(acc, acc.c.card_id == c.id)
            .where(c.bureau_id == bureau_id, c.depreciable, on_books_at(period))
            .order_by(c.id)).all()
        month = month_index(period)
        accounts = {unit: expense_account_for(unit) for unit in {r[7] for r in rows}}
        out = []
        for r in rows:
            value, before, fen = int(r[1]), int(r[4] or 0), int(r[8] or 0)
            months_before = r[5] or 0
            acquired = r[3]
            amount = charge_fen(value, r[2] or 0, acquired.year * 12 + acquired.month - 1, month, before + fen,
                                opening=months_before > 0 or before > 0, months_before=months_before,
                                lines=int(r[9] or 0), removed_month=month_index(r[6]) if r[6] else None)
            if amount > 0:
                row = (r[0], from_fen(amount), accounts[r[7]], from_fen(value), from_fen(before + fen))
                out.append(row + (r[10], r[11], r[12] or "") if names else row)
        return out

    def preview(self, user: SignedIn, period: str) -> DepreciationPreview:
        """What the month's run would write (or, for a month already run, what it wrote)."""
        period = _month_or_refuse(period)
        with self.reading() as session:
            require_asset_reader(session, user)
            run = self._run_of(session, user.bureau_id, period)
            if run is not None:
                line = AssetDepreciationLine
                before = accumulated_by_card(user.bureau_id, before=period)
                due = [(cid, amount, account, original, from_fen(int(b or 0) + int(f or 0)))
                       for cid, amount, account, original, b, f in session.execute(
                           select(line.card_id, line.amount, line.expense_account, AssetCard.original_value,
                                  _int(AssetCard.depreciated_before), before.c.fen)
                           .join(AssetCard, AssetCard.id == line.card_id)
                           .outerjoin(before, before.c.card_id == line.card_id)
                           .where(line.run_id == run.id).order_by(line.card_id)).all()]
                names = self._names(session, [d[0] for d in due])
                due = [d + names.get(d[0], ("", "", "")) for d in due]
            else:
                due = self._due(session, user.bureau_id, period, names=True)
            rows = tuple(PreviewRow(cid, no, name, dept, account, original, before, amount)
                         for cid, amount, account, original, before, no, name, dept in due)
        by_account: dict[str, Decimal] = {}
        for r in rows:
            by_account[r.expense_account] = by_account.get(r.expense_account, ZERO) + r.amount
        return DepreciationPreview(period, rows, sum((r.amount for r in rows), ZERO), by_account,
                                   already=run is not None)

    @staticmethod
    def _names(session: Session, card_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        out: dict[int, tuple[str, str, str]] = {}
        ids = list(card_ids)
        for i in range(0, len(ids), 500):
            for cid, no, name, dept in session.execute(
                    select(AssetCard.id, AssetCard.card_no, AssetCard.name, Department.name)
                    .outerjoin(Department, Department.id == AssetCard.department_id)
                    .where(AssetCard.id.in_(ids[i:i + 500]))).all():
                out[cid] = (no, name, dept or "")
        return out

    # The run -----------------------------------------------------------------------------------------
    @staticmethod
    def _run_of(session: Session, bureau_id: int, period: str) -> AssetDepreciationRun | None:
        return session.execute(select(AssetDepreciationRun).where(
            AssetDepreciationRun.bureau_id == bureau_id, AssetDepreciationRun.period == period)).scalar_one_or_none()

    @staticmethod
    def _order_problems(session: Session, bureau_id: int, period: str) -> list[Problem]:
        problems: list[Problem] = []
        last = session.execute(select(func.max(AssetDepreciationRun.period)).where(
            AssetDepreciationRun.bureau_id == bureau_id)).scalar()
        if last is not None and period < last:
            problems.append(Problem("RPT-04", "depreciation.before_runs",
                                    f"{period} 早于已计提的 {last}：折旧按月顺序计提，不能回头补提更早的月份"))
        elif last is not None and previous_period(period) != last:
            problems.append(Problem("RPT-04", "depreciation.gap",
                                    f"上次计提到 {last}，须先计提 {_next(last)}，月份之间不能跳过"))
        if period > period_of(date.today()):
            problems.append(Problem("RPT-04", "depreciation.future", f"{period} 尚未到来，不能提前计提折旧"))
        row = session.get(AccountingPeriod, (bureau_id, period))
        if row is not None and row.state == "closed":
            problems.append(Problem("RPT-03", "period.closed",
                                    f"{period} 已结账，不能再计提该月折旧；如确需调整，由财务负责人反结账"))
        return problems

    def run(self, user: SignedIn, period: str, *, draft_voucher: bool = True) -> RunView:
        """Depreciate every card for ``period`` (YYYY-MM) and draft its voucher (Dr 5101 / 5001 by the
        card's unit, Cr 1602) when the books are started and the month open. Idempotent."""
        period = _month_or_refuse(period)
        try:
            return self._run(user, period, draft_voucher)
        except IntegrityError:  # another PC ran the same month at the same moment: that run stands
            with self.reading() as session:
                existing = self._run_of(session, user.bureau_id, period)
                if existing is None:
                    raise
                return self._view(session, existing, already=True, note=f"{period} 已由他人同时计提，本次未作任何改动")

    def _run(self, user: SignedIn, period: str, draft_voucher: bool) -> RunView:
        with self.transaction() as session:
            self._require_accountant(session, user, "计提折旧")
            existing = self._run_of(session, user.bureau_id, period)
            if existing is not None:
                return self._view(session, existing, already=True,
                                  note=f"{period} 已计提过折旧，本次未作任何改动")
            problems = self._order_problems(session, user.bureau_id, period)
            if problems:
                raise Refused(problems)
            due = self._due(session, user.bureau_id, period)
            total = sum((d[1] for d in due), ZERO)
            digest = lines_digest(period, [(cid, amount, account) for cid, amount, account, _, _ in due])
            run = AssetDepreciationRun(bureau_id=user.bureau_id, period=period, total=total, cards=len(due),
                                       digest=digest, run_by=user.staff_id)
            session.add(run)
            session.flush()
            if due:  # one executemany of plain rows (amounts as the stored fen)
                session.execute(insert(_LINES), [
                    {"run_id": run.id, "card_id": cid, "period": period, "amount": int(amount * 100),
                     "expense_account": account} for cid, amount, account, _, _ in due])
            note = ""
            if not draft_voucher:
                note = "按要求未生成凭证"
            elif not due:
                note = "本月没有应计提折旧的资产，未生成凭证"
            else:
                note = self._voucher_block(session, user.bureau_id, period)
                if not note:
                    run.voucher_id = self._draft_voucher(session, user, period, due)
            self.audit(session, user, "asset.depreciate", "asset_depreciation_run", run.id,
                       after={"period": period, "total": str(total), "cards": len(due), "digest": digest,
                              "voucher_id": run.voucher_id})
            return self._view(session, run, already=False, note=note)

    @staticmethod
    def _voucher_block(session: Session, bureau_id: int, period: str) -> str:
        """Why no voucher can be drafted for the month ('' when one can)."""
        settings = session.get(FinanceSettings, bureau_id)
        if settings is None or not settings.start_period:
            return "尚未建账，折旧已计提，未生成凭证（建账后由会计补制凭证）"
        if period < settings.start_period:
            return f"{period} 在建账期间 {settings.start_period} 之前，未生成凭证"
        return ""

    def _draft_voucher(self, session: Session, user: SignedIn, period: str,
                       due: Sequence[tuple[int, Decimal, str, Decimal, Decimal]]) -> int:
        by_account: dict[str, Decimal] = {}
        for _, amount, account, _, _ in due:
            by_account[account] = by_account.get(account, ZERO) + amount
        text = f"计提{period[:4]}年{int(period[5:])}月固定资产折旧"
        lines = [LineInput(ledger_leaf(session, user.bureau_id, code, prefer="折旧"), text, debit=amount)
                 for code, amount in sorted(by_account.items()) if amount]
        lines.append(LineInput(ledger_leaf(session, user.bureau_id, DEPRECIATION_ACCOUNT), text,
                               credit=sum(by_account.values(), ZERO)))
        _, last_day = period_dates(period)
        return self.books.make_voucher_in(session, user, last_day, lines, summary=text, origin="depreciation")

    @staticmethod
    def _view(session: Session, run: AssetDepreciationRun, *, already: bool, note: str = "") -> RunView:
        voucher = session.get(Voucher, run.voucher_id) if run.voucher_id else None
        who = session.get(Staff, run.run_by)
        return RunView(run.period, run.total, run.cards, run.voucher_id, voucher.voucher_no if voucher else "",
                       already, note, run.digest, who.name if who else "", run.run_at)

    def runs(self, user: SignedIn) -> list[RunView]:
        """Every month run, newest first."""
        with self.reading() as session:
            require_asset_reader(session, user)
            rows = session.execute(select(AssetDepreciationRun).where(
                AssetDepreciationRun.bureau_id == user.bureau_id).order_by(AssetDepreciationRun.period.desc())
            ).scalars().all()
            return [self._view(session, r, already=False) for r in rows]

    def next_period(self, user: SignedIn) -> str:
        """The month the next run is for: the one after the last run, else the current month."""
        with self.reading() as session:
            last = session.execute(select(func.max(AssetDepreciationRun.period)).where(
                AssetDepreciationRun.bureau_id == user.bureau_id)).scalar()
        return _next(last) if last else period_of(date.today())

    # Reconciliation (ASSET-06) -----------------------------------------------------------------------
    def reconcile(self, user: SignedIn, period: str) -> Reconciliation:
        """The cards on the books at the end of ``period`` — original values and accumulated
        depreciation — against the posted balances of 1601 and 1602 on its last day, to the fen."""
        period = _month_or_refuse(period)
        with self.reading() as session:
            require_asset_reader(session, user)
            c = AssetCard
            acc = accumulated_by_card(user.bureau_id, through=period)
            count, original, before, lines = session.execute(
                select(func.count(), func.sum(_int(c.original_value), type_=BigInteger),
                       func.sum(_int(c.depreciated_before), type_=BigInteger),
                       func.sum(acc.c.fen, type_=BigInteger))
                .outerjoin(acc, acc.c.card_id == c.id)
                .where(c.bureau_id == user.bureau_id, on_books_at(period))).one()
            original_cards = from_fen(int(original or 0))
            accumulated_cards = from_fen(int(before or 0) + int(lines or 0))
            settings = session.get(FinanceSettings, user.bureau_id)
            started = settings is not None and bool(settings.start_period)
            _, last_day = period_dates(period)
            original_ledger = self._balance(session, user.bureau_id, ASSET_ACCOUNT, last_day) if started else ZERO
            accumulated_ledger = -self._balance(session, user.bureau_id, DEPRECIATION_ACCOUNT, last_day) \
                if started else ZERO
            awaiting = len(self._awaiting(session, user.bureau_id))
        differences = []
        if not started:
            differences.append("尚未建账：账面余额无从核对")
        if original_cards != original_ledger:
            differences.append(f"原值：卡片 {original_cards:,.2f}，1601 固定资产 账面 {original_ledger:,.2f}，"
                               f"差额 {original_cards - original_ledger:,.2f}")
        if accumulated_cards != accumulated_ledger:
            differences.append(f"累计折旧：卡片 {accumulated_cards:,.2f}，1602 固定资产累计折旧 账面 "
                               f"{accumulated_ledger:,.2f}，差额 {accumulated_cards - accumulated_ledger:,.2f}")
        if differences and awaiting:
            differences.append(f"另有 {awaiting} 张已验收的卡片尚未生成入账凭证")
        agree = started and original_cards == original_ledger and accumulated_cards == accumulated_ledger
        return Reconciliation(period, original_cards, original_ledger, accumulated_cards, accumulated_ledger,
                              agree, int(count or 0), started, tuple(differences))

    @staticmethod
    def _balance(session: Session, bureau_id: int, code: str, day: date) -> Decimal:
        """Net debit balance of an account and its sub-accounts: posted lines and openings."""
        from desktop.services.books import posted_balance_at

        accounts = session.execute(select(LedgerAccount).where(
            LedgerAccount.bureau_id == bureau_id, LedgerAccount.code.like(f"{code}%"))).scalars().all()
        return sum((posted_balance_at(session, bureau_id, a, day) for a in accounts), ZERO)

    # Acquisition vouchers (ASSET-13) -----------------------------------------------------------------
    @staticmethod
    def _awaiting(session: Session, bureau_id: int, card_ids: Iterable[int] | None = None) -> list[Any]:
        c = AssetCard
        accepted = select(AssetAcceptance.card_id).where(AssetAcceptance.result == "accepted")
        q = (select(c.id, c.card_no, c.name, c.acquisition_way, c.original_value, c.acquired_on, Department.name,
                    c.supplier)
             .outerjoin(Department, Department.id == c.department_id)
             .where(c.bureau_id == bureau_id, c.voucher_id.is_(None), c.status.in_(ON_BOOKS_STATUSES),
                    c.acquisition_way.in_(tuple(ACQUISITION_CREDIT)), c.id.in_(accepted))
             .order_by(c.card_no))
        if card_ids is not None:
            q = q.where(c.id.in_(list(card_ids)))
        return session.execute(q).all()

    def awaiting_vouchers(self, user: SignedIn) -> list[AwaitingVoucher]:
        """Cards accepted (ASSET-11) whose acquisition has no voucher yet; cards brought over at the
        start (already in the opening balances) never appear."""
        with self.reading() as session:
            require_asset_reader(session, user)
            return [AwaitingVoucher(r[0], r[1], r[2], r[3], WAY_LABELS.get(r[3], r[3]), r[4], r[5], r[6] or "",
                                    r[7] or "") for r in self._awaiting(session, user.bureau_id)]

    def draft_acquisition_voucher(self, user: SignedIn, card_ids: Sequence[int], *,
                                  voucher_date: date | None = None) -> int:
        """One voucher for the cards: Dr 1601 per card, Cr 2302 应付账款 / 3401 无偿调拨净资产 /
        4603 捐赠收入 by the way each came; each card remembers it (never twice)."""
        ids = list(dict.fromkeys(card_ids))
        if not ids:
            raise refuse("ASSET-13", "asset.no_cards", "请选择要生成入账凭证的卡片")
        if len(ids) > MAX_CARDS_PER_VOUCHER:
            raise refuse("VOUCH-14", "asset.too_many", f"一张凭证最多 {MAX_CARDS_PER_VOUCHER} 张卡片，请分批生成")
        with self.transaction() as session:
            self._require_accountant(session, user, "生成资产入账凭证")
            cards = [card_in(session, user, i, lock=True) for i in ids]
            accepted = set(session.execute(select(AssetAcceptance.card_id).where(
                AssetAcceptance.card_id.in_(ids), AssetAcceptance.result == "accepted")).scalars())
            problems = []
            for card in cards:
                if card.voucher_id is not None:
                    voucher = session.get(Voucher, card.voucher_id)
                    problems.append(Problem("ASSET-13", "asset.has_voucher",
                                            f"{card.card_no} {card.name} 已生成入账凭证 {voucher.voucher_no if voucher else ''}"))
                elif card.status not in ON_BOOKS_STATUSES or card.id not in accepted:
                    problems.append(Problem("ASSET-11", "asset.not_accepted",
                                            f"{card.card_no} {card.name} 尚未验收入账（{card.status}），不能生成入账凭证"))
                elif card.acquisition_way not in ACQUISITION_CREDIT:
                    problems.append(Problem("ASSET-13", "asset.way",
                                            f"{card.card_no} {card.name} 的取得方式“{WAY_LABELS.get(card.acquisition_way, card.acquisition_way)}”"
                                            "不在此生成凭证（盘盈按清查审批结果入账）"))
            if problems:
                raise Refused(problems)
            bureau = user.bureau_id
            lines = []
            credits: dict[tuple[str, str], Decimal] = {}
            for card in cards:
                way = WAY_LABELS.get(card.acquisition_way, "")
                lines.append(LineInput(ledger_leaf(session, bureau, ASSET_ACCOUNT), f"{way}{card.name} {card.card_no}"[:200],
                                       debit=card.original_value, department_id=card.department_id))
                key = (ACQUISITION_CREDIT[card.acquisition_way],
                       card.supplier if card.acquisition_way == "purchase" else "")
                credits[key] = credits.get(key, ZERO) + card.original_value
            for (code, payee), amount in credits.items():
                text = {"2302": "应付购置款", "3401": "无偿调入资产", "4603": "接受捐赠资产"}[code]
                lines.append(LineInput(ledger_leaf(session, bureau, code), f"{text}{(' ' + payee) if payee else ''}"[:200],
                                       credit=amount, payee=payee[:100]))
            summary = f"固定资产入账 {cards[0].card_no}" + (f" 等{len(cards)}张" if len(cards) > 1 else "")
            voucher_id = self.books.make_voucher_in(session, user, voucher_date or date.today(), lines,
                                                    summary=summary, origin="asset")
            voucher = session.get(Voucher, voucher_id)
            for card in cards:
                card.voucher_id = voucher_id
                record_event(session, card, "voucher", f"生成入账凭证 {voucher.voucher_no}", staff_id=user.staff_id,
                             details={"voucher_no": voucher.voucher_no})
            self.audit(session, user, "asset.acquisition_voucher", "voucher", voucher_id,
                       after={"voucher_no": voucher.voucher_no, "cards": [c.card_no for c in cards],
                              "total": str(sum((c.original_value for c in cards), ZERO))})
            return voucher_id


def _next(period: str) -> str:
    from desktop.domain.finance.periods import next_period

    return next_period(period)
