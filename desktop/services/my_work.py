"""The signed-in person's own work for the home page, an approver's details of one document, and
the signed approval sheets to save as files.

- ``my_work``: my documents in progress (draft, submitted), returned to me, approved but not yet
  paid (claims and advances the cashier has not paid).
- ``details``: what an approver decides on besides the document itself — its attachments, the
  budget line it is charged to with what remains, the invoices of a claim — read on the same
  need-to-know check as the document (SEC-03).
- ``signed_sheet``: the stored signed PDF (the bytes as issued, never re-rendered), with a file
  name from its serial and title; saving someone else's is audited (``document.read``, how=save).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop.domain.finance.claims import ATTACHMENT_KINDS
from desktop.persistence.schema import Advance, Attachment, BudgetLine, Claim, Invoice, IssuedFile
from desktop.services.approvals import ApprovalService, DocumentView
from desktop.services.base import ServiceBase, SignedIn, refuse
from desktop.services.need_to_know import readable_document, record_read

__all__ = ["MyWorkService", "MyWork", "DocumentDetails", "AttachmentLine", "BudgetView", "InvoiceLine",
           "SignedSheet", "PAYABLE_KINDS", "sheet_file_name"]

# Kinds the cashier pays after approval (an advance is "paid" when issued).
PAYABLE_KINDS = ("expense_claim", "advance", "travel_claim", "reception_list", "vehicle_request", "meeting_claim")
# Where a module claim's spending is charged when the cashier pays it (module_records._finance_rows).
_ECONOMIC_OF_KIND = {"travel_claim": "30211", "reception_list": "30217", "vehicle_request": "30231",
                     "meeting_claim": "30215"}


@dataclass(frozen=True)
class MyWork:
    in_progress: list[DocumentView]
    returned: list[DocumentView]
    unpaid: list[DocumentView]


@dataclass(frozen=True)
class AttachmentLine:
    id: int
    kind_label: str
    file_name: str
    size: int


@dataclass(frozen=True)
class InvoiceLine:
    line_no: int
    category: str
    number: str
    issued_on: date
    issuer: str
    amount: Decimal


@dataclass(frozen=True)
class BudgetView:
    code: str
    name: str
    year: int
    approved: Decimal
    spent: Decimal
    committed: Decimal
    # True when the line is the one the claim will be charged to at payment (not yet recorded on it).
    expected: bool = False

    @property
    def remaining(self) -> Decimal:
        return self.approved - self.spent - self.committed


@dataclass(frozen=True)
class DocumentDetails:
    document_id: int
    attachments: tuple[AttachmentLine, ...]
    invoices: tuple[InvoiceLine, ...]
    budget: BudgetView | None
    paid: bool


@dataclass(frozen=True)
class SignedSheet:
    document_id: int
    serial: str
    title: str
    file_name: str
    data: bytes


def sheet_file_name(serial: str | None, title: str, document_id: int) -> str:
    """``<serial> <title>.pdf`` with characters no file system accepts replaced, at most 120 long."""
    stem = " ".join(p for p in ((serial or f"#{document_id}"), title.strip()) if p)
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", stem).strip(" .")[:120] or f"document-{document_id}"
    return stem + ".pdf"


class MyWorkService(ServiceBase):
    def __init__(self, sessions, approvals: ApprovalService):  # noqa: ANN001
        super().__init__(sessions)
        self.approvals = approvals

    def my_work(self, user: SignedIn) -> MyWork:
        """My own documents that still need something: in progress, returned to me (to correct and
        resubmit), approved but not yet paid. The administrator has none (SEC-13)."""
        if user.is_admin:
            return MyWork([], [], [])
        mine = self.approvals.documents(user, mine=True, states=["draft", "submitted", "returned", "approved"])
        payable = [d for d in mine if d.state == "approved" and d.kind in PAYABLE_KINDS]
        paid = self._paid_ids(user, [d.id for d in payable])
        return MyWork(
            in_progress=[d for d in mine if d.state in ("draft", "submitted")],
            returned=[d for d in mine if d.state == "returned"],
            unpaid=[d for d in payable if d.id not in paid
                    and not (d.kind == "vehicle_request" and d.amount <= 0)])

    def _paid_ids(self, user: SignedIn, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        with self.reading() as session:
            paid = set(session.execute(select(Claim.document_id).where(
                Claim.document_id.in_(ids), Claim.bureau_id == user.bureau_id,
                Claim.state.in_(("paid", "booked")))).scalars())
            paid |= set(session.execute(select(Advance.document_id).where(
                Advance.document_id.in_(ids), Advance.bureau_id == user.bureau_id,
                Advance.state != "requested")).scalars())
            return paid

    def details(self, user: SignedIn, document_id: int) -> DocumentDetails:
        """A document's attachments, invoices and budget line, for those who may read it (SEC-03).
        Not audited: the details pane shows a document already in the person's list (opening or
        printing it is audited: ``approvals.document``, ``sheets.preview``)."""
        import json

        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            payload = json.loads(doc.payload_json or "{}")
            atts = tuple(AttachmentLine(a.id, ATTACHMENT_KINDS.get(a.kind, a.kind), a.file_name, a.size)
                         for a in session.execute(select(Attachment).where(Attachment.document_id == doc.id)
                                                  .order_by(Attachment.id)).scalars())
            invoices = tuple(InvoiceLine(i.line_no, i.category, i.invoice_number, i.issued_on, i.issuer, i.amount)
                             for i in session.execute(select(Invoice).where(Invoice.document_id == doc.id)
                                                      .order_by(Invoice.line_no)).scalars())
            claim = session.get(Claim, doc.id)
            advance = session.execute(select(Advance).where(Advance.document_id == doc.id)).scalar_one_or_none()
            line_id = (claim.budget_line_id if claim else None) or (advance.budget_line_id if advance else None)
            budget = None
            if line_id:
                budget = _budget(session.get(BudgetLine, line_id), expected=False)
            elif doc.kind in _ECONOMIC_OF_KIND:
                year = _year(payload, doc.created_at.year)
                lines = session.execute(select(BudgetLine).where(
                    BudgetLine.bureau_id == doc.bureau_id, BudgetLine.year == year,
                    BudgetLine.economic_class == _ECONOMIC_OF_KIND[doc.kind], BudgetLine.active.is_(True),
                    BudgetLine.special.is_(False))).scalars().all()
                budget = _budget(lines[0], expected=True) if len(lines) == 1 else None
            paid = isinstance(payload.get("payment"), dict) or (claim is not None and claim.state in ("paid", "booked")) \
                or (advance is not None and advance.state != "requested")
        return DocumentDetails(doc.id, atts, invoices, budget, paid)

    def signed_sheet(self, user: SignedIn, document_id: int) -> SignedSheet:
        """The newest stored signed approval sheet, byte for byte as issued; refused when none was
        issued (IC-01) or the stored bytes no longer match their recorded hash (SEC-01)."""
        import hashlib

        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            row = session.execute(select(IssuedFile).where(IssuedFile.document_id == doc.id,
                                                           IssuedFile.round == doc.round)
                                  .order_by(IssuedFile.seq.desc()).limit(1)).scalar_one_or_none()
            if row is None:
                raise refuse("IC-01", "sheet.none", f"{doc.serial or doc.title}：尚未签发审批单，没有已签PDF")
            data = bytes(row.content)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise refuse("SEC-01", "sheet.tampered", f"{doc.serial}：文档库中的审批单与登记的SHA-256不符")
            sheet = SignedSheet(doc.id, doc.serial or "", doc.title, sheet_file_name(doc.serial, doc.title, doc.id),
                                data)
        record_read(self, user, doc, "save")
        return sheet


def _budget(line: BudgetLine | None, *, expected: bool) -> BudgetView | None:
    if line is None:
        return None
    return BudgetView(line.code, line.name, line.year, line.approved, line.spent, line.committed, expected)


def _year(payload: dict[str, Any], default: int) -> int:
    """The budget year a module claim is charged to: its payment's year, else the year it was made."""
    payment: Any = payload.get("payment") or {}
    paid_on = str(payment.get("paid_on", "")) if isinstance(payment, dict) else ""
    return int(paid_on[:4]) if paid_on[:4].isdigit() else default
