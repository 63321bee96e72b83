"""What the office-supply services share (issue 14): who keeps and who buys, the labels, finding a
record in the signed-in person's bureau, numbers, and the one place stock moves.

Stock changes only through :func:`post_movement`: it locks the item's balance in that store,
values the movement at moving average (domain/supplies/valuation.py), refuses to go below zero,
writes the stock-book line and the new balance in the caller's transaction (the caller writes
the audit entry of the user's action). So stock on hand always equals receipts minus issues plus
adjustments (tests/store/test_supply_stock_property.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from desktop.domain.supplies.valuation import Shortage, Stock, move
from desktop.persistence.numbering import next_value
from desktop.persistence.schema import (
    Staff,
    SupplyBalance,
    SupplyItem,
    SupplyLoan,
    SupplyLocation,
    SupplyMovement,
    utcnow,
)
from desktop.services.approvals import office_department
from desktop.services.asset_records import holds_position
from desktop.services.base import SignedIn, refuse

__all__ = ["KEEPERS", "KIND_LABELS", "MOVEMENT_LABELS", "PURCHASE_STATE_LABELS", "LOAN_STATE_LABELS",
           "COUNT_STATE_LABELS", "PLAN_STATE_LABELS", "DEFAULT_LOCATION", "is_keeper", "require_keeper",
           "is_office_staff", "require_office", "item_in", "location_in", "default_location", "next_number",
           "balance_of", "on_loan", "lent_now", "available", "post_movement", "IN_KINDS", "OUT_KINDS"]

# The office's designated keeper of supplies (SUPPLY-08/09: checks receipts, issues, counts): the
# office's asset manager (资产管理员), who also keeps the fixed-asset cards the durable ones become.
KEEPERS = frozenset({"asset_mgr"})

KIND_LABELS: Mapping[str, str] = {"consumable": "一般办公用品", "special": "特殊办公用品"}
MOVEMENT_LABELS: Mapping[str, str] = {"receipt": "入库", "issue": "领用", "return": "退库",
                                      "gain": "盘盈", "loss": "盘亏"}
IN_KINDS = frozenset({"receipt", "return", "gain"})
OUT_KINDS = frozenset({"issue", "loss"})
PLAN_STATE_LABELS: Mapping[str, str] = {"draft": "草稿", "submitted": "已提交", "consolidated": "已汇总"}
PURCHASE_STATE_LABELS: Mapping[str, str] = {"draft": "草稿", "approving": "审批中", "approved": "已批准",
                                            "ordered": "已定购", "received": "已入库", "cancelled": "已取消"}
LOAN_STATE_LABELS: Mapping[str, str] = {"requested": "待审批", "approved": "已批准", "refused": "不同意",
                                        "lent": "借出中", "returned": "已归还"}
COUNT_STATE_LABELS: Mapping[str, str] = {"counting": "盘点中", "reported": "差异报批", "adjusted": "已调整"}
DEFAULT_LOCATION = "办公室库房"


def is_keeper(session: Session, user: SignedIn) -> bool:
    return holds_position(session, user.staff_id, KEEPERS)


def require_keeper(session: Session, user: SignedIn, what: str, rule: str = "SUPPLY-08") -> None:
    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
    if not is_keeper(session, user):
        raise refuse(rule, "supply.not_keeper", f"{what}须由办公室指定的办公用品保管人员（资产管理员）办理")


def is_office_staff(session: Session, user: SignedIn) -> bool:
    """Staff of the bureau office (办公室), now (not at sign-in)."""
    office = office_department(session, user.bureau_id)
    department = session.execute(select(Staff.department_id).where(Staff.id == user.staff_id)).scalar_one_or_none()
    return office is not None and department == office


def require_office(session: Session, user: SignedIn, what: str) -> None:
    """SUPPLY-01: only the General Office buys; other sections' purchase records are not accepted."""
    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
    if not is_office_staff(session, user):
        raise refuse("SUPPLY-01", "supply.not_office", f"办公用品一律由办公室统一采购：{what}须由办公室人员办理")


def item_in(session: Session, user: SignedIn, item_id: Any) -> SupplyItem:
    item = session.get(SupplyItem, item_id) if isinstance(item_id, int) and not isinstance(item_id, bool) else None
    if item is None or item.bureau_id != user.bureau_id:
        raise refuse("SUPPLY-02", "supply.item_missing", f"找不到办公用品（{item_id}）")
    return item


def location_in(session: Session, user: SignedIn, location_id: Any) -> SupplyLocation:
    where = (session.get(SupplyLocation, location_id)
             if isinstance(location_id, int) and not isinstance(location_id, bool) else None)
    if where is None or where.bureau_id != user.bureau_id:
        raise refuse("SUPPLY-08", "supply.location_missing", f"找不到存放地点（{location_id}）")
    return where


def default_location(session: Session, bureau_id: int) -> SupplyLocation:
    """The bureau's first store, made as 办公室库房 when there is none yet."""
    where = session.execute(select(SupplyLocation).where(SupplyLocation.bureau_id == bureau_id)
                            .order_by(SupplyLocation.id).limit(1)).scalar_one_or_none()
    if where is None:
        where = SupplyLocation(bureau_id=bureau_id, name=DEFAULT_LOCATION)
        session.add(where)
        session.flush()
    return where


def next_number(session: Session, bureau_id: int, kind: str, prefix: str, year: int, width: int = 4) -> str:
    """RK2026-0001: gapless per kind and year (IC-15). ``kind`` is the serial counter's kind:
    supply_receipt, supply_issue, supply_loan, supply_count_no, supply_order — never a document
    kind's name (documents number their serials with a counter of that name)."""
    return f"{prefix}{year}-{next_value(session, bureau_id, kind, str(year)):0{width}d}"


def balance_of(session: Session, item_id: int, location_id: int, *, lock: bool = False) -> SupplyBalance | None:
    query = select(SupplyBalance).where(SupplyBalance.item_id == item_id, SupplyBalance.location_id == location_id)
    return session.execute(query.with_for_update() if lock else query).scalar_one_or_none()


def on_loan(session: Session, item_id: int, location_id: int) -> int:
    """Units of the item from this store lent out now (SUPPLY-14): on hand, but not to be issued."""
    return int(session.execute(select(func.coalesce(func.sum(SupplyLoan.quantity), 0))
                               .where(SupplyLoan.item_id == item_id, SupplyLoan.location_id == location_id,
                                      lent_now())).scalar_one())


def lent_now() -> ColumnElement[bool]:
    """The SQL condition of a loan whose units are out now: lent, and not reported lost (a lost
    unit has left the stock as a loss movement while the borrower's signature is awaited)."""
    lost = select(SupplyMovement.id).where(SupplyMovement.loan_id == SupplyLoan.id, SupplyMovement.kind == "loss")
    return and_(SupplyLoan.state == "lent", ~lost.exists())


def available(session: Session, item_id: int, location_id: int) -> int:
    """What may be issued: on hand less what is lent out."""
    balance = balance_of(session, item_id, location_id)
    return (balance.quantity if balance else 0) - on_loan(session, item_id, location_id)


def post_movement(session: Session, user: SignedIn, *, item: SupplyItem, location_id: int, kind: str,
                  quantity: int, occurred_on: date, value: Decimal | None = None, receipt_id: int | None = None,
                  issue_id: int | None = None, count_id: int | None = None, loan_id: int | None = None,
                  department_id: int | None = None, note: str = "") -> SupplyMovement:
    """One line of the stock book and the balance after it. ``quantity`` is signed (in +, out −);
    ``value`` only for units coming in at a known cost (a receipt). Refuses (SUPPLY-09) to take
    out more than is on hand, naming the quantity there is."""
    if kind not in MOVEMENT_LABELS:
        raise ValueError(f"unknown movement kind {kind!r}")
    if (kind in IN_KINDS) != (quantity > 0):
        raise ValueError(f"a {kind} moves stock {'in' if kind in IN_KINDS else 'out'}")
    balance = balance_of(session, item.id, location_id, lock=True)
    if balance is None:
        balance = SupplyBalance(bureau_id=item.bureau_id, item_id=item.id, location_id=location_id, quantity=0,
                                value=Decimal("0.00"))
        session.add(balance)
    try:
        after, amount = move(Stock(balance.quantity or 0, balance.value or Decimal("0.00")), quantity, value)
    except Shortage as short:
        raise refuse("SUPPLY-09", "supply.short",
                     f"{item.name}（{item.specification or item.unit}）库存不足：现有 {short.available}{item.unit}，"
                     f"需 {short.wanted}{item.unit}") from None
    balance.quantity, balance.value, balance.updated_at = after.quantity, after.value, utcnow()
    line = SupplyMovement(bureau_id=item.bureau_id, item_id=item.id, location_id=location_id, kind=kind,
                          occurred_on=occurred_on, quantity=quantity, value=amount, balance_quantity=after.quantity,
                          balance_value=after.value, receipt_id=receipt_id, issue_id=issue_id, count_id=count_id,
                          loan_id=loan_id, department_id=department_id, staff_id=user.staff_id, note=note[:200])
    session.add(line)
    session.flush()
    return line
