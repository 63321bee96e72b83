"""Transfer, repair and disposal as operations on asset cards (issue 13 items 3 and 7).

Each is an approval document (asset_transfer, asset_repair, asset_disposal) plus a row saying what
it does to its cards (``asset_moves`` / ``asset_disposals``); the cards change only through the
steps here, each one transaction with its audit entry and one history event per card:

- transfer (ASSET-08): the receiving section applies → the office approves (chain) → the giving
  section signs the cards out (:meth:`release`) → the asset manager changes the cards
  (:meth:`apply_transfer`);
- repair (ASSET-09/10): the user or their section applies (card → 维修中) → the office verifies
  (chain) → the asset manager records cost, repairer, the on-site supervisor and any compensation
  (card → 在用);
- disposal (ASSET-02/03/04, C-12/C-13): the asset manager applies with the appraisal (cards →
  处置中; "bulk" from the preset's ``bulk_disposal_count`` makes the director's step need a
  collective decision) → chain → the external approval (区国资局批复) is recorded → the cards are
  closed (storage media wiped; residual income owed to the treasury or the finance section) → the
  accountant drafts its voucher once.

A rejected document gives its cards back their status before the request. A transfer or disposal
document without cards (made before issue 13) stays a plain approval document.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.assets.moves import (
    ZERO,
    apply_problems,
    completion_problems,
    disposal_category,
    release_problems,
    repair_problems,
    transfer_problems,
)
from desktop.persistence.schema import AssetCard, AssetDisposal, AssetMove, Department, Document, StaffPosition, utcnow
from desktop.services.asset_disposals import DisposalSteps
from desktop.services.asset_move_views import (
    OPEN_LABELS,
    STAGE_LABELS,
    DisposalCard,
    DisposalView,
    MoveCard,
    MoveView,
    OpenMove,
    card_ids_of,
    yuan,
)
from desktop.services.asset_records import STATUS_LABELS, asset_parameter, is_manager, record_event, \
    require_manager, staff_name
from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.module_records import _check_asset_transfer
from desktop.services.need_to_know import may_read_document

__all__ = ["AssetMoveService", "MoveView", "DisposalView", "MoveCard", "DisposalCard", "OpenMove", "KINDS"]

KINDS = ("asset_transfer", "asset_repair", "asset_disposal")
RELEASERS = frozenset({"section_head", "leader_in_charge"})


class AssetMoveService(DisposalSteps):
    def __init__(self, sessions, approvals, books):  # noqa: ANN001
        super().__init__(sessions, approvals)
        self.books = books
        # The F-22 fields are still checked for every transfer; the cards' own checks are added.
        approvals.submit_checks["asset_transfer"] = self._transfer_submit_check
        approvals.submit_checks["asset_repair"] = self._repair_submit_check
        approvals.submit_checks["asset_disposal"] = self._disposal_submit_check
        for kind in KINDS:
            approvals.act_checks[kind] = self._act_check

    # Approval engine hooks ---------------------------------------------------------------------------
    def _transfer_submit_check(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        problems = _check_asset_transfer(session, user, doc)  # the F-22 fields (old-style documents too)
        move = self._move_of(session, doc, "transfer")
        if move is None:
            return problems
        cards, missing = self._cards(session, user, card_ids_of(move.cards_json))
        to_user = self._staff_in(session, user, move.to_user_id)
        problems += transfer_problems(self._facts(session, user, cards, exclude=doc.id),
                                      to_department_id=move.to_department_id,
                                      applicant_department_id=move.to_department_id,  # the F-22 check says who applies
                                      to_user_department_id=to_user.department_id if to_user else None,
                                      to_user_given=move.to_user_id is not None, missing=missing)
        return problems

    def _repair_submit_check(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        move = self._move_of(session, doc, "repair")
        if move is None:
            return [Problem("ASSET-09", "asset_repair.cards", "维修申请须通过资产卡片办理（固定资产 → 申请维修）")]
        cards, missing = self._cards(session, user, card_ids_of(move.cards_json))
        problems = [Problem("ASSET-09", "asset_repair.missing", f"找不到资产卡片（{m}）") for m in missing]
        facts = self._facts(session, user, cards, exclude=doc.id)
        for c in facts:
            if c.status != "repair" or c.busy_with:
                problems.append(Problem("ASSET-09", "asset_repair.status", f"{c.label}：当前状态为“{c.status_label}”，不能申请维修"))
        if move.sent_out and any(c.computer for c in facts):
            chain = self.preset_of(session, user.bureau_id).chain(doc.kind)
            if not any(s.position == "office_head" for s in chain.steps):
                problems.append(Problem("ASSET-10", "asset_repair.sent_out",
                                        "计算机设备送外维修须经资产管理归口部门负责人（办公室主任）批准：本单位维修流程缺少办公室主任一步"))
        return problems

    def _disposal_submit_check(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        disposal = self._disposal_of(session, doc)
        if disposal is None:
            return []  # a disposal request made before issue 13: a plain approval document
        cards, missing = self._cards(session, user, card_ids_of(disposal.cards_json))
        problems = [Problem("ASSET-03", "asset_disposal.missing", f"找不到资产卡片（{m}）") for m in missing]
        for c in self._facts(session, user, cards, exclude=doc.id):
            if c.status != "disposing" or c.busy_with:
                problems.append(Problem("ASSET-03", "asset_disposal.status", f"{c.label}：当前状态为“{c.status_label}”，不能申请处置"))
        wanted = disposal_category(sum(c.quantity for c in cards),
                                   asset_parameter(self.preset_of(session, user.bureau_id), "bulk_disposal_count"))
        if doc.category != wanted:  # the collective decision hangs on it (ASSET-03, C-12)
            problems.append(Problem("ASSET-03", "asset_disposal.category", "处置单的批量类别与资产数量不符，请重新申请"))
        return problems

    def _act_check(self, session: Session, user: SignedIn, doc: Document, action: str) -> list[Problem]:
        """On a rejection the cards get back the status they had before the request. This runs in
        the rejection's transaction: a rejection refused for any reason rolls it back too."""
        if action != "reject":
            return []
        move = self._move_of(session, doc)
        if move is not None and move.kind == "repair" and move.completed_at is None:
            self._restore(session, user, doc, card_ids_of(move.cards_json), "维修申请被否决")
        disposal = self._disposal_of(session, doc)
        if disposal is not None and disposal.closed_at is None:
            self._restore(session, user, doc, card_ids_of(disposal.cards_json), "处置申请被否决")
        return []

    # Transfer (ASSET-08) -----------------------------------------------------------------------------
    def request_transfer(self, user: SignedIn, card_ids: Sequence[int], to_department_id: int, *,
                         to_user_id: int | None = None, to_location: str = "", reason: str = "", submit: bool = True,
                         passphrase: str | None = None) -> int:
        """The receiving section applies for cards of another section (F-22); returns the document id."""
        from desktop.domain.input_gate.asset_moves import read_transfer_request

        self._no_admin(user)
        got, problems = read_transfer_request({"card_ids": list(card_ids), "to_department_id": to_department_id,
                                               "to_user_id": to_user_id, "to_location": to_location, "reason": reason})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            cards, missing = self._cards(session, user, got.card_ids, lock=True)
            to_dept = session.get(Department, got.to_department_id)
            problems = []
            if to_dept is None or to_dept.bureau_id != user.bureau_id:
                problems.append(Problem("ASSET-08", "asset_transfer.to_department", "找不到调入部门"))
                to_dept = None
            to_user = self._staff_in(session, user, got.to_user_id)
            problems += transfer_problems(self._facts(session, user, cards), to_department_id=to_dept.id if to_dept else None,
                                          applicant_department_id=user.department_id,
                                          to_user_department_id=to_user.department_id if to_user else None,
                                          to_user_given=got.to_user_id is not None, missing=missing)
            if problems:
                raise Refused(problems)
            from_id = cards[0].department_id
            from_name = self._dept_name(session, from_id)
            holders = list(dict.fromkeys(staff_name(session, c.user_id) for c in cards if c.user_id))
            total = sum((c.original_value for c in cards), ZERO)
            title = (f"{cards[0].name}调入{to_dept.name}" if len(cards) == 1
                     else f"{cards[0].name}等{len(cards)}项资产调入{to_dept.name}")
            payload = {
                "assets": [{"asset_no": c.card_no, "name": c.name[:60], "model": (c.specification or "")[:60],
                            "quantity": c.quantity, "original_value": f"{c.original_value:.2f}"} for c in cards],
                "to_department": to_dept.name, "from_department": from_name,
                "from_custodian": "、".join(holders)[:30], "to_custodian": to_user.name if to_user else "",
                "transfer_date": date.today().isoformat(), "card_ids": [c.id for c in cards],
                "to_location": got.to_location.strip(),
            }
            doc_id = self._create(session, user, "asset_transfer", title, got.reason.strip() or title, total, payload)
            move = AssetMove(bureau_id=user.bureau_id, document_id=doc_id, kind="transfer",
                             cards_json=json.dumps([c.id for c in cards]), from_department_id=from_id,
                             to_department_id=to_dept.id, to_user_id=to_user.id if to_user else None,
                             to_location=got.to_location.strip())
            session.add(move)
            session.flush()
            self.audit(session, user, "asset.transfer_request", "asset_move", move.id,
                       after={"document_id": doc_id, "cards": [c.card_no for c in cards], "from": from_name,
                              "to": to_dept.name})
            if submit:
                self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def release(self, user: SignedIn, document_id: int) -> None:
        """The giving section signs the cards out (ASSET-08: signed by both sections): a card's
        current user, or the giving section's section head or leader in charge."""
        self._no_admin(user)
        with self.transaction() as session:
            doc, move = self._move(session, user, document_id, "transfer", lock=True)
            cards, _ = self._cards(session, user, card_ids_of(move.cards_json))
            may_sign = (user.staff_id in {c.user_id for c in cards}
                        or self._holds_for(session, user.staff_id, RELEASERS, move.from_department_id))
            problems = release_problems(state=doc.state, released=move.released_by is not None,
                                        applied=move.applied_at is not None, may_sign=may_sign)
            if problems:
                raise Refused(problems)
            move.released_by, move.released_at = user.staff_id, utcnow()
            session.flush()
            self.audit(session, user, "asset.transfer_release", "asset_move", move.id,
                       after={"document_id": doc.id, "serial": doc.serial,
                              "from": self._dept_name(session, move.from_department_id)})

    def apply_transfer(self, user: SignedIn, document_id: int) -> None:
        """The asset manager changes the cards' section, user and place (ASSET-08), once approved
        and released; one history event per card names the document."""
        with self.transaction() as session:
            require_manager(session, user, "资产转移")
            doc, move = self._move(session, user, document_id, "transfer", lock=True)
            cards, _ = self._cards(session, user, card_ids_of(move.cards_json), lock=True)
            problems = apply_problems(self._facts(session, user, cards, exclude=doc.id), state=doc.state,
                                      released=move.released_by is not None, applied=move.applied_at is not None,
                                      from_department_id=move.from_department_id)
            if problems:
                raise Refused(problems)
            from_name = self._dept_name(session, move.from_department_id)
            to_name = self._dept_name(session, move.to_department_id)
            to_user = staff_name(session, move.to_user_id)
            changed = []
            for card in cards:
                details = {"from_department": from_name, "to_department": to_name,
                           "from_user": staff_name(session, card.user_id), "to_user": to_user,
                           "from_location": card.location, "to_location": move.to_location or card.location}
                card.department_id, card.user_id = move.to_department_id, move.to_user_id
                if move.to_location:
                    card.location = move.to_location
                record_event(session, card, "transfer",
                             f"由{from_name}转入{to_name}" + (f"，保管人{to_user}" if to_user else "") + f"（{doc.serial}）",
                             staff_id=user.staff_id, document_id=doc.id, details=details)
                changed.append(card.card_no)
            move.applied_by, move.applied_at = user.staff_id, utcnow()
            session.flush()
            self.audit(session, user, "asset.transfer", "asset_move", move.id,
                       after={"document_id": doc.id, "serial": doc.serial, "cards": changed, "from": from_name,
                              "to": to_name, "to_user": to_user, "to_location": move.to_location})

    # Repair (ASSET-09/10) ----------------------------------------------------------------------------
    def request_repair(self, user: SignedIn, card_id: int, fault: str, *, sent_out: bool = False,
                       damage_by_id: int | None = None, submit: bool = True, passphrase: str | None = None) -> int:
        """The card's user or its section applies to the office (ASSET-09); the card is 维修中
        until the repair is recorded (or the request rejected)."""
        from desktop.domain.input_gate.asset_moves import read_repair_request

        self._no_admin(user)
        got, problems = read_repair_request({"card_id": card_id, "fault": fault, "sent_out": sent_out,
                                             "damage_by_id": damage_by_id})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            card = session.get(AssetCard, got.card_id, with_for_update=True)
            if card is None or card.bureau_id != user.bureau_id:
                card = None
            damage_by = self._staff_in(session, user, got.damage_by_id)
            facts = self._facts(session, user, [card])[0] if card is not None else None
            problems = repair_problems(facts, applicant_id=user.staff_id, applicant_department_id=user.department_id,
                                       fault=got.fault, damage_by_known=got.damage_by_id is None or damage_by is not None)
            if card is None:
                problems.insert(0, Problem("ASSET-09", "asset_repair.missing", f"找不到资产卡片（{card_id}）"))
            if problems:
                raise Refused(problems)
            payload = {"card_ids": [card.id], "asset_no": card.card_no, "name": card.name,
                       "model": card.specification, "location": card.location,
                       "user_name": staff_name(session, card.user_id), "fault": got.fault.strip(),
                       "sent_out": got.sent_out, "repair_mode": "送外维修" if got.sent_out else "现场维修",
                       "computer": facts.computer, "damage_by": damage_by.name if damage_by else "",
                       "status_before": {str(card.id): card.status}}
            doc_id = self._create(session, user, "asset_repair", f"{card.name}（{card.card_no}）维修",
                                  got.fault.strip(), ZERO, payload)
            move = AssetMove(bureau_id=user.bureau_id, document_id=doc_id, kind="repair", cards_json=json.dumps([card.id]),
                             from_department_id=card.department_id, sent_out=got.sent_out,
                             damage_by_id=damage_by.id if damage_by else None)
            session.add(move)
            card.status = "repair"
            record_event(session, card, "repair", f"申请维修：{got.fault.strip()}", staff_id=user.staff_id,
                         document_id=doc_id, details={"sent_out": got.sent_out,
                                                      "damage_by": damage_by.name if damage_by else ""})
            session.flush()
            self.audit(session, user, "asset.repair_request", "asset_move", move.id,
                       after={"document_id": doc_id, "card": card.card_no, "fault": got.fault.strip(),
                              "sent_out": got.sent_out, "damage_by": damage_by.name if damage_by else ""})
            if submit:
                self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def complete_repair(self, user: SignedIn, document_id: int, *, cost: Decimal, repairer: str,
                        supervisor_id: int | None = None, compensation: Decimal = Decimal("0"), note: str = "") -> None:
        """The asset manager records the repair after the office's approval: cost, repairer, the
        bureau's own supervisor of an on-site repair (ASSET-10) and the compensation of whoever
        caused the damage (ASSET-09); the card is back in use."""
        from desktop.domain.input_gate.asset_moves import read_repair_completion

        got, problems = read_repair_completion({"cost": cost, "repairer": repairer, "supervisor_id": supervisor_id,
                                                "compensation": compensation, "note": note})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_manager(session, user, "登记维修结果")
            doc, move = self._move(session, user, document_id, "repair", lock=True)
            supervisor = self._staff_in(session, user, got.supervisor_id)
            problems = completion_problems(
                state=doc.state, completed=move.completed_at is not None, sent_out=move.sent_out, cost=got.cost,
                repairer=got.repairer, damage_by=move.damage_by_id is not None, compensation=got.compensation,
                supervisor="missing" if got.supervisor_id is None else ("ok" if supervisor else "outsider"))
            if problems:
                raise Refused(problems)
            move.cost, move.repairer, move.compensation = got.cost, got.repairer.strip(), got.compensation
            move.supervisor_id = supervisor.id if supervisor else None
            move.note, move.completed_at = got.note.strip(), utcnow()
            cards, _ = self._cards(session, user, card_ids_of(move.cards_json), lock=True)
            for card in cards:
                card.status = "active"
                text = f"维修完成：{move.repairer}，费用{yuan(move.cost)}"
                if move.damage_by_id:
                    text += f"，{staff_name(session, move.damage_by_id)}赔偿{yuan(move.compensation)}"
                record_event(session, card, "repair_done", text, staff_id=user.staff_id, document_id=doc.id,
                             details={"cost": move.cost, "repairer": move.repairer,
                                      "supervisor": supervisor.name if supervisor else "",
                                      "compensation": move.compensation})
            session.flush()
            self.audit(session, user, "asset.repair_complete", "asset_move", move.id,
                       after={"document_id": doc.id, "serial": doc.serial, "cost": str(move.cost),
                              "repairer": move.repairer, "supervisor": supervisor.name if supervisor else "",
                              "compensation": str(move.compensation), "cards": [c.card_no for c in cards]})

    # Views ----------------------------------------------------------------------------------------------
    def _move_cards(self, session: Session, user: SignedIn, ids: Sequence[int]) -> tuple[MoveCard, ...]:
        cards, _ = self._cards(session, user, ids)
        return tuple(MoveCard(c.id, c.card_no, c.name, c.specification, c.quantity, c.original_value,
                              self._dept_name(session, c.department_id), staff_name(session, c.user_id), c.location,
                              c.status, STATUS_LABELS.get(c.status, c.status)) for c in cards)

    def move(self, user: SignedIn, document_id: int) -> MoveView:
        with self.reading() as session:
            doc, m = (self._move(session, user, document_id, "transfer") if self._is_kind(session, user, document_id,
                                                                                           "asset_transfer")
                      else self._move(session, user, document_id, "repair"))
            cards = self._move_cards(session, user, card_ids_of(m.cards_json))
            signer = (user.staff_id in {c.user_id for c in self._cards(session, user, card_ids_of(m.cards_json))[0]}
                      or self._holds_for(session, user.staff_id, RELEASERS, m.from_department_id))
            if not (may_read_document(session, user, doc) or signer):
                raise refuse("SEC-03", "document.no_access", "无权查看该单据")
            payload = json.loads(doc.payload_json or "{}")
            stage = self._move_stage(doc, m)
            return MoveView(doc.id, doc.serial or "", m.kind, doc.state, cards,
                            self._dept_name(session, m.from_department_id), self._dept_name(session, m.to_department_id),
                            staff_name(session, m.to_user_id), m.to_location, staff_name(session, m.released_by),
                            m.released_at, staff_name(session, m.applied_by), m.applied_at, payload.get("fault", ""),
                            m.sent_out, bool(payload.get("computer")), staff_name(session, m.damage_by_id), m.repairer,
                            staff_name(session, m.supervisor_id), m.cost, m.compensation, m.completed_at, m.note,
                            stage, STAGE_LABELS[stage])

    @staticmethod
    def _is_kind(session: Session, user: SignedIn, document_id: Any, kind: str) -> bool:
        doc = session.get(Document, document_id) if isinstance(document_id, int) else None
        return doc is not None and doc.bureau_id == user.bureau_id and doc.kind == kind

    @staticmethod
    def _move_stage(doc: Document, m: AssetMove) -> str:
        if doc.state == "rejected":
            return "rejected"
        if m.applied_at is not None or m.completed_at is not None:
            return "done"
        if doc.state in ("draft", "returned"):
            return doc.state
        if m.kind == "transfer":
            if m.released_by is None:
                return "release"
            return "apply" if doc.state in ("approved", "archived") else "approval"
        return "complete" if doc.state in ("approved", "archived") else "approval"

    def open_moves(self, user: SignedIn) -> list[OpenMove]:
        """What waits for this person: sign cards out (giving section), apply a transfer, record a
        repair, record the external approval, close a disposal (asset manager), draft its voucher
        (accountant)."""
        if user.is_admin:
            return []
        out: list[OpenMove] = []
        with self.reading() as session:
            manager = is_manager(session, user)
            accountant = bool({"accountant", "finance_head"} & set(user.positions))
            moves = session.execute(select(AssetMove, Document).join(Document, Document.id == AssetMove.document_id)
                                    .where(AssetMove.bureau_id == user.bureau_id, AssetMove.applied_at.is_(None),
                                           AssetMove.completed_at.is_(None),
                                           Document.state.in_(["submitted", "approved", "archived"]))
                                    .order_by(Document.id)).all()
            mine = {r.department_id for r in session.execute(select(StaffPosition).where(
                StaffPosition.staff_id == user.staff_id, StaffPosition.position.in_(list(RELEASERS)))).scalars()}
            for m, doc in moves:
                ids = card_ids_of(m.cards_json)
                cards, _ = self._cards(session, user, ids)
                action = None
                if m.kind == "transfer" and m.released_by is None and (
                        m.from_department_id in mine or user.staff_id in {c.user_id for c in cards}):
                    action = "release"
                elif manager and doc.state != "submitted":
                    if m.kind == "transfer" and m.released_by is not None:
                        action = "apply"
                    elif m.kind == "repair":
                        action = "complete"
                if action:
                    out.append(OpenMove(doc.id, doc.serial or "", doc.kind, doc.title, action, OPEN_LABELS[action],
                                        "、".join(f"{c.card_no} {c.name}" for c in cards)))
            if manager or accountant:
                required = asset_parameter(self.preset_of(session, user.bureau_id), "asset_disposal_external_ref") == 1
                rows = session.execute(select(AssetDisposal, Document).join(Document, Document.id == AssetDisposal.document_id)
                                       .where(AssetDisposal.bureau_id == user.bureau_id,
                                              AssetDisposal.voucher_id.is_(None),
                                              Document.state.in_(["submitted", "approved", "archived"]))
                                       .order_by(Document.id)).all()
                for d, doc in rows:
                    stage = self._disposal_stage(doc, d, required)
                    if (manager and stage in ("external", "close")) or (accountant and stage == "voucher") or (
                            manager and stage == "approval" and required and not d.external_ref):
                        action = "external" if stage == "approval" else stage
                        cards, _ = self._cards(session, user, card_ids_of(d.cards_json))
                        out.append(OpenMove(doc.id, doc.serial or "", doc.kind, doc.title, action, OPEN_LABELS[action],
                                            "、".join(f"{c.card_no} {c.name}" for c in cards)))
        return out


