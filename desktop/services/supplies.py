"""Office-supply catalogue, stores and stock on hand (issue 14 item 1; SUPPLY-02, SUPPLY-08):
``desk.supplies``.

The keeper of supplies (资产管理员, ``supply_records.KEEPERS``) keeps the catalogue and the stores;
everyone in the bureau may read the catalogue, the stock and an item's stock card (明细账), the
system administrator nothing (SEC-13). Stock itself moves only through
``supply_records.post_movement`` (receipts, issues, returns, count adjustments); this service only
reads the balances it keeps, so stock on hand for every item is one query over ``supply_balances``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.supplies.valuation import Stock, average_cost
from desktop.persistence.numbering import next_value
from desktop.persistence.schema import (
    AssetCategory,
    Department,
    Staff,
    SupplyBalance,
    SupplyCount,
    SupplyIssue,
    SupplyItem,
    SupplyLoan,
    SupplyLocation,
    SupplyMovement,
    SupplyReceipt,
)
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.supply_records import (
    DEFAULT_LOCATION,
    KIND_LABELS,
    MOVEMENT_LABELS,
    default_location,
    item_in,
    lent_now,
    location_in,
    require_keeper,
)

__all__ = ["SupplyService", "ItemRow", "ItemView", "StockRow", "LocationRow", "MovementRow", "STANDARD_CATEGORIES",
           "require_reader", "escape_like", "item_code_taken"]

ZERO = Decimal("0.00")
MAX_PAGE = 5000
# SUPPLY-02's own words for the kinds of supplies: the categories offered before the bureau has its own.
STANDARD_CATEGORIES = ("文具", "纸张", "碳粉", "办公自动化耗材", "卫生清洁用品", "办公桌椅", "档案柜", "电脑", "打印机",
                       "摄影摄像器材")


@dataclass(frozen=True)
class ItemRow:
    id: int
    code: str
    name: str
    category: str
    specification: str
    unit: str
    kind: str
    kind_label: str
    reorder_level: int
    procurement_catalogue: bool
    asset_category_code: str
    lendable: bool
    active: bool
    on_hand: int
    value: Decimal


@dataclass(frozen=True)
class StockRow:
    item_id: int
    code: str
    name: str
    specification: str
    unit: str
    kind: str
    location_id: int
    location_name: str
    quantity: int
    on_loan: int
    available: int
    value: Decimal
    average_cost: Decimal
    reorder_level: int
    below_reorder: bool


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    name: str
    category: str
    specification: str
    unit: str
    kind: str
    kind_label: str
    reorder_level: int
    procurement_catalogue: bool
    asset_category_code: str
    lendable: bool
    active: bool
    on_hand: int
    value: Decimal
    balances: list[StockRow]
    on_loan: int


@dataclass(frozen=True)
class LocationRow:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class MovementRow:
    id: int
    occurred_on: date
    kind: str
    kind_label: str
    quantity: int
    value: Decimal
    balance_quantity: int
    balance_value: Decimal
    reference: str
    department_name: str
    staff_name: str
    note: str


def require_reader(user: SignedIn) -> None:
    """Everyone in the bureau reads the catalogue and stock; the system administrator no business data."""
    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不查看业务数据")


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def item_code_taken(session: Session, bureau_id: int, code: str, but: int | None = None) -> bool:
    query = select(SupplyItem.id).where(SupplyItem.bureau_id == bureau_id, SupplyItem.code == code)
    if but is not None:
        query = query.where(SupplyItem.id != but)
    return session.execute(query.limit(1)).first() is not None


def _next_code(session: Session, bureau_id: int) -> str:
    """BG0001, BG0002 … (kind supply_item, period "all"); skips a code someone typed by hand."""
    while True:
        code = f"BG{next_value(session, bureau_id, 'supply_item', 'all'):04d}"
        if not item_code_taken(session, bureau_id, code):
            return code


def _asset_category_ok(session: Session, bureau_id: int, code: str) -> bool:
    """The code names an active category of the bureau's asset categories (or, before the bureau
    has copied them, of the shipped ones)."""
    rows = session.execute(select(AssetCategory.code, AssetCategory.active)
                           .where(AssetCategory.bureau_id == bureau_id)).all()
    if rows:
        return any(c == code and active for c, active in rows)
    from desktop.services.assets import shipped_categories

    return any(r.code == code for r in shipped_categories())


def _item_problems(session: Session, bureau_id: int, got: Any, item_id: int | None) -> list[Problem]:
    """The catalogue's rules beyond the fields themselves (SUPPLY-02, ASSET-13, SUPPLY-14)."""
    out: list[Problem] = []
    if got.code and item_code_taken(session, bureau_id, got.code, item_id):
        out.append(Problem("SUPPLY-02", "supply_item.code_taken", f"编码 {got.code} 已被其他办公用品使用"))
    if got.asset_category_code:
        if got.kind == "consumable":
            out.append(Problem("ASSET-13", "supply_item.consumable_asset",
                               "一般办公用品（消耗性用品）不作为固定资产：只有特殊办公用品可注明固定资产分类"))
        elif not _asset_category_ok(session, bureau_id, got.asset_category_code):
            out.append(Problem("ASSET-13", "supply_item.asset_category",
                               f"固定资产分类 {got.asset_category_code} 不存在或已停用（见 固定资产 → 资产分类）"))
    if got.lendable and got.kind == "consumable":
        out.append(Problem("SUPPLY-14", "supply_item.consumable_lendable",
                           "一般办公用品用完即耗，不能借用：可借用的是相机等特殊办公用品"))
    return out


def _item_state(item: SupplyItem) -> dict[str, Any]:
    return {"code": item.code, "name": item.name, "category": item.category, "specification": item.specification,
            "unit": item.unit, "kind": item.kind, "reorder_level": item.reorder_level,
            "procurement_catalogue": item.procurement_catalogue, "asset_category_code": item.asset_category_code,
            "lendable": item.lendable, "active": item.active}


def _loans_by_place(session: Session, bureau_id: int, item_id: int | None = None) -> dict[tuple[int, int], int]:
    """Units lent out now per (item, store) (SUPPLY-14): on hand, but not available to issue."""
    query = (select(SupplyLoan.item_id, SupplyLoan.location_id, func.sum(SupplyLoan.quantity))
             .where(SupplyLoan.bureau_id == bureau_id, lent_now())
             .group_by(SupplyLoan.item_id, SupplyLoan.location_id))
    if item_id is not None:
        query = query.where(SupplyLoan.item_id == item_id)
    return {(i, loc): int(q or 0) for i, loc, q in session.execute(query).all()}


def _stock_row(item: Any, location_id: int, location_name: str, quantity: int, value: Decimal, lent: int) -> StockRow:
    free = quantity - lent
    return StockRow(item.id, item.code, item.name, item.specification, item.unit, item.kind, location_id, location_name,
                    quantity, lent, free, value, average_cost(Stock(quantity, value)), item.reorder_level,
                    bool(item.reorder_level > 0 and free <= item.reorder_level))


class SupplyService(ServiceBase):
    """``desk.supplies``: the catalogue (keeper edits, everyone reads), stores, stock, stock cards."""

    # The catalogue ---------------------------------------------------------------------------------
    def items(self, user: SignedIn, *, text: str = "", kind: str | None = None, category: str | None = None,
              active_only: bool = True, offset: int = 0, limit: int = 500) -> tuple[list[ItemRow], int]:
        """A page of the catalogue with each item's stock on hand (all stores) and its value; ``text``
        matches the code, name, specification or category."""
        require_reader(user)
        where = [SupplyItem.bureau_id == user.bureau_id]
        needle = (text or "").strip()[:100]
        if needle:
            like = f"%{escape_like(needle)}%"
            where.append(or_(SupplyItem.code.like(like, escape="\\"), SupplyItem.name.like(like, escape="\\"),
                             SupplyItem.specification.like(like, escape="\\"),
                             SupplyItem.category.like(like, escape="\\")))
        if kind:
            where.append(SupplyItem.kind == kind)
        if category:
            where.append(SupplyItem.category == category)
        if active_only:
            where.append(SupplyItem.active.is_(True))
        offset, limit = max(0, int(offset)), max(0, min(int(limit), MAX_PAGE))
        totals = (select(SupplyBalance.item_id, func.sum(SupplyBalance.quantity).label("quantity"),
                         func.sum(SupplyBalance.value).label("value"))
                  .where(SupplyBalance.bureau_id == user.bureau_id).group_by(SupplyBalance.item_id).subquery())
        with self.reading() as session:
            total = session.execute(select(func.count()).select_from(SupplyItem).where(*where)).scalar() or 0
            rows = session.execute(select(SupplyItem, totals.c.quantity, totals.c.value)
                                   .outerjoin(totals, totals.c.item_id == SupplyItem.id).where(*where)
                                   .order_by(SupplyItem.code, SupplyItem.id).offset(offset).limit(limit)).all()
            return [self._item_row(item, int(q or 0), Decimal(v or 0).quantize(Decimal("0.01")))
                    for item, q, v in rows], total

    @staticmethod
    def _item_row(item: SupplyItem, on_hand: int, value: Decimal) -> ItemRow:
        return ItemRow(item.id, item.code, item.name, item.category, item.specification, item.unit, item.kind,
                       KIND_LABELS.get(item.kind, item.kind), item.reorder_level, item.procurement_catalogue,
                       item.asset_category_code, item.lendable, item.active, on_hand, value)

    def item(self, user: SignedIn, item_id: int) -> ItemView:
        require_reader(user)
        with self.reading() as session:
            item = item_in(session, user, item_id)
            balances = self._stock(session, user.bureau_id, item_id=item.id)
            row = self._item_row(item, sum(b.quantity for b in balances), sum((b.value for b in balances), ZERO))
            return ItemView(**{f: getattr(row, f) for f in ItemRow.__dataclass_fields__}, balances=balances,
                            on_loan=sum(b.on_loan for b in balances))

    def add_item(self, user: SignedIn, fields: Mapping[str, Any]) -> int:
        """A new catalogue item (keeper, SUPPLY-08); without a code it gets the next BG0001."""
        from desktop.domain.input_gate.supply_items import read_item

        got, problems = read_item(fields)
        with self.transaction() as session:
            require_keeper(session, user, "维护办公用品目录")
            if got is None:
                raise Refused(problems)
            problems = _item_problems(session, user.bureau_id, got, None)
            if problems:
                raise Refused(problems)
            item = SupplyItem(bureau_id=user.bureau_id, **got.model_dump(), active=True)
            if not item.code:
                item.code = _next_code(session, user.bureau_id)
            session.add(item)
            session.flush()
            self.audit(session, user, "supply.item_add", "supply_item", item.id, after=_item_state(item))
            return item.id

    def edit_item(self, user: SignedIn, item_id: int, changes: Mapping[str, Any]) -> None:
        """Change an item's fields (keeper); the stock and its movements stay as they are."""
        from desktop.domain.input_gate.supply_items import ITEM_FIELDS, read_item

        if not isinstance(changes, Mapping):
            raise refuse("SUPPLY-02", "supply_item.changes", "修改内容须为字段和新值")
        with self.transaction() as session:
            require_keeper(session, user, "维护办公用品目录")
            item = item_in(session, user, item_id)
            unknown = sorted(str(k)[:40] for k in set(changes) - set(ITEM_FIELDS))
            if unknown:
                raise refuse("SUPPLY-02", "supply_item.field", f"不能修改的字段：{'、'.join(unknown[:10])}")
            before = _item_state(item)
            got, problems = read_item({**{f: before[f] for f in ITEM_FIELDS}, **changes})
            if got is None:
                raise Refused(problems)
            if not got.code:
                raise refuse("SUPPLY-02", "supply_item.code", "编码：必须填写")
            problems = _item_problems(session, user.bureau_id, got, item.id)
            new = got.model_dump()
            changed = {f: new[f] for f in ITEM_FIELDS if new[f] != before[f]}
            if not changed:
                problems.append(Problem("SUPPLY-02", "supply_item.unchanged", "办公用品没有变化"))
            if problems:
                raise Refused(problems)
            for f, value in changed.items():
                setattr(item, f, value)
            self.audit(session, user, "supply.item_edit", "supply_item", item.id,
                       before={f: before[f] for f in changed}, after=changed)

    def set_item_active(self, user: SignedIn, item_id: int, active: bool) -> None:
        """Stop (or resume) using an item in the catalogue; an item with stock on hand is not
        stopped (issue it, or adjust it in a count, first)."""
        if not isinstance(active, bool):
            raise refuse("SUPPLY-02", "supply_item.active", "停用/启用须为真假值")
        with self.transaction() as session:
            require_keeper(session, user, "维护办公用品目录")
            item = item_in(session, user, item_id)
            if item.active == active:
                raise refuse("SUPPLY-02", "supply_item.unchanged", f"{item.name} 已{'启用' if active else '停用'}")
            if not active:
                held = session.execute(select(func.coalesce(func.sum(SupplyBalance.quantity), 0))
                                       .where(SupplyBalance.item_id == item.id)).scalar_one()
                if held:
                    raise refuse("SUPPLY-02", "supply_item.has_stock",
                                 f"{item.name} 尚有库存 {held}{item.unit}：领用完或盘点调整后再停用")
            item.active = active
            self.audit(session, user, "supply.item_active", "supply_item", item.id, before={"active": not active},
                       after={"active": active})

    def item_categories(self, user: SignedIn) -> list[str]:
        """The categories in use in the catalogue, then SUPPLY-02's own words not yet used."""
        require_reader(user)
        with self.reading() as session:
            used = session.execute(select(SupplyItem.category).where(SupplyItem.bureau_id == user.bureau_id,
                                                                     SupplyItem.category != "")
                                   .distinct().order_by(SupplyItem.category)).scalars().all()
        return [*used, *(c for c in STANDARD_CATEGORIES if c not in used)]

    # Stores ---------------------------------------------------------------------------------------------
    def locations(self, user: SignedIn) -> list[LocationRow]:
        """The bureau's stores; the first time, 办公室库房 is made."""
        require_reader(user)
        with self.reading() as session:
            rows = session.execute(select(SupplyLocation).where(SupplyLocation.bureau_id == user.bureau_id)
                                   .order_by(SupplyLocation.id)).scalars().all()
            if rows:
                return [LocationRow(r.id, r.name, r.active) for r in rows]
        with self.transaction() as session:
            where = default_location(session, user.bureau_id)
            self.audit(session, user, "supply.location_add", "supply_location", where.id, after={"name": where.name})
            return [LocationRow(where.id, where.name, where.active)]

    def add_location(self, user: SignedIn, name: str) -> int:
        from desktop.domain.input_gate.supply_items import read_location

        got, problems = read_location({"name": name})
        with self.transaction() as session:
            require_keeper(session, user, "设置办公用品存放地点")
            if got is None:
                raise Refused(problems)
            default_location(session, user.bureau_id)  # 办公室库房 stays the first (the default) store
            taken = session.execute(select(SupplyLocation.id).where(SupplyLocation.bureau_id == user.bureau_id,
                                                                    SupplyLocation.name == got.name)).first()
            if taken:
                raise refuse("SUPPLY-08", "supply_location.taken", f"存放地点“{got.name}”已有")
            where = SupplyLocation(bureau_id=user.bureau_id, name=got.name, active=True)
            session.add(where)
            session.flush()
            self.audit(session, user, "supply.location_add", "supply_location", where.id, after={"name": where.name})
            return where.id

    # Stock -----------------------------------------------------------------------------------------------
    def stock(self, user: SignedIn, *, location_id: int | None = None, text: str = "", kind: str | None = None,
              below_reorder: bool = False) -> list[StockRow]:
        """Stock on hand per item and store, with what is lent out, what may be issued, its value and
        average cost. An active item never received shows at the default store with nothing."""
        require_reader(user)
        with self.reading() as session:
            if location_id is not None:
                location_in(session, user, location_id)
            rows = self._stock(session, user.bureau_id, location_id=location_id, text=text, kind=kind)
        return [r for r in rows if r.below_reorder] if below_reorder else rows

    def low_stock(self, user: SignedIn) -> list[StockRow]:
        """Active items at or below their reorder level (the keeper's home page)."""
        require_reader(user)
        with self.reading() as session:
            return [r for r in self._stock(session, user.bureau_id, active_only=True) if r.below_reorder]

    @staticmethod
    def _stock(session: Session, bureau_id: int, *, item_id: int | None = None, location_id: int | None = None,
               text: str = "", kind: str | None = None, active_only: bool = False) -> list[StockRow]:
        where = [SupplyItem.bureau_id == bureau_id]
        needle = (text or "").strip()[:100]
        if needle:
            like = f"%{escape_like(needle)}%"
            where.append(or_(SupplyItem.code.like(like, escape="\\"), SupplyItem.name.like(like, escape="\\"),
                             SupplyItem.specification.like(like, escape="\\")))
        if kind:
            where.append(SupplyItem.kind == kind)
        if item_id is not None:
            where.append(SupplyItem.id == item_id)
        if active_only:
            where.append(SupplyItem.active.is_(True))
        item_cols = (SupplyItem.id, SupplyItem.code, SupplyItem.name, SupplyItem.specification, SupplyItem.unit,
                     SupplyItem.kind, SupplyItem.reorder_level, SupplyItem.active)
        held = (select(*item_cols, SupplyBalance.location_id, SupplyLocation.name.label("location_name"), SupplyBalance.quantity,
                       SupplyBalance.value)
                .join(SupplyBalance, SupplyBalance.item_id == SupplyItem.id)
                .join(SupplyLocation, SupplyLocation.id == SupplyBalance.location_id)
                .where(*where, SupplyBalance.bureau_id == bureau_id))
        if location_id is not None:
            held = held.where(SupplyBalance.location_id == location_id)
        lent = _loans_by_place(session, bureau_id, item_id)
        out = [_stock_row(r, r.location_id, r.location_name, r.quantity, Decimal(r.value), lent.get((r.id, r.location_id), 0))
               for r in session.execute(held.order_by(SupplyItem.code, SupplyLocation.id)).all()]
        first = session.execute(select(SupplyLocation.id, SupplyLocation.name)
                                .where(SupplyLocation.bureau_id == bureau_id)
                                .order_by(SupplyLocation.id).limit(1)).first()
        if location_id is None or (first is not None and first.id == location_id):
            never = (select(*item_cols).where(*where, SupplyItem.active.is_(True),
                                              ~select(SupplyBalance.id).where(SupplyBalance.item_id == SupplyItem.id)
                                              .exists()).order_by(SupplyItem.code))
            place = (first.id, first.name) if first is not None else (0, DEFAULT_LOCATION)
            out += [_stock_row(r, place[0], place[1], 0, ZERO, 0) for r in session.execute(never).all()]
            out.sort(key=lambda r: (r.code, r.location_id))
        return out

    # The stock card ----------------------------------------------------------------------------------------
    def movements(self, user: SignedIn, item_id: int, *, location_id: int | None = None, first: date | None = None,
                  last: date | None = None, offset: int = 0, limit: int = 500) -> tuple[list[MovementRow], int]:
        """The item's stock card (明细账): every movement in order with the balance after it and the
        number of the receipt, issue, loan or count behind it."""
        require_reader(user)
        m = SupplyMovement
        with self.reading() as session:
            item = item_in(session, user, item_id)
            where = [m.item_id == item.id]
            if location_id is not None:
                location_in(session, user, location_id)
                where.append(m.location_id == location_id)
            if first is not None:
                where.append(m.occurred_on >= first)
            if last is not None:
                where.append(m.occurred_on <= last)
            offset, limit = max(0, int(offset)), max(0, min(int(limit), MAX_PAGE))
            total = session.execute(select(func.count()).select_from(m).where(*where)).scalar() or 0
            rows = session.execute(
                select(m, SupplyReceipt.receipt_no, SupplyIssue.issue_no, SupplyLoan.loan_no, SupplyCount.count_no,
                       Department.name, Staff.name)
                .outerjoin(SupplyReceipt, SupplyReceipt.id == m.receipt_id)
                .outerjoin(SupplyIssue, SupplyIssue.id == m.issue_id)
                .outerjoin(SupplyLoan, SupplyLoan.id == m.loan_id)
                .outerjoin(SupplyCount, SupplyCount.id == m.count_id)
                .outerjoin(Department, Department.id == m.department_id)
                .outerjoin(Staff, Staff.id == m.staff_id)
                .where(*where).order_by(m.occurred_on, m.id).offset(offset).limit(limit)).all()
            return [MovementRow(mv.id, mv.occurred_on, mv.kind, MOVEMENT_LABELS.get(mv.kind, mv.kind), mv.quantity,
                                mv.value, mv.balance_quantity, mv.balance_value,
                                receipt_no or issue_no or loan_no or count_no or "", dept or "", staff or "", mv.note)
                    for mv, receipt_no, issue_no, loan_no, count_no, dept, staff in rows], total

