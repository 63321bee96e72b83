"""Cards put straight into a copy of the demo database for the depreciation and report tests (the
cards service is tested on its own), and a voucher taken through review to posting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.finance.periods import next_period, period_dates
from desktop.persistence.schema import AssetAcceptance, AssetCard, Department, Staff
from desktop.services.base import Refused

_numbers = iter(range(1, 1_000_000))


def department(desk, name: str) -> int:
    with desk.sessions() as s:
        return s.execute(select(Department.id).where(Department.name == name)).scalar_one()


def staff(desk, name: str) -> int:
    with desk.sessions() as s:
        return s.execute(select(Staff.id).where(Staff.name == name)).scalar_one()


def add_card(desk, value: str, life: int, acquired: date, *, dept: str = "办公室", status: str = "active",
             accepted: bool = False, **kw) -> int:
    """A card of the demo bureau; ``accepted``: with its user's and the asset manager's acceptance."""
    bureau = desk.act_as("zhenglj").bureau_id
    dept_id = department(desk, dept)
    keepers = (staff(desk, "黄磊"), staff(desk, "刘洋")) if accepted else ()
    with desk.sessions.begin() as s:
        card = AssetCard(bureau_id=bureau, card_no=f"TZ2026-{next(_numbers):05d}", name=kw.pop("name", "测试资产"),
                         category_code=kw.pop("category_code", "A02010104"), original_value=Decimal(value),
                         acquired_on=acquired, department_id=dept_id, status=status,
                         useful_life_months=life, **kw)
        s.add(card)
        s.flush()
        if accepted:
            s.add(AssetAcceptance(card_id=card.id, role="user", staff_id=keepers[0]))
            s.add(AssetAcceptance(card_id=card.id, role="manager", staff_id=keepers[1]))
        return card.id


def first_month(desk) -> str:
    """The month the next run is for in this copy of the demo: after its last run, else 2026-11
    (the demo's first open month)."""
    runs = desk.depreciation.runs(desk.act_as("zhenglj"))
    return next_period(runs[0].period) if runs else "2026-11"


def post(desk, voucher_id: int) -> None:
    """Reviewed by the finance head and the director (P-000 voucher chain), posted by the accountant;
    a voucher the demo left half-way through its review goes on from where it is."""
    maker = desk.act_as("zhenglj")
    doc = desk.books.voucher(maker, voucher_id).document_id
    if desk.books.voucher(maker, voucher_id).review_state in ("draft", "returned"):
        desk.approvals.submit(maker, doc)
    for who, opinion in (("wufang", "复核无误"), ("wangjianguo", "同意")):
        if desk.books.voucher(maker, voucher_id).review_state == "submitted":
            try:
                desk.approvals.approve(desk.act_as(who), doc, opinion)
            except Refused:  # not this person's step
                pass
    desk.books.post(maker, [voucher_id])


def month_end(period: str):
    """The services' clock at the end of ``period``: a run of a month is allowed once it has come."""
    from desktop.services.demo_finance import demo_clock

    return demo_clock(period_dates(period)[1], 17)
