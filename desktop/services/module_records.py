"""What the travel, reception, vehicle and meeting services share: their records are approval
documents (details in ``payload_json``), their chains come from the bureau's preset (or, for a
kind the stored preset predates, from the shipped preset, added on first use), their standards
are bureau data in the preset with the shipped tables as defaults, and the cashier records
payment on an approved claim.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
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
from desktop.domain.travel.standards import TravelStandards, standards_from_rows, standards_to_rows
from desktop.domain.vehicles.request import LeadTimes
from desktop.persistence.schema import ApprovalAction, Bureau, Document, utcnow
from desktop.services.approvals import ApprovalService
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.need_to_know import may_read_document

__all__ = ["ModuleService", "Standards", "default_standard_rows", "shipped_standard_rows", "PAID_KINDS"]

# kind → whether cash is allowed (MEET-12: meeting costs never in cash)
PAID_KINDS: Mapping[str, bool] = {"travel_claim": True, "reception_list": True, "vehicle_request": True,
                                  "meeting_claim": False}


@dataclass(frozen=True)
class Standards:
    """The bureau's standards: travel by day (:class:`TravelStandards`), reception and meeting
    tables per version (``reception``/``meeting``: the version in force today; ``*_on(day)``: on
    a visit's or meeting's date), and the vehicle lead times."""

    travel: TravelStandards
    reception_versions: tuple[tuple[date | None, ReceptionStandards], ...]
    meeting_versions: tuple[tuple[date | None, MeetingStandards], ...]
    lead: LeadTimes

    @staticmethod
    def _on(versions, day):  # noqa: ANN001, ANN205
        found = versions[0][1]
        for effective, table in versions:
            if effective is None or day is None or effective <= day:
                found = table
        return found

    def reception_on(self, day: date | None) -> ReceptionStandards:
        return self._on(self.reception_versions, day)

    def meeting_on(self, day: date | None) -> MeetingStandards:
        return self._on(self.meeting_versions, day)

    @property
    def reception(self) -> ReceptionStandards:
        return self.reception_on(date.today())

    @property
    def meeting(self) -> MeetingStandards:
        return self.meeting_on(date.today())


@lru_cache(maxsize=1)
def default_standard_rows() -> dict[str, Any]:
    """The shipped tables (Tongyu figures, P-001) in the preset's row shapes."""
    from desktop.services.travel import default_standards
    from desktop.app.paths import resource_path

    text = resource_path("standards", "reception_meeting_standards.csv").read_text(encoding="utf-8")
    return {"travel": standards_to_rows(default_standards()), "reception": reception_rows_from_csv(text),
            "meeting": DEFAULT_MEETING_ROWS, "vehicle": {"local_days": 1, "long_days": 2}}


def shipped_standard_rows(code: str) -> dict[str, Any]:
    """The defaults for a bureau on preset ``code``: the shipped preset's own ``standards`` (P-000:
    the national table and its local tables not set) over the Tongyu tables — so a P-000 bureau
    whose stored preset predates them never falls back to Tongyu's local figures."""
    from desktop.services.rule_presets import shipped_presets

    own = (shipped_presets().get(code) or {}).get("standards") or {}
    return {**default_standard_rows(), **own}


def standards_from_preset(stored: Mapping[str, Any], code: str = "") -> Standards:
    from desktop.domain.standard_versions import versions_of

    rows = {**(shipped_standard_rows(code) if code else default_standard_rows()), **stored}
    travel = []
    for v in versions_of(rows["travel"], "travel"):
        table = standards_from_rows(v.rows)
        if v.source:
            table = {k: s if s.source else replace(s, source=v.source) for k, s in table.items()}
        travel.append((v.effective, table))
    reception = tuple((v.effective, reception_standards_from_rows(
        v.rows, alcohol_exception=bool(v.extra.get("alcohol_exception", False)), source=v.source))
        for v in versions_of(rows["reception"], "reception"))
    meeting = tuple((v.effective, meeting_standards_from_rows(v.rows, source=v.source))
                    for v in versions_of(rows["meeting"], "meeting"))
    v = rows["vehicle"]
    return Standards(TravelStandards(travel), reception, meeting,
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
        preset = self.preset_of(session, bureau_id)
        return standards_from_preset(preset.standards, preset.code)

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
    def submitted_before(session: Session, doc: Document) -> bool:
        """Whether ``doc`` was submitted before (returned, now submitted again): it is then checked
        with the standards it stored, not the ones in force now (TRAVEL-19)."""
        return session.execute(select(ApprovalAction.id).where(
            ApprovalAction.document_id == doc.id, ApprovalAction.action == "submit").limit(1)).scalar() is not None

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
            slip = session.get(Document, data["rental_document_id"]) if data.get("rental_document_id") else None
            if slip is not None and slip.state not in ("approved", "archived"):
                problems.append(Problem("VEH-05", "payment.rental_slip",
                                        f"租车单{slip.serial or ''}尚未经分管领导、主要领导签字批准，不能付租车费"))
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
