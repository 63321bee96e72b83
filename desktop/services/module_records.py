"""What the travel, reception, vehicle and meeting services share: their records are approval
documents (details in ``payload_json``), their chains come from the bureau's preset (or, for a
kind the stored preset predates, from the shipped preset, added on first use), their standards
are bureau data in the preset with the shipped tables as defaults, and the cashier records
payment on an approved claim.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.approval.presets import preset_from_dict
from desktop.domain.meetings.standards import DEFAULT_MEETING_ROWS, MeetingStandards, meeting_standards_from_rows
from desktop.domain.payment import Payment, payment_from_dict, payment_problems
from desktop.domain.reception.standards import (
    ReceptionStandards,
    reception_rows_from_csv,
    reception_standards_from_rows,
)
from desktop.domain.travel.standards import RegionStandard, standards_from_rows, standards_to_rows
from desktop.domain.vehicles.request import LeadTimes
from desktop.persistence.schema import ApprovalAction, Bureau, Document, utcnow
from desktop.services.approvals import ApprovalService
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.need_to_know import may_read_document

__all__ = ["ModuleService", "Standards", "default_standard_rows", "PAID_KINDS"]

# kind → whether cash is allowed (MEET-12: meeting costs never in cash)
PAID_KINDS: Mapping[str, bool] = {"travel_claim": True, "reception_list": True, "vehicle_request": True,
                                  "meeting_claim": False}


@dataclass(frozen=True)
class Standards:
    travel: Mapping[str, RegionStandard]
    reception: ReceptionStandards
    meeting: MeetingStandards
    lead: LeadTimes


@lru_cache(maxsize=1)
def default_standard_rows() -> dict[str, Any]:
    """The shipped tables (Tongyu figures) in the preset's row shapes."""
    from desktop.services.travel import default_standards
    from desktop.app.paths import resource_path

    text = resource_path("standards", "reception_meeting_standards.csv").read_text(encoding="utf-8")
    return {"travel": standards_to_rows(default_standards()), "reception": reception_rows_from_csv(text),
            "meeting": DEFAULT_MEETING_ROWS, "vehicle": {"local_days": 1, "long_days": 2}}


def standards_from_preset(stored: Mapping[str, Any]) -> Standards:
    rows = {**default_standard_rows(), **stored}
    rec = rows["reception"]
    alcohol = False
    if isinstance(rec, Mapping):
        alcohol, rec = bool(rec.get("alcohol_exception", False)), rec.get("rows", [])
    v = rows["vehicle"]
    return Standards(standards_from_rows(rows["travel"]), reception_standards_from_rows(rec, alcohol_exception=alcohol),
                     meeting_standards_from_rows(rows["meeting"]),
                     LeadTimes(int(v.get("local_days", 1)), int(v.get("long_days", 2))))


def _check_asset_transfer(session: Session, user: SignedIn, doc: Document) -> list[Problem]:
    """固定资产转移单 (F-22): assets with number, name, model, quantity and original value, the
    receiving section, applied for by that section (ASSET-08) — every problem at once."""
    from desktop.domain.input_gate.assets import read_asset_transfer
    from desktop.persistence.schema import Department

    dept = session.get(Department, doc.department_id) if doc.department_id else None
    return read_asset_transfer(json.loads(doc.payload_json or "{}"), dept.name if dept else "", date.today())[1]


class ModuleService(ServiceBase):
    """Base of the module services: ``approvals`` is the one approval engine's service."""

    def __init__(self, sessions, approvals: ApprovalService):  # noqa: ANN001
        super().__init__(sessions)
        self.approvals = approvals
        # The asset transfer is a plain approval document; its fields are checked at submission (ASSET-08).
        approvals.submit_checks.setdefault("asset_transfer", _check_asset_transfer)

    # Standards -----------------------------------------------------------------------------------
    def standards(self, user: SignedIn) -> Standards:
        with self.reading() as session:
            return self.standards_in(session, user.bureau_id)

    def standards_in(self, session: Session, bureau_id: int) -> Standards:
        return standards_from_preset(self.preset_of(session, bureau_id).standards)

    # Chains for kinds the stored preset predates -----------------------------------------------
    def ensure_chain(self, user: SignedIn, kind: str) -> None:
        """Add ``kind``'s chain from the shipped preset if the bureau's stored preset lacks it (a
        bureau created before the kind existed); audited as a preset change."""
        with self.transaction() as session:
            self.ensure_chain_in(session, user, kind)

    def ensure_chain_in(self, session: Session, user: SignedIn, kind: str) -> None:
        """:meth:`ensure_chain` inside the caller's transaction: the chain is added only if the
        action that needs it commits (the bureau row is locked, so two PCs add it once)."""
        from desktop.services.rule_presets import DEFAULT_PRESET, shipped_presets

        bureau = session.execute(select(Bureau).where(Bureau.id == user.bureau_id)).scalar_one()
        if kind in (json.loads(bureau.preset_json).get("chains") or {}):
            return
        bureau = session.execute(select(Bureau).where(Bureau.id == user.bureau_id).with_for_update()
                                 .execution_options(populate_existing=True)).scalar_one()
        data = json.loads(bureau.preset_json)
        if kind in (data.get("chains") or {}):
            return
        shipped = shipped_presets()
        source = shipped.get(bureau.preset_code) or shipped[DEFAULT_PRESET]
        chain = source["chains"].get(kind) or shipped[DEFAULT_PRESET]["chains"].get(kind)
        if chain is None:
            raise refuse("IC-01", "document.kind", f"没有“{kind}”的审批流程")
        data.setdefault("chains", {})[kind] = chain
        preset = preset_from_dict(data)
        bureau.preset_json = json.dumps(preset.to_dict(), ensure_ascii=False)
        session.flush()
        self.audit(session, "system", "preset.chain_added", "bureau", bureau.id,
                   after={"kind": kind, "chain": chain, "from": source.get("code", DEFAULT_PRESET),
                          "for": user.audit_name})

    def new_document(self, user: SignedIn, kind: str, title: str, *, purpose: str, amount: Any, days: int = 0,
                     category: str = "", payload: dict[str, Any], submit: bool = False,
                     passphrase: str | None = None) -> int:
        """Create (and with ``submit``, submit and with ``passphrase`` issue the sheet) in ONE
        transaction, the chain added on first use included: a failure or a kill leaves nothing."""
        with self.transaction() as session:
            self.ensure_chain_in(session, user, kind)
            doc_id = self.approvals.create_in(session, user, kind, title, purpose=purpose, amount=amount, days=days,
                                              category=category, payload=payload)
            if submit:
                self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    # Records ---------------------------------------------------------------------------------------
    @staticmethod
    def linked(session: Session, user: SignedIn, doc_id: Any, kind: str) -> Document | None:
        if not doc_id or isinstance(doc_id, bool):
            return None
        try:
            doc = session.get(Document, int(doc_id))
        except (TypeError, ValueError):
            return None
        if doc is None or doc.bureau_id != user.bureau_id or doc.kind != kind:
            return None
        if not may_read_document(session, user, doc):  # need-to-know (SEC-03): not linkable, as if missing
            return None
        return doc

    @staticmethod
    def payload(doc: Document) -> dict[str, Any]:
        return json.loads(doc.payload_json or "{}")

    @staticmethod
    def approved_on(session: Session, doc: Document) -> date | None:
        at = session.execute(select(ApprovalAction.at).where(ApprovalAction.document_id == doc.id,
                                                             ApprovalAction.action == "approve")
                             .order_by(ApprovalAction.id.desc()).limit(1)).scalar()
        return at.date() if at else None

    def update_payload(self, session: Session, user: SignedIn, doc: Document, patch: dict[str, Any],
                       action: str) -> None:
        before = self.payload(doc)
        after = {**before, **patch}
        doc.payload_json = json.dumps(after, ensure_ascii=False)
        doc.updated_at = utcnow()
        self.audit(session, user, action, "document", doc.id, before={k: before.get(k) for k in patch}, after=patch)

    # Payment ---------------------------------------------------------------------------------------
    def record_payment(self, user: SignedIn, document_id: int, method: str, paid_on: date, *,
                       reference: str = "") -> Payment:
        """The cashier records how, when and by whom an approved claim was paid (VOUCH-04); the
        Claim and Payment rows it writes put the claim on the accountant's "awaiting voucher" list."""
        if "cashier" not in user.positions:
            raise refuse("IC-03", "perm.payment", "付款须由出纳办理")
        payment = Payment(method, paid_on, user.name, reference.strip())
        with self.transaction() as session:
            doc = session.execute(select(Document).where(Document.id == document_id).with_for_update()).scalar_one_or_none()
            if doc is None or doc.bureau_id != user.bureau_id:
                raise refuse("IC-14", "document.missing", "找不到该单据")
            if doc.kind not in PAID_KINDS:
                raise refuse("VOUCH-04", "payment.kind", "该类单据不在此登记付款")
            if doc.submitter_id == user.staff_id:
                raise refuse("IC-03", "sod.payment", "出纳不得为本人的报销单付款")
            data = self.payload(doc)
            problems: list[Problem] = payment_problems(payment, state=doc.state, already_paid=bool(data.get("payment")),
                                                       cash_allowed=PAID_KINDS[doc.kind],
                                                       approved_on=self.approved_on(session, doc))
            if problems:
                raise Refused(problems)
            self.update_payload(session, user, doc, {"payment": payment.to_dict(),
                                                     "payment_text": _payment_text(payment)}, "payment.record")
            _finance_rows(session, user, doc, payment)
            return payment

    @staticmethod
    def payment_of(view_payload: Mapping[str, Any]) -> Payment | None:
        return payment_from_dict(view_payload.get("payment"))


# kind → 政府收支分类 economic class of its spending (the claim's voucher lines carry it)
ECONOMIC_CLASS_OF_KIND: Mapping[str, str] = {"travel_claim": "30211", "reception_list": "30217",
                                             "vehicle_request": "30231", "meeting_claim": "30215"}


def _finance_rows(session: Session, user: SignedIn, doc: Document, payment: Payment) -> None:
    """The finance core's rows for a module claim paid here, so travel, reception, vehicle and
    meeting claims feed the same payment and voucher path as expense claims (desk.claims): a Claim
    (state paid) and a Payment row (from 库存现金 1001 for cash, else the zero-balance account 1011);
    the budget line of its economic class, if the bureau has exactly one for the year, is spent."""
    from desktop.persistence.schema import BudgetLine, Claim
    from desktop.persistence.schema import Payment as PaymentRow

    economic = ECONOMIC_CLASS_OF_KIND.get(doc.kind, "")
    lines = session.execute(select(BudgetLine).where(
        BudgetLine.bureau_id == doc.bureau_id, BudgetLine.year == payment.paid_on.year,
        BudgetLine.economic_class == economic, BudgetLine.active.is_(True),
        BudgetLine.special.is_(False)).with_for_update()).scalars().all() if economic else []
    line = lines[0] if len(lines) == 1 else None
    claim = session.get(Claim, doc.id)
    if claim is None:
        claim = Claim(document_id=doc.id, bureau_id=doc.bureau_id, claimant_id=doc.submitter_id, total=doc.amount)
        session.add(claim)
    claim.economic_class, claim.budget_line_id = economic, line.id if line else None
    claim.paid, claim.state = doc.amount, "paid"
    if line is not None:
        line.spent = line.spent + doc.amount
    session.add(PaymentRow(bureau_id=doc.bureau_id, document_id=doc.id, purpose="claim", method=payment.method,
                           account_code="1001" if payment.method == "cash" else "1011", amount=doc.amount,
                           paid_on=payment.paid_on, cashier_id=user.staff_id, reference=payment.reference[:100]))
    session.flush()


def _payment_text(p: Payment) -> str:
    from desktop.domain.payment import PAYMENT_METHODS

    return f"{PAYMENT_METHODS[p.method]} {p.paid_on.isoformat()} 出纳{p.payer}" + (f" {p.reference}" if p.reference else "")
