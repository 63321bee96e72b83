"""Claims (报销单 with invoice lines), budget lines (预算指标), advances (借款单), the cashier's payments
and the voucher a paid claim drafts — ``desk.claims``.

The rules themselves are pure functions in ``desktop.domain.finance.claims``; this service reads
the rows, calls them, and writes in one transaction with the audit entry.

Design of the budget figures (预算指标, VOUCH-21): ``remaining = approved − spent − committed``.
* At submission the claim's total is checked against ``remaining`` of its line: refused, or (the
  bureau's ``FinanceSettings.budget_overrun == "flag"``) stored with ``Claim.over_budget`` so the
  finance step sees it.
* When the last approval step approves an expense claim (the approval engine's act check for
  ``expense_claim``), the total is *committed*: ``Claim.committed`` and ``BudgetLine.committed`` rise
  in the approving transaction (a refused approval rolls them back with it).
* When the cashier pays, ``committed`` moves to ``spent`` in the paying transaction.
Travel, reception, vehicle and meeting claims get their Claim row when the cashier records the
payment (``ModuleService.record_payment``): the budget line of their economic class, if the bureau
has exactly one for the year, is spent then.

Expense account of a claim's voucher (政府会计制度, documented choice): 5001 业务活动费用 for a
business section (待遇保障股, 基金监管股 …), 5101 单位管理费用 for the management sections (办公室,
规划财务股, 局领导, 人事/综合) and for a claim without a department — see
``desktop.domain.finance.claims.expense_account``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Mapping, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.finance.balances import settle_advance
from desktop.domain.finance.claims import ATTACHMENT_KINDS as DOMAIN_ATTACHMENT_KINDS
from desktop.domain.finance.claims import PAYMENT_METHODS as DOMAIN_PAYMENT_METHODS
from desktop.domain.finance.claims import (
    ZERO,
    BudgetFacts,
    ClaimDims,
    InvoiceLine,
    PaidPart,
    advance_voucher_lines,
    amount_in_words,
    budget_problems,
    claim_problems,
    claim_voucher_lines,
    duplicate_invoice,
    expense_account,
    payment_problems,
    remaining,
    settlement_payments,
)
from desktop.domain.finance.vouchers import LineInput
from desktop.persistence.schema import (
    Advance,
    ApprovalAction,
    Attachment,
    BudgetLine,
    Bureau,
    Claim,
    Department,
    Document,
    FinanceSettings,
    Invoice,
    LedgerAccount,
    Payment,
    Staff,
    Voucher,
)
from desktop.services.approvals import document_of
from desktop.services.base import Refused, SignedIn, refuse
from desktop.domain.access import may_read_reports
from desktop.services.books import shipped_economic_classes
from desktop.services.module_records import ModuleService
from desktop.services.need_to_know import readable, readable_document, require_reports

__all__ = ["ClaimService", "ClaimView", "ClaimSummary", "InvoiceView", "AttachmentView", "BudgetLineView",
           "AdvanceView", "PaymentView", "VoucherProposal", "AwaitingItem", "ClaimCheck", "CLAIM_KIND",
           "ADVANCE_KIND", "ATTACHMENT_KINDS", "PAYMENT_METHODS"]

CLAIM_KIND = "expense_claim"
ADVANCE_KIND = "advance"
# VOUCH-04: attachments by type (the invoice scans are stored with their invoice lines).
ATTACHMENT_KINDS = DOMAIN_ATTACHMENT_KINDS
PAYMENT_METHODS = DOMAIN_PAYMENT_METHODS


@dataclass(frozen=True)
class InvoiceView:
    id: int
    line_no: int
    category: str
    invoice_code: str
    invoice_number: str
    issued_on: date
    issuer: str
    amount: Decimal
    attachment_id: int | None
    sha256: str = ""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    kind: str
    kind_label: str
    file_name: str
    sha256: str
    size: int
    added_by: str


@dataclass(frozen=True)
class BudgetLineView:
    id: int
    year: int
    code: str
    name: str
    project: str
    economic_class: str
    functional_class: str
    department_id: int | None
    special: bool
    purpose: str
    approved: Decimal
    spent: Decimal
    committed: Decimal
    active: bool

    @property
    def remaining(self) -> Decimal:
        return self.approved - self.spent - self.committed


@dataclass(frozen=True)
class PaymentView:
    id: int
    document_id: int
    purpose: str  # claim | advance | refund | top_up
    method: str
    method_label: str
    account_code: str
    amount: Decimal
    paid_on: date
    cashier: str
    reference: str
    voucher_id: int | None


@dataclass(frozen=True)
class AdvanceView:
    document_id: int
    serial: str | None
    title: str
    purpose: str
    borrower_id: int
    borrower: str
    amount: Decimal
    doc_state: str
    state: str  # requested | issued | settled
    budget_line_id: int | None
    issued_on: date | None
    settled_document_id: int | None
    claimed: Decimal
    returned: Decimal  # 应退
    paid_extra: Decimal  # 应补
    payments: tuple[PaymentView, ...] = ()


@dataclass(frozen=True)
class ClaimSummary:
    document_id: int
    kind: str
    serial: str | None
    title: str
    claimant: str
    total: Decimal
    doc_state: str
    state: str  # open | paid | booked
    over_budget: bool


@dataclass(frozen=True)
class ClaimView:
    document_id: int
    kind: str
    serial: str | None
    title: str
    purpose: str
    claimant_id: int
    claimant: str
    department: str
    doc_state: str
    state: str  # open | paid | booked
    total: Decimal
    total_upper: str  # the capitals, always from the figures (VOUCH-01, VOUCH-CP1)
    economic_class: str
    procurement: bool
    routine: bool
    payee: str
    payee_bank: str
    payee_account: str
    over_budget: bool
    committed: Decimal
    paid: Decimal
    budget_line: BudgetLineView | None
    advance: AdvanceView | None
    advanced: Decimal  # 原借款
    returned: Decimal  # 应退
    paid_extra: Decimal  # 应补
    invoices: tuple[InvoiceView, ...]
    attachments: tuple[AttachmentView, ...]
    payments: tuple[PaymentView, ...]
    voucher_id: int | None


@dataclass(frozen=True)
class ClaimCheck:
    """What a claim would be, nothing stored: for the entry form's running checks."""

    total: Decimal
    total_upper: str
    remaining: Decimal | None
    problems: tuple[Any, ...]  # Problem


@dataclass(frozen=True)
class VoucherProposal:
    """The voucher a paid claim or an issued advance drafts (the accountant confirms or edits)."""

    document_id: int
    origin: str  # claim | advance
    voucher_date: date
    summary: str
    attachments: int
    lines: tuple[LineInput, ...]


@dataclass(frozen=True)
class AwaitingItem:
    document_id: int
    kind: str
    serial: str | None
    title: str
    person: str
    amount: Decimal
    paid_on: date | None


FINANCE_WRITERS = frozenset({"finance_head", "accountant"})
ECONOMIC_OF_KIND = {"travel_claim": "30211", "reception_list": "30217", "vehicle_request": "30231",
                    "meeting_claim": "30215"}
PAYABLE_STATES = ("approved", "archived")
MEETING_CLASS = "30215"  # 会议费: never paid in cash (MEET-12, VOUCH-11)


class ClaimService(ModuleService):
    """``desk.claims``: expense claims with invoices, budget lines, advances, the cashier's payments
    and the voucher a paid claim drafts. Every refusal is ``Refused([...])`` listing every problem."""

    def __init__(self, sessions, approvals, books):  # noqa: ANN001
        super().__init__(sessions, approvals)
        self.books = books
        approvals.submit_checks[CLAIM_KIND] = self._submit_check
        approvals.act_checks[CLAIM_KIND] = self._act_check
        approvals.submit_checks[ADVANCE_KIND] = self._advance_submit_check

    # Claims -------------------------------------------------------------------------------------
    def create_claim(self, user: SignedIn, record: Mapping[str, Any], *, files: Mapping[str, bytes] | None = None,
                     submit: bool = False, passphrase: str | None = None) -> int:
        """An expense claim (报销单): the document, its Claim row, invoice lines and attachments, in
        one transaction; with ``submit`` also submitted (VOUCH-01/03/04/05/15/17/21 checked)."""
        from desktop.domain.input_gate.claims import read_claim

        rec, problems = read_claim(record)
        if rec is None:
            raise Refused(_with_purpose(record, problems))
        try:
            with self.transaction() as session:
                self.books.ensure_chart_in(session, user.bureau_id)
                self.ensure_chain_in(session, user, CLAIM_KIND)
                line, problems = self._record_problems(session, user, rec, files or {}, None)
                if problems:
                    raise Refused(problems)
                total = sum((i.amount for i in rec.invoices), ZERO)
                title = rec.title or rec.purpose[:60]
                doc_id = self.approvals.create_in(session, user, CLAIM_KIND, title, purpose=rec.purpose, amount=total,
                                                  payload={"economic_class": rec.economic_class,
                                                           "functional_class": rec.functional_class,
                                                           "project": rec.project, "invoices": len(rec.invoices)})
                claim = Claim(document_id=doc_id, bureau_id=user.bureau_id, claimant_id=user.staff_id, total=total)
                session.add(claim)
                self._fill(session, user, claim, rec, line, files or {})
                self.audit(session, user, "claim.create", "claim", doc_id,
                           after={"total": str(total), "invoices": len(rec.invoices),
                                  "budget_line": line.code if line else None})
                if submit:
                    self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
                return doc_id
        except IntegrityError:  # two PCs claiming the same invoice at once: the unique constraint (VOUCH-03)
            raise refuse("VOUCH-03", "invoice.claimed", "发票已在另一张报销单中报销（同时提交），不得重复报销") from None

    def update_claim(self, user: SignedIn, document_id: int, record: Mapping[str, Any], *,
                     files: Mapping[str, bytes] | None = None) -> None:
        """Replace a draft or returned claim's fields, invoices and attachments (claimant only)."""
        from desktop.domain.input_gate.claims import read_claim

        rec, problems = read_claim(record)
        if rec is None:
            raise Refused(_with_purpose(record, problems))
        try:
            with self.transaction() as session:
                doc = document_of(session, user, document_id, lock=True)
                claim = self._claim_row(session, doc)
                if doc.submitter_id != user.staff_id:
                    raise refuse("IC-03", "claim.not_mine", "只有经办人本人可以修改报销单")
                if doc.state not in ("draft", "returned"):
                    raise refuse("VOUCH-04", "claim.state", "只有草稿或已退回的报销单可以修改")
                for inv in session.execute(select(Invoice).where(Invoice.document_id == doc.id)).scalars():
                    session.delete(inv)
                for att in session.execute(select(Attachment).where(Attachment.document_id == doc.id)).scalars():
                    session.delete(att)
                session.flush()
                line, problems = self._record_problems(session, user, rec, files or {}, doc.id)
                if problems:
                    raise Refused(problems)
                total = sum((i.amount for i in rec.invoices), ZERO)
                doc.title = (rec.title or rec.purpose[:60]).strip()
                doc.purpose = rec.purpose.strip()
                doc.amount = total
                self.update_payload(session, user, doc, {"economic_class": rec.economic_class,
                                                         "functional_class": rec.functional_class,
                                                         "project": rec.project, "invoices": len(rec.invoices)},
                                    "claim.update")
                claim.total = total
                self._fill(session, user, claim, rec, line, files or {})
        except IntegrityError:
            raise refuse("VOUCH-03", "invoice.claimed", "发票已在另一张报销单中报销（同时提交），不得重复报销") from None

    def preview_claim(self, user: SignedIn, record: Mapping[str, Any], *,
                      files: Mapping[str, bytes] | None = None) -> ClaimCheck:
        """The total, its capitals, what remains on the budget line and every problem; nothing stored."""
        from desktop.domain.input_gate.claims import read_claim

        rec, problems = read_claim(record)
        if rec is None:
            return ClaimCheck(ZERO, amount_in_words(ZERO), None, tuple(_with_purpose(record, problems)))
        with self.reading() as session:
            line, problems = self._record_problems(session, user, rec, files or {}, None, check_files=files is not None)
        total = sum((i.amount for i in rec.invoices), ZERO)
        return ClaimCheck(total, amount_in_words(total), remaining(_facts(line)) if line else None, tuple(problems))

    def add_attachment(self, user: SignedIn, document_id: int, kind: str, file_name: str, content: bytes) -> int:
        """Attach a file by type (VOUCH-04) to a claim or advance: by its claimant while draft or
        returned; an explanation (VOUCH-09) also until the finance head has approved."""
        if kind not in ATTACHMENT_KINDS:
            raise refuse("VOUCH-04", "attachment.kind", f"附件类型须为：{'、'.join(ATTACHMENT_KINDS)}")
        problems = _file_problems(file_name, content)
        if problems:
            raise Refused(problems)
        with self.transaction() as session:
            doc = document_of(session, user, document_id, lock=True)
            if doc.kind not in (CLAIM_KIND, ADVANCE_KIND, *ECONOMIC_OF_KIND):
                raise refuse("VOUCH-04", "attachment.document", "该类单据不在此添加附件")
            if doc.submitter_id != user.staff_id:
                raise refuse("IC-03", "attachment.not_mine", "只有经办人本人可以添加附件")
            if doc.state not in ("draft", "returned", "submitted"):
                raise refuse("VOUCH-04", "attachment.state", "审批完毕的单据不能再添加附件")
            att = self._attach(session, user, doc.id, kind, file_name, content)
            self.audit(session, user, "attachment.add", "attachment", att.id,
                       after={"document": doc.id, "kind": kind, "sha256": att.sha256, "size": att.size})
            return att.id

    def attachment_content(self, user: SignedIn, attachment_id: int) -> tuple[str, bytes]:
        with self.reading() as session:
            att = session.get(Attachment, attachment_id)
            if att is None or att.bureau_id != user.bureau_id:
                raise refuse("IC-14", "attachment.missing", "找不到该附件")
            readable_document(session, user, att.document_id)
            return att.file_name, bytes(att.content)

    def submit(self, user: SignedIn, document_id: int, *, passphrase: str | None = None) -> str:
        return self.approvals.submit(user, document_id, passphrase=passphrase)

    def claim(self, user: SignedIn, document_id: int) -> ClaimView:
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            claim = session.get(Claim, doc.id)
            if claim is None:
                raise refuse("IC-14", "claim.missing", "该单据没有报销财务信息（尚未付款的差旅、接待等报销单在付款时登记）")
            return self._claim_view(session, doc, claim)

    def claims(self, user: SignedIn, *, states: Sequence[str] | None = None, kinds: Sequence[str] | None = None,
               limit: int = 200) -> list[ClaimSummary]:
        """Claims this person may read, newest first; ``states`` are the Claim's (open|paid|booked)."""
        with self.reading() as session:
            q = (select(Claim, Document).join(Document, Document.id == Claim.document_id)
                 .where(Claim.bureau_id == user.bureau_id, readable(session, user)))
            if states:
                q = q.where(Claim.state.in_(list(states)))
            if kinds:
                q = q.where(Document.kind.in_(list(kinds)))
            rows = session.execute(q.order_by(Document.id.desc()).limit(max(1, min(limit, 5000)))).all()
            names = self._names(session, user.bureau_id)
            return [ClaimSummary(d.id, d.kind, d.serial, d.title, names.get(c.claimant_id, ""), c.total, d.state,
                                 c.state, c.over_budget) for c, d in rows]

    # Budget lines ---------------------------------------------------------------------------------
    def create_budget_line(self, user: SignedIn, record: Mapping[str, Any]) -> int:
        """预算指标 for a year (finance head or accountant)."""
        from desktop.domain.input_gate.claims import read_budget_line

        self._require_finance(user)
        rec, problems = read_budget_line(record)
        if rec is None:
            raise Refused(problems)
        with self.transaction() as session:
            if session.execute(select(BudgetLine.id).where(BudgetLine.bureau_id == user.bureau_id,
                                                           BudgetLine.year == rec.year,
                                                           BudgetLine.code == rec.code)).first():
                raise refuse("VOUCH-21", "budget.duplicate", f"{rec.year} 年度已有预算指标 {rec.code}")
            self._check_department(session, user, rec.department_id)
            line = BudgetLine(bureau_id=user.bureau_id, year=rec.year, code=rec.code, name=rec.name,
                              project=rec.project, economic_class=rec.economic_class,
                              functional_class=rec.functional_class, department_id=rec.department_id,
                              special=rec.special, purpose=rec.purpose, approved=rec.approved, active=rec.active)
            session.add(line)
            session.flush()
            self.audit(session, user, "budget_line.create", "budget_line", line.id,
                       after={"year": rec.year, "code": rec.code, "approved": str(rec.approved), "special": rec.special})
            return line.id

    def update_budget_line(self, user: SignedIn, line_id: int, record: Mapping[str, Any]) -> None:
        """Change a budget line (the keys given); the approved amount never below spent + committed."""
        from desktop.domain.input_gate.claims import read_budget_line

        self._require_finance(user)
        with self.transaction() as session:
            line = self._budget_row(session, user, line_id, lock=True)
            current = {"year": line.year, "code": line.code, "name": line.name, "project": line.project,
                       "economic_class": line.economic_class, "functional_class": line.functional_class,
                       "department_id": line.department_id, "special": line.special, "purpose": line.purpose,
                       "approved": str(line.approved), "active": line.active}
            if not isinstance(record, Mapping):
                raise refuse("VOUCH-21", "budget", "预算指标：须为 JSON 对象")
            rec, problems = read_budget_line({**current, **record})
            if rec is None:
                raise Refused(problems)
            if (rec.year, rec.code) != (line.year, line.code) and session.execute(select(BudgetLine.id).where(
                    BudgetLine.bureau_id == user.bureau_id, BudgetLine.year == rec.year,
                    BudgetLine.code == rec.code)).first():
                problems.append(Problem("VOUCH-21", "budget.duplicate", f"{rec.year} 年度已有预算指标 {rec.code}"))
            if rec.approved < line.spent + line.committed:
                problems.append(Problem("VOUCH-21", "budget.below_used",
                                        f"批复金额不能低于已支出与已占用之和 ¥{line.spent + line.committed:,.2f}"))
            if line.spent + line.committed and (rec.special != line.special or rec.economic_class != line.economic_class):
                problems.append(Problem("VOUCH-21", "budget.purpose_change",
                                        "已有支出的预算指标不能改变经济分类或专项属性（专项资金变更须按规定程序报批）"))
            if problems:
                raise Refused(problems)
            self._check_department(session, user, rec.department_id)
            for key in ("year", "code", "name", "project", "economic_class", "functional_class", "department_id",
                        "special", "purpose", "approved", "active"):
                setattr(line, key, getattr(rec, key))
            self.audit(session, user, "budget_line.update", "budget_line", line.id, before=current,
                       after={k: str(v) if isinstance(v, Decimal) else v for k, v in rec.model_dump().items()})

    def budget_lines(self, user: SignedIn, year: int | None = None) -> list[BudgetLineView]:
        self._require_budget_reader(user)
        with self.reading() as session:
            q = select(BudgetLine).where(BudgetLine.bureau_id == user.bureau_id)
            if year is not None:
                q = q.where(BudgetLine.year == year)
            return [_line_view(r) for r in session.execute(q.order_by(BudgetLine.year, BudgetLine.code)).scalars()]

    def claimable_budget_lines(self, user: SignedIn, year: int) -> list[BudgetLineView]:
        """The active lines a claimant may charge: the bureau-wide ones and their own section's, with
        what remains — what the claim sheet prints anyway (need-to-know: not other sections' lines)."""
        if user.is_admin:
            return []
        with self.reading() as session:
            q = select(BudgetLine).where(BudgetLine.bureau_id == user.bureau_id, BudgetLine.year == year,
                                         BudgetLine.active)
            if not may_read_reports(user.actor):
                q = q.where(or_(BudgetLine.department_id.is_(None), BudgetLine.department_id == user.department_id))
            return [_line_view(r) for r in session.execute(q.order_by(BudgetLine.code)).scalars()]

    def budget_line(self, user: SignedIn, line_id: int) -> BudgetLineView:
        self._require_budget_reader(user)
        with self.reading() as session:
            return _line_view(self._budget_row(session, user, line_id))

    # Advances -------------------------------------------------------------------------------------
    def request_advance(self, user: SignedIn, record: Mapping[str, Any], *, submit: bool = False,
                        passphrase: str | None = None) -> int:
        """借款单 (kind ``advance``): the document through the bureau's chain and its Advance row."""
        from desktop.domain.input_gate.claims import read_advance

        rec, problems = read_advance(record)
        if rec is None:
            raise Refused(problems)
        with self.transaction() as session:
            self.ensure_chain_in(session, user, ADVANCE_KIND)
            line = None
            if rec.budget_line:
                line = self._line_by_code(session, user, rec.budget_line, date.today().year)
                if line is None:
                    raise refuse("VOUCH-21", "budget.missing", f"{date.today().year} 年度没有预算指标 {rec.budget_line}")
            doc_id = self.approvals.create_in(session, user, ADVANCE_KIND, rec.title or f"借款：{rec.purpose[:50]}",
                                              purpose=rec.purpose, amount=rec.amount,
                                              payload={"economic_class": rec.economic_class})
            adv = Advance(bureau_id=user.bureau_id, document_id=doc_id, borrower_id=user.staff_id, amount=rec.amount,
                          purpose=rec.purpose, budget_line_id=line.id if line else None)
            session.add(adv)
            session.flush()
            self.audit(session, user, "advance.request", "advance", adv.id,
                       after={"document": doc_id, "amount": str(rec.amount)})
            if submit:
                self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def issue_advance(self, user: SignedIn, document_id: int, *, method: str, account_code: str | None = None,
                      paid_on: date | None = None, reference: str = "") -> int:
        """The cashier pays out an approved advance (purpose ``advance``); returns the payment id."""
        self._require_cashier(user)
        paid_on = paid_on or date.today()
        with self.transaction() as session:
            doc = document_of(session, user, document_id, lock=True)
            adv = session.execute(select(Advance).where(Advance.document_id == doc.id).with_for_update()).scalar_one_or_none()
            if doc.kind != ADVANCE_KIND or adv is None:
                raise refuse("VOUCH-04", "advance.missing", "该单据不是借款单")
            problems: list[Problem] = []
            if doc.submitter_id == user.staff_id:
                problems.append(Problem("IC-03", "sod.payment", "出纳不得为本人的借款单付款"))
            if doc.state not in PAYABLE_STATES:
                problems.append(Problem("VOUCH-04", "advance.state", "只有审批完毕的借款单才能付款"))
            if adv.state != "requested":
                problems.append(Problem("VOUCH-04", "advance.issued", "该借款已付出，不能重复付款"))
            settings = self.books.settings_in(session, user.bureau_id)
            code, cash_kind = self._pay_account(session, user, method, account_code)
            problems += payment_problems(method=method, account_code=code, cash_kind=cash_kind, amount=adv.amount,
                                         cash_limit=settings.cash_payment_limit, cash_allowed=True,
                                         official_card_class=False, explanation_approved=True, to_own_account=False)
            problems += self._date_problems(session, doc, paid_on)
            if problems:
                raise Refused(problems)
            pay = Payment(bureau_id=user.bureau_id, document_id=doc.id, purpose="advance", method=method,
                          account_code=code, amount=adv.amount, paid_on=paid_on, cashier_id=user.staff_id,
                          reference=reference.strip()[:100])
            session.add(pay)
            adv.state, adv.issued_on = "issued", paid_on
            session.flush()
            self.audit(session, user, "advance.issue", "payment", pay.id,
                       after={"document": doc.id, "amount": str(adv.amount), "method": method, "account": code})
            return pay.id

    def advance(self, user: SignedIn, document_id: int) -> AdvanceView:
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            adv = session.execute(select(Advance).where(Advance.document_id == doc.id)).scalar_one_or_none()
            if adv is None:
                raise refuse("IC-14", "advance.missing", "该单据不是借款单")
            return self._advance_view(session, adv, doc, self._names(session, user.bureau_id))

    def advances(self, user: SignedIn, *, states: Sequence[str] | None = None) -> list[AdvanceView]:
        with self.reading() as session:
            q = (select(Advance, Document).join(Document, Document.id == Advance.document_id)
                 .where(Advance.bureau_id == user.bureau_id, readable(session, user)))
            if states:
                q = q.where(Advance.state.in_(list(states)))
            names = self._names(session, user.bureau_id)
            return [self._advance_view(session, a, d, names)
                    for a, d in session.execute(q.order_by(Advance.id.desc()).limit(1000)).all()]

    # Payment --------------------------------------------------------------------------------------
    def pay(self, user: SignedIn, document_id: int, *, method: str, account_code: str | None = None,
            paid_on: date | None = None, reference: str = "", to_own_account: bool = False) -> list[int]:
        """The cashier pays an approved expense claim (never their own): the total, or for a claim
        settling an advance the difference (应补 ``top_up``, or 应退 ``refund`` received back).
        Budget: committed → spent in the same transaction. VOUCH-09/10/11 checked."""
        self._require_cashier(user)
        paid_on = paid_on or date.today()
        with self.transaction() as session:
            doc = document_of(session, user, document_id, lock=True)
            claim = session.execute(select(Claim).where(Claim.document_id == doc.id).with_for_update()).scalar_one_or_none()
            if doc.kind != CLAIM_KIND or claim is None:
                raise refuse("VOUCH-04", "payment.kind",
                             "该单据不是报销单（差旅、接待、用车、会议报销在各自模块登记付款）")
            problems: list[Problem] = []
            if doc.submitter_id == user.staff_id or claim.claimant_id == user.staff_id:
                problems.append(Problem("IC-03", "sod.payment", "出纳不得为本人的报销单付款"))
            if doc.state not in PAYABLE_STATES:
                problems.append(Problem("VOUCH-04", "payment.state", "只有审批完毕的报销单才能付款"))
            if claim.state != "open":
                problems.append(Problem("VOUCH-04", "payment.duplicate", "该报销单已付款，不能重复付款"))
            adv = session.get(Advance, claim.advance_id) if claim.advance_id else None
            if adv is not None and adv.state != "issued":
                problems.append(Problem("VOUCH-04", "advance.not_issued",
                                        "所冲借款尚未付出或已结清，不能结算" if adv.state != "settled" else "所冲借款已结清"))
            parts = settlement_payments(adv.amount, claim.total) if adv is not None else [("claim", claim.total)]
            settings = self.books.settings_in(session, user.bureau_id)
            code, cash_kind = self._pay_account(session, user, method, account_code)
            bureau = session.get(Bureau, user.bureau_id)
            own = to_own_account or (claim.payee.strip() != "" and claim.payee.strip() == bureau.name.strip())
            for purpose, amount in parts:
                if purpose == "refund":  # money coming back: only the account must be a cash or bank one
                    if not cash_kind:
                        problems.append(Problem("VOUCH-10", "payment.account", f"科目 {code} 不是库存现金或银行存款"))
                    continue
                problems += payment_problems(
                    method=method, account_code=code, cash_kind=cash_kind, amount=amount,
                    cash_limit=settings.cash_payment_limit, cash_allowed=claim.economic_class != MEETING_CLASS,
                    official_card_class=claim.economic_class in _official_card_classes(),
                    explanation_approved=self._explanation_approved(session, doc) is not None,
                    to_own_account=own, economic_class=claim.economic_class)
            problems += self._date_problems(session, doc, paid_on)
            if problems:
                raise Refused(problems)
            explainer = self._explanation_approved(session, doc)
            ids = []
            for purpose, amount in parts:
                pay = Payment(bureau_id=user.bureau_id, document_id=doc.id, purpose=purpose, method=method,
                              account_code=code, amount=amount, paid_on=paid_on, cashier_id=user.staff_id,
                              reference=reference.strip()[:100],
                              explanation_id=explainer[0] if explainer and purpose != "refund" else None,
                              explanation_approved_by=explainer[1] if explainer and purpose != "refund" else None)
                session.add(pay)
                session.flush()
                ids.append(pay.id)
            if adv is not None:
                s = settle_advance(adv.amount, claim.total)
                adv.state, adv.settled_document_id, adv.settled_on = "settled", doc.id, paid_on
                adv.claimed, adv.returned, adv.paid_extra = claim.total, s.returned, s.paid_extra
            self._spend(session, claim)
            claim.paid, claim.state = claim.total, "paid"
            self.update_payload(session, user, doc, {"payment": {
                "method": method, "method_label": PAYMENT_METHODS.get(method, method), "paid_on": paid_on.isoformat(),
                "payer": user.name, "reference": reference.strip()[:100]},
                "payment_text": f"{PAYMENT_METHODS.get(method, method)} {paid_on.isoformat()} 出纳{user.name}"},
                "payment.record")
            self.audit(session, user, "claim.pay", "claim", doc.id,
                       after={"payments": [{"purpose": p, "amount": str(a)} for p, a in parts], "method": method,
                              "account": code, "paid_on": paid_on.isoformat()})
            return ids

    def payments(self, user: SignedIn, document_id: int) -> list[PaymentView]:
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            return self._payment_views(session, doc.id, self._names(session, user.bureau_id))

    # Vouchers -------------------------------------------------------------------------------------
    def awaiting_voucher(self, user: SignedIn) -> list[AwaitingItem]:
        """Paid claims (any kind) and issued advances without a voucher, oldest payment first."""
        self.books.require_reader(user)
        with self.reading() as session:
            names = self._names(session, user.bureau_id)
            out: list[AwaitingItem] = []
            rows = session.execute(select(Claim, Document).join(Document, Document.id == Claim.document_id)
                                   .where(Claim.bureau_id == user.bureau_id, Claim.state == "paid")).all()
            for c, d in rows:
                paid_on = session.execute(select(func.max(Payment.paid_on)).where(Payment.document_id == d.id)).scalar()
                out.append(AwaitingItem(d.id, d.kind, d.serial, d.title, names.get(c.claimant_id, ""), c.total, paid_on))
            rows = session.execute(select(Payment, Document, Advance).join(Document, Document.id == Payment.document_id)
                                   .join(Advance, Advance.document_id == Document.id)
                                   .where(Payment.bureau_id == user.bureau_id, Payment.purpose == "advance",
                                          Payment.voucher_id.is_(None))).all()
            for p, d, a in rows:
                out.append(AwaitingItem(d.id, d.kind, d.serial, d.title, names.get(a.borrower_id, ""), p.amount, p.paid_on))
            return sorted(out, key=lambda i: (i.paid_on or date.max, i.document_id))

    def voucher_proposal(self, user: SignedIn, document_id: int) -> VoucherProposal:
        """The voucher a paid claim or an issued advance drafts (政府会计制度, 平行记账)."""
        self.books.require_maker(user)
        with self.reading() as session:
            doc = document_of(session, user, document_id)
            return self._proposal(session, user, doc)[0]

    def make_voucher_from(self, user: SignedIn, document_id: int, lines: Sequence[LineInput] | None = None, *,
                          submit: bool = False, passphrase: str | None = None) -> int:
        """The accountant confirms (or, with ``lines``, edits) the proposal: the voucher is made
        through the books (origin claim|advance, linked to the document), its payments linked and
        the claim booked — one transaction; with ``submit`` also sent for review."""
        self.books.require_maker(user)
        with self.transaction() as session:
            doc = document_of(session, user, document_id, lock=True)
            proposal, payments = self._proposal(session, user, doc)
            chosen = list(lines) if lines is not None else list(proposal.lines)
            voucher_id = self.books.make_voucher_in(session, user, proposal.voucher_date, chosen,
                                                    summary=proposal.summary, attachments=proposal.attachments,
                                                    origin=proposal.origin, source_document_id=doc.id)
            for p in payments:
                p.voucher_id = voucher_id
            claim = session.get(Claim, doc.id)
            if claim is not None and proposal.origin == "claim":
                claim.state = "booked"
            session.flush()
            self.audit(session, user, "claim.voucher", "claim" if proposal.origin == "claim" else "advance",
                       doc.id, after={"voucher": voucher_id, "edited": lines is not None})
            if submit:
                self.approvals.submit_in(session, user, session.get(Voucher, voucher_id).document_id,
                                         passphrase=passphrase)
            return voucher_id

    # Approval hooks -------------------------------------------------------------------------------
    def _submit_check(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        """At submission: the claim's rules again and its budget line (refused, or flagged)."""
        claim = session.get(Claim, doc.id)
        if claim is None:  # a generic expense claim made before the finance core: no invoice lines to check
            return []
        invoices = session.execute(select(Invoice).where(Invoice.document_id == doc.id)).scalars().all()
        kinds = set(session.execute(select(Attachment.kind).where(Attachment.document_id == doc.id)).scalars())
        settings = self.books.settings_in(session, doc.bureau_id)
        problems = claim_problems(purpose=doc.purpose, invoices=[_inv(i) for i in invoices], declared=claim.total,
                                  attachment_kinds=kinds, procurement=claim.procurement, routine=claim.routine,
                                  contract_threshold=settings.contract_threshold)
        line = session.get(BudgetLine, claim.budget_line_id) if claim.budget_line_id else None
        budget, over = budget_problems(_facts(line) if line else None, amount=claim.total,
                                       economic_class=claim.economic_class, year=date.today().year,
                                       overrun=settings.budget_overrun)
        problems += budget
        if not problems and claim.over_budget != over:
            claim.over_budget = over
        return problems

    def _act_check(self, session: Session, user: SignedIn, doc: Document, action: str) -> list[Problem]:
        """On the last approval: the budget is checked again and the total committed on the line
        (a refused approval rolls it back with everything else)."""
        claim = session.get(Claim, doc.id)
        steps = json.loads(doc.steps_json or "[]")
        if action != "approve" or claim is None or doc.step_index is None or doc.step_index != len(steps) - 1:
            return []
        if not claim.budget_line_id or claim.committed:
            return []
        line = session.execute(select(BudgetLine).where(BudgetLine.id == claim.budget_line_id)
                               .with_for_update()).scalar_one()
        settings = self.books.settings_in(session, doc.bureau_id)
        problems, over = budget_problems(_facts(line), amount=claim.total, economic_class=claim.economic_class,
                                         year=line.year, overrun=settings.budget_overrun)
        problems = [p for p in problems if p.code == "budget.overrun"]
        if problems:
            return problems
        claim.committed = claim.total
        claim.over_budget = claim.over_budget or over
        line.committed = line.committed + claim.total
        return []

    def _advance_submit_check(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        adv = session.execute(select(Advance).where(Advance.document_id == doc.id)).scalar_one_or_none()
        if adv is None:
            return [Problem("VOUCH-04", "advance.missing", "借款单须经“借款单”录入（金额与用途）")]
        return [] if adv.amount > 0 else [Problem("VOUCH-01", "advance.amount", "借款金额须大于零")]

    # Internals ------------------------------------------------------------------------------------
    @staticmethod
    def _require_finance(user: SignedIn) -> None:
        if not FINANCE_WRITERS & set(user.positions):
            raise refuse("IC-14", "perm.budget", "预算指标须由财务负责人或会计维护")

    @staticmethod
    def _require_budget_reader(user: SignedIn) -> None:
        if not FINANCE_WRITERS & set(user.positions):
            require_reports(user)

    @staticmethod
    def _require_cashier(user: SignedIn) -> None:
        if "cashier" not in user.positions:
            raise refuse("IC-03", "perm.payment", "付款须由出纳办理")

    @staticmethod
    def _check_department(session: Session, user: SignedIn, department_id: int | None) -> None:
        if department_id is None:
            return
        dept = session.get(Department, department_id)
        if dept is None or dept.bureau_id != user.bureau_id:
            raise refuse("IC-01", "budget.department", "找不到该部门")

    @staticmethod
    def _names(session: Session, bureau_id: int) -> dict[int, str]:
        return dict(session.execute(select(Staff.id, Staff.name).where(Staff.bureau_id == bureau_id)).all())

    @staticmethod
    def _budget_row(session: Session, user: SignedIn, line_id: int, *, lock: bool = False) -> BudgetLine:
        q = select(BudgetLine).where(BudgetLine.id == line_id)
        if lock:
            q = q.with_for_update()
        line = session.execute(q).scalar_one_or_none()
        if line is None or line.bureau_id != user.bureau_id:
            raise refuse("IC-14", "budget.missing", f"没有预算指标 #{line_id}")
        return line

    @staticmethod
    def _line_by_code(session: Session, user: SignedIn, code: str, year: int) -> BudgetLine | None:
        return session.execute(select(BudgetLine).where(BudgetLine.bureau_id == user.bureau_id,
                                                        BudgetLine.year == year, BudgetLine.code == code)
                               ).scalar_one_or_none()

    @staticmethod
    def _line_for_class(session: Session, bureau_id: int, economic_class: str, year: int,
                        department_id: int | None) -> BudgetLine | None:
        """The economic class picks the line: the one active, non-special line of that class for the
        year (the department's own when several)."""
        if not economic_class:
            return None
        rows = session.execute(select(BudgetLine).where(BudgetLine.bureau_id == bureau_id, BudgetLine.year == year,
                                                        BudgetLine.economic_class == economic_class,
                                                        BudgetLine.active.is_(True),
                                                        BudgetLine.special.is_(False))).scalars().all()
        if len(rows) > 1:
            rows = [r for r in rows if r.department_id == department_id] or rows
        return rows[0] if len(rows) == 1 else None

    def _claim_row(self, session: Session, doc: Document) -> Claim:
        claim = session.get(Claim, doc.id) if doc.kind == CLAIM_KIND else None
        if claim is None:
            raise refuse("VOUCH-04", "claim.missing", "该单据不是带发票明细的报销单")
        return claim

    def _record_problems(self, session: Session, user: SignedIn, rec: Any, files: Mapping[str, bytes],
                         doc_id: int | None, *, check_files: bool = True) -> tuple[BudgetLine | None, list[Problem]]:
        """Every problem of a claim record against the rules and the stored data, at once."""
        settings = session.get(FinanceSettings, user.bureau_id)  # None before the books: the documented defaults
        threshold = settings.contract_threshold if settings else Decimal("3000.00")
        overrun = settings.budget_overrun if settings else "refuse"
        invoices = [InvoiceLine(i.category, i.code, i.number, i.date, i.issuer, i.amount) for i in rec.invoices]
        kinds = {a.kind for a in rec.attachments} | ({"invoice"} if any(i.file for i in rec.invoices) else set())
        problems = claim_problems(purpose=rec.purpose, invoices=invoices, declared=rec.amount, attachment_kinds=kinds,
                                  procurement=rec.procurement, routine=rec.routine, contract_threshold=threshold)
        if check_files:
            named = [i.file for i in rec.invoices if i.file] + [a.file for a in rec.attachments]
            for name in named:
                if name not in files:
                    problems.append(Problem("VOUCH-04", "claim.file", f"附件文件“{name[:80]}”未提供"))
                else:
                    problems += _file_problems(name, files[name])
        if rec.economic_class and rec.economic_class not in {c.code for c in shipped_economic_classes()}:
            problems.append(Problem("VOUCH-21", "claim.economic_class", f"没有经济分类 {rec.economic_class}"))
        # VOUCH-01/03: an invoice already on any claim, naming the first claim and its claimant.
        keys = [(i.invoice_code.strip(), i.invoice_number.strip()) for i in invoices]
        if keys:
            numbers = {k[1] for k in keys}
            rows = session.execute(select(Invoice.invoice_code, Invoice.invoice_number, Document.serial, Document.id,
                                          Staff.name).join(Claim, Claim.document_id == Invoice.document_id)
                                   .join(Document, Document.id == Invoice.document_id)
                                   .join(Staff, Staff.id == Claim.claimant_id)
                                   .where(Invoice.bureau_id == user.bureau_id, Invoice.invoice_number.in_(numbers))).all()
            found = {(r.invoice_code, r.invoice_number): r for r in rows if r.id != doc_id}
            for n, key in enumerate(keys, 1):
                if key in found:
                    r = found[key]
                    problems.append(duplicate_invoice(n, key[0], key[1], r.serial or f"草稿#{r.id}", r.name))
        year = date.today().year
        line = None
        if rec.budget_line:
            line = self._line_by_code(session, user, rec.budget_line, year)
            if line is None:
                problems.append(Problem("VOUCH-21", "budget.missing", f"{year} 年度没有预算指标 {rec.budget_line}"))
        elif rec.budget_line_id:
            line = session.get(BudgetLine, rec.budget_line_id)
            if line is None or line.bureau_id != user.bureau_id:
                problems.append(Problem("VOUCH-21", "budget.missing", f"没有预算指标 #{rec.budget_line_id}"))
                line = None
        else:
            line = self._line_for_class(session, user.bureau_id, rec.economic_class, year, user.department_id)
        if line is not None:
            total = sum((i.amount for i in invoices), ZERO)
            budget, _over = budget_problems(_facts(line), amount=total, economic_class=rec.economic_class, year=year,
                                            overrun=overrun)
            problems += budget
        if rec.advance:
            adv = session.execute(select(Advance).where(Advance.document_id == rec.advance)).scalar_one_or_none()
            if adv is None or adv.bureau_id != user.bureau_id:
                problems.append(Problem("VOUCH-04", "claim.advance", f"没有借款单 #{rec.advance}"))
            else:
                if adv.borrower_id != user.staff_id:
                    problems.append(Problem("VOUCH-04", "claim.advance_other", "只能冲销本人的借款"))
                if adv.state == "settled":
                    problems.append(Problem("VOUCH-04", "claim.advance_settled", "该借款已结清"))
                other = session.execute(select(Claim.document_id).where(Claim.advance_id == adv.id)).scalars().all()
                if [d for d in other if d != doc_id]:
                    problems.append(Problem("VOUCH-04", "claim.advance_taken", "该借款已由另一张报销单冲销"))
        return line, problems

    def _fill(self, session: Session, user: SignedIn, claim: Claim, rec: Any, line: BudgetLine | None,
              files: Mapping[str, bytes]) -> None:
        claim.economic_class = rec.economic_class
        claim.budget_line_id = line.id if line else None
        claim.advance_id = None
        if rec.advance:
            claim.advance_id = session.execute(select(Advance.id).where(Advance.document_id == rec.advance)).scalar()
        claim.payee, claim.payee_bank, claim.payee_account = rec.payee or user.name, rec.bank, rec.account
        claim.procurement, claim.routine = rec.procurement, rec.routine
        session.flush()
        for n, i in enumerate(rec.invoices, 1):
            att = self._attach(session, user, claim.document_id, "invoice", i.file, files[i.file]) if i.file else None
            session.add(Invoice(bureau_id=user.bureau_id, document_id=claim.document_id, line_no=n, category=i.category,
                                invoice_code=i.code, invoice_number=i.number, issued_on=i.date, issuer=i.issuer,
                                amount=i.amount, attachment_id=att.id if att else None))
        for a in rec.attachments:
            self._attach(session, user, claim.document_id, a.kind, a.file, files[a.file])
        session.flush()

    @staticmethod
    def _attach(session: Session, user: SignedIn, doc_id: int, kind: str, file_name: str, content: bytes) -> Attachment:
        att = Attachment(bureau_id=user.bureau_id, document_id=doc_id, kind=kind, file_name=file_name[:200],
                         sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content,
                         added_by=user.staff_id)
        session.add(att)
        session.flush()
        return att

    @staticmethod
    def _pay_account(session: Session, user: SignedIn, method: str, account_code: str | None) -> tuple[str, str]:
        """(code, cash_kind) of the account paid from: by default 1001 for cash, 1011 otherwise."""
        code = (account_code or ("1001" if method == "cash" else "1011")).strip()
        acc = session.execute(select(LedgerAccount).where(LedgerAccount.bureau_id == user.bureau_id,
                                                          LedgerAccount.code == code)).scalar_one_or_none()
        return code, (acc.cash_kind if acc is not None else "")

    def _date_problems(self, session: Session, doc: Document, paid_on: date) -> list[Problem]:
        approved = self.approved_on(session, doc)
        if approved is not None and paid_on < approved:
            return [Problem("VOUCH-04", "payment.date", "付款日期早于审批完成日期")]
        return []

    @staticmethod
    def _explanation_approved(session: Session, doc: Document) -> tuple[int, int] | None:
        """(attachment id, finance head's staff id) when an explanation (情况说明) was attached before
        the finance head approved the claim in its current round (VOUCH-09: signed by the finance head)."""
        act = session.execute(select(ApprovalAction).where(ApprovalAction.document_id == doc.id,
                                                           ApprovalAction.round == doc.round,
                                                           ApprovalAction.action == "approve",
                                                           ApprovalAction.step_key == "finance_head")
                              .order_by(ApprovalAction.id.desc()).limit(1)).scalar_one_or_none()
        if act is None:
            return None
        att = session.execute(select(Attachment).where(Attachment.document_id == doc.id,
                                                       Attachment.kind == "explanation",
                                                       Attachment.added_at <= act.at)
                              .order_by(Attachment.id).limit(1)).scalar_one_or_none()
        return (att.id, act.person_id) if att is not None else None

    @staticmethod
    def _spend(session: Session, claim: Claim) -> None:
        """Paid: the line's committed amount moves to spent (in the paying transaction)."""
        if not claim.budget_line_id:
            return
        line = session.execute(select(BudgetLine).where(BudgetLine.id == claim.budget_line_id)
                               .with_for_update()).scalar_one()
        line.committed = line.committed - claim.committed
        line.spent = line.spent + claim.total
        claim.committed = ZERO

    def _proposal(self, session: Session, user: SignedIn, doc: Document) -> tuple[VoucherProposal, list[Payment]]:
        names = self._names(session, user.bureau_id)
        dept = session.get(Department, doc.department_id) if doc.department_id else None
        accounts = {a.code: a for a in session.execute(select(LedgerAccount).where(
            LedgerAccount.bureau_id == user.bureau_id)).scalars()}
        if doc.kind == ADVANCE_KIND:
            adv = session.execute(select(Advance).where(Advance.document_id == doc.id)).scalar_one_or_none()
            pays = session.execute(select(Payment).where(Payment.document_id == doc.id, Payment.purpose == "advance",
                                                         Payment.voucher_id.is_(None))).scalars().all()
            if adv is None or not pays:
                raise refuse("VOUCH-14", "voucher.not_awaiting", "该借款单没有待编制凭证的付款")
            pay = pays[0]
            line = session.get(BudgetLine, adv.budget_line_id) if adv.budget_line_id else None
            dims = ClaimDims(doc.department_id, line.project if line else "", names.get(adv.borrower_id, ""),
                             line.functional_class if line else "", json.loads(doc.payload_json or "{}").get(
                                 "economic_class", "") or (line.economic_class if line else ""))
            summary = f"{names.get(adv.borrower_id, '')}借款：{doc.title}"[:200]
            lines = [replace(l, account=_postable(accounts, l.account)) for l in advance_voucher_lines(
                summary=summary, amount=pay.amount, account_code=pay.account_code, dims=dims)]
            n = session.execute(select(func.count()).select_from(Attachment)
                                .where(Attachment.document_id == doc.id)).scalar()
            return VoucherProposal(doc.id, "advance", pay.paid_on, summary, max(1, n), tuple(lines)), list(pays)
        claim = session.get(Claim, doc.id)
        if claim is None or claim.state != "paid":
            raise refuse("VOUCH-14", "voucher.not_awaiting",
                         "该报销单已编制凭证" if claim is not None and claim.state == "booked"
                         else "只有已付款的报销单才能编制凭证")
        pays = session.execute(select(Payment).where(Payment.document_id == doc.id, Payment.voucher_id.is_(None))
                               .order_by(Payment.id)).scalars().all()
        adv = session.get(Advance, claim.advance_id) if claim.advance_id else None
        line = session.get(BudgetLine, claim.budget_line_id) if claim.budget_line_id else None
        payload = json.loads(doc.payload_json or "{}")
        dims = ClaimDims(doc.department_id, (line.project if line else "") or payload.get("project", ""),
                         claim.payee or names.get(claim.claimant_id, ""),
                         (line.functional_class if line else "") or payload.get("functional_class", ""),
                         claim.economic_class)
        summary = f"{names.get(claim.claimant_id, '')}报销{doc.title}"[:200]
        parts = [PaidPart(p.purpose, _postable(accounts, p.account_code), p.amount) for p in pays]
        lines = claim_voucher_lines(summary=summary, total=claim.total,
                                    expense=_postable(accounts, expense_account(dept.name if dept else "")),
                                    advanced=adv.amount if adv else ZERO, payments=parts, dims=dims)
        paid_from = {p.account_code[:4] for p in pays}
        hints = {"8001": ("零余额",) if paid_from == {"1011"} else ("货币资金", "银行", "现金"),
                 "7101": ("项目",) if line is not None and (line.special or line.project) else ("基本",),
                 "7201": ("项目",) if line is not None and (line.special or line.project) else ("基本",)}
        lines = [replace(l, account=_postable(accounts, l.account, hints.get(l.account, ()))) for l in lines]
        n_inv = session.execute(select(func.count()).select_from(Invoice).where(Invoice.document_id == doc.id)).scalar()
        n_other = session.execute(select(func.count()).select_from(Attachment).where(
            Attachment.document_id == doc.id, Attachment.kind != "invoice")).scalar()
        count = n_inv + n_other or int(payload.get("attachments") or 0) or 1
        day = max((p.paid_on for p in pays), default=None) or (adv.settled_on if adv else None) or date.today()
        return VoucherProposal(doc.id, "claim", day, summary, min(count, 999), tuple(lines)), list(pays)

    def _payment_views(self, session: Session, doc_id: int, names: Mapping[int, str]) -> tuple[PaymentView, ...]:
        rows = session.execute(select(Payment).where(Payment.document_id == doc_id).order_by(Payment.id)).scalars()
        return tuple(PaymentView(p.id, p.document_id, p.purpose, p.method, PAYMENT_METHODS.get(p.method, p.method),
                                 p.account_code, p.amount, p.paid_on, names.get(p.cashier_id, ""), p.reference,
                                 p.voucher_id) for p in rows)

    def _advance_view(self, session: Session, adv: Advance, doc: Document, names: Mapping[int, str]) -> AdvanceView:
        return AdvanceView(doc.id, doc.serial, doc.title, adv.purpose, adv.borrower_id, names.get(adv.borrower_id, ""),
                           adv.amount, doc.state, adv.state, adv.budget_line_id, adv.issued_on,
                           adv.settled_document_id, adv.claimed, adv.returned, adv.paid_extra,
                           self._payment_views(session, doc.id, names))

    def _claim_view(self, session: Session, doc: Document, claim: Claim) -> ClaimView:
        names = self._names(session, doc.bureau_id)
        dept = session.get(Department, doc.department_id) if doc.department_id else None
        line = session.get(BudgetLine, claim.budget_line_id) if claim.budget_line_id else None
        adv = session.get(Advance, claim.advance_id) if claim.advance_id else None
        adv_doc = session.get(Document, adv.document_id) if adv else None
        shas = dict(session.execute(select(Attachment.id, Attachment.sha256)
                                    .where(Attachment.document_id == doc.id)).all())
        invoices = tuple(InvoiceView(i.id, i.line_no, i.category, i.invoice_code, i.invoice_number, i.issued_on,
                                     i.issuer, i.amount, i.attachment_id, shas.get(i.attachment_id, ""))
                         for i in session.execute(select(Invoice).where(Invoice.document_id == doc.id)
                                                  .order_by(Invoice.line_no)).scalars())
        atts = tuple(AttachmentView(a.id, a.kind, ATTACHMENT_KINDS.get(a.kind, a.kind), a.file_name, a.sha256, a.size,
                                    names.get(a.added_by, ""))
                     for a in session.execute(select(Attachment).where(Attachment.document_id == doc.id)
                                              .order_by(Attachment.id)).scalars())
        s = settle_advance(adv.amount, claim.total) if adv else None
        voucher_id = session.execute(select(Voucher.id).where(Voucher.source_document_id == doc.id,
                                                              Voucher.state != "void")
                                     .order_by(Voucher.id.desc()).limit(1)).scalar()
        return ClaimView(doc.id, doc.kind, doc.serial, doc.title, doc.purpose, claim.claimant_id,
                         names.get(claim.claimant_id, ""), dept.name if dept else "", doc.state, claim.state,
                         claim.total, amount_in_words(claim.total), claim.economic_class, claim.procurement,
                         claim.routine, claim.payee, claim.payee_bank, claim.payee_account, claim.over_budget,
                         claim.committed, claim.paid, _line_view(line) if line else None,
                         self._advance_view(session, adv, adv_doc, names) if adv else None,
                         adv.amount if adv else ZERO, s.returned if s else ZERO, s.paid_extra if s else ZERO,
                         invoices, atts, self._payment_views(session, doc.id, names), voucher_id)


def _inv(i: Invoice) -> InvoiceLine:
    return InvoiceLine(i.category, i.invoice_code, i.invoice_number, i.issued_on, i.issuer, i.amount)


def _facts(line: BudgetLine) -> BudgetFacts:
    return BudgetFacts(line.id, line.code, line.name, line.year, line.economic_class, line.special, line.active,
                       line.approved, line.spent, line.committed, line.purpose)


def _line_view(r: BudgetLine) -> BudgetLineView:
    return BudgetLineView(r.id, r.year, r.code, r.name, r.project, r.economic_class, r.functional_class,
                          r.department_id, r.special, r.purpose, r.approved, r.spent, r.committed, r.active)


def _postable(accounts: Mapping[str, LedgerAccount], code: str, hints: Sequence[str] = ()) -> str:
    """``code``, or when the bureau has sub-accounts below it, the first postable one whose name has
    one of ``hints`` (资金结存 by the paying account — 零余额 or 货币资金; 行政支出 by 基本/项目), else
    the first (the accountant confirms or edits the proposal)."""
    acc = accounts.get(code)
    if acc is None or acc.postable:
        return code
    subs = sorted(c for c, a in accounts.items() if c.startswith(code) and c != code and a.postable and a.active)
    for word in hints:
        named = [c for c in subs if word in accounts[c].name]
        if named:
            return named[0]
    return subs[0] if subs else code


def _official_card_classes() -> frozenset[str]:
    return frozenset(c.code for c in shipped_economic_classes() if c.official_card)


MAX_FILE_BYTES = 20 * 1024 * 1024


def _file_problems(name: str, content: bytes) -> list[Problem]:
    problems = []
    if not isinstance(content, (bytes, bytearray)) or not content:
        problems.append(Problem("VOUCH-04", "attachment.empty", f"附件“{str(name)[:80]}”是空文件"))
    elif len(content) > MAX_FILE_BYTES:
        problems.append(Problem("VOUCH-04", "attachment.size", f"附件“{name[:80]}”超过 20 MB"))
    if not str(name).strip() or len(str(name)) > 200:
        problems.append(Problem("VOUCH-04", "attachment.name", "附件文件名须为1至200个字"))
    return problems


def _with_purpose(record: Any, problems: list[Problem]) -> list[Problem]:
    """The missing purpose (VOUCH-05) beside the input problems, so the claimant hears it all at once."""
    purpose = record.get("purpose") if isinstance(record, Mapping) else None
    if not (isinstance(purpose, str) and purpose.strip()) and not any(p.rule == "VOUCH-05" for p in problems):
        return [*problems, Problem("VOUCH-05", "claim.purpose", "请写明用途（经办人签字并注明用途）")]
    return problems
