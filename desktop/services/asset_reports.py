"""The fixed-asset reports (issue 13 item 8; ASSET-06, F-21): 资产台账 (the ledger of every card on
the books), 资产增减变动表 (additions and disposals by category over a range of months), 折旧明细表
(each card's depreciation month by month in a year, which adds up to the runs), and counts by
category or department — on screen, in Excel and as a printable sheet.

Figures come from the cards and the depreciation lines only (never stored on the card): accumulated
= ``depreciated_before`` + the lines through the month; net = original − accumulated. A card left
the books in its ``removed_period``; a disposed card without one counts as removed in the month it
was last changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.assets.depreciation import ZERO
from desktop.domain.finance.periods import parse_period, period_of, previous_period
from desktop.domain.money import from_fen
from desktop.persistence.schema import (
    AssetCard,
    AssetCategory,
    AssetDepreciationLine,
    AssetDepreciationRun,
    Bureau,
    Department,
    Staff,
)
from desktop.services.asset_depreciation import OFF_BOOKS_STATUSES, accumulated_by_card, on_books_at, \
    require_asset_reader
from desktop.services.asset_records import STATUS_LABELS
from desktop.services.base import ServiceBase, SignedIn, refuse

__all__ = ["AssetReportService", "LedgerRow", "AssetLedger", "ChangeRow", "ChangesReport", "ScheduleRow",
           "ScheduleReport", "CountRow", "CountsReport", "REPORTS"]

REPORTS = {"ledger": "资产台账", "changes": "资产增减变动表", "schedule": "折旧明细表", "counts": "资产分类统计表"}
_BATCH = 2000
Progress = Callable[[int, int], None]  # (rows done, rows in all)


@dataclass(frozen=True)
class LedgerRow:
    card_no: str
    name: str
    category_code: str
    category_name: str
    specification: str
    quantity: int
    unit: str
    acquired_on: date
    department_name: str
    user_name: str
    location: str
    status_label: str
    original_value: Decimal
    accumulated: Decimal

    @property
    def net_value(self) -> Decimal:
        return self.original_value - self.accumulated


@dataclass(frozen=True)
class AssetLedger:
    as_of: date
    rows: tuple[LedgerRow, ...]
    original_value: Decimal
    accumulated: Decimal

    @property
    def net_value(self) -> Decimal:
        return self.original_value - self.accumulated


@dataclass(frozen=True)
class ChangeRow:
    category_code: str
    category_name: str
    opening_count: int
    opening_value: Decimal
    added_count: int
    added_value: Decimal
    removed_count: int
    removed_value: Decimal
    closing_count: int
    closing_value: Decimal
    depreciation: Decimal  # charged in the range


@dataclass(frozen=True)
class ChangesReport:
    first: str
    last: str
    rows: tuple[ChangeRow, ...]
    total: ChangeRow


@dataclass(frozen=True)
class ScheduleRow:
    card_no: str
    name: str
    department_name: str
    expense_account: str
    months: tuple[Decimal, ...]  # January … December

    @property
    def total(self) -> Decimal:
        return sum(self.months, ZERO)


@dataclass(frozen=True)
class ScheduleReport:
    year: int
    rows: tuple[ScheduleRow, ...]
    month_totals: tuple[Decimal, ...]
    run_totals: tuple[Decimal | None, ...]  # each month's run total (None: not run)

    @property
    def total(self) -> Decimal:
        return sum(self.month_totals, ZERO)

    @property
    def agrees(self) -> bool:
        """Each month's lines add up to its run's total (a month not run has no lines)."""
        return all((r or ZERO) == m for r, m in zip(self.run_totals, self.month_totals))


@dataclass(frozen=True)
class CountRow:
    key: str
    name: str
    cards: int
    quantity: int
    original_value: Decimal
    accumulated: Decimal

    @property
    def net_value(self) -> Decimal:
        return self.original_value - self.accumulated


@dataclass(frozen=True)
class CountsReport:
    by: str
    as_of: date
    rows: tuple[CountRow, ...]
    total: CountRow


def _int(expr: Any) -> Any:
    return type_coerce(expr, BigInteger)


def _fen(value: Any) -> Decimal:
    return from_fen(int(value or 0))


def _period_range(first: str, last: str) -> tuple[str, str]:
    try:
        a, _ = parse_period(first)
        _, b = parse_period(last or first)
    except ValueError as exc:
        raise refuse("RPT-03", "asset.period", str(exc)) from None
    if a > b:
        raise refuse("RPT-03", "asset.period", f"起始期间 {a} 晚于截止期间 {b}")
    return a, b


class AssetReportService(ServiceBase):
    # 资产台账 ---------------------------------------------------------------------------------------
    def _ledger_query(self, bureau_id: int, as_of: date) -> Any:
        c = AssetCard
        month = period_of(as_of)
        acc = accumulated_by_card(bureau_id, through=month)
        return (select(c.card_no, c.name, c.category_code, AssetCategory.name, c.specification, c.quantity, c.unit,
                       c.acquired_on, Department.name, Staff.name, c.location, c.status, _int(c.original_value),
                       _int(c.depreciated_before), acc.c.fen)
                .outerjoin(AssetCategory, (AssetCategory.bureau_id == c.bureau_id)
                           & (AssetCategory.code == c.category_code))
                .outerjoin(Department, Department.id == c.department_id)
                .outerjoin(Staff, Staff.id == c.user_id)
                .outerjoin(acc, acc.c.card_id == c.id)
                .where(c.bureau_id == bureau_id, on_books_at(month), c.acquired_on <= as_of)
                .order_by(c.card_no))

    @staticmethod
    def _ledger_row(r: Any) -> LedgerRow:
        return LedgerRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or 0, r[6] or "", r[7], r[8] or "",
                         r[9] or "", r[10] or "", STATUS_LABELS.get(r[11], r[11]), _fen(r[12]),
                         _fen(int(r[13] or 0) + int(r[14] or 0)))

    def _ledger_rows(self, session: Session, bureau_id: int, as_of: date) -> Iterator[LedgerRow]:
        for r in session.execute(self._ledger_query(bureau_id, as_of).execution_options(yield_per=_BATCH)):
            yield self._ledger_row(r)

    def ledger(self, user: SignedIn, *, as_of: date | None = None) -> AssetLedger:
        """Every card on the books at ``as_of`` (default today) with its category, department, user,
        location, original value, accumulated depreciation and net value (F-21)."""
        as_of = as_of or date.today()
        with self.reading() as session:
            require_asset_reader(session, user)
            rows = tuple(self._ledger_rows(session, user.bureau_id, as_of))
        return AssetLedger(as_of, rows, sum((r.original_value for r in rows), ZERO),
                           sum((r.accumulated for r in rows), ZERO))

    # 资产增减变动表 ----------------------------------------------------------------------------------
    def changes(self, user: SignedIn, first_period: str, last_period: str = "") -> ChangesReport:
        """By category over ``first_period``..``last_period``: on the books at the start, added,
        removed, on the books at the end (count and original value), and the depreciation charged."""
        first, last = _period_range(first_period, last_period)
        before = previous_period(first)
        c = AssetCard
        with self.reading() as session:
            require_asset_reader(session, user)
            names = dict(session.execute(select(AssetCategory.code, AssetCategory.name).where(
                AssetCategory.bureau_id == user.bureau_id)).all())
            figures: dict[str, list[Any]] = {}
            for code, value, acquired, status, removed, updated in session.execute(
                    select(c.category_code, _int(c.original_value), c.acquired_on, c.status, c.removed_period,
                           c.updated_at)
                    .where(c.bureau_id == user.bureau_id, c.status.not_in(("pending", "rejected")))
                    .execution_options(yield_per=_BATCH)):
                if removed is None and status in OFF_BOOKS_STATUSES:
                    removed = period_of(updated)
                added = period_of(acquired)
                f = figures.setdefault(code, [0, 0, 0, 0, 0, 0, 0, 0])
                value = int(value or 0)
                if added <= before and (removed is None or removed > before):
                    f[0] += 1
                    f[1] += value
                if first <= added <= last:
                    f[2] += 1
                    f[3] += value
                if removed is not None and first <= removed <= last and added <= removed:
                    f[4] += 1
                    f[5] += value
                if added <= last and (removed is None or removed > last):
                    f[6] += 1
                    f[7] += value
            line = AssetDepreciationLine
            charged = dict(session.execute(
                select(c.category_code, func.sum(_int(line.amount), type_=BigInteger))
                .join(c, c.id == line.card_id)
                .where(c.bureau_id == user.bureau_id, line.period >= first, line.period <= last)
                .group_by(c.category_code)).all())
        rows = []
        for code in sorted(set(figures) | set(charged)):
            f = figures.get(code, [0] * 8)
            if not any(f) and not charged.get(code):
                continue
            rows.append(ChangeRow(code, names.get(code, ""), f[0], _fen(f[1]), f[2], _fen(f[3]), f[4], _fen(f[5]),
                                  f[6], _fen(f[7]), _fen(charged.get(code))))
        total = ChangeRow("", "合计", *(sum(getattr(r, k) for r in rows) if "count" in k
                                        else sum((getattr(r, k) for r in rows), ZERO)
                                        for k in ("opening_count", "opening_value", "added_count", "added_value",
                                                  "removed_count", "removed_value", "closing_count", "closing_value",
                                                  "depreciation")))
        return ChangesReport(first, last, tuple(rows), total)

    # 折旧明细表 --------------------------------------------------------------------------------------
    def _schedule_rows(self, session: Session, bureau_id: int, year: int) -> Iterator[ScheduleRow]:
        line, c = AssetDepreciationLine, AssetCard
        q = (select(c.id, c.card_no, c.name, Department.name, line.period, _int(line.amount), line.expense_account)
             .join(c, c.id == line.card_id)
             .outerjoin(Department, Department.id == c.department_id)
             .where(c.bureau_id == bureau_id, line.period >= f"{year}-01", line.period <= f"{year}-12")
             .order_by(c.card_no, line.period).execution_options(yield_per=_BATCH))
        current: list[Any] | None = None
        for card_id, no, name, dept, period, fen, account in session.execute(q):
            if current is None or current[0] != card_id:
                if current is not None:
                    yield ScheduleRow(current[1], current[2], current[3], current[4], tuple(current[5]))
                current = [card_id, no, name, dept or "", account, [ZERO] * 12]
            current[5][int(period[5:7]) - 1] += _fen(fen)
        if current is not None:
            yield ScheduleRow(current[1], current[2], current[3], current[4], tuple(current[5]))

    def _run_totals(self, session: Session, bureau_id: int, year: int) -> tuple[Decimal | None, ...]:
        runs = dict(session.execute(select(AssetDepreciationRun.period, AssetDepreciationRun.total).where(
            AssetDepreciationRun.bureau_id == bureau_id, AssetDepreciationRun.period.like(f"{year}-%"))).all())
        return tuple(runs.get(f"{year}-{m:02d}") for m in range(1, 13))

    def schedule(self, user: SignedIn, year: int) -> ScheduleReport:
        """Each card's depreciation per month of ``year`` with the month totals, beside each run's
        total (they agree unless a line was changed behind the app)."""
        year = self._year(year)
        with self.reading() as session:
            require_asset_reader(session, user)
            rows = tuple(self._schedule_rows(session, user.bureau_id, year))
            runs = self._run_totals(session, user.bureau_id, year)
        months = tuple(sum((r.months[m] for r in rows), ZERO) for m in range(12))
        return ScheduleReport(year, rows, months, runs)

    @staticmethod
    def _year(year: Any) -> int:
        try:
            value = int(year)
        except (TypeError, ValueError):
            value = 0
        if not 1900 < value < 3000:
            raise refuse("RPT-03", "asset.year", f"年度“{year}”须为四位数字，如 2026")
        return value

    # Counts ------------------------------------------------------------------------------------------
    def counts(self, user: SignedIn, by: str = "category", *, as_of: date | None = None) -> CountsReport:
        """Cards on the books by category or by department: how many, quantity, values."""
        if by not in ("category", "department"):
            raise refuse("RPT-03", "asset.by", "统计口径须为 category（按分类）或 department（按部门）")
        as_of = as_of or date.today()
        c = AssetCard
        month = period_of(as_of)
        acc = accumulated_by_card(user.bureau_id, through=month)
        if by == "category":
            key, name = c.category_code, AssetCategory.name
            join = ((AssetCategory, (AssetCategory.bureau_id == c.bureau_id) & (AssetCategory.code == c.category_code)),)
        else:
            key, name = Department.id, Department.name
            join = ((Department, Department.id == c.department_id),)
        q = select(key, name, func.count(), func.sum(c.quantity), func.sum(_int(c.original_value), type_=BigInteger),
                   func.sum(_int(c.depreciated_before), type_=BigInteger), func.sum(acc.c.fen, type_=BigInteger))
        for target, on in join:
            q = q.outerjoin(target, on)
        q = (q.outerjoin(acc, acc.c.card_id == c.id)
             .where(c.bureau_id == user.bureau_id, on_books_at(month), c.acquired_on <= as_of)
             .group_by(key, name).order_by(key))
        with self.reading() as session:
            require_asset_reader(session, user)
            rows = tuple(CountRow(str(k) if k is not None else "", n or "（未分配）", int(cards), int(qty or 0),
                                  _fen(value), _fen(int(before or 0) + int(lines or 0)))
                         for k, n, cards, qty, value, before, lines in session.execute(q).all())
        total = CountRow("", "合计", sum(r.cards for r in rows), sum(r.quantity for r in rows),
                         sum((r.original_value for r in rows), ZERO), sum((r.accumulated for r in rows), ZERO))
        return CountsReport(by, as_of, rows, total)

    # Excel and print ---------------------------------------------------------------------------------
    def _bureau(self, session: Session, bureau_id: int) -> str:
        bureau = session.get(Bureau, bureau_id)
        return bureau.name if bureau else ""

    def export_xlsx(self, user: SignedIn, which: str, path: str | Path, *, progress: Progress | None = None,
                    **kw: Any) -> int:
        """Write report ``which`` (ledger | changes | schedule | counts) to ``path``; the ledger and
        the schedule stream row by row (50 000 cards without holding them). Returns the data rows."""
        from desktop.reports import assets as xl

        if which not in REPORTS:
            raise refuse("RPT-03", "asset.report", f"没有报表 {which}（可选：{'、'.join(REPORTS)}）")
        with self.reading() as session:
            require_asset_reader(session, user)
            bureau = self._bureau(session, user.bureau_id)
            if which == "ledger":
                as_of = kw.get("as_of") or date.today()
                total = session.execute(select(func.count()).select_from(
                    self._ledger_query(user.bureau_id, as_of).subquery())).scalar() or 0
                return xl.write_ledger(path, bureau, as_of, self._ledger_rows(session, user.bureau_id, as_of),
                                       total, progress)
            if which == "schedule":
                year = self._year(kw.get("year") or date.today().year)
                runs = self._run_totals(session, user.bureau_id, year)
                total = session.execute(select(func.count(func.distinct(AssetDepreciationLine.card_id))).join(
                    AssetCard, AssetCard.id == AssetDepreciationLine.card_id).where(
                    AssetCard.bureau_id == user.bureau_id, AssetDepreciationLine.period.like(f"{year}-%"))).scalar()
                return xl.write_schedule(path, bureau, year, self._schedule_rows(session, user.bureau_id, year),
                                         runs, int(total or 0), progress)
        if which == "changes":
            report = self.changes(user, kw.get("first_period") or f"{date.today().year}-01",
                                  kw.get("last_period") or "")
            return xl.write_changes(path, bureau, report, progress)
        report = self.counts(user, kw.get("by", "category"), as_of=kw.get("as_of"))
        return xl.write_counts(path, bureau, report, progress)

    def sheet_pdf(self, user: SignedIn, which: str, **kw: Any) -> bytes:
        """The printable sheet of report ``which`` (A4 landscape; long tables carry their totals from
        page to page, 过次页/承前页)."""
        from desktop.documents import asset_report_sheets as sheets

        if which not in REPORTS:
            raise refuse("RPT-03", "asset.report", f"没有报表 {which}（可选：{'、'.join(REPORTS)}）")
        with self.reading() as session:
            bureau = self._bureau(session, user.bureau_id)
        if which == "ledger":
            return sheets.ledger_pdf(bureau, user.name, self.ledger(user, as_of=kw.get("as_of")))
        if which == "changes":
            return sheets.changes_pdf(bureau, user.name, self.changes(
                user, kw.get("first_period") or f"{date.today().year}-01", kw.get("last_period") or ""))
        if which == "schedule":
            return sheets.schedule_pdf(bureau, user.name, self.schedule(user, kw.get("year") or date.today().year))
        return sheets.counts_pdf(bureau, user.name, self.counts(user, kw.get("by", "category"), as_of=kw.get("as_of")))

