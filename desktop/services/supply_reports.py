"""The stock movement report (收发存汇总表, issue 14 item 8; SUPPLY-11) and the printed supply
sheets: 入库单 (SUPPLY-08), 领用登记 (SUPPLY-09), 借用单/归还单 (SUPPLY-14), 采购计划 (SUPPLY-03) and
询价比价表 (SUPPLY-05) — on screen, in Excel and as PDF.

The report reads the stock book (``supply_movements``) only, in SQL aggregates over the indexes
(bureau, date): per item (one store, or all stores together) opening = Σ movements before the
period; 本期收入 = receipts (入库), returns (退库) and count gains (盘盈); 本期发出 = issues (领用)
and count losses (盘亏) — the layout of an office 收发存 ledger, 盘盈/盘亏 folded into 收入/发出
(the stock card, ``desk.supplies.movements``, shows each line's kind). Closing = opening + in −
out; the report also checks it against the balances kept with every movement (账实相符).
The sheets' data is gathered in :mod:`desktop.services.supply_sheet_data`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import BigInteger, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.money import from_fen
from desktop.domain.supplies.periods import half_bounds, half_label, month_bounds
from desktop.persistence.schema import Bureau, SupplyBalance, SupplyItem, SupplyLocation, SupplyMovement
from desktop.services.base import ServiceBase, SignedIn, refuse
from desktop.services.supply_records import IN_KINDS, OUT_KINDS
from desktop.services.supply_sheet_data import SheetReader, may_see_all

__all__ = ["SupplyReportService", "ReportRow", "MovementReport", "report_period"]

ZERO = Decimal("0.00")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportRow:
    item_id: int
    code: str
    name: str
    specification: str
    unit: str
    opening_quantity: int
    opening_value: Decimal
    in_quantity: int  # 入库 + 退库 + 盘盈
    in_value: Decimal
    out_quantity: int  # 领用 + 盘亏 (positive)
    out_value: Decimal
    closing_quantity: int
    closing_value: Decimal


@dataclass(frozen=True)
class MovementReport:
    title: str  # 2026年6月 / 2026年上半年
    first: date
    last: date
    rows: tuple[ReportRow, ...]
    totals: ReportRow
    location_name: str = ""  # empty: every store
    mismatches: tuple[str, ...] = ()  # items whose closing differs from the balance kept (SUPPLY-11)

    @property
    def agrees(self) -> bool:
        return not self.mismatches


def report_period(year: Any, month: Any = None, half: Any = None) -> tuple[str, date, date]:
    """(title, first, last) of a month, a half-year, or (neither given) the whole year."""
    try:
        y = int(year)
        if not 2000 <= y <= 2999:
            raise ValueError
        if month is not None and half is not None:
            raise refuse("RPT-03", "supply.period", "按月或按半年：二者选一")
        if month is not None:
            m = int(month)
            first, last = month_bounds(y, m)
            return f"{y}年{m}月", first, last
        if half is not None:
            first, last = half_bounds(y, int(half))
            return half_label(y, int(half)), first, last
        return f"{y}年度", date(y, 1, 1), date(y, 12, 31)
    except (TypeError, ValueError):
        raise refuse("RPT-03", "supply.period",
                     f"报表期间不对：年度 {year!s:.8}，月份 1—12，半年 1 或 2") from None


def _fen(expr: Any) -> Any:
    return type_coerce(expr, BigInteger)


def _sum(expr: Any) -> Any:
    return func.coalesce(func.sum(expr, type_=BigInteger), 0)


def require_report_reader(session: Session, user: SignedIn) -> None:
    """Need-to-know: the keeper, office staff, and the positions that see the whole bureau."""
    if user.is_admin:
        raise refuse("SEC-13", "report.admin", "系统管理员不查看业务报表")
    if not may_see_all(session, user):
        raise refuse("SEC-03", "perm.supply_report", "办公用品收发存报表由办公室（保管人员）、财务、局领导或稽核查看")


class SupplyReportService(ServiceBase):
    # 收发存 ------------------------------------------------------------------------------------------
    def movement_report(self, user: SignedIn, *, year: int, month: int | None = None, half: int | None = None,
                        location_id: int | None = None) -> MovementReport:
        """收发存 per item for a month, a half-year or a year (one store, or all together)."""
        title, first, last = report_period(year, month, half)
        with self.reading() as session:
            require_report_reader(session, user)
            return self._report(session, user.bureau_id, title, first, last, location_id)

    def _report(self, session: Session, bureau_id: int, title: str, first: date, last: date,
                location_id: int | None) -> MovementReport:
        m = SupplyMovement
        where = [m.bureau_id == bureau_id, m.occurred_on <= last]
        place = ""
        if location_id is not None:
            loc = session.get(SupplyLocation, location_id) if isinstance(location_id, int) else None
            if loc is None or loc.bureau_id != bureau_id:
                raise refuse("SUPPLY-08", "supply.location_missing", f"找不到存放地点（{location_id}）")
            where.append(m.location_id == location_id)
            place = loc.name
        before = m.occurred_on < first
        in_period = m.occurred_on >= first
        coming = and_(in_period, m.kind.in_(sorted(IN_KINDS)))
        going = and_(in_period, m.kind.in_(sorted(OUT_KINDS)))
        q = (select(m.item_id,
                    _sum(case((before, m.quantity), else_=0)), _sum(case((before, _fen(m.value)), else_=0)),
                    _sum(case((coming, m.quantity), else_=0)), _sum(case((coming, _fen(m.value)), else_=0)),
                    _sum(case((going, -m.quantity), else_=0)), _sum(case((going, -_fen(m.value)), else_=0)))
             .where(*where).group_by(m.item_id))
        sums = {r[0]: [int(x or 0) for x in r[1:]] for r in session.execute(q)}
        items = {i.id: i for i in session.execute(select(SupplyItem).where(SupplyItem.id.in_(list(sums))))
                 .scalars()} if sums else {}
        rows = []
        for item_id, (oq, ov, iq, iv, xq, xv) in sums.items():
            if not (oq or ov or iq or iv or xq or xv):
                continue
            it = items[item_id]
            rows.append(ReportRow(item_id, it.code, it.name, it.specification, it.unit, oq, from_fen(ov), iq,
                                  from_fen(iv), xq, from_fen(xv), oq + iq - xq, from_fen(ov + iv - xv)))
        rows.sort(key=lambda r: r.code)
        totals = ReportRow(0, "", "合计", "", "", *(sum(getattr(r, k) for r in rows) if k.endswith("quantity")
                                                    else sum((getattr(r, k) for r in rows), ZERO)
                                                    for k in ("opening_quantity", "opening_value", "in_quantity",
                                                              "in_value", "out_quantity", "out_value",
                                                              "closing_quantity", "closing_value")))
        mismatches = self._check_balances(session, bureau_id, last, location_id, {r.item_id: r for r in rows},
                                          items)
        return MovementReport(title, first, last, tuple(rows), totals, place, mismatches)

    @staticmethod
    def _check_balances(session: Session, bureau_id: int, last: date, location_id: int | None,
                        rows: dict[int, ReportRow], items: dict[int, SupplyItem]) -> tuple[str, ...]:
        """SUPPLY-11: each closing equals the balance kept now less what moved after ``last``."""
        b, m = SupplyBalance, SupplyMovement
        bq = select(b.item_id, _sum(b.quantity), _sum(_fen(b.value))).where(b.bureau_id == bureau_id)
        aq = select(m.item_id, _sum(m.quantity), _sum(_fen(m.value))).where(m.bureau_id == bureau_id,
                                                                              m.occurred_on > last)
        if location_id is not None:
            bq, aq = bq.where(b.location_id == location_id), aq.where(m.location_id == location_id)
        held = {r[0]: (int(r[1]), int(r[2])) for r in session.execute(bq.group_by(b.item_id))}
        later = {r[0]: (int(r[1]), int(r[2])) for r in session.execute(aq.group_by(m.item_id))}
        out = []
        for item_id in sorted(set(held) | set(rows)):
            q_now, v_now = held.get(item_id, (0, 0))
            q_after, v_after = later.get(item_id, (0, 0))
            row = rows.get(item_id)
            book = (row.closing_quantity, row.closing_value) if row else (0, ZERO)
            if book != (q_now - q_after, from_fen(v_now - v_after)):
                name = row.name if row else (items[item_id].name if item_id in items else str(item_id))
                out.append(f"{name}：收发存结存 {book[0]}，库存余额推算 {q_now - q_after}")
        return tuple(out)

    def _bureau(self, session: Session, bureau_id: int) -> str:
        bureau = session.get(Bureau, bureau_id)
        return bureau.name if bureau else ""

    def export_xlsx(self, user: SignedIn, path: str | Path, *, year: int, month: int | None = None,
                    half: int | None = None, location_id: int | None = None,
                    progress: Progress | None = None) -> int:
        """The 收发存 report to an Excel file (streamed); returns the item rows written."""
        from desktop.reports.supply_movements import write_movement_report

        report = self.movement_report(user, year=year, month=month, half=half, location_id=location_id)
        with self.reading() as session:
            bureau = self._bureau(session, user.bureau_id)
        return write_movement_report(path, bureau, report, progress)

    def report_pdf(self, user: SignedIn, *, year: int, month: int | None = None, half: int | None = None,
                   location_id: int | None = None) -> bytes:
        """The 收发存 report as a printable sheet (A4 landscape, headings and 过次页/承前页 on every page)."""
        from desktop.documents.supply_sheets import movement_report_pdf

        report = self.movement_report(user, year=year, month=month, half=half, location_id=location_id)
        with self.reading() as session:
            bureau = self._bureau(session, user.bureau_id)
        return movement_report_pdf(bureau, user.name, report)

    # Sheets ------------------------------------------------------------------------------------------
    def receipt_pdf(self, user: SignedIn, receipt_id: int) -> bytes:
        """办公用品入库单 (SUPPLY-08)."""
        from desktop.documents.supply_sheets import receipt_pdf

        with self.reading() as session:
            return receipt_pdf(SheetReader(session, user).receipt(receipt_id))

    def issue_register_pdf(self, user: SignedIn, *, first: date, last: date, department_id: int | None = None) -> bytes:
        """办公用品发放登记册 over ``first``..``last`` (SUPPLY-09): a section reads its own."""
        from desktop.documents.supply_sheets import issue_register_pdf

        with self.reading() as session:
            return issue_register_pdf(SheetReader(session, user).issue_register(first, last, department_id))

    def loan_pdf(self, user: SignedIn, loan_id: int) -> bytes:
        """借用单, with the 归还单 part once returned (SUPPLY-14)."""
        from desktop.documents.supply_sheets import loan_pdf

        with self.reading() as session:
            return loan_pdf(SheetReader(session, user).loan(loan_id))

    def plan_pdf(self, user: SignedIn, purchase_id: int) -> bytes:
        """办公用品采购计划: the purchase's lines by section, with the document's serial (SUPPLY-03)."""
        from desktop.documents.supply_sheets import plan_pdf

        with self.reading() as session:
            return plan_pdf(SheetReader(session, user).plan(purchase_id))

    def quotation_pdf(self, user: SignedIn, purchase_id: int) -> bytes:
        """询价比价表: the quotes side by side, the enquirers and the choice (SUPPLY-05/06)."""
        from desktop.documents.supply_sheets import quotation_pdf

        with self.reading() as session:
            return quotation_pdf(SheetReader(session, user).quotation(purchase_id))

    def gallery(self, out_dir: Path) -> list[Path]:
        """For ``desktop gallery``: the first bureau's latest of each supply sheet and this year's
        收发存 (printed sheets, not signed); nothing for a sheet with no record yet."""
        from desktop.documents import supply_sheets as sheets

        written: list[Path] = []
        with self.reading() as session:
            reader = SheetReader.for_gallery(session)
            if reader is None:
                return []
            found = reader.gallery_records()
            parts: list[tuple[str, Callable[[], bytes]]] = []
            if found.get("receipt"):
                parts.append(("supplies_receipt.pdf", lambda: sheets.receipt_pdf(reader.receipt(found["receipt"]))))
            if found.get("issues"):
                a, b = found["issues"]
                parts.append(("supplies_issue_register.pdf",
                              lambda: sheets.issue_register_pdf(reader.issue_register(a, b, None))))
            if found.get("loan"):
                parts.append(("supplies_loan.pdf", lambda: sheets.loan_pdf(reader.loan(found["loan"]))))
            if found.get("plan"):
                parts.append(("supplies_plan.pdf", lambda: sheets.plan_pdf(reader.plan(found["plan"]))))
            if found.get("quotation"):
                parts.append(("supplies_quotation.pdf",
                              lambda: sheets.quotation_pdf(reader.quotation(found["quotation"]))))
            if found.get("year"):
                report = self._report(session, reader.bureau_id, f"{found['year']}年度", date(found["year"], 1, 1),
                                      date(found["year"], 12, 31), None)
                parts.append(("supplies_movements.pdf",
                              lambda: sheets.movement_report_pdf(reader.bureau_name, "", report)))
            pdfs = [(name, make()) for name, make in parts]
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, pdf in pdfs:
            (out_dir / name).write_bytes(pdf)
            written.append(out_dir / name)
        return written
