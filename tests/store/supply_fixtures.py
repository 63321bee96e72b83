"""Helpers the office-supply store tests share (issue 14): catalogue items and an ordered purchase.

The ordered purchase is written straight into the tables (as the purchasing service leaves it
after its approval and the choice of a quote): the receipt tests check receipts, not purchases."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.persistence.schema import Department, Document, SupplyPurchase, SupplyPurchaseLine


def add_item(desk, as_user, **over) -> int:
    fields = dict(name="测试复印纸", category="纸张", specification="70g 500张/包", unit="包", kind="consumable",
                  reorder_level=5)
    return desk.supplies.add_item(as_user("liuyang"), {**fields, **over})


def department_id(desk, name: str) -> int:
    with desk.sessions() as s:
        return s.execute(select(Department.id).where(Department.name == name)).scalars().first()


def ordered_purchase(desk, as_user, lines: list[tuple[int, int, str]], *, department: str = "待遇保障股") -> tuple[int, list[int]]:
    """An ordered purchase (state ``ordered``) with ``lines`` of (item id, quantity, unit price),
    on an approved document of the bureau; returns its id and its lines' ids."""
    user = as_user("zhoumin")
    dept = department_id(desk, department)
    with desk.sessions.begin() as s:
        used = set(s.execute(select(SupplyPurchase.document_id).where(SupplyPurchase.document_id.is_not(None))).scalars())
        doc = next(d for d in s.execute(select(Document.id).where(Document.bureau_id == user.bureau_id,
                                                                  Document.state.in_(("approved", "archived")))
                                        .order_by(Document.id)).scalars() if d not in used)
        n = s.execute(select(SupplyPurchase.id)).scalars().all()
        purchase = SupplyPurchase(bureau_id=user.bureau_id, purchase_no=f"CGT-{len(n) + 1:04d}", kind="adhoc",
                                  title="测试采购", year=2026, department_id=dept, document_id=doc, state="ordered",
                                  estimated_total=sum((Decimal(p) * q for _, q, p in lines), Decimal("0.00")),
                                  created_by=user.staff_id)
        s.add(purchase)
        s.flush()
        rows = [SupplyPurchaseLine(purchase_id=purchase.id, item_id=i, quantity=q, unit_price=Decimal(p), department_id=dept)
                for i, q, p in lines]
        s.add_all(rows)
        s.flush()
        return purchase.id, [r.id for r in rows]
