"""The facts the transfer, repair and disposal steps share (issue 13): the cards of a request with
what already holds them, their accumulated depreciation, the document's move or disposal row."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.assets.moves import CardFacts, is_computer
from desktop.persistence.schema import (
    AssetCard,
    AssetCategory,
    AssetDisposal,
    AssetMove,
    Department,
    Document,
    Staff,
    StaffPosition,
)
from desktop.services.approvals import document_of
from desktop.services.asset_move_views import card_ids_of
from desktop.services.asset_records import STATUS_LABELS, accumulated_of, record_event
from desktop.services.base import SignedIn, refuse
from desktop.services.module_records import ModuleService

__all__ = ["MoveBase"]


class MoveBase(ModuleService):
    """Helpers of :class:`~desktop.services.asset_moves.AssetMoveService`."""

    # Facts ------------------------------------------------------------------------------------------
    @staticmethod
    def _cards(session: Session, user: SignedIn, card_ids: Iterable[int], *,
               lock: bool = False) -> tuple[list[AssetCard], list[int]]:
        ids = list(dict.fromkeys(card_ids))
        if not ids:
            return [], []
        q = select(AssetCard).where(AssetCard.id.in_(ids), AssetCard.bureau_id == user.bureau_id)
        if lock:
            q = q.with_for_update()
        found = {c.id: c for c in session.execute(q.order_by(AssetCard.id)).scalars()}
        return [found[i] for i in ids if i in found], [i for i in ids if i not in found]

    @staticmethod
    def _busy(session: Session, bureau_id: int, exclude: int | None = None) -> dict[int, str]:
        """Card id → serial of the open transfer, repair or disposal holding it."""
        busy: dict[int, str] = {}
        moves = session.execute(select(AssetMove.cards_json, Document.id, Document.serial)
                                .join(Document, Document.id == AssetMove.document_id)
                                .where(AssetMove.bureau_id == bureau_id, AssetMove.applied_at.is_(None),
                                       AssetMove.completed_at.is_(None), Document.state != "rejected")).all()
        disposals = session.execute(select(AssetDisposal.cards_json, Document.id, Document.serial)
                                    .join(Document, Document.id == AssetDisposal.document_id)
                                    .where(AssetDisposal.bureau_id == bureau_id, AssetDisposal.closed_at.is_(None),
                                           Document.state != "rejected")).all()
        for cards_json, doc_id, serial in [*moves, *disposals]:
            if doc_id == exclude:
                continue
            for card_id in card_ids_of(cards_json):
                busy[card_id] = serial or f"（草稿 {doc_id}）"
        return busy

    @staticmethod
    def _category_kinds(session: Session, bureau_id: int, codes: Iterable[str]) -> dict[str, str]:
        codes = list(set(codes))
        if not codes:
            return {}
        return dict(session.execute(select(AssetCategory.code, AssetCategory.kind).where(
            AssetCategory.bureau_id == bureau_id, AssetCategory.code.in_(codes))).all())

    def _facts(self, session: Session, user: SignedIn, cards: Sequence[AssetCard],
               exclude: int | None = None) -> list[CardFacts]:
        busy = self._busy(session, user.bureau_id, exclude)
        kinds = self._category_kinds(session, user.bureau_id, [c.category_code for c in cards])
        return [CardFacts(c.id, c.card_no, c.name, c.status, c.department_id, c.user_id, c.quantity, c.storage_media,
                          is_computer(c.category_code, kinds.get(c.category_code, "")), busy.get(c.id, ""),
                          STATUS_LABELS.get(c.status, c.status)) for c in cards]

    @staticmethod
    def _dept_name(session: Session, dept_id: int | None) -> str:
        dept = session.get(Department, dept_id) if dept_id else None
        return dept.name if dept else ""

    @staticmethod
    def _staff_in(session: Session, user: SignedIn, staff_id: int | None) -> Staff | None:
        person = session.get(Staff, staff_id) if staff_id else None
        return person if person is not None and person.bureau_id == user.bureau_id and person.active else None

    @staticmethod
    def _holds_for(session: Session, staff_id: int, positions: frozenset[str], dept_id: int | None) -> bool:
        if dept_id is None:
            return False
        return session.execute(select(StaffPosition.id).where(
            StaffPosition.staff_id == staff_id, StaffPosition.position.in_(list(positions)),
            StaffPosition.department_id == dept_id).limit(1)).first() is not None

    @staticmethod
    def _accumulated(session: Session, cards: Sequence[AssetCard]) -> dict[int, Decimal]:
        return accumulated_of(session, cards)

    @staticmethod
    def _move_of(session: Session, doc: Document, kind: str | None = None, *, lock: bool = False) -> AssetMove | None:
        q = select(AssetMove).where(AssetMove.document_id == doc.id)
        if lock:
            q = q.with_for_update()
        move = session.execute(q).scalar_one_or_none()
        return move if move is not None and (kind is None or move.kind == kind) else None

    @staticmethod
    def _disposal_of(session: Session, doc: Document, *, lock: bool = False) -> AssetDisposal | None:
        q = select(AssetDisposal).where(AssetDisposal.document_id == doc.id)
        if lock:
            q = q.with_for_update()
        return session.execute(q).scalar_one_or_none()

    def _move(self, session: Session, user: SignedIn, document_id: Any, kind: str, *,
              lock: bool = False) -> tuple[Document, AssetMove]:
        doc = document_of(session, user, document_id, lock=lock) if isinstance(document_id, int) else None
        move = self._move_of(session, doc, kind, lock=lock) if doc is not None else None
        if move is None:
            what = "资产转移单" if kind == "transfer" else "资产维修申请"
            raise refuse("ASSET-08" if kind == "transfer" else "ASSET-09", "asset_move.missing", f"找不到该{what}（{document_id}）")
        return doc, move

    def _disposal(self, session: Session, user: SignedIn, document_id: Any, *,
                  lock: bool = False) -> tuple[Document, AssetDisposal]:
        doc = document_of(session, user, document_id, lock=lock) if isinstance(document_id, int) else None
        disposal = self._disposal_of(session, doc, lock=lock) if doc is not None else None
        if disposal is None:
            raise refuse("ASSET-03", "asset_disposal.missing", f"找不到该资产处置单（{document_id}）")
        return doc, disposal

    @staticmethod
    def _no_admin(user: SignedIn) -> None:
        if user.is_admin:
            raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")

    def _create(self, session: Session, user: SignedIn, kind: str, title: str, purpose: str, amount: Decimal,
                payload: dict[str, Any], category: str = "") -> int:
        self.ensure_chain_in(session, user, kind)
        return self.approvals.create_in(session, user, kind, title[:200], purpose=purpose[:2000], amount=amount,
                                        category=category, payload=payload)

    def _restore(self, session: Session, user: SignedIn, doc: Document, card_ids: Sequence[int], why: str) -> None:
        before = json.loads(doc.payload_json or "{}").get("status_before") or {}
        cards, _ = self._cards(session, user, card_ids, lock=True)
        for card in cards:
            if card.status in ("repair", "disposing"):
                card.status = before.get(str(card.id), "active")
                record_event(session, card, "status", f"{why}，恢复为{STATUS_LABELS.get(card.status, card.status)}",
                             staff_id=user.staff_id, document_id=doc.id)

