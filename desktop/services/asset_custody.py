"""Acceptance and custody of fixed-asset cards (part of ``desk.assets``, :class:`AssetService`):
two acceptances before a purchase becomes an active card (ASSET-11), idle assets and new users
within the department (ASSET-12; another department is a transfer, ASSET-08), and what a person
leaving still holds (ASSET-07).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.assets.cards import AcceptanceMark, acceptance_problems, acceptance_state, held_message
from desktop.persistence.schema import AssetAcceptance, AssetCard, Department, Staff, StaffDeparture, StaffPosition, \
    utcnow
from desktop.services.asset_records import (
    HELD_STATUSES,
    MANAGERS,
    STATUS_LABELS,
    card_in,
    holds_position,
    is_manager,
    problems_or_none,
    record_event,
    require_manager,
    staff_name,
)
from desktop.services.base import Refused, SignedIn, refuse

if TYPE_CHECKING:
    from desktop.services.asset_views import CardRow

__all__ = ["AssetCustodyMixin", "DepartureView", "sees_all", "SEE_ALL"]

# Need to know (SEC-03): who sees every card — the asset manager, the office, finance, the
# director and finance leader, the audit post.
SEE_ALL = frozenset({"asset_mgr", "office_head", "finance_head", "accountant", "cashier", "director",
                     "finance_leader", "auditor"})
IDLE_KEEPERS = MANAGERS | {"office_head"}  # ASSET-12: 「局办公室应予调剂或收回」


def sees_all(session: Session, user: SignedIn) -> bool:
    return not user.is_admin and holds_position(session, user.staff_id, SEE_ALL)


@dataclass(frozen=True)
class DepartureView:
    id: int
    staff_id: int
    staff_name: str
    department_name: str
    kind: str  # leave | retire
    leaving_on: date
    held: int
    signed_by: str
    signed_at: datetime | None
    note: str


class AssetCustodyMixin:
    """Acceptance, idle, reassignment and departures; mixed into AssetService."""

    if TYPE_CHECKING:
        def transaction(self) -> Any: ...
        def reading(self) -> Any: ...
        def audit(self, *a: Any, **k: Any) -> None: ...
        def _row_query(self) -> Any: ...
        def _row(self, r: Any) -> CardRow: ...
        def _visible(self, session: Session, user: SignedIn) -> list[Any]: ...

    # Acceptance (ASSET-11) -------------------------------------------------------------------
    def accept(self, user: SignedIn, card_id: int, *, result: str = "accepted", note: str = "") -> None:
        """The card's user (or, for a card with no user, its section head) and an asset manager
        each accept — two people. A rejection (不合格: refuse or reduce payment, demand a
        replacement, say which in ``note``) closes the card as rejected."""
        if result not in ("accepted", "rejected"):
            raise refuse("ASSET-11", "asset.result", "验收结论须为合格（accepted）或不合格（rejected）")
        note = note.strip() if isinstance(note, str) else ""
        if len(note) > 200:
            raise refuse("ASSET-11", "asset.note", "验收意见最多200字")
        if result == "rejected" and not note:
            raise refuse("ASSET-11", "asset.reject_note", "验收不合格须写明问题及处理（拒付、少付或要求更换）")
        with self.transaction() as session:
            card = card_in(session, user, card_id, lock=True)
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
            if card.status != "pending":
                raise refuse("ASSET-11", "asset.not_pending",
                             f"资产{card.card_no}{STATUS_LABELS.get(card.status, card.status)}，不在待验收状态")
            role = _role_for(session, user, card)
            marks = [AcceptanceMark(m.role, m.staff_id, m.result) for m in session.execute(
                select(AssetAcceptance).where(AssetAcceptance.card_id == card.id)).scalars()]
            problems_or_none(acceptance_problems(role, user.staff_id, marks))
            session.add(AssetAcceptance(card_id=card.id, role=role, staff_id=user.staff_id, result=result, note=note))
            state = acceptance_state([*marks, AcceptanceMark(role, user.staff_id, result)])
            who = "使用人" if role == "user" else "资产管理员"
            before = card.status
            card.status = state
            if result == "rejected":
                record_event(session, card, "reject", f"{who}验收不合格：{note}", staff_id=user.staff_id)
            else:
                done = "，验收完成，资产在用" if state == "active" else ""
                record_event(session, card, "accept", f"{who}验收合格{done}{('：' + note) if note else ''}",
                             staff_id=user.staff_id)
            self.audit(session, user, "asset.reject" if result == "rejected" else "asset.accept", "asset_card",
                       card.id, before={"status": before}, after={"status": state, "role": role, "note": note})

    def awaiting_acceptance(self, user: SignedIn) -> list[CardRow]:
        """The pending cards this person must still accept (as user, section head or manager)."""
        with self.reading() as session:
            mine = AssetCard.user_id == user.staff_id
            heads = select(StaffPosition.department_id).where(StaffPosition.staff_id == user.staff_id,
                                                              StaffPosition.position == "section_head")
            as_user = or_(mine, and_(AssetCard.user_id.is_(None), AssetCard.department_id.in_(heads)))
            done = lambda role: exists().where(AssetAcceptance.card_id == AssetCard.id,  # noqa: E731
                                               AssetAcceptance.role == role)
            wanted = and_(as_user, ~done("user"))
            if is_manager(session, user):
                wanted = or_(wanted, and_(~done("manager"), AssetCard.user_id.is_distinct_from(user.staff_id),
                                          ~exists().where(AssetAcceptance.card_id == AssetCard.id,
                                                          AssetAcceptance.staff_id == user.staff_id)))
            rows = session.execute(self._row_query().where(AssetCard.bureau_id == user.bureau_id,
                                                           AssetCard.status == "pending", wanted)
                                   .order_by(AssetCard.card_no)).all()
            return [self._row(r) for r in rows]

    # Idle and reassignment (ASSET-12) --------------------------------------------------------
    def set_idle(self, user: SignedIn, card_id: int, idle: bool, note: str = "") -> None:
        """The office marks an asset idle (闲置, to reallocate or recover) or back in use."""
        note = note.strip() if isinstance(note, str) else ""
        with self.transaction() as session:
            _require_keeper(session, user)
            card = card_in(session, user, card_id, lock=True)
            want, have = ("idle", "active") if idle else ("active", "idle")
            if card.status != have:
                raise refuse("ASSET-12", "asset.idle_state",
                             f"资产{card.card_no}当前{STATUS_LABELS.get(card.status, card.status)}，"
                             f"不能{'设为闲置' if idle else '恢复在用'}")
            card.status = want
            record_event(session, card, "status", f"{'设为闲置' if idle else '恢复在用'}{('：' + note) if note else ''}",
                         staff_id=user.staff_id)
            self.audit(session, user, "asset.idle", "asset_card", card.id, before={"status": have},
                       after={"status": want, "note": note[:200]})

    def reassign(self, user: SignedIn, card_id: int, *, user_id: int | None = None, location: str | None = None,
                 reason: str = "") -> None:
        """A new user or place within the card's own department (ASSET-12, with paperwork: ASSET-07
        「严禁随人转移」); another department goes through a transfer (ASSET-08)."""
        from desktop.domain.input_gate.arguments import text_problems

        reason = reason.strip() if isinstance(reason, str) else ""
        problems: list[Problem] = []
        if location is not None:
            problems += text_problems({"location": (location, 60)}, rule="ASSET-12", prefix="asset",
                                      labels={"location": "存放地点"})
        if not reason:
            problems.append(Problem("ASSET-12", "asset.reason", "请说明变更使用人或存放地点的理由"))
        with self.transaction() as session:
            require_manager(session, user, "变更资产使用人或存放地点")
            card = card_in(session, user, card_id, lock=True)
            if card.status not in ("active", "idle", "pending"):
                problems.append(Problem("ASSET-12", "asset.reassign_state",
                                        f"资产{card.card_no}{STATUS_LABELS.get(card.status, card.status)}，不能变更使用人"))
            person = session.get(Staff, user_id) if isinstance(user_id, int) else None
            if user_id is not None and (person is None or person.bureau_id != user.bureau_id or not person.active):
                problems.append(Problem("ASSET-12", "asset.user", f"找不到使用人（{user_id}）或其已不在岗"))
                person = None
            if person is not None and person.department_id != card.department_id:
                dept = session.get(Department, card.department_id) if card.department_id else None
                problems.append(Problem("ASSET-08", "asset.other_department",
                                        f"{person.name}不属于{dept.name if dept else '该资产的使用部门'}："
                                        "跨部门使用须办理资产转移手续（调入部门申请，办公室批准）"))
            new_location = location.strip() if isinstance(location, str) else None
            if person is None and new_location is None and not problems:
                problems.append(Problem("ASSET-12", "asset.unchanged", "请指定新的使用人或存放地点"))
            problems_or_none(problems)
            before = {"user_id": card.user_id, "location": card.location}
            words = []
            if person is not None and person.id != card.user_id:
                words.append(f"使用人 {staff_name(session, card.user_id) or '无'} → {person.name}")
                card.user_id = person.id
            if new_location is not None and new_location != card.location:
                words.append(f"存放地点 {card.location or '无'} → {new_location}")
                card.location = new_location
            if not words:
                raise refuse("ASSET-12", "asset.unchanged", "使用人和存放地点均未变化")
            record_event(session, card, "status", f"{'；'.join(words)}：{reason}", staff_id=user.staff_id,
                         details={"before": before, "reason": reason})
            self.audit(session, user, "asset.reassign", "asset_card", card.id, before=before,
                       after={"user_id": card.user_id, "location": card.location, "reason": reason})

    # Custody on departure (ASSET-07) ---------------------------------------------------------
    def holdings(self, user: SignedIn, staff_id: int) -> list[CardRow]:
        """Every card still in this person's keeping (HELD_STATUSES)."""
        with self.reading() as session:
            if staff_id != user.staff_id and not sees_all(session, user):
                raise refuse("SEC-03", "asset.read", "只能查看本人名下的资产")
            rows = session.execute(self._row_query().where(AssetCard.bureau_id == user.bureau_id,
                                                           AssetCard.user_id == staff_id,
                                                           AssetCard.status.in_(HELD_STATUSES))
                                   .order_by(AssetCard.card_no)).all()
            return [self._row(r) for r in rows]

    def start_departure(self, user: SignedIn, staff_id: int, kind: str, leaving_on: date, note: str = "") -> int:
        """A person is leaving or retiring: the asset manager opens the handover (its list is
        ``holdings``)."""
        problems: list[Problem] = []
        if kind not in ("leave", "retire"):
            problems.append(Problem("ASSET-07", "asset.departure_kind", "离岗类别须为调离（leave）或退休（retire）"))
        if not isinstance(leaving_on, date):
            problems.append(Problem("ASSET-07", "asset.leaving_on", "请填写离岗日期"))
        note = note.strip() if isinstance(note, str) else ""
        if len(note) > 200:
            problems.append(Problem("ASSET-07", "asset.note", "说明最多200字"))
        with self.transaction() as session:
            require_manager(session, user, "办理人员离岗资产交接")
            person = session.get(Staff, staff_id) if isinstance(staff_id, int) else None
            if person is None or person.bureau_id != user.bureau_id:
                raise refuse("ASSET-07", "asset.staff", f"找不到人员（{staff_id}）")
            if session.execute(select(StaffDeparture.id).where(StaffDeparture.staff_id == person.id)).first():
                problems.append(Problem("ASSET-07", "asset.departure_exists", f"{person.name}的离岗交接已登记"))
            problems_or_none(problems)
            row = StaffDeparture(bureau_id=user.bureau_id, staff_id=person.id, kind=kind, leaving_on=leaving_on,
                                 note=note)
            session.add(row)
            session.flush()
            held = self._held(session, user.bureau_id, person.id)
            self.audit(session, user, "asset.departure_start", "staff_departure", row.id,
                       after={"staff": person.name, "kind": kind, "leaving_on": leaving_on.isoformat(),
                              "held": len(held)})
            return row.id

    def sign_departure(self, user: SignedIn, staff_id: int) -> None:
        """ASSET-07: the asset manager signs the leaver's papers only when nothing is still held;
        refused listing every card. An asset manager leaving is signed off by another one.
        SUPPLY-13: nor while they still hold office supplies (refused together with the cards)."""
        from desktop.domain.supplies.issuing import held_supplies_message
        from desktop.services.supply_issues import supply_holdings  # here: supplies import the approvals

        with self.transaction() as session:
            require_manager(session, user, "签署离岗资产交接")
            row = session.execute(select(StaffDeparture).where(StaffDeparture.staff_id == staff_id,
                                                               StaffDeparture.bureau_id == user.bureau_id)
                                  .with_for_update()).scalar_one_or_none()
            if row is None:
                raise refuse("ASSET-07", "asset.departure_missing", "该人员没有登记离岗交接")
            problems: list[Problem] = []
            if row.signed_at is not None:
                problems.append(Problem("ASSET-07", "asset.departure_signed", "离岗交接已签署"))
            if staff_id == user.staff_id:
                problems.append(Problem("ASSET-07", "asset.own_departure",
                                        "资产管理员本人离岗也须交接：由另一名资产管理员签署"))
            held = self._held(session, user.bureau_id, staff_id)
            if held:
                problems.append(Problem("ASSET-07", "asset.still_held", held_message(held)))
            supplies = supply_holdings(session, staff_id)
            if supplies:
                problems.append(Problem("SUPPLY-13", "supply.still_held", held_supplies_message(supplies)))
            problems_or_none(problems)
            row.signed_by = user.staff_id
            row.signed_at = utcnow()
            self.audit(session, user, "asset.departure_sign", "staff_departure", row.id,
                       after={"staff": staff_name(session, staff_id), "signed_by": user.name})

    def departures(self, user: SignedIn) -> list[DepartureView]:
        with self.reading() as session:
            if not sees_all(session, user):
                raise refuse("SEC-03", "asset.read", "离岗资产交接由资产管理员、办公室和财务查看")
            rows = session.execute(select(StaffDeparture, Staff.name, Department.name)
                                   .join(Staff, Staff.id == StaffDeparture.staff_id)
                                   .outerjoin(Department, Department.id == Staff.department_id)
                                   .where(StaffDeparture.bureau_id == user.bureau_id)
                                   .order_by(StaffDeparture.leaving_on, StaffDeparture.id)).all()
            return [DepartureView(d.id, d.staff_id, name, dept or "", d.kind, d.leaving_on,
                                  len(self._held(session, user.bureau_id, d.staff_id)),
                                  staff_name(session, d.signed_by), d.signed_at, d.note) for d, name, dept in rows]

    @staticmethod
    def _held(session: Session, bureau_id: int, staff_id: int) -> list[tuple[str, str]]:
        return [(no, name) for no, name in session.execute(
            select(AssetCard.card_no, AssetCard.name).where(AssetCard.bureau_id == bureau_id,
                                                            AssetCard.user_id == staff_id,
                                                            AssetCard.status.in_(HELD_STATUSES))
            .order_by(AssetCard.card_no)).all()]


def _role_for(session: Session, user: SignedIn, card: AssetCard) -> str:
    """``user`` for the card's user (or its section head when the card has no user), ``manager``
    for an asset manager accepting someone else's asset; the manager never accepts as the user."""
    if card.user_id == user.staff_id:
        return "user"
    if card.user_id is None and card.department_id is not None and session.execute(
            select(StaffPosition.id).where(StaffPosition.staff_id == user.staff_id,
                                           StaffPosition.position == "section_head",
                                           StaffPosition.department_id == card.department_id)).first():
        return "user"
    if is_manager(session, user):
        return "manager"
    raise Refused([Problem("ASSET-11", "asset.not_acceptor",
                           "资产验收按谁使用谁验收：由使用人和资产管理员一起验收")])


def _require_keeper(session: Session, user: SignedIn) -> None:
    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
    if not holds_position(session, user.staff_id, IDLE_KEEPERS):
        raise refuse("ASSET-12", "asset.not_office", "闲置资产由办公室（资产管理员、办公室主任）调剂或收回")
