"""The supply sheets' data (issue 14 item 8), read from the tables into the plain values
:mod:`desktop.documents.supply_sheets` prints — with need-to-know: the office (its staff and the
keeper) and the positions that see the whole bureau read every sheet; a section reads its own
issue register; a borrower reads their own loan.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.access import SEES_EVERYTHING
from desktop.domain.supplies.periods import half_label
from desktop.persistence.schema import (
    AssetCard,
    Bureau,
    Department,
    Document,
    Staff,
    SupplyIssue,
    SupplyIssueLine,
    SupplyItem,
    SupplyLoan,
    SupplyLoanSignature,
    SupplyLocation,
    SupplyPurchase,
    SupplyPurchaseLine,
    SupplyQuote,
    SupplyQuoteEnquirer,
    SupplyReceipt,
    SupplyReceiptLine,
    Voucher,
)
from desktop.services.approvals import STATE_LABELS
from desktop.services.asset_records import holds_position
from desktop.services.base import SignedIn, refuse
from desktop.services.supply_records import KEEPERS, LOAN_STATE_LABELS, PURCHASE_STATE_LABELS, is_office_staff

__all__ = ["SheetReader", "may_see_all", "local_time"]


def may_see_all(session: Session, user: SignedIn) -> bool:
    """The keeper, office staff and the SEES_EVERYTHING positions read every supply record."""
    return holds_position(session, user.staff_id, KEEPERS | SEES_EVERYTHING) or is_office_staff(session, user)


def local_time(moment: datetime | None) -> str:
    """A stored (naive UTC) time as the bureau's clock shows it."""
    if moment is None:
        return ""
    return f"{moment.replace(tzinfo=timezone.utc).astimezone():%Y-%m-%d %H:%M}"


class SheetReader:
    """Reads one bureau's supply records for printing, for ``user`` (None: the gallery)."""

    def __init__(self, session: Session, user: SignedIn | None, bureau_id: int | None = None):
        self.session, self.user = session, user
        if user is not None and user.is_admin:
            raise refuse("SEC-13", "report.admin", "系统管理员不查看业务单据")
        self.bureau_id = user.bureau_id if user is not None else int(bureau_id or 0)
        bureau = session.get(Bureau, self.bureau_id)
        self.bureau_name = bureau.name if bureau else ""
        self.all = user is None or may_see_all(session, user)
        self._names: dict[int, str] = {}

    @classmethod
    def for_gallery(cls, session: Session) -> "SheetReader | None":
        bureau = session.execute(select(Bureau.id).order_by(Bureau.id).limit(1)).scalar()
        return None if bureau is None else cls(session, None, bureau)

    # Helpers ------------------------------------------------------------------------------------
    def _name(self, staff_id: int | None) -> str:
        if staff_id is None:
            return ""
        if staff_id not in self._names:
            self._names[staff_id] = self.session.execute(select(Staff.name).where(Staff.id == staff_id)).scalar() or ""
        return self._names[staff_id]

    def _dept(self, department_id: int | None) -> str:
        if department_id is None:
            return ""
        return self.session.execute(select(Department.name).where(Department.id == department_id)).scalar() or ""

    def _maker(self) -> str:
        return self.user.name if self.user is not None else ""

    def _mine(self, model: type, record_id: Any, rule: str, what: str) -> Any:
        row = (self.session.get(model, record_id)
               if isinstance(record_id, int) and not isinstance(record_id, bool) else None)
        if row is None or row.bureau_id != self.bureau_id:
            raise refuse(rule, "supply.missing", f"找不到{what}（{record_id}）")
        return row

    def _require_all(self, what: str) -> None:
        if not self.all:
            raise refuse("SEC-03", "perm.supply_sheet", f"{what}由办公室、财务、局领导或稽核查看")

    def _document(self, document_id: int | None) -> tuple[str, str]:
        if document_id is None:
            return "", "未提交审批"
        doc = self.session.get(Document, document_id)
        return (doc.serial or "", STATE_LABELS.get(doc.state, doc.state)) if doc else ("", "")

    # 入库单 --------------------------------------------------------------------------------------
    def receipt(self, receipt_id: Any) -> Any:
        from desktop.documents.supply_sheets import ReceiptSheet, ReceiptSheetLine

        self._require_all("入库单")
        r = self._mine(SupplyReceipt, receipt_id, "SUPPLY-08", "入库单")
        lines = []
        for line, item, card in self.session.execute(
                select(SupplyReceiptLine, SupplyItem, AssetCard.card_no)
                .join(SupplyItem, SupplyItem.id == SupplyReceiptLine.item_id)
                .outerjoin(AssetCard, AssetCard.id == SupplyReceiptLine.asset_card_id)
                .where(SupplyReceiptLine.receipt_id == r.id).order_by(SupplyReceiptLine.id)):
            lines.append(ReceiptSheetLine(item.code, item.name, item.specification, item.unit, line.quantity,
                                          line.unit_price, line.amount, line.spec_ok, line.quality_ok, card or "",
                                          line.note))
        purchase_no = (self.session.execute(select(SupplyPurchase.purchase_no).where(
            SupplyPurchase.id == r.purchase_id)).scalar() or "") if r.purchase_id else ""
        voucher_no = (self.session.execute(select(Voucher.voucher_no).where(Voucher.id == r.voucher_id)).scalar()
                      or "") if r.voucher_id else ""
        location = self.session.execute(select(SupplyLocation.name).where(SupplyLocation.id == r.location_id)).scalar()
        return ReceiptSheet(self.bureau_name, r.receipt_no, "期初建账" if r.kind == "opening" else "采购入库",
                            purchase_no, r.received_on, r.supplier, r.invoice_no, location or "", self._name(r.checker_id),
                            self._name(r.created_by), self._name(r.created_by), tuple(lines), r.total, voucher_no,
                            r.note)

    # 发放登记册 ----------------------------------------------------------------------------------
    def issue_register(self, first: date, last: date, department_id: int | None) -> Any:
        from desktop.documents.supply_sheets import IssueRegister, IssueRegisterLine

        if not isinstance(first, date) or not isinstance(last, date) or first > last:
            raise refuse("RPT-03", "supply.period", "登记期间不对：起始日期须早于截止日期")
        if (last - first).days > 366:
            raise refuse("RPT-03", "supply.period", "发放登记册一次最多打印一年")
        if not self.all:  # a section reads its own register
            own = self.user.department_id if self.user is not None else None
            if department_id is None:
                department_id = own
            if own is None or department_id != own:
                raise refuse("SEC-03", "perm.supply_sheet", "股室只能查看本股室的发放登记")
        i, line = SupplyIssue, SupplyIssueLine
        q = (select(i, line, SupplyItem).join(line, line.issue_id == i.id).join(SupplyItem, SupplyItem.id == line.item_id)
             .where(i.bureau_id == self.bureau_id, i.issued_on >= first, i.issued_on <= last)
             .order_by(i.issued_on, i.issue_no, line.id))
        if department_id is not None:
            q = q.where(i.department_id == department_id)
        depts: dict[int, str] = {}
        rows = []
        for issue, ln, item in self.session.execute(q):
            if issue.department_id not in depts:
                depts[issue.department_id] = self._dept(issue.department_id)
            signed = (f"{self._name(issue.collector_id)} {local_time(issue.signed_at)}" if issue.signed_at
                      else "未签收")
            note = ("交旧领新" if ln.old_returned else "") or (f"批准：{ln.approval_ref}" if ln.approval_ref else "")
            rows.append(IssueRegisterLine(issue.issued_on, issue.issue_no, depts[issue.department_id],
                                          " ".join(x for x in (item.name, item.specification) if x), item.unit,
                                          ln.quantity, ln.value, self._name(issue.collector_id), signed, note))
        return IssueRegister(self.bureau_name, first, last, self._dept(department_id), self._maker(), tuple(rows))

    # 借用单/归还单 -------------------------------------------------------------------------------
    def loan(self, loan_id: Any) -> Any:
        from desktop.documents.supply_sheets import LoanSheet, LoanSignature

        loan = self._mine(SupplyLoan, loan_id, "SUPPLY-14", "借用单")
        if not self.all and (self.user is None or loan.borrower_id != self.user.staff_id):
            raise refuse("SEC-03", "perm.supply_sheet", "借用单由借用人本人、办公室、财务、局领导或稽核查看")
        item = self.session.get(SupplyItem, loan.item_id)
        signatures = tuple(LoanSignature(s.stage, s.role, self._name(s.staff_id), s.condition, local_time(s.at))
                           for s in self.session.execute(select(SupplyLoanSignature).where(
                               SupplyLoanSignature.loan_id == loan.id).order_by(SupplyLoanSignature.id)).scalars())
        if loan.approved_by is not None:
            verdict = "不同意" if loan.state == "refused" else "同意"
            consent = f"{verdict}　{self._name(loan.approved_by)}　{local_time(loan.approved_at)}"
            if loan.approval_note:
                consent += f"（{loan.approval_note}）"
        else:
            consent = "待办公室负责人审批"
        keeper = next((s.name for s in signatures if s.role == "keeper"), "")
        return LoanSheet(self.bureau_name, loan.loan_no,
                         " ".join(x for x in (item.code, item.name, item.specification) if x) if item else "",
                         loan.quantity, item.unit if item else "", self._name(loan.borrower_id),
                         self._dept(loan.department_id), loan.purpose, loan.requested_on, loan.due_on,
                         LOAN_STATE_LABELS.get(loan.state, loan.state), consent, keeper, signatures, loan.lent_on,
                         loan.returned_on, loan.damaged, loan.compensation)

    # 采购计划, 询价比价表 --------------------------------------------------------------------------
    def plan(self, purchase_id: Any) -> Any:
        from desktop.documents.supply_sheets import PlanSheet, PlanSheetLine

        self._require_all("采购计划")
        p = self._mine(SupplyPurchase, purchase_id, "SUPPLY-03", "采购单")
        lines = []
        for line, item in self.session.execute(
                select(SupplyPurchaseLine, SupplyItem).join(SupplyItem, SupplyItem.id == SupplyPurchaseLine.item_id)
                .where(SupplyPurchaseLine.purchase_id == p.id).order_by(SupplyPurchaseLine.id)):
            lines.append(PlanSheetLine(self._dept(line.department_id), item.code, item.name, item.specification,
                                       item.unit, line.quantity, line.unit_price, line.note))
        lines.sort(key=lambda x: x.department or "\uffff")  # stable: each section's lines together
        serial, doc_state = self._document(p.document_id)
        period = half_label(p.year, p.half) if p.kind == "plan" and p.half else f"{p.year}年临时采购"
        state = f"{doc_state}（{PURCHASE_STATE_LABELS.get(p.state, p.state)}）"
        return PlanSheet(self.bureau_name, p.purchase_no, p.title, period,
                         "半年计划" if p.kind == "plan" else "临时采购", serial, state, self._name(p.created_by),
                         p.created_at.date() if p.created_at else date.today(), tuple(lines))

    def quotation(self, purchase_id: Any) -> Any:
        from desktop.documents.supply_sheets import QuotationSheet, QuoteLine

        self._require_all("询价比价表")
        p = self._mine(SupplyPurchase, purchase_id, "SUPPLY-05", "采购单")
        quotes = tuple(QuoteLine(q.supplier, q.agreement_supplier, q.quoted_on, q.total, q.chosen, q.note)
                       for q in self.session.execute(select(SupplyQuote).where(SupplyQuote.purchase_id == p.id)
                                                     .order_by(SupplyQuote.total, SupplyQuote.id)).scalars())
        enquirers = tuple((self._name(e.staff_id), local_time(e.confirmed_at) or "未确认")
                          for e in self.session.execute(select(SupplyQuoteEnquirer).where(
                              SupplyQuoteEnquirer.purchase_id == p.id).order_by(SupplyQuoteEnquirer.id)).scalars())
        serial, _ = self._document(p.document_id)
        made = p.ordered_at.date() if p.ordered_at else (max((q.quoted_on for q in quotes), default=None)
                                                         or date.today())
        return QuotationSheet(self.bureau_name, p.purchase_no, p.title, serial, p.estimated_total, quotes, enquirers,
                              p.choice_reason, p.procurement_ref, self._name(p.ordered_by) or self._maker(), made)

    # The gallery --------------------------------------------------------------------------------
    def gallery_records(self) -> dict[str, Any]:
        """The record each gallery sheet prints: the fullest receipt, the month with most issues, a
        returned loan (else any), the latest plan purchase and a purchase with quotes."""
        from sqlalchemy import func

        s, b = self.session, self.bureau_id
        found: dict[str, Any] = {}
        found["receipt"] = s.execute(
            select(SupplyReceipt.id).join(SupplyReceiptLine, SupplyReceiptLine.receipt_id == SupplyReceipt.id)
            .where(SupplyReceipt.bureau_id == b).group_by(SupplyReceipt.id)
            .order_by(func.count().desc(), SupplyReceipt.id).limit(1)).scalar()
        days = [d for d, in s.execute(select(SupplyIssue.issued_on).where(SupplyIssue.bureau_id == b))]
        if days:
            months: dict[tuple[int, int], int] = {}
            for d in days:
                months[(d.year, d.month)] = months.get((d.year, d.month), 0) + 1
            y, m = max(months, key=lambda k: (months[k], k))
            from desktop.domain.supplies.periods import month_bounds

            found["issues"] = month_bounds(y, m)
        found["loan"] = s.execute(select(SupplyLoan.id).where(SupplyLoan.bureau_id == b)
                                  .order_by((SupplyLoan.state == "returned").desc(), SupplyLoan.id.desc())
                                  .limit(1)).scalar()
        found["plan"] = s.execute(select(SupplyPurchase.id).where(SupplyPurchase.bureau_id == b)
                                  .order_by((SupplyPurchase.kind == "plan").desc(), SupplyPurchase.id.desc())
                                  .limit(1)).scalar()
        found["quotation"] = s.execute(
            select(SupplyQuote.purchase_id).join(SupplyPurchase, SupplyPurchase.id == SupplyQuote.purchase_id)
            .where(SupplyPurchase.bureau_id == b).group_by(SupplyQuote.purchase_id)
            .order_by(func.count().desc(), SupplyQuote.purchase_id.desc()).limit(1)).scalar()
        from desktop.persistence.schema import SupplyMovement

        latest = s.execute(select(func.max(SupplyMovement.occurred_on)).where(SupplyMovement.bureau_id == b)).scalar()
        found["year"] = latest.year if latest else None
        return found
