"""Loans of equipment such as cameras (借用单/归还单, SUPPLY-14; damage and loss paid for, SUPPLY-12).

Any member of staff asks for a lendable item with a purpose and a due day; the office head
consents (never for their own loan, IC-03); at lending the keeper and the borrower each check the
item and sign in their own session (both signed: lent); at return the keeper checks first — with
damage, loss and the compensation — then the borrower signs (both: returned). A lent unit stays
on hand but is not available to issue (supply_records.available); a unit lost on loan leaves the
stock as a "loss" movement carrying the loan, written when the keeper records it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.access import SEES_EVERYTHING
from desktop.domain.approval.model import Problem
from desktop.domain.supplies import loans as rules
from desktop.persistence.schema import (Department, Staff, SupplyItem, SupplyLoan, SupplyLoanSignature,
                                        SupplyLocation, SupplyMovement, utcnow)
from desktop.services.asset_records import holds_position
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.supply_records import (LOAN_STATE_LABELS, available, balance_of, default_location,
                                             is_keeper, is_office_staff, item_in, location_in, next_number,
                                             post_movement)

__all__ = ["SupplyLoanService", "LoanRow", "LoanView", "SignatureView", "OFFICE_HEADS"]

OFFICE_HEADS = frozenset({"office_head"})
ROLE_LABELS = {"keeper": "保管人", "borrower": "借用人"}
STAGE_LABELS = {"lend": "借出", "return": "归还"}


@dataclass(frozen=True)
class LoanRow:
    id: int
    loan_no: str
    item_name: str
    quantity: int
    borrower_name: str
    department_name: str
    due_on: date
    state: str
    state_label: str
    overdue: bool


@dataclass(frozen=True)
class SignatureView:
    stage: str
    stage_label: str
    role: str
    role_label: str
    staff_id: int
    staff_name: str
    condition: str
    at: datetime


@dataclass(frozen=True)
class LoanView:
    id: int
    loan_no: str
    item_id: int
    item_code: str
    item_name: str
    specification: str
    unit: str
    quantity: int
    location_id: int
    location_name: str
    borrower_id: int
    borrower_name: str
    department_name: str
    purpose: str
    requested_on: date
    due_on: date
    state: str
    state_label: str
    overdue: bool
    approved_by_name: str
    approved_at: datetime | None
    approval_note: str
    lent_on: date | None
    returned_on: date | None
    damaged: bool
    lost: bool
    compensation: Decimal
    signatures: tuple[SignatureView, ...]
    waiting_for: tuple[str, ...]  # "保管人", "借用人" still to sign the current stage


class SupplyLoanService(ServiceBase):
    @staticmethod
    def today() -> date:
        """The clock (tests move it)."""
        return date.today()

    # Reading -----------------------------------------------------------------------------------
    def loans(self, user: SignedIn, *, state: str | None = None, borrower_id: int | None = None) -> list[LoanRow]:
        """Every loan of the bureau for the office and those who see everything; a borrower's own otherwise."""
        with self.reading() as session:
            query = select(SupplyLoan).where(SupplyLoan.bureau_id == user.bureau_id)
            if not _sees_all(session, user):
                query = query.where(SupplyLoan.borrower_id == user.staff_id)
            if state:
                query = query.where(SupplyLoan.state == state)
            if borrower_id is not None:
                query = query.where(SupplyLoan.borrower_id == borrower_id)
            loans = session.execute(query.order_by(SupplyLoan.id.desc())).scalars().all()
            return self._rows(session, loans)

    def loan(self, user: SignedIn, loan_id: int) -> LoanView:
        with self.reading() as session:
            loan = _readable(session, user, loan_id)
            return self._view(session, loan)

    def overdue(self, user: SignedIn) -> list[LoanRow]:
        """Lent and past the due day (the keeper's home page), oldest due first."""
        today = self.today()
        with self.reading() as session:
            query = select(SupplyLoan).where(SupplyLoan.bureau_id == user.bureau_id, SupplyLoan.state == "lent",
                                             SupplyLoan.due_on < today)
            if not _sees_all(session, user):
                query = query.where(SupplyLoan.borrower_id == user.staff_id)
            return self._rows(session, session.execute(query.order_by(SupplyLoan.due_on, SupplyLoan.id)).scalars())

    def awaiting_me(self, user: SignedIn) -> list[LoanRow]:
        """What waits for this person: the office head's consent (not their own loans); the keeper's
        check at lending, and at return once due; the borrower's signature at lending, and at return
        after the keeper's check."""
        today = self.today()
        with self.reading() as session:
            open_loans = session.execute(select(SupplyLoan).where(
                SupplyLoan.bureau_id == user.bureau_id, SupplyLoan.state.in_(("requested", "approved", "lent")))
                .order_by(SupplyLoan.id)).scalars().all()
            signed = _signatures(session, [loan.id for loan in open_loans])
            head = holds_position(session, user.staff_id, OFFICE_HEADS)
            keeper = is_keeper(session, user)
            mine = []
            for loan in open_loans:
                own = loan.borrower_id == user.staff_id
                lend = signed.get((loan.id, "lend"), {})
                back = signed.get((loan.id, "return"), {})
                if loan.state == "requested":
                    wanted = head and not own
                elif loan.state == "approved":
                    wanted = (keeper and "keeper" not in lend and lend.get("borrower") != user.staff_id) or \
                             (own and "borrower" not in lend and lend.get("keeper") != user.staff_id)
                else:
                    wanted = (keeper and not own and "keeper" not in back and loan.due_on <= today) or \
                             (own and "keeper" in back and "borrower" not in back)
                if wanted:
                    mine.append(loan)
            return self._rows(session, mine)

    # Commands ----------------------------------------------------------------------------------
    def request(self, user: SignedIn, item_id: int, *, due_on: date, purpose: str, quantity: int = 1,
                location_id: int | None = None, borrower_id: int | None = None) -> int:
        """借用申请 (SUPPLY-14): for oneself, or recorded by the office for a member of staff."""
        from desktop.domain.input_gate.supply_loans import read_loan_request

        today = self.today()
        got, problems = read_loan_request({"item_id": item_id, "due_on": due_on, "purpose": purpose,
                                           "quantity": quantity, "location_id": location_id,
                                           "borrower_id": borrower_id}, today)
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            _no_admin(user)
            item = item_in(session, user, got.item_id)
            where = location_in(session, user, got.location_id) if got.location_id is not None \
                else default_location(session, user.bureau_id)
            borrower = session.get(Staff, got.borrower_id or user.staff_id)
            problems = []
            if borrower is None or borrower.bureau_id != user.bureau_id or not borrower.active:
                raise refuse("SUPPLY-14", "loan.borrower", "找不到借用人（须为本单位在职人员）")
            if borrower.id != user.staff_id and not (is_office_staff(session, user) or is_keeper(session, user)):
                problems.append(Problem("SUPPLY-14", "loan.for_other", "只能为本人申请借用；代他人登记须由办公室办理"))
            problems += rules.request_problems(lendable=item.lendable, active=item.active, item_name=item.name,
                                               due_on=got.due_on, today=today, quantity=got.quantity,
                                               purpose=got.purpose)
            if problems:
                raise Refused(problems)
            if borrower.department_id is None:
                raise refuse("SUPPLY-14", "loan.department", f"{borrower.name} 没有所在部门，不能借用")
            loan = SupplyLoan(bureau_id=user.bureau_id,
                              loan_no=next_number(session, user.bureau_id, "supply_loan", "JY", today.year),
                              item_id=item.id, location_id=where.id, quantity=got.quantity, borrower_id=borrower.id,
                              department_id=borrower.department_id, purpose=got.purpose, requested_on=today,
                              due_on=got.due_on, state="requested")
            session.add(loan)
            session.flush()
            self.audit(session, user, "supply.loan_request", "supply_loan", loan.id,
                       after={"loan_no": loan.loan_no, "item_id": item.id, "quantity": loan.quantity,
                              "borrower_id": borrower.id, "due_on": got.due_on.isoformat(), "purpose": got.purpose})
            return loan.id

    def decide(self, user: SignedIn, loan_id: int, approve: bool, note: str = "") -> None:
        """The office head's consent (「经办公室负责人签字同意后借用」); refusing says why."""
        from desktop.domain.input_gate.supply_loans import read_loan_decision

        got, problems = read_loan_decision({"approve": approve, "note": note})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            _no_admin(user)
            if not holds_position(session, user.staff_id, OFFICE_HEADS):
                raise refuse("SUPPLY-14", "loan.not_office_head", "借用须经办公室负责人（办公室主任）签字同意")
            loan = _locked(session, user, loan_id)
            problems = []
            if loan.borrower_id == user.staff_id:
                problems.append(Problem("IC-03", "loan.own", "不能审批本人的借用申请：请由其他负责人审批"))
            if loan.state != "requested":
                problems.append(Problem("SUPPLY-14", "loan.decided",
                                        f"借用单 {loan.loan_no} 已{LOAN_STATE_LABELS.get(loan.state, loan.state)}，不能再审批"))
            if not got.approve and not got.note.strip():
                problems.append(Problem("SUPPLY-14", "loan.refusal_reason", "不同意借用时请写明理由"))
            if problems:
                raise Refused(problems)
            before = {"state": loan.state}
            loan.state = "approved" if got.approve else "refused"
            loan.approved_by, loan.approved_at, loan.approval_note = user.staff_id, utcnow(), got.note
            self.audit(session, user, "supply.loan_decide", "supply_loan", loan.id, before=before,
                       after={"state": loan.state, "note": got.note})

    def sign_out(self, user: SignedIn, loan_id: int, condition: str) -> str:
        """At lending: the keeper or the borrower signs with the condition they checked; when both
        have signed the loan is lent. Refused before consent or when not enough is available.
        Returns the loan's state."""
        from desktop.domain.input_gate.supply_loans import read_loan_sign

        got, problems = read_loan_sign({"condition": condition})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            _no_admin(user)
            loan = _locked(session, user, loan_id)
            if loan.state != "approved":
                why = "尚未经办公室负责人同意" if loan.state == "requested" else \
                    f"已{LOAN_STATE_LABELS.get(loan.state, loan.state)}"
                raise refuse("SUPPLY-14", "loan.not_approved", f"借用单 {loan.loan_no} {why}，不能借出")
            signed = _signatures(session, [loan.id]).get((loan.id, "lend"), {})
            role = _role(session, user, loan, signed)
            problems = rules.sign_problems(stage="lend", role=role, signed=signed, staff_id=user.staff_id)
            if not got.condition.strip():
                problems.append(Problem("SUPPLY-14", "loan.condition", "请填写借出时检查的物品状况"))
            item = session.get(SupplyItem, loan.item_id)
            balance_of(session, loan.item_id, loan.location_id, lock=True)  # one lending of this item at a time
            free = available(session, loan.item_id, loan.location_id)
            if free < loan.quantity:
                problems.append(Problem("SUPPLY-14", "loan.unavailable",
                                        f"{item.name} 现可借 {max(free, 0)}{item.unit}，本单借用 {loan.quantity}{item.unit}"))
            if problems:
                raise Refused(problems)
            session.add(SupplyLoanSignature(loan_id=loan.id, stage="lend", role=role, staff_id=user.staff_id,
                                            condition=got.condition))
            signed[role] = user.staff_id
            before = {"state": loan.state}
            if not rules.missing_roles(signed):
                loan.state, loan.lent_on = "lent", self.today()
            session.flush()
            self.audit(session, user, "supply.loan_sign_out", "supply_loan", loan.id, before=before,
                       after={"role": role, "condition": got.condition, "state": loan.state})
            return loan.state

    def sign_return(self, user: SignedIn, loan_id: int, condition: str, *, damaged: bool = False, lost: bool = False,
                    compensation: Decimal = Decimal("0")) -> str:
        """At return: the keeper checks first (damage, loss, the compensation — SUPPLY-12 照价赔偿;
        a lost unit leaves the stock now), then the borrower signs; both: returned."""
        from desktop.domain.input_gate.supply_loans import read_loan_return

        got, problems = read_loan_return({"condition": condition, "damaged": damaged, "lost": lost,
                                          "compensation": compensation})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            _no_admin(user)
            loan = _locked(session, user, loan_id)
            if loan.state != "lent":
                raise refuse("SUPPLY-14", "loan.not_lent",
                             f"借用单 {loan.loan_no} {LOAN_STATE_LABELS.get(loan.state, loan.state)}，不在借出中")
            signed = _signatures(session, [loan.id]).get((loan.id, "return"), {})
            role = _role(session, user, loan, signed)
            problems = rules.sign_problems(stage="return", role=role, signed=signed, staff_id=user.staff_id)
            if role == "keeper":
                problems += rules.return_problems(condition=got.condition, damaged=got.damaged, lost=got.lost,
                                                  compensation=got.compensation)
            else:
                if not got.condition.strip():
                    problems.append(Problem("SUPPLY-14", "loan.condition", "请填写归还时确认的物品状况"))
                if got.damaged or got.lost or got.compensation:
                    problems.append(Problem("SUPPLY-12", "loan.borrower_flags",
                                            "损坏、丢失及赔偿金额由保管人验收时填写"))
            if problems:
                raise Refused(problems)
            today = self.today()
            session.add(SupplyLoanSignature(loan_id=loan.id, stage="return", role=role, staff_id=user.staff_id,
                                            condition=got.condition))
            signed[role] = user.staff_id
            before = {"state": loan.state, "damaged": loan.damaged, "compensation": str(loan.compensation)}
            if role == "keeper":
                loan.damaged, loan.compensation = got.damaged, got.compensation
                if got.lost:
                    item = session.get(SupplyItem, loan.item_id)
                    post_movement(session, user, item=item, location_id=loan.location_id, kind="loss",
                                  quantity=-loan.quantity, occurred_on=today, loan_id=loan.id,
                                  department_id=loan.department_id, note=f"借用丢失（{loan.loan_no}）")
            if not rules.missing_roles(signed):
                loan.state, loan.returned_on = "returned", today
            session.flush()
            self.audit(session, user, "supply.loan_sign_return", "supply_loan", loan.id, before=before,
                       after={"role": role, "condition": got.condition, "damaged": got.damaged, "lost": got.lost,
                              "compensation": str(got.compensation), "state": loan.state})
            return loan.state

    # Internals -----------------------------------------------------------------------------------
    def _rows(self, session: Session, loans: Iterable[SupplyLoan]) -> list[LoanRow]:
        loans = list(loans)
        if not loans:
            return []
        today = self.today()
        items = _names(session, SupplyItem, {x.item_id for x in loans})
        people = _names(session, Staff, {x.borrower_id for x in loans})
        depts = _names(session, Department, {x.department_id for x in loans})
        return [LoanRow(x.id, x.loan_no, items.get(x.item_id, ""), x.quantity, people.get(x.borrower_id, ""),
                        depts.get(x.department_id, ""), x.due_on, x.state, LOAN_STATE_LABELS.get(x.state, x.state),
                        rules.is_overdue(x.state, x.due_on, today)) for x in loans]

    def _view(self, session: Session, loan: SupplyLoan) -> LoanView:
        item = session.get(SupplyItem, loan.item_id)
        where = session.get(SupplyLocation, loan.location_id)
        sigs = session.execute(select(SupplyLoanSignature).where(SupplyLoanSignature.loan_id == loan.id)
                               .order_by(SupplyLoanSignature.id)).scalars().all()
        people = _names(session, Staff, {s.staff_id for s in sigs} | {loan.borrower_id, loan.approved_by or 0})
        dept = session.get(Department, loan.department_id)
        lost = session.execute(select(SupplyMovement.id).where(SupplyMovement.loan_id == loan.id,
                                                               SupplyMovement.kind == "loss").limit(1)).first()
        stage = {"approved": "lend", "lent": "return"}.get(loan.state)
        waiting = tuple(ROLE_LABELS[r] for r in rules.missing_roles(s.role for s in sigs if s.stage == stage)) \
            if stage else ()
        return LoanView(
            id=loan.id, loan_no=loan.loan_no, item_id=item.id, item_code=item.code, item_name=item.name,
            specification=item.specification, unit=item.unit, quantity=loan.quantity, location_id=loan.location_id,
            location_name=where.name if where else "", borrower_id=loan.borrower_id,
            borrower_name=people.get(loan.borrower_id, ""), department_name=dept.name if dept else "",
            purpose=loan.purpose, requested_on=loan.requested_on, due_on=loan.due_on, state=loan.state,
            state_label=LOAN_STATE_LABELS.get(loan.state, loan.state),
            overdue=rules.is_overdue(loan.state, loan.due_on, self.today()),
            approved_by_name=people.get(loan.approved_by, "") if loan.approved_by else "",
            approved_at=loan.approved_at, approval_note=loan.approval_note, lent_on=loan.lent_on,
            returned_on=loan.returned_on, damaged=loan.damaged, lost=lost is not None, compensation=loan.compensation,
            signatures=tuple(SignatureView(s.stage, STAGE_LABELS.get(s.stage, s.stage), s.role,
                                           ROLE_LABELS.get(s.role, s.role), s.staff_id, people.get(s.staff_id, ""),
                                           s.condition, s.at) for s in sigs),
            waiting_for=waiting)


def _no_admin(user: SignedIn) -> None:
    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")


def _sees_all(session: Session, user: SignedIn) -> bool:
    """The office (its staff, the keeper) and the positions that see everything read every loan."""
    return is_office_staff(session, user) or is_keeper(session, user) or \
        holds_position(session, user.staff_id, SEES_EVERYTHING)


def _readable(session: Session, user: SignedIn, loan_id: Any) -> SupplyLoan:
    loan = session.get(SupplyLoan, loan_id) if isinstance(loan_id, int) and not isinstance(loan_id, bool) else None
    if loan is None or loan.bureau_id != user.bureau_id or not (
            loan.borrower_id == user.staff_id or _sees_all(session, user)):
        raise refuse("SUPPLY-14", "loan.missing", f"找不到借用单（{loan_id}）")
    return loan


def _locked(session: Session, user: SignedIn, loan_id: Any) -> SupplyLoan:
    loan = session.get(SupplyLoan, loan_id, with_for_update=True) \
        if isinstance(loan_id, int) and not isinstance(loan_id, bool) else None
    if loan is None or loan.bureau_id != user.bureau_id:
        raise refuse("SUPPLY-14", "loan.missing", f"找不到借用单（{loan_id}）")
    return loan


def _role(session: Session, user: SignedIn, loan: SupplyLoan, signed: dict[str, int]) -> str:
    """Which side this person signs for: the borrower of their own loan, else the keeper; a keeper
    who borrowed and has signed as borrower is taken as keeper (and refused as the same person)."""
    own = loan.borrower_id == user.staff_id
    keeper = is_keeper(session, user)
    if own and ("borrower" not in signed or not keeper):
        return "borrower"
    if keeper:
        return "keeper"
    raise refuse("SUPPLY-14", "loan.not_party",
                 f"借用单 {loan.loan_no} 只能由办公用品保管人员（资产管理员）和借用人本人签字")


def _signatures(session: Session, loan_ids: list[int]) -> dict[tuple[int, str], dict[str, int]]:
    """(loan, stage) → {role: staff id} of the signatures made."""
    out: dict[tuple[int, str], dict[str, int]] = {}
    if loan_ids:
        for loan_id, stage, role, staff_id in session.execute(
                select(SupplyLoanSignature.loan_id, SupplyLoanSignature.stage, SupplyLoanSignature.role,
                       SupplyLoanSignature.staff_id).where(SupplyLoanSignature.loan_id.in_(loan_ids))):
            out.setdefault((loan_id, stage), {})[role] = staff_id
    return out


def _names(session: Session, model: Any, ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(ids))).all())
