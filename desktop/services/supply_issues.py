"""Issuing office supplies (领用, issue 14 items 5 and 7): each section's named collector
(SUPPLY-09), issues out of stock signed for by the collector in their own session (发放登记册,
SUPPLY-09), durable items only in exchange for the old one unless approved (交旧领新, SUPPLY-10),
what a person holds and handing it back, and what a leaver must hand over first (SUPPLY-13,
checked by the departure sign-off in :mod:`desktop.services.asset_custody`).

Stock leaves when the keeper issues (``post_movement`` kind issue, at moving average); the
collector's signature acknowledges what was received, it does not move stock again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.access import SEES_EVERYTHING
from desktop.domain.approval.model import Problem
from desktop.domain.supplies.issuing import IssueLineFacts, issue_problems
from desktop.persistence.schema import (
    Department,
    Document,
    Staff,
    StaffPosition,
    SupplyCollector,
    SupplyIssue,
    SupplyIssueLine,
    SupplyItem,
    SupplyLoan,
    SupplyLocation,
    utcnow,
)
from desktop.services.asset_records import holds_position, problems_or_none, staff_name
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.supply_records import (
    KIND_LABELS,
    available,
    default_location,
    is_keeper,
    is_office_staff,
    item_in,
    location_in,
    next_number,
    post_movement,
    require_keeper,
)

__all__ = ["SupplyIssueService", "CollectorRow", "IssueRow", "IssueView", "IssueLineView", "HoldingRow",
           "supply_holdings", "sees_all_issues"]

APPROVED = ("approved", "archived")
NAMERS = frozenset({"office_head"})  # besides the section's own head (SUPPLY-09 「各股室指定」)
SECTION_READERS = frozenset({"section_head", "leader_in_charge"})


@dataclass(frozen=True)
class CollectorRow:
    department_id: int
    department_name: str
    staff_id: int | None  # None: the section has not named one yet
    staff_name: str


@dataclass(frozen=True)
class IssueRow:
    id: int
    issue_no: str
    department_name: str
    collector_name: str
    issued_on: date
    total_value: Decimal
    signed_at: datetime | None
    line_count: int


@dataclass(frozen=True)
class IssueLineView:
    id: int
    item_id: int
    code: str
    name: str
    specification: str
    unit: str
    kind: str
    kind_label: str
    quantity: int
    value: Decimal
    holder_id: int | None
    holder_name: str
    old_returned: bool
    old_note: str
    approval_ref: str
    approval_document_id: int | None
    approval_serial: str
    handed_back_on: date | None


@dataclass(frozen=True)
class IssueView:
    id: int
    issue_no: str
    department_id: int
    department_name: str
    collector_id: int
    collector_name: str
    location_name: str
    issued_on: date
    issued_by_name: str
    total_value: Decimal
    signed_at: datetime | None
    note: str
    lines: list[IssueLineView]


@dataclass(frozen=True)
class HoldingRow:
    kind: str  # issue (a special item issued to them) | loan (lent to them)
    ref_id: int  # the issue line (for hand_back) or the loan
    item_name: str
    quantity: int
    since: date
    number: str  # the issue's or the loan's number
    specification: str = ""
    unit: str = ""


def sees_all_issues(session: Session, user: SignedIn) -> bool:
    """Need to know: the keeper, the office and the posts that read everything see every issue."""
    if user.is_admin:
        return False
    return is_keeper(session, user) or is_office_staff(session, user) or \
        holds_position(session, user.staff_id, SEES_EVERYTHING)


def _sections_of(session: Session, user: SignedIn) -> set[int]:
    """The departments whose issues a person outside the office sees: their own and those they
    head or lead."""
    mine = {user.department_id} if user.department_id else set()
    staff = session.get(Staff, user.staff_id)
    if staff is not None and staff.department_id:
        mine.add(staff.department_id)
    mine |= {d for d in session.execute(select(StaffPosition.department_id).where(
        StaffPosition.staff_id == user.staff_id, StaffPosition.position.in_(SECTION_READERS),
        StaffPosition.department_id.is_not(None))).scalars()}
    return mine


def _department_in(session: Session, user: SignedIn, department_id: Any) -> Department:
    dept = session.get(Department, department_id) \
        if isinstance(department_id, int) and not isinstance(department_id, bool) else None
    if dept is None or dept.bureau_id != user.bureau_id:
        raise refuse("SUPPLY-09", "supply_issue.department", f"找不到部门（{department_id}）")
    return dept


def _collector_of(session: Session, bureau_id: int, department_id: int) -> SupplyCollector | None:
    return session.execute(select(SupplyCollector).where(SupplyCollector.bureau_id == bureau_id,
                                                         SupplyCollector.department_id == department_id)
                           ).scalar_one_or_none()


def _staff_in(session: Session, bureau_id: int, staff_id: Any, department_id: int) -> Staff | None:
    """An active member of staff of that department, or None."""
    person = session.get(Staff, staff_id) if isinstance(staff_id, int) and not isinstance(staff_id, bool) else None
    if person is None or person.bureau_id != bureau_id or not person.active or person.department_id != department_id:
        return None
    return person


def _described(session: Session, line: SupplyIssueLine, issue_no: str) -> str:
    item = session.get(SupplyItem, line.item_id)
    spec = f"（{item.specification}）" if item and item.specification else ""
    return f"{issue_no} {item.name if item else line.item_id}{spec} {line.quantity}{item.unit if item else ''}"


def supply_holdings(session: Session, staff_id: int) -> list[str]:
    """SUPPLY-13: what the person still holds — special items issued to them and not handed back,
    equipment lent to them and not returned — one description each, for the departure sign-off."""
    held = [_described(session, line, number) for line, number in session.execute(
        select(SupplyIssueLine, SupplyIssue.issue_no).join(SupplyIssue, SupplyIssue.id == SupplyIssueLine.issue_id)
        .where(SupplyIssueLine.holder_id == staff_id, SupplyIssueLine.handed_back_on.is_(None))
        .order_by(SupplyIssue.issue_no, SupplyIssueLine.id)).all()]
    for loan, name, unit in session.execute(
            select(SupplyLoan, SupplyItem.name, SupplyItem.unit).join(SupplyItem, SupplyItem.id == SupplyLoan.item_id)
            .where(SupplyLoan.borrower_id == staff_id, SupplyLoan.state == "lent").order_by(SupplyLoan.loan_no)).all():
        held.append(f"借用 {loan.loan_no} {name} {loan.quantity}{unit}")
    return held


class SupplyIssueService(ServiceBase):
    """``desk.supply_issues``: collectors, issues, signatures, holdings and hand-backs."""

    # Collectors (SUPPLY-09) ---------------------------------------------------------------------
    def collectors(self, user: SignedIn) -> list[CollectorRow]:
        """Every active department of the bureau with its named collector (None when not yet named)."""
        with self.reading() as session:
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得查看业务数据")
            rows = session.execute(
                select(Department.id, Department.name, SupplyCollector.staff_id, Staff.name)
                .outerjoin(SupplyCollector, and_(SupplyCollector.department_id == Department.id,
                                                 SupplyCollector.bureau_id == Department.bureau_id))
                .outerjoin(Staff, Staff.id == SupplyCollector.staff_id)
                .where(Department.bureau_id == user.bureau_id, Department.active.is_(True))
                .order_by(Department.id)).all()
            return [CollectorRow(d, n, s, sn or "") for d, n, s, sn in rows]

    def name_collector(self, user: SignedIn, department_id: int, staff_id: int) -> None:
        """The section's head (for their section) or the office head names the one person who
        collects the section's supplies; replacing one is audited with who it was before. Unsigned
        issues pass to the new collector (the one who will sign for them)."""
        from desktop.domain.input_gate.supply_issues import read_collector

        got, problems = read_collector({"department_id": department_id, "staff_id": staff_id})
        problems_or_none(problems)
        with self.transaction() as session:
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
            dept = _department_in(session, user, got.department_id)
            heads = session.execute(select(StaffPosition.id).where(
                StaffPosition.staff_id == user.staff_id, StaffPosition.position == "section_head",
                StaffPosition.department_id == dept.id)).first()
            if heads is None and not holds_position(session, user.staff_id, NAMERS):
                raise refuse("SUPPLY-09", "supply_collector.not_head",
                             f"{dept.name}的领用人由本部门负责人或办公室主任指定")
            person = _staff_in(session, user.bureau_id, got.staff_id, dept.id)
            if person is None:
                raise refuse("SUPPLY-09", "supply_collector.staff",
                             f"领用人须为{dept.name}的在岗人员（{got.staff_id}）")
            row = _collector_of(session, user.bureau_id, dept.id)
            before = None
            if row is not None:
                if row.staff_id == person.id:
                    raise refuse("SUPPLY-09", "supply_collector.unchanged", f"{person.name}已是{dept.name}的领用人")
                before = {"staff_id": row.staff_id, "staff": staff_name(session, row.staff_id)}
                row.staff_id, row.named_by, row.named_at = person.id, user.staff_id, utcnow()
            else:
                row = SupplyCollector(bureau_id=user.bureau_id, department_id=dept.id, staff_id=person.id,
                                      named_by=user.staff_id)
                session.add(row)
            session.flush()
            moved = 0
            for issue in session.execute(select(SupplyIssue).where(
                    SupplyIssue.bureau_id == user.bureau_id, SupplyIssue.department_id == dept.id,
                    SupplyIssue.signed_at.is_(None), SupplyIssue.collector_id != person.id)).scalars():
                issue.collector_id = person.id
                moved += 1
            self.audit(session, user, "supply.collector", "supply_collector", row.id, before=before,
                       after={"department": dept.name, "staff_id": person.id, "staff": person.name,
                              "unsigned_issues_moved": moved})

    # Issuing (SUPPLY-09/10) ---------------------------------------------------------------------
    def issue(self, user: SignedIn, fields: dict) -> int:
        """The keeper issues to a section with a named collector; every line checked at once
        (stock available, 交旧领新 or approval for special items, their holder). Stock leaves now."""
        from desktop.domain.input_gate.supply_issues import read_issue

        got, problems = read_issue(fields, today=date.today())
        with self.transaction() as session:
            require_keeper(session, user, "发放办公用品", rule="SUPPLY-09")
            problems_or_none(problems)
            dept = _department_in(session, user, got.department_id)
            where = location_in(session, user, got.location_id) if got.location_id is not None \
                else default_location(session, user.bureau_id)
            collector = _collector_of(session, user.bureau_id, dept.id)
            if collector is None:
                problems.append(Problem("SUPPLY-09", "supply_issue.no_collector",
                                        f"{dept.name}尚未指定领用人：请先由部门负责人或办公室主任指定一名领用人"))
            items: dict[int, SupplyItem] = {}
            facts: list[IssueLineFacts] = []
            for number, line in enumerate(got.lines, start=1):
                try:
                    item = items.get(line.item_id) or item_in(session, user, line.item_id)
                except Refused as missing:
                    problems += [Problem(p.rule, p.code, f"第{number}行：{p.text}") for p in missing.problems]
                    continue
                items[item.id] = item
                special = item.kind == "special"
                holder_id = (line.holder_id or (collector.staff_id if collector else None)) if special else None
                holder_ok = None if not special or holder_id is None else \
                    _staff_in(session, user.bureau_id, holder_id, dept.id) is not None
                document = None
                if line.approval_document_id is not None:
                    doc = session.get(Document, line.approval_document_id)
                    document = doc is not None and doc.bureau_id == user.bureau_id and doc.state in APPROVED
                facts.append(IssueLineFacts(number, item.id, item.name, item.specification, item.unit, item.kind,
                                            line.quantity, line.old_returned, line.old_note, line.approval_ref,
                                            document, holder_ok))
            stock = {item_id: available(session, item_id, where.id) for item_id in items}
            problems += issue_problems(facts, stock)
            problems_or_none(problems)
            issue = SupplyIssue(bureau_id=user.bureau_id,
                                issue_no=next_number(session, user.bureau_id, "supply_issue", "LY",
                                                     got.issued_on.year, width=5),
                                department_id=dept.id, collector_id=collector.staff_id, location_id=where.id,
                                issued_on=got.issued_on, issued_by=user.staff_id, note=got.note)
            session.add(issue)
            session.flush()
            total = Decimal("0.00")
            for line in got.lines:
                item = items[line.item_id]
                special = item.kind == "special"
                moved = post_movement(session, user, item=item, location_id=where.id, kind="issue",
                                      quantity=-line.quantity, occurred_on=got.issued_on, issue_id=issue.id,
                                      department_id=dept.id, note=f"{issue.issue_no} {dept.name}")
                value = -moved.value
                total += value
                session.add(SupplyIssueLine(
                    issue_id=issue.id, item_id=item.id, quantity=line.quantity, value=value,
                    holder_id=(line.holder_id or collector.staff_id) if special else None,
                    old_returned=line.old_returned if special else False, old_note=line.old_note if special else "",
                    approval_ref=line.approval_ref if special else "",
                    approval_document_id=line.approval_document_id if special else None))
            issue.total_value = total
            session.flush()
            self.audit(session, user, "supply.issue", "supply_issue", issue.id,
                       after={"issue_no": issue.issue_no, "department": dept.name,
                              "collector": staff_name(session, collector.staff_id), "location": where.name,
                              "issued_on": got.issued_on.isoformat(), "total": str(total),
                              "lines": [{"item": items[ln.item_id].code, "quantity": ln.quantity}
                                        for ln in got.lines]})
            return issue.id

    def sign(self, user: SignedIn, issue_id: int) -> None:
        """The collector signs the issue register for what they received, in their own session, once."""
        with self.transaction() as session:
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
            issue = self._issue_in(session, user, issue_id, lock=True)
            problems = []
            if issue.collector_id != user.staff_id:
                problems.append(Problem("SUPPLY-09", "supply_issue.not_collector",
                                        f"领用单{issue.issue_no}须由领用人"
                                        f"{staff_name(session, issue.collector_id)}本人签收"))
            if issue.signed_at is not None:
                problems.append(Problem("SUPPLY-09", "supply_issue.signed", f"领用单{issue.issue_no}已签收"))
            problems_or_none(problems)
            issue.signed_at = utcnow()
            self.audit(session, user, "supply.issue_sign", "supply_issue", issue.id,
                       before={"signed_at": None}, after={"issue_no": issue.issue_no, "signed_by": user.name})

    def awaiting_signature(self, user: SignedIn) -> list[IssueRow]:
        """The issues this person must still sign for as collector (their home page)."""
        with self.reading() as session:
            rows, _ = self._rows(session, [SupplyIssue.bureau_id == user.bureau_id,
                                           SupplyIssue.collector_id == user.staff_id,
                                           SupplyIssue.signed_at.is_(None)], 0, 500)
            return rows

    def issues(self, user: SignedIn, *, department_id: int | None = None, first: date | None = None,
               last: date | None = None, unsigned_only: bool = False, offset: int = 0,
               limit: int = 200) -> tuple[list[IssueRow], int]:
        """A page of the issues the person may see (newest first), and how many there are."""
        offset, limit = max(int(offset), 0), min(max(int(limit), 1), 1000)
        with self.reading() as session:
            where: list[Any] = [SupplyIssue.bureau_id == user.bureau_id]
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得查看业务数据")
            if not sees_all_issues(session, user):
                where.append(SupplyIssue.department_id.in_(sorted(_sections_of(session, user)) or [-1]))
            if department_id is not None:
                where.append(SupplyIssue.department_id == department_id)
            if first is not None:
                where.append(SupplyIssue.issued_on >= first)
            if last is not None:
                where.append(SupplyIssue.issued_on <= last)
            if unsigned_only:
                where.append(SupplyIssue.signed_at.is_(None))
            return self._rows(session, where, offset, limit)

    def issue_view(self, user: SignedIn, issue_id: int) -> IssueView:
        with self.reading() as session:
            issue = self._issue_in(session, user, issue_id)
            dept = session.get(Department, issue.department_id)
            place = session.get(SupplyLocation, issue.location_id)
            lines = []
            for line, item, serial in session.execute(
                    select(SupplyIssueLine, SupplyItem, Document.serial)
                    .join(SupplyItem, SupplyItem.id == SupplyIssueLine.item_id)
                    .outerjoin(Document, Document.id == SupplyIssueLine.approval_document_id)
                    .where(SupplyIssueLine.issue_id == issue.id).order_by(SupplyIssueLine.id)).all():
                lines.append(IssueLineView(line.id, item.id, item.code, item.name, item.specification, item.unit,
                                           item.kind, KIND_LABELS.get(item.kind, item.kind), line.quantity,
                                           line.value, line.holder_id, staff_name(session, line.holder_id),
                                           line.old_returned, line.old_note, line.approval_ref,
                                           line.approval_document_id, serial or "", line.handed_back_on))
            return IssueView(issue.id, issue.issue_no, issue.department_id, dept.name if dept else "",
                             issue.collector_id, staff_name(session, issue.collector_id), place.name if place else "",
                             issue.issued_on, staff_name(session, issue.issued_by), issue.total_value,
                             issue.signed_at, issue.note, lines)

    # Holdings and hand-backs (SUPPLY-13) --------------------------------------------------------
    def holdings(self, user: SignedIn, staff_id: int) -> list[HoldingRow]:
        """Special items issued to the person and not handed back, and equipment lent to them."""
        with self.reading() as session:
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得查看业务数据")
            person = session.get(Staff, staff_id) if isinstance(staff_id, int) else None
            if person is None or person.bureau_id != user.bureau_id:
                raise refuse("SUPPLY-13", "supply_issue.staff", f"找不到人员（{staff_id}）")
            if staff_id != user.staff_id and not sees_all_issues(session, user):
                raise refuse("SEC-03", "supply_issue.read", "只能查看本人名下的办公用品")
            rows = [HoldingRow("issue", line.id, item.name, line.quantity, issued_on, number, item.specification,
                               item.unit)
                    for line, item, number, issued_on in session.execute(
                        select(SupplyIssueLine, SupplyItem, SupplyIssue.issue_no, SupplyIssue.issued_on)
                        .join(SupplyIssue, SupplyIssue.id == SupplyIssueLine.issue_id)
                        .join(SupplyItem, SupplyItem.id == SupplyIssueLine.item_id)
                        .where(SupplyIssue.bureau_id == user.bureau_id, SupplyIssueLine.holder_id == staff_id,
                               SupplyIssueLine.handed_back_on.is_(None))
                        .order_by(SupplyIssue.issued_on, SupplyIssueLine.id)).all()]
            rows += [HoldingRow("loan", loan.id, item.name, loan.quantity, loan.lent_on or loan.requested_on,
                                loan.loan_no, item.specification, item.unit)
                     for loan, item in session.execute(
                         select(SupplyLoan, SupplyItem).join(SupplyItem, SupplyItem.id == SupplyLoan.item_id)
                         .where(SupplyLoan.bureau_id == user.bureau_id, SupplyLoan.borrower_id == staff_id,
                                SupplyLoan.state == "lent").order_by(SupplyLoan.loan_no)).all()]
            return rows

    def hand_back(self, user: SignedIn, issue_line_id: int, *, condition: str = "") -> None:
        """The keeper takes back a special item a person held: back into the issue's store at the
        average cost (a ``return`` movement), the line marked handed back."""
        from desktop.domain.input_gate.supply_issues import read_hand_back

        got, problems = read_hand_back({"issue_line_id": issue_line_id, "condition": condition})
        with self.transaction() as session:
            require_keeper(session, user, "收回办公用品", rule="SUPPLY-13")
            problems_or_none(problems)
            line = session.get(SupplyIssueLine, got.issue_line_id, with_for_update=True)
            issue = session.get(SupplyIssue, line.issue_id) if line is not None else None
            if issue is None or issue.bureau_id != user.bureau_id:
                raise refuse("SUPPLY-13", "supply_issue.line_missing", f"找不到领用明细（{issue_line_id}）")
            item = session.get(SupplyItem, line.item_id)
            if line.holder_id is None:
                raise refuse("SUPPLY-13", "supply_issue.not_held",
                             f"{issue.issue_no} {item.name}是一般办公用品，领用后不再收回")
            if line.handed_back_on is not None:
                raise refuse("SUPPLY-13", "supply_issue.handed_back",
                             f"{issue.issue_no} {item.name}已于{line.handed_back_on.isoformat()}交回")
            today = date.today()
            holder = staff_name(session, line.holder_id)
            post_movement(session, user, item=item, location_id=issue.location_id, kind="return",
                          quantity=line.quantity, occurred_on=today, issue_id=issue.id,
                          department_id=issue.department_id,
                          note=f"{issue.issue_no} {holder}交回" + (f"：{got.condition}" if got.condition else ""))
            line.handed_back_on = today
            self.audit(session, user, "supply.hand_back", "supply_issue", issue.id,
                       before={"line": line.id, "handed_back_on": None},
                       after={"line": line.id, "item": item.code, "quantity": line.quantity, "holder": holder,
                              "handed_back_on": today.isoformat(), "condition": got.condition})

    # Helpers -----------------------------------------------------------------------------------
    def _issue_in(self, session: Session, user: SignedIn, issue_id: Any, *, lock: bool = False) -> SupplyIssue:
        issue = session.get(SupplyIssue, issue_id, with_for_update=lock) \
            if isinstance(issue_id, int) and not isinstance(issue_id, bool) else None
        if issue is None or issue.bureau_id != user.bureau_id or user.is_admin:
            raise refuse("SUPPLY-09", "supply_issue.missing", f"找不到领用单（{issue_id}）")
        if issue.collector_id != user.staff_id and not sees_all_issues(session, user) \
                and issue.department_id not in _sections_of(session, user):
            raise refuse("SUPPLY-09", "supply_issue.missing", f"找不到领用单（{issue_id}）")
        return issue

    @staticmethod
    def _rows(session: Session, where: list[Any], offset: int, limit: int) -> tuple[list[IssueRow], int]:
        total = session.execute(select(func.count()).select_from(SupplyIssue).where(*where)).scalar_one()
        collector = aliased(Staff)
        lines = (select(func.count()).where(SupplyIssueLine.issue_id == SupplyIssue.id)
                 .correlate(SupplyIssue).scalar_subquery())
        rows = session.execute(
            select(SupplyIssue, Department.name, collector.name, lines)
            .join(Department, Department.id == SupplyIssue.department_id)
            .join(collector, collector.id == SupplyIssue.collector_id)
            .where(*where).order_by(SupplyIssue.issued_on.desc(), SupplyIssue.id.desc())
            .offset(offset).limit(limit)).all()
        return [IssueRow(i.id, i.issue_no, dept, name, i.issued_on, i.total_value, i.signed_at, int(n))
                for i, dept, name, n in rows], total
