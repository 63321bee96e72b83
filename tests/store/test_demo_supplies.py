"""The demo bureau's office supplies (desktop/services/demo_supplies.py), as the keeper (刘洋), the
office head and the sections would check them: plans in by their dates and consolidated, three
quotes by two confirmed enquirers, receipts checked by a named office person, issues signed by each
section's collector, loans with both signatures (one overdue, one awaiting consent), the June count
adjusted — and stock on hand that is exactly receipts minus issues plus adjustments."""

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.persistence.schema import (
    SupplyBalance,
    SupplyCount,
    SupplyCountLine,
    SupplyIssueLine,
    SupplyMovement,
    SupplyReceiptLine,
)
from desktop.services.demo_supplies import ARCHIVE_STORE, COLLECTORS, COUNT_SHORTAGE, ITEMS, OFFICE_STORE
from tests.reliability import invariants

KEEPER = "liuyang"


def test_demo_catalogue_and_stores_supply02(desk):
    keeper = desk.act_as(KEEPER)
    rows, total = desk.supplies.items(keeper, active_only=False)
    assert total == len(ITEMS) == len(rows)
    assert {r.kind for r in rows} == {"consumable", "special"}
    assert sum(r.lendable for r in rows) >= 2 and sum(r.procurement_catalogue for r in rows) == 1
    assert [r.code for r in sorted(rows, key=lambda r: r.code)][:2] == ["BG0001", "BG0002"]
    assert {x.name for x in desk.supplies.locations(keeper)} == {OFFICE_STORE, ARCHIVE_STORE}
    assert desk.supplies.low_stock(keeper)  # something to reorder on the keeper's home page


def test_demo_plans_in_by_their_dates_and_consolidated_supply03(desk):
    office = desk.act_as("zhoumin")
    p = desk.supply_purchases
    h1 = p.plans(office, 2026, 1)
    assert len(h1) >= 5 and all(r.state == "consolidated" for r in h1)
    assert all(r.due_on == date(2025, 12, 30) and r.submitted_at.date() <= r.due_on for r in h1)
    h2 = p.plans(office, 2026, 2)
    assert h2 and all(r.state == "submitted" and r.due_on == date(2026, 6, 30) for r in h2)
    assert p.missing_plans(office, 2026, 2)  # some sections have not handed theirs in


def test_demo_purchases_approved_with_three_quotes_by_two_enquirers_supply04_supply05(desk):
    office = desk.act_as("zhoumin")
    p = desk.supply_purchases
    rows = p.purchases(office)
    assert Counter(r.kind for r in rows) == {"plan": 1, "adhoc": 1}
    for row in rows:
        view = p.purchase(office, row.id)
        assert view.document_state == "approved" and view.state == "received"
        assert len({q.supplier for q in view.quotes}) >= 3
        assert len(view.enquirers) >= 2 and all(at is not None for _, at in view.enquirers)
        chosen = [q for q in view.quotes if q.chosen]
        assert len(chosen) == 1 and chosen[0].agreement_supplier and view.choice_reason  # SUPPLY-06
        assert desk.approvals.document(office, view.document_id).decision is not None  # ≥ 3000: the Party group
    plan = p.purchase(office, next(r.id for r in rows if r.kind == "plan"))
    assert plan.procurement_ref  # the printer is on the government procurement catalogue (SUPPLY-07)


def test_demo_receipts_checked_by_a_named_office_person_supply08(desk):
    keeper = desk.act_as(KEEPER)
    r = desk.supply_receipts
    rows, total = r.receipts(keeper)
    assert Counter(x.kind for x in rows) == {"opening": 2, "purchase": 2}
    assert all(x.checker_name == "何雪" for x in rows)
    views = [r.receipt(keeper, x.id) for x in rows if x.kind == "purchase"]
    cards = [ln.asset_card_no for v in views for ln in v.lines if ln.asset_card_no]
    assert len(cards) == 1  # the printer opened a card instead of entering stock (ASSET-13)
    pending = desk.assets.awaiting_acceptance(desk.act_as("huanglei"))
    assert cards[0] in {c.card_no for c in pending}
    assert any(v.claim_serial for v in views)  # the ad-hoc purchase linked to the claim that paid it


def test_demo_issues_signed_by_each_sections_collector_supply09_supply10(desk):
    keeper = desk.act_as(KEEPER)
    s = desk.supply_issues
    rows, total = s.issues(keeper, limit=1000)
    assert 55 <= total <= 75 and total == len(rows)
    assert {r.issued_on.month for r in rows} == set(range(1, 7))
    unsigned = [r for r in rows if r.signed_at is None]
    assert 1 <= len(unsigned) <= 5
    assert {r.department_name for r in rows} == set(COLLECTORS)
    named = {c.department_name: c.staff_name for c in s.collectors(keeper) if c.staff_id}
    assert set(named) >= set(COLLECTORS)
    for r in rows:
        assert r.collector_name == named[r.department_name]
    waiting = {r.collector_name for r in unsigned}
    people = {desk.act_as(u).name: u for _, u in COLLECTORS.values()}
    for name in waiting:
        assert s.awaiting_signature(desk.act_as(people[name]))
    lines = [ln for r in rows for ln in s.issue_view(keeper, r.id).lines if ln.kind == "special"]
    assert any(ln.old_returned and ln.old_note for ln in lines)  # 交旧领新
    assert any(ln.approval_ref and not ln.old_returned for ln in lines)  # on the director's approval
    assert all(ln.holder_name for ln in lines)


def test_demo_loans_signed_by_keeper_and_borrower_one_overdue_supply14(desk):
    keeper, office = desk.act_as(KEEPER), desk.act_as("zhoumin")
    loans = desk.supply_loans
    rows = loans.loans(keeper)
    states = Counter(r.state for r in rows)
    assert states["returned"] >= 2 and states["lent"] == 1 and states["requested"] == 1
    for r in rows:
        if r.state == "returned":
            signed = {(x.stage, x.role) for x in loans.loan(keeper, r.id).signatures}
            assert signed == {("lend", "keeper"), ("lend", "borrower"), ("return", "keeper"), ("return", "borrower")}
    overdue = loans.overdue(keeper)
    assert len(overdue) == 1 and overdue[0].state == "lent"
    assert any(r.state == "requested" for r in loans.awaiting_me(office))


def test_demo_june_count_explained_approved_and_adjusted_supply11_supply12(desk):
    keeper = desk.act_as(KEEPER)
    counts = desk.supply_counts
    rows = {r.location_name: r for r in counts.counts(keeper)}
    june, going = counts.count_view(keeper, rows[OFFICE_STORE].id), rows[ARCHIVE_STORE]
    assert june.counted_on == date(2026, 6, 29) and june.state == "adjusted" and june.document_state == "approved"
    differing = [x for x in june.lines if x.difference]
    assert len(differing) == 2 and all(x.explanation for x in differing)
    short = next(x for x in differing if x.difference < 0)
    assert short.difference == COUNT_SHORTAGE[1] and short.liable_name == "何雪"
    assert short.compensation == D(COUNT_SHORTAGE[4])
    assert going.state == "counting" and 0 < going.counted < going.line_count
    with desk.sessions() as session:
        moved = session.execute(select(func.count()).select_from(SupplyMovement).where(
            SupplyMovement.count_id == june.id)).scalar()
    assert moved == 2


def test_demo_stock_on_hand_is_receipts_minus_issues_plus_adjustments_supply09_supply11(desk):
    """For every item and store: the balance equals the sum of its movements, and the movements of
    each kind equal the records they come from (receipt lines, issue lines, count differences)."""
    with desk.sessions() as session:
        by_kind: dict[tuple[int, int], Counter] = defaultdict(Counter)
        for item, where, kind, quantity in session.execute(select(
                SupplyMovement.item_id, SupplyMovement.location_id, SupplyMovement.kind,
                func.sum(SupplyMovement.quantity)).group_by(SupplyMovement.item_id, SupplyMovement.location_id,
                                                            SupplyMovement.kind)):
            by_kind[(item, where)][kind] = int(quantity)
        balances = {(b.item_id, b.location_id): b for b in session.execute(select(SupplyBalance)).scalars()}
        assert set(balances) == set(by_kind)
        for key, kinds in by_kind.items():
            receipts, issues = kinds["receipt"] + kinds["return"], -kinds["issue"]
            adjustments = kinds["gain"] + kinds["loss"]  # the loss signed (−)
            assert balances[key].quantity == receipts - issues + adjustments >= 0, key
        totals = Counter()
        for kinds in by_kind.values():
            totals.update(kinds)
        received = session.execute(select(func.sum(SupplyReceiptLine.quantity))
                                   .where(SupplyReceiptLine.asset_card_id.is_(None))).scalar()
        issued = session.execute(select(func.sum(SupplyIssueLine.quantity))).scalar()
        differences = session.execute(select(SupplyCountLine.counted_quantity - SupplyCountLine.book_quantity)
                                      .join(SupplyCount, SupplyCount.id == SupplyCountLine.count_id)
                                      .where(SupplyCount.state == "adjusted")).scalars().all()
        assert totals["receipt"] == received > 0
        assert -totals["issue"] == issued > 0
        assert totals["gain"] == sum(d for d in differences if d > 0) > 0
        assert totals["loss"] == sum(d for d in differences if d < 0) < 0
        value = session.execute(select(func.sum(SupplyBalance.value))).scalar()
        moved = session.execute(select(func.sum(SupplyMovement.value))).scalar()
        assert value == moved > 0


def test_demo_serial_invariants_hold_ic15(desk):
    """Item codes, 入库单, 领用, 借用, 盘点 and purchase numbers are gapless with their counters
    (tests/reliability/invariants.py), and so is everything else."""
    assert invariants.problems(desk.url) == []


def test_demo_count_numbers_have_no_gap_of_their_own_ic15(desk):
    keeper = desk.act_as(KEEPER)
    numbers = sorted(int(r.count_no.rpartition("-")[2]) for r in desk.supply_counts.counts(keeper))
    assert numbers == list(range(1, len(numbers) + 1))
    serials = [d.serial for d in desk.approvals.documents(desk.act_as("wangjianguo"), kinds=["supply_count"])]
    assert serials == ["品-2026-0001"]
