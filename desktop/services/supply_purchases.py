"""Buying office supplies (issue 14, SUPPLY-01/03–07, C-06): the sections' half-year plans, the
office's consolidated plan purchase and ad-hoc purchases, each approved as a ``supply_purchase``
document by the preset's chain; the quotes gathered by two people from three suppliers, the
choice with its reason, and the order the keeper receives against.

Only the office buys (SUPPLY-01): a section sees and writes only its own plan and its own ad-hoc
requests; the office and those who read everything see all of the bureau. A purchase's state
follows its document until ordered (domain/supplies/purchasing.purchase_state).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.access import SECTION_POSITIONS, SEES_EVERYTHING
from desktop.domain.approval.model import Problem
from desktop.domain.supplies import purchasing as rules
from desktop.domain.supplies.periods import half_label, half_of, plan_due
from desktop.persistence.schema import (
    Department,
    Document,
    Staff,
    StaffPosition,
    SupplyItem,
    SupplyPlan,
    SupplyPlanLine,
    SupplyPurchase,
    SupplyPurchaseLine,
    SupplyQuote,
    SupplyQuoteEnquirer,
    SupplyReceipt,
    SupplyReceiptLine,
    utcnow,
)
from desktop.services.approvals import office_department
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.supply_records import (
    KEEPERS,
    PLAN_STATE_LABELS,
    PURCHASE_STATE_LABELS,
    is_office_staff,
    item_in,
    next_number,
    require_office,
)

__all__ = ["SupplyPurchaseService", "PlanRow", "PlanView", "PlanLineView", "PurchaseRow", "PurchaseView",
           "PurchaseLineView", "QuoteView", "KIND", "PURCHASE_KIND_LABELS"]

KIND = "supply_purchase"
PURCHASE_KIND_LABELS = {"plan": "半年计划采购", "adhoc": "临时采购"}
_LEADERS = frozenset({"director", "leader_in_charge", "finance_leader"})
_DOC_STATE_LABELS = {"draft": "草稿", "submitted": "审批中", "returned": "已退回", "rejected": "不同意",
                     "approved": "已批准", "archived": "已归档"}


@dataclass(frozen=True)
class PlanRow:
    id: int
    department_name: str
    state: str
    state_label: str
    due_on: date
    line_count: int
    total: Decimal
    submitted_by_name: str
    submitted_at: datetime | None


@dataclass(frozen=True)
class PlanLineView:
    id: int
    item_id: int | None
    code: str
    name: str
    specification: str
    unit: str
    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    purpose: str
    procurement_catalogue: bool


@dataclass(frozen=True)
class PlanView:
    id: int
    year: int
    half: int
    half_text: str
    department_id: int
    department_name: str
    state: str
    state_label: str
    due_on: date
    note: str
    total: Decimal
    created_by_name: str
    submitted_by_name: str
    submitted_at: datetime | None
    purchase_no: str
    lines: list[PlanLineView]


@dataclass(frozen=True)
class PurchaseRow:
    id: int
    purchase_no: str
    kind: str
    title: str
    department_name: str
    state: str
    state_label: str
    document_id: int | None
    document_serial: str
    document_state: str
    estimated_total: Decimal
    chosen_supplier: str
    chosen_total: Decimal | None


@dataclass(frozen=True)
class PurchaseLineView:
    id: int
    item_id: int
    code: str
    name: str
    specification: str
    unit: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    department_name: str
    received: int
    note: str = ""
    procurement_catalogue: bool = False


@dataclass(frozen=True)
class QuoteView:
    id: int
    supplier: str
    agreement_supplier: bool
    total: Decimal
    quoted_on: date
    note: str
    chosen: bool


@dataclass(frozen=True)
class PurchaseView:
    id: int
    purchase_no: str
    kind: str
    kind_label: str
    title: str
    year: int
    half: int | None
    department_name: str
    state: str
    state_label: str
    document_id: int | None
    document_serial: str
    document_state: str
    document_state_label: str
    estimated_total: Decimal
    chosen_supplier: str
    chosen_total: Decimal | None
    created_by_name: str
    ordered_by_name: str
    ordered_at: datetime | None
    lines: list[PurchaseLineView]
    quotes: list[QuoteView]
    enquirers: list[tuple[str, datetime | None]]
    choice_reason: str
    procurement_ref: str
    warnings: list[str]


# Items listed one by one on the approval sheet; a longer purchase names the plan sheet for the rest.
SHEET_LINES = 6


class SupplyPurchaseService(ServiceBase):
    today = staticmethod(date.today)  # the demo plays the year back with its own clock

    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions)
        self._approvals = approvals

    # Plans (SUPPLY-03) --------------------------------------------------------------------------
    def save_plan(self, user: SignedIn, year: int, half: int, lines: Sequence[dict[str, Any]], note: str = "") -> int:
        """Save the person's section's plan for the half-year (a new one, or the draft again with
        these lines). A submitted plan is read-only."""
        from desktop.domain.input_gate.supply_purchases import read_plan

        got, problems = read_plan({"year": year, "half": half, "lines": list(lines) if isinstance(lines, (list, tuple))
                                   else lines, "note": note})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            department_id = self._section_of(session, user)
            due = self._due(session, user, got.year, got.half)
            late = rules.plan_late(self.today(), due, half_label(got.year, got.half))
            plan = session.execute(select(SupplyPlan).where(
                SupplyPlan.bureau_id == user.bureau_id, SupplyPlan.year == got.year, SupplyPlan.half == got.half,
                SupplyPlan.department_id == department_id).with_for_update()).scalar_one_or_none()
            problems = [late] if late else []
            if plan is not None and plan.state != "draft":
                problems.append(Problem("SUPPLY-03", "supply_plan.read_only",
                                        f"本股室{half_label(got.year, got.half)}的计划已提交，不能再修改"))
            problems += self._line_items(session, user, [x.item_id for x in got.lines])
            if problems:
                raise Refused(problems)
            before = None
            if plan is None:
                plan = SupplyPlan(bureau_id=user.bureau_id, year=got.year, half=got.half, department_id=department_id,
                                  state="draft", due_on=due, created_by=user.staff_id)
                session.add(plan)
                session.flush()
            else:
                before = {"lines": self._line_count(session, plan.id), "note": plan.note}
                for old in session.execute(select(SupplyPlanLine).where(SupplyPlanLine.plan_id == plan.id)).scalars():
                    session.delete(old)
                session.flush()
            plan.note, plan.due_on = got.note.strip(), due
            for x in got.lines:
                session.add(SupplyPlanLine(plan_id=plan.id, item_id=x.item_id, description=x.description.strip(),
                                           quantity=x.quantity, unit_price=x.unit_price, purpose=x.purpose.strip()))
            session.flush()
            self.audit(session, user, "supply.plan_save", "supply_plan", plan.id, before=before,
                       after={"year": got.year, "half": got.half, "lines": len(got.lines),
                              "total": str(_total((x.quantity, x.unit_price) for x in got.lines))})
            return plan.id

    def submit_plan(self, user: SignedIn, plan_id: int) -> None:
        """Hand the plan to the office by its due date (SUPPLY-03); it is read-only from then on."""
        with self.transaction() as session:
            plan = self._plan_for_writing(session, user, plan_id)
            problems = []
            late = rules.plan_late(self.today(), plan.due_on, half_label(plan.year, plan.half))
            if late:
                problems.append(late)
            if plan.state != "draft":
                problems.append(Problem("SUPPLY-03", "supply_plan.submitted", "该计划已提交"))
            if not self._line_count(session, plan.id):
                problems.append(Problem("SUPPLY-03", "supply_plan.empty", "计划没有明细"))
            if problems:
                raise Refused(problems)
            plan.state, plan.submitted_by, plan.submitted_at = "submitted", user.staff_id, utcnow()
            self.audit(session, user, "supply.plan_submit", "supply_plan", plan.id, before={"state": "draft"},
                       after={"state": "submitted", "due_on": plan.due_on.isoformat()})

    def plan(self, user: SignedIn, plan_id: int) -> PlanView:
        with self.reading() as session:
            plan = session.get(SupplyPlan, plan_id) if _is_id(plan_id) else None
            if plan is None or plan.bureau_id != user.bureau_id or not self._sees_department(
                    session, user, plan.department_id):
                raise refuse("SUPPLY-03", "supply_plan.missing", f"找不到该办公用品使用计划（{plan_id}）")
            return self._plan_view(session, plan)

    def plans(self, user: SignedIn, year: int, half: int) -> list[PlanRow]:
        """The half-year's plans this person may see: all for the office and those who see
        everything; a section its own."""
        with self.reading() as session:
            rows = session.execute(select(SupplyPlan).where(
                SupplyPlan.bureau_id == user.bureau_id, SupplyPlan.year == year, SupplyPlan.half == half)
                .order_by(SupplyPlan.department_id)).scalars().all()
            everything = self._sees_all(session, user)
            mine = self._departments_of(session, user)
            out = []
            for plan in rows:
                if not (everything or plan.department_id in mine):
                    continue
                lines = self._plan_lines(session, plan.id)
                out.append(PlanRow(id=plan.id, department_name=_department_name(session, plan.department_id),
                                   state=plan.state, state_label=PLAN_STATE_LABELS.get(plan.state, plan.state),
                                   due_on=plan.due_on, line_count=len(lines),
                                   total=_total((x.quantity, x.unit_price) for x in lines),
                                   submitted_by_name=_staff_name(session, plan.submitted_by),
                                   submitted_at=plan.submitted_at))
            return out

    def missing_plans(self, user: SignedIn, year: int, half: int) -> list[str]:
        """The sections whose plan for the half-year is not in yet (the office's reminder list)."""
        with self.reading() as session:
            self._require_sees_all(session, user)
            done = set(session.execute(select(SupplyPlan.department_id).where(
                SupplyPlan.bureau_id == user.bureau_id, SupplyPlan.year == year, SupplyPlan.half == half,
                SupplyPlan.state != "draft")).scalars())
            leaders = select(StaffPosition.staff_id).where(StaffPosition.position.in_(sorted(_LEADERS)))
            staffed = select(Staff.department_id).where(Staff.bureau_id == user.bureau_id, Staff.active.is_(True),
                                                        Staff.id.not_in(leaders))  # 局领导 plan no supplies
            return list(session.execute(select(Department.name).where(
                Department.bureau_id == user.bureau_id, Department.active.is_(True), Department.id.in_(staffed),
                Department.id.not_in(sorted(done) or [0])).order_by(Department.id)).scalars())

    def match_plan_line(self, user: SignedIn, plan_line_id: int, item_id: int) -> None:
        """The office names the catalogue item for a plan line that described a new item, so it
        can be consolidated (the keeper adds the item to the catalogue first)."""
        with self.transaction() as session:
            require_office(session, user, "计划明细对应目录物品")
            line = session.get(SupplyPlanLine, plan_line_id) if _is_id(plan_line_id) else None
            plan = session.get(SupplyPlan, line.plan_id) if line else None
            if plan is None or plan.bureau_id != user.bureau_id:
                raise refuse("SUPPLY-03", "supply_plan.line_missing", f"找不到该计划明细（{plan_line_id}）")
            if plan.state == "consolidated" and not self._released(session, plan):
                raise refuse("SUPPLY-03", "supply_plan.consolidated", "该计划已汇总，不能再修改")
            item = item_in(session, user, item_id)
            before = {"item_id": line.item_id}
            line.item_id = item.id
            session.flush()
            self.audit(session, user, "supply.plan_match", "supply_plan", plan.id, before=before,
                       after={"line_id": line.id, "item_id": item.id, "description": line.description})

    # Purchases (SUPPLY-03/04) -----------------------------------------------------------------------
    def consolidate(self, user: SignedIn, year: int, half: int, *, submit: bool = True,
                    passphrase: str | None = None) -> int:
        """The office's procurement plan for the half-year: every submitted section plan in one
        purchase (kind "plan") and its ``supply_purchase`` document, submitted at once (with a
        passphrase: the signed sheet). The plans become "consolidated"."""
        with self.transaction() as session:
            require_office(session, user, "汇总采购计划")
            plans = [p for p in session.execute(select(SupplyPlan).where(
                SupplyPlan.bureau_id == user.bureau_id, SupplyPlan.year == year, SupplyPlan.half == half,
                SupplyPlan.state.in_(("submitted", "consolidated"))).order_by(SupplyPlan.department_id)
                .with_for_update()).scalars()
                if p.state == "submitted" or self._released(session, p)]
            text = half_label(year, half)
            if not plans:
                raise refuse("SUPPLY-03", "supply_plan.none", f"{text}没有待汇总的股室计划")
            problems = []
            lines: list[tuple[SupplyPlan, SupplyPlanLine]] = []
            for plan in plans:
                for n, x in enumerate(self._plan_lines(session, plan.id), 1):
                    if x.item_id is None:
                        problems.append(Problem(
                            "SUPPLY-03", "supply_plan.new_item",
                            f"{_department_name(session, plan.department_id)}计划第{n}行“{x.description}”不在办公用品"
                            "目录中：请先录入目录，再将该行对应到目录物品"))
                    lines.append((plan, x))
            if problems:
                raise Refused(problems)
            items = _items(session, {x.item_id for _, x in lines})
            office = office_department(session, user.bureau_id) or user.department_id
            total = _total((x.quantity, x.unit_price) for _, x in lines)
            today = self.today()
            purchase = SupplyPurchase(
                bureau_id=user.bureau_id, purchase_no=next_number(session, user.bureau_id, "supply_order", "CG",
                                                                  today.year, width=3),
                kind="plan", title=f"{text}办公用品采购计划", year=year, half=half, department_id=office,
                state="draft", estimated_total=total, created_by=user.staff_id)
            session.add(purchase)
            session.flush()
            for plan, x in lines:
                session.add(SupplyPurchaseLine(purchase_id=purchase.id, item_id=x.item_id, quantity=x.quantity,
                                               unit_price=x.unit_price, department_id=plan.department_id,
                                               note=x.purpose[:200]))
            names = [_department_name(session, p.department_id) for p in plans]
            purpose = (f"汇总{'、'.join(names)}共{len(plans)}个股室的{text}办公用品使用计划，"
                       f"共{len(lines)}项，估算 ¥{total:,.2f}；经审批后询价采购（SUPPLY-03）")
            doc_id = self._document(session, user, purchase, [(items[x.item_id], x.quantity, x.unit_price)
                                                              for _, x in lines], purpose, office, submit, passphrase)
            for plan in plans:
                plan.state, plan.purchase_id = "consolidated", purchase.id
            self.audit(session, user, "supply.consolidate", "supply_purchase", purchase.id,
                       after={"purchase_no": purchase.purchase_no, "year": year, "half": half,
                              "plans": [p.id for p in plans], "total": str(total), "document_id": doc_id})
            return purchase.id

    def request_adhoc(self, user: SignedIn, lines: Sequence[dict[str, Any]], reason: str, *, submit: bool = True,
                      passphrase: str | None = None) -> int:
        """An ad-hoc purchase between plans (SUPPLY-04), for the person's section, approved by the
        same chain (the collective decision at the preset's threshold is the engine's)."""
        from desktop.domain.input_gate.supply_purchases import read_adhoc

        got, problems = read_adhoc({"lines": list(lines) if isinstance(lines, (list, tuple)) else lines,
                                    "reason": reason})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            department_id = self._section_of(session, user)
            problems = self._line_items(session, user, [x.item_id for x in got.lines])
            if problems:
                raise Refused(problems)
            items = _items(session, {x.item_id for x in got.lines})
            today = self.today()
            year, half = half_of(today)
            total = _total((x.quantity, x.unit_price) for x in got.lines)
            first = items[got.lines[0].item_id].name
            title = f"临时采购{first}" + (f"等{len(got.lines)}项" if len(got.lines) > 1 else "")
            purchase = SupplyPurchase(
                bureau_id=user.bureau_id, purchase_no=next_number(session, user.bureau_id, "supply_order", "CG",
                                                                  today.year, width=3),
                kind="adhoc", title=title[:100], year=year, half=half, department_id=department_id, state="draft",
                estimated_total=total, created_by=user.staff_id)
            session.add(purchase)
            session.flush()
            for x in got.lines:
                session.add(SupplyPurchaseLine(purchase_id=purchase.id, item_id=x.item_id, quantity=x.quantity,
                                               unit_price=x.unit_price, department_id=department_id,
                                               note=x.note.strip()))
            purpose = f"{got.reason.strip()}（临时采购，SUPPLY-04）"
            doc_id = self._document(session, user, purchase, [(items[x.item_id], x.quantity, x.unit_price)
                                                              for x in got.lines], purpose, department_id, submit,
                                    passphrase)
            self.audit(session, user, "supply.adhoc", "supply_purchase", purchase.id,
                       after={"purchase_no": purchase.purchase_no, "lines": len(got.lines), "total": str(total),
                              "document_id": doc_id, "reason": got.reason.strip()})
            return purchase.id

    def purchases(self, user: SignedIn, *, year: int | None = None, state: str | None = None) -> list[PurchaseRow]:
        """The purchases this person may see, newest first: all for the office and those who see
        everything; a section its own ad-hoc requests (SUPPLY-01)."""
        with self.reading() as session:
            query = select(SupplyPurchase).where(SupplyPurchase.bureau_id == user.bureau_id)
            if year is not None:
                query = query.where(SupplyPurchase.year == year)
            if not self._sees_all(session, user):
                mine = self._departments_of(session, user)
                query = query.where(SupplyPurchase.kind == "adhoc",
                                    SupplyPurchase.department_id.in_(sorted(mine) or [0]))
            rows = [self._row(session, p) for p in session.execute(
                query.order_by(SupplyPurchase.id.desc())).scalars()]
            return [r for r in rows if state is None or r.state == state]

    def purchase(self, user: SignedIn, purchase_id: int) -> PurchaseView:
        with self.reading() as session:
            purchase = self._readable(session, user, purchase_id)
            return self._view(session, purchase)

    def orders_to_receive(self, user: SignedIn) -> list[PurchaseRow]:
        """Ordered purchases not fully received yet (the keeper's list to receive against)."""
        with self.reading() as session:
            self._require_sees_all(session, user)
            return [self._row(session, p) for p in session.execute(select(SupplyPurchase).where(
                SupplyPurchase.bureau_id == user.bureau_id, SupplyPurchase.state == "ordered")
                .order_by(SupplyPurchase.ordered_at, SupplyPurchase.id)).scalars()]

    def cancel(self, user: SignedIn, purchase_id: int, reason: str) -> None:
        """Cancel a purchase not yet received (the office). A purchase in approval is decided by
        its approvers first. A cancelled plan purchase frees its plans for a new consolidation."""
        with self.transaction() as session:
            require_office(session, user, "取消采购")
            purchase = self._locked(session, user, purchase_id)
            state = self._state(session, purchase)
            problems = []
            if not (reason or "").strip() or len(reason) > 200:
                problems.append(Problem("SUPPLY-04", "supply_purchase.cancel_reason", "请写明取消原因（200字以内）"))
            if state in ("received", "cancelled"):
                problems.append(Problem("SUPPLY-04", "supply_purchase.closed",
                                        f"该采购{PURCHASE_STATE_LABELS[state]}，不能取消"))
            if state == "approving":
                problems.append(Problem("SUPPLY-04", "supply_purchase.in_approval",
                                        "该采购正在审批中：请由审批人退回或不同意后再取消"))
            if session.execute(select(SupplyReceipt.id).where(SupplyReceipt.purchase_id == purchase.id)
                               .limit(1)).first():
                problems.append(Problem("SUPPLY-08", "supply_purchase.received", "该采购已有入库单，不能取消"))
            if problems:
                raise Refused(problems)
            purchase.state = "cancelled"
            freed = []
            for plan in session.execute(select(SupplyPlan).where(SupplyPlan.purchase_id == purchase.id)).scalars():
                plan.state, plan.purchase_id = "submitted", None
                freed.append(plan.id)
            self.audit(session, user, "supply.purchase_cancel", "supply_purchase", purchase.id,
                       before={"state": state}, after={"state": "cancelled", "reason": reason.strip(),
                                                       "plans_freed": freed})

    # Quotes and the order (SUPPLY-05/06/07) ---------------------------------------------------------
    def add_quote(self, user: SignedIn, purchase_id: int, supplier: str, total: Any, quoted_on: Any, *,
                  agreement_supplier: bool = False, note: str = "") -> int:
        from desktop.domain.input_gate.supply_purchases import read_quote

        got, problems = read_quote({"supplier": supplier, "total": total, "quoted_on": quoted_on,
                                    "agreement_supplier": agreement_supplier, "note": note}, today=self.today())
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_office(session, user, "登记报价")
            purchase = self._locked(session, user, purchase_id)
            self._require_open(session, purchase, "登记报价")
            quote = SupplyQuote(purchase_id=purchase.id, supplier=got.supplier.strip(),
                                agreement_supplier=got.agreement_supplier, total=got.total, quoted_on=got.quoted_on,
                                note=got.note.strip(), recorded_by=user.staff_id)
            session.add(quote)
            session.flush()
            self.audit(session, user, "supply.quote_add", "supply_purchase", purchase.id,
                       after={"quote_id": quote.id, "supplier": quote.supplier, "total": str(quote.total),
                              "agreement_supplier": quote.agreement_supplier})
            return quote.id

    def name_enquirers(self, user: SignedIn, purchase_id: int, staff_ids: Sequence[int]) -> None:
        """Who gathered the quotes (two different people at least, SUPPLY-05); each confirms in
        their own session. A person named again keeps their confirmation."""
        ids = [s for s in (staff_ids if isinstance(staff_ids, (list, tuple)) else []) if _is_id(s)]
        with self.transaction() as session:
            require_office(session, user, "登记询价人员")
            purchase = self._locked(session, user, purchase_id)
            self._require_open(session, purchase, "登记询价人员")
            problems = rules.enquirer_problems(ids)
            known = set(session.execute(select(Staff.id).where(
                Staff.bureau_id == user.bureau_id, Staff.active.is_(True), Staff.id.in_(ids or [0]))).scalars())
            problems += [Problem("SUPPLY-05", "supply_quote.enquirer_missing", f"找不到人员（{s}）")
                         for s in dict.fromkeys(ids) if s not in known]
            if len(ids) != len(staff_ids or []) or not ids:
                problems.append(Problem("SUPPLY-05", "supply_quote.enquirer_ids", "询价人员须为人员编号列表"))
            if problems:
                raise Refused(problems)
            old = {e.staff_id: e for e in session.execute(select(SupplyQuoteEnquirer).where(
                SupplyQuoteEnquirer.purchase_id == purchase.id)).scalars()}
            for staff_id, row in old.items():
                if staff_id not in ids:
                    session.delete(row)
            for staff_id in dict.fromkeys(ids):
                if staff_id not in old:
                    session.add(SupplyQuoteEnquirer(purchase_id=purchase.id, staff_id=staff_id))
            session.flush()
            self.audit(session, user, "supply.enquirers", "supply_purchase", purchase.id,
                       before={"enquirers": sorted(old)}, after={"enquirers": sorted(set(ids))})

    def confirm_enquiry(self, user: SignedIn, purchase_id: int) -> None:
        """A named enquirer confirms, in their own session, that they took part in the enquiry."""
        if user.is_admin:
            raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
        with self.transaction() as session:
            purchase = self._locked(session, user, purchase_id, any_enquirer=True)
            row = session.execute(select(SupplyQuoteEnquirer).where(
                SupplyQuoteEnquirer.purchase_id == purchase.id,
                SupplyQuoteEnquirer.staff_id == user.staff_id)).scalar_one_or_none()
            if row is None:
                raise refuse("SUPPLY-05", "supply_quote.not_enquirer", "您不是本次采购登记的询价人员")
            if row.confirmed_at is not None:
                raise refuse("SUPPLY-05", "supply_quote.confirmed", "您已确认过本次询价")
            self._require_open(session, purchase, "确认询价")
            row.confirmed_at = utcnow()
            self.audit(session, user, "supply.enquiry_confirm", "supply_purchase", purchase.id,
                       after={"staff_id": user.staff_id})

    def choose(self, user: SignedIn, purchase_id: int, quote_id: int, reason: str, *,
               procurement_ref: str = "") -> None:
        """Order from the chosen quote's supplier (→ ordered). Refused, all at once, unless the
        purchase is approved (SUPPLY-04), three suppliers quoted and two enquirers confirmed
        (SUPPLY-05), a reason is given, and catalogue items carry the procurement office's
        approval number (SUPPLY-07)."""
        from desktop.domain.input_gate.supply_purchases import read_choice

        got, problems = read_choice({"quote_id": quote_id, "reason": reason, "procurement_ref": procurement_ref})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_office(session, user, "选定供应商")
            purchase = self._locked(session, user, purchase_id)
            state = self._state(session, purchase)
            quotes = self._quotes(session, purchase.id)
            enquirers = self._enquirers(session, purchase.id)
            catalogue = [i.name for i in self._line_items_of(session, purchase.id) if i.procurement_catalogue]
            problems = rules.choice_problems(
                state=state, state_label=PURCHASE_STATE_LABELS.get(state, state),
                quotes=[_fact(q) for q in quotes], chosen_id=got.quote_id,
                confirmed_enquirers=sum(1 for _, at in enquirers if at is not None), named_enquirers=len(enquirers),
                reason=got.reason, catalogue_items=list(dict.fromkeys(catalogue)),
                procurement_ref=got.procurement_ref)
            if problems:
                raise Refused(problems)
            for q in quotes:
                q.chosen = q.id == got.quote_id
            chosen = next(q for q in quotes if q.id == got.quote_id)
            purchase.state, purchase.choice_reason = "ordered", got.reason.strip()
            purchase.procurement_ref = got.procurement_ref.strip()
            purchase.ordered_by, purchase.ordered_at = user.staff_id, utcnow()
            self.audit(session, user, "supply.order", "supply_purchase", purchase.id, before={"state": state},
                       after={"state": "ordered", "quote_id": chosen.id, "supplier": chosen.supplier,
                              "total": str(chosen.total), "reason": purchase.choice_reason,
                              "procurement_ref": purchase.procurement_ref})

    # Helpers ---------------------------------------------------------------------------------------
    def _document(self, session: Session, user: SignedIn, purchase: SupplyPurchase,
                  lines: list[tuple[SupplyItem, int, Decimal]], purpose: str, department_id: int | None,
                  submit: bool, passphrase: str | None) -> int:
        if len(lines) <= SHEET_LINES:
            listing = "；".join(f"{i.name}（{i.specification}）{q}{i.unit}，单价{p}元" if i.specification
                               else f"{i.name}{q}{i.unit}，单价{p}元" for i, q, p in lines)
        else:  # the approval sheet's box holds a few lines: the rest is on the plan sheet (采购计划)
            listing = ("；".join(f"{i.name}{q}{i.unit}" for i, q, _ in lines[:SHEET_LINES])
                       + f"等共{len(lines)}项，明细见采购计划 {purchase.purchase_no}")
        flagged = sorted({i.name for i, _, _ in lines if i.procurement_catalogue})
        payload = {"items": listing, "supplier": "询价后确定", "method": "询价采购（不少于3家）",
                   "purchase_no": purchase.purchase_no, "purchase_id": purchase.id}
        if flagged:
            payload["procurement_catalogue"] = f"{'、'.join(flagged)}：{rules.CATALOGUE_FLAG}"
        doc_id = self._approvals.create_in(
            session, user, KIND, purchase.title, purpose=purpose[:2000], amount=purchase.estimated_total,
            category=rules.category_of(i.kind for i, _, _ in lines), department_id=department_id, payload=payload)
        purchase.document_id = doc_id
        session.flush()
        if submit:
            self._approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            purchase.state = "approving"
        return doc_id

    def _due(self, session: Session, user: SignedIn, year: int, half: int) -> date:
        return plan_due(year, half, tuple(self.preset_of(session, user.bureau_id).deadlines.get("supply_plan", ())))

    @staticmethod
    def _section_of(session: Session, user: SignedIn) -> int:
        if user.is_admin:
            raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
        department = session.execute(select(Staff.department_id).where(Staff.id == user.staff_id)).scalar_one_or_none()
        if department is None:
            raise refuse("SUPPLY-03", "supply_plan.no_section", "您不属于任何股室，不能提交办公用品计划或申请")
        return department

    @staticmethod
    def _line_items(session: Session, user: SignedIn, item_ids: Sequence[int | None]) -> list[Problem]:
        wanted = {i for i in item_ids if i is not None}
        found = {i.id: i for i in session.execute(select(SupplyItem).where(
            SupplyItem.bureau_id == user.bureau_id, SupplyItem.id.in_(sorted(wanted) or [0]))).scalars()}
        problems = []
        for n, item_id in enumerate(item_ids, 1):
            if item_id is None:
                continue
            item = found.get(item_id)
            if item is None:
                problems.append(Problem("SUPPLY-02", "supply.item_missing", f"明细第{n}行：找不到办公用品（{item_id}）"))
            elif not item.active:
                problems.append(Problem("SUPPLY-02", "supply.item_inactive", f"明细第{n}行：{item.name} 已停用"))
        return problems

    @staticmethod
    def _line_count(session: Session, plan_id: int) -> int:
        return int(session.execute(select(func.count()).select_from(SupplyPlanLine)
                                   .where(SupplyPlanLine.plan_id == plan_id)).scalar_one())

    @staticmethod
    def _plan_lines(session: Session, plan_id: int) -> list[SupplyPlanLine]:
        return list(session.execute(select(SupplyPlanLine).where(SupplyPlanLine.plan_id == plan_id)
                                    .order_by(SupplyPlanLine.id)).scalars())

    def _plan_for_writing(self, session: Session, user: SignedIn, plan_id: Any) -> SupplyPlan:
        department = self._section_of(session, user)
        plan = session.get(SupplyPlan, plan_id, with_for_update=True) if _is_id(plan_id) else None
        if plan is None or plan.bureau_id != user.bureau_id or plan.department_id != department:
            raise refuse("SUPPLY-03", "supply_plan.missing", f"找不到本股室的该办公用品使用计划（{plan_id}）")
        return plan

    def _released(self, session: Session, plan: SupplyPlan) -> bool:
        """A consolidated plan whose purchase was not approved (cancelled) may be consolidated again."""
        purchase = session.get(SupplyPurchase, plan.purchase_id) if plan.purchase_id else None
        return purchase is None or self._state(session, purchase) == "cancelled"

    def _plan_view(self, session: Session, plan: SupplyPlan) -> PlanView:
        lines = self._plan_lines(session, plan.id)
        items = _items(session, {x.item_id for x in lines if x.item_id})
        views = []
        for x in lines:
            item = items.get(x.item_id)
            views.append(PlanLineView(
                id=x.id, item_id=x.item_id, code=item.code if item else "", name=item.name if item else x.description,
                specification=item.specification if item else "", unit=item.unit if item else "",
                description=x.description, quantity=x.quantity, unit_price=x.unit_price,
                amount=(x.unit_price * x.quantity).quantize(Decimal("0.01")), purpose=x.purpose,
                procurement_catalogue=bool(item and item.procurement_catalogue)))
        purchase = session.get(SupplyPurchase, plan.purchase_id) if plan.purchase_id else None
        return PlanView(id=plan.id, year=plan.year, half=plan.half, half_text=half_label(plan.year, plan.half),
                        department_id=plan.department_id,
                        department_name=_department_name(session, plan.department_id), state=plan.state,
                        state_label=PLAN_STATE_LABELS.get(plan.state, plan.state), due_on=plan.due_on, note=plan.note,
                        total=_total((x.quantity, x.unit_price) for x in lines),
                        created_by_name=_staff_name(session, plan.created_by),
                        submitted_by_name=_staff_name(session, plan.submitted_by), submitted_at=plan.submitted_at,
                        purchase_no=purchase.purchase_no if purchase else "", lines=views)

    def _state(self, session: Session, purchase: SupplyPurchase) -> str:
        doc_state = session.execute(select(Document.state).where(Document.id == purchase.document_id)
                                    ).scalar_one_or_none() if purchase.document_id else None
        return rules.purchase_state(purchase.state, doc_state)

    def _require_open(self, session: Session, purchase: SupplyPurchase, what: str) -> None:
        state = self._state(session, purchase)
        if state not in ("draft", "approving", "approved"):
            raise refuse("SUPPLY-05", "supply_purchase.closed",
                         f"该采购{PURCHASE_STATE_LABELS.get(state, state)}，不能再{what}")

    @staticmethod
    def _quotes(session: Session, purchase_id: int) -> list[SupplyQuote]:
        return list(session.execute(select(SupplyQuote).where(SupplyQuote.purchase_id == purchase_id)
                                    .order_by(SupplyQuote.total, SupplyQuote.id)).scalars())

    @staticmethod
    def _enquirers(session: Session, purchase_id: int) -> list[tuple[str, datetime | None]]:
        return [(name, at) for name, at in session.execute(
            select(Staff.name, SupplyQuoteEnquirer.confirmed_at).join(Staff, Staff.id == SupplyQuoteEnquirer.staff_id)
            .where(SupplyQuoteEnquirer.purchase_id == purchase_id).order_by(SupplyQuoteEnquirer.id))]

    @staticmethod
    def _line_items_of(session: Session, purchase_id: int) -> list[SupplyItem]:
        return list(session.execute(select(SupplyItem)
                                    .join(SupplyPurchaseLine, SupplyPurchaseLine.item_id == SupplyItem.id)
                                    .where(SupplyPurchaseLine.purchase_id == purchase_id)
                                    .order_by(SupplyPurchaseLine.id)).scalars())

    def _row(self, session: Session, p: SupplyPurchase) -> PurchaseRow:
        doc = session.get(Document, p.document_id) if p.document_id else None
        state = rules.purchase_state(p.state, doc.state if doc else None)
        chosen = session.execute(select(SupplyQuote).where(SupplyQuote.purchase_id == p.id,
                                                           SupplyQuote.chosen.is_(True))).scalars().first()
        return PurchaseRow(id=p.id, purchase_no=p.purchase_no, kind=p.kind, title=p.title,
                           department_name=_department_name(session, p.department_id), state=state,
                           state_label=PURCHASE_STATE_LABELS.get(state, state), document_id=p.document_id,
                           document_serial=(doc.serial or "") if doc else "", document_state=doc.state if doc else "",
                           estimated_total=p.estimated_total, chosen_supplier=chosen.supplier if chosen else "",
                           chosen_total=chosen.total if chosen else None)

    def _view(self, session: Session, p: SupplyPurchase) -> PurchaseView:
        row = self._row(session, p)
        lines = list(session.execute(select(SupplyPurchaseLine).where(SupplyPurchaseLine.purchase_id == p.id)
                                     .order_by(SupplyPurchaseLine.id)).scalars())
        items = _items(session, {x.item_id for x in lines})
        received = dict(session.execute(
            select(SupplyReceiptLine.purchase_line_id, func.sum(SupplyReceiptLine.quantity))
            .where(SupplyReceiptLine.purchase_line_id.in_([x.id for x in lines] or [0]))
            .group_by(SupplyReceiptLine.purchase_line_id)).all())
        line_views = [PurchaseLineView(
            id=x.id, item_id=x.item_id, code=items[x.item_id].code, name=items[x.item_id].name,
            specification=items[x.item_id].specification, unit=items[x.item_id].unit, quantity=x.quantity,
            unit_price=x.unit_price, amount=(x.unit_price * x.quantity).quantize(Decimal("0.01")),
            department_name=_department_name(session, x.department_id), received=int(received.get(x.id) or 0),
            note=x.note, procurement_catalogue=items[x.item_id].procurement_catalogue) for x in lines]
        quotes = self._quotes(session, p.id)
        warnings = [f"{name}：{rules.CATALOGUE_FLAG}（须经政府采购办批准，SUPPLY-07）"
                    for name in dict.fromkeys(v.name for v in line_views if v.procurement_catalogue)]
        chosen = next((q.id for q in quotes if q.chosen), None)
        agreement = rules.agreement_warning(chosen, [_fact(q) for q in quotes])
        if agreement:
            warnings.append(agreement)
        if p.kind == "adhoc" and p.half is not None and row.state != "cancelled":
            warnings += self._splitting(session, p, {x.item_id for x in lines})
        return PurchaseView(
            id=p.id, purchase_no=p.purchase_no, kind=p.kind, kind_label=PURCHASE_KIND_LABELS.get(p.kind, p.kind),
            title=p.title, year=p.year, half=p.half, department_name=row.department_name, state=row.state,
            state_label=row.state_label, document_id=p.document_id, document_serial=row.document_serial,
            document_state=row.document_state, document_state_label=_DOC_STATE_LABELS.get(row.document_state, ""),
            estimated_total=p.estimated_total, chosen_supplier=row.chosen_supplier, chosen_total=row.chosen_total,
            created_by_name=_staff_name(session, p.created_by), ordered_by_name=_staff_name(session, p.ordered_by),
            ordered_at=p.ordered_at, lines=line_views,
            quotes=[QuoteView(id=q.id, supplier=q.supplier, agreement_supplier=q.agreement_supplier, total=q.total,
                              quoted_on=q.quoted_on, note=q.note, chosen=q.chosen) for q in quotes],
            enquirers=self._enquirers(session, p.id), choice_reason=p.choice_reason,
            procurement_ref=p.procurement_ref, warnings=warnings)

    def _splitting(self, session: Session, p: SupplyPurchase, item_ids: set[int]) -> list[str]:
        """SUPPLY-07: this half-year's ad-hoc purchases of the same items, not cancelled."""
        threshold = self.preset_of(session, p.bureau_id).parameters.get("collective_threshold")
        rows = session.execute(
            select(SupplyPurchase, SupplyPurchaseLine.item_id, SupplyItem.name,
                   SupplyPurchaseLine.quantity, SupplyPurchaseLine.unit_price)
            .join(SupplyPurchaseLine, SupplyPurchaseLine.purchase_id == SupplyPurchase.id)
            .join(SupplyItem, SupplyItem.id == SupplyPurchaseLine.item_id)
            .where(SupplyPurchase.bureau_id == p.bureau_id, SupplyPurchase.kind == "adhoc",
                   SupplyPurchase.year == p.year, SupplyPurchase.half == p.half,
                   SupplyPurchaseLine.item_id.in_(sorted(item_ids) or [0]))).all()
        lines = [rules.AdhocLine(purchase.purchase_no, item_id, name, (price * qty).quantize(Decimal("0.01")))
                 for purchase, item_id, name, qty, price in rows if self._state(session, purchase) != "cancelled"]
        return rules.splitting_warnings(lines, threshold, only_items=item_ids)

    def _sees_all(self, session: Session, user: SignedIn) -> bool:
        if user.is_admin:
            return False
        return is_office_staff(session, user) or bool(set(session.execute(
            select(StaffPosition.position).where(StaffPosition.staff_id == user.staff_id)).scalars())
            & (SEES_EVERYTHING | KEEPERS))

    def _require_sees_all(self, session: Session, user: SignedIn) -> None:
        if not self._sees_all(session, user):
            raise refuse("SUPPLY-01", "supply.not_office", "办公用品采购记录仅办公室及局领导、财务人员可查看")

    @staticmethod
    def _departments_of(session: Session, user: SignedIn) -> set[int]:
        """The person's own section and the sections they hold a section post for."""
        own = session.execute(select(Staff.department_id).where(Staff.id == user.staff_id)).scalar_one_or_none()
        held = session.execute(select(StaffPosition.department_id).where(
            StaffPosition.staff_id == user.staff_id, StaffPosition.position.in_(SECTION_POSITIONS))).scalars()
        return {d for d in (own, *held) if d is not None}

    def _sees_department(self, session: Session, user: SignedIn, department_id: int) -> bool:
        return self._sees_all(session, user) or department_id in self._departments_of(session, user)

    def _readable(self, session: Session, user: SignedIn, purchase_id: Any, *, lock: bool = False,
                  any_enquirer: bool = False) -> SupplyPurchase:
        p = session.get(SupplyPurchase, purchase_id, with_for_update=lock) if _is_id(purchase_id) else None
        ok = p is not None and p.bureau_id == user.bureau_id and (
            self._sees_all(session, user)
            or (p.kind == "adhoc" and p.department_id in self._departments_of(session, user))
            or (any_enquirer and session.execute(select(SupplyQuoteEnquirer.id).where(
                SupplyQuoteEnquirer.purchase_id == p.id, SupplyQuoteEnquirer.staff_id == user.staff_id)).first()
                is not None))
        if not ok:
            raise refuse("SUPPLY-01", "supply_purchase.missing", f"找不到该办公用品采购（{purchase_id}）")
        return p

    def _locked(self, session: Session, user: SignedIn, purchase_id: Any, *,
                any_enquirer: bool = False) -> SupplyPurchase:
        return self._readable(session, user, purchase_id, lock=True, any_enquirer=any_enquirer)


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 2**31 - 1


def _fact(q: SupplyQuote) -> rules.QuoteFact:
    return rules.QuoteFact(id=q.id, supplier=q.supplier, total=q.total, agreement_supplier=q.agreement_supplier)


def _total(pairs: Any) -> Decimal:
    return sum(((Decimal(p) * q).quantize(Decimal("0.01")) for q, p in pairs), Decimal("0.00"))


def _items(session: Session, ids: set[int]) -> dict[int, SupplyItem]:
    return {i.id: i for i in session.execute(select(SupplyItem).where(SupplyItem.id.in_(sorted(ids) or [0]))).scalars()}


def _department_name(session: Session, department_id: int | None) -> str:
    if department_id is None:
        return ""
    return session.execute(select(Department.name).where(Department.id == department_id)).scalar_one_or_none() or ""


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    return session.execute(select(Staff.name).where(Staff.id == staff_id)).scalar_one_or_none() or ""
