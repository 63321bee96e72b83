"""Issue 14's "Done means": stock on hand equals receipts minus issues plus adjustments, in every
sequence (SUPPLY-08, SUPPLY-09, SUPPLY-11). Hypothesis draws random sequences of receipts (random
quantity and amount), issues, returns, count gains and losses across 2 items × 2 stores, posted
through ``supply_records.post_movement`` on a real SQLite database; after every sequence, for
every item and store: the balance equals the movements' sum and the model's, its value the sum of
the movement values, nothing below zero, and an out-movement above stock was refused naming the
quantity there is, changing nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.persistence.schema import SupplyBalance, SupplyItem, SupplyMovement
from desktop.services.base import Refused
from desktop.services.supply_records import post_movement
from tests.store.supply_fixtures import add_item

OUT = {"issue", "loss"}
moves = st.lists(st.tuples(st.sampled_from(["receipt", "issue", "return", "gain", "loss"]),
                           st.integers(0, 1), st.integers(0, 1), st.integers(1, 40),
                           st.decimals(min_value=Decimal("0.00"), max_value=Decimal("5000.00"), places=2)),
                 min_size=1, max_size=25)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_stock_equals_receipts_minus_issues_plus_adjustments_supply_08_09_11(desk, as_user, backend):
    keeper = as_user("liuyang")
    stores = [desk.supplies.locations(keeper)[0].id, desk.supplies.add_location(keeper, "性质测试柜")]
    day = date.today()
    seen = {"refusals": 0, "examples": 0}

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(moves)
    def one_sequence(sequence):
        items = [add_item(desk, as_user, name=f"性质测试品{seen['examples']}-{k}") for k in range(2)]
        seen["examples"] += 1
        model = {(i, s): 0 for i in items for s in stores}
        for kind, which, where, quantity, value in sequence:
            item_id, store = items[which], stores[where]
            delta = -quantity if kind in OUT else quantity
            with desk.sessions() as s:
                before = s.execute(select(SupplyBalance.quantity, SupplyBalance.value).where(
                    SupplyBalance.item_id == item_id, SupplyBalance.location_id == store)).first()
            try:
                with desk.sessions.begin() as s:
                    post_movement(s, keeper, item=s.get(SupplyItem, item_id), location_id=store, kind=kind,
                                  quantity=delta, occurred_on=day, value=value if kind == "receipt" else None)
            except Refused as exc:
                assert kind in OUT and quantity > model[(item_id, store)]
                assert {p.rule for p in exc.problems} == {"SUPPLY-09"}
                assert f"现有 {model[(item_id, store)]}" in str(exc)
                with desk.sessions() as s:
                    after = s.execute(select(SupplyBalance.quantity, SupplyBalance.value).where(
                        SupplyBalance.item_id == item_id, SupplyBalance.location_id == store)).first()
                assert after == before  # the refused movement changed nothing
                seen["refusals"] += 1
                continue
            model[(item_id, store)] += delta
        with desk.sessions() as s:
            for (item_id, store), expected in model.items():
                balance = s.execute(select(SupplyBalance.quantity, SupplyBalance.value).where(
                    SupplyBalance.item_id == item_id, SupplyBalance.location_id == store)).first()
                quantity, value = balance if balance else (0, Decimal("0.00"))
                moved_q, moved_v = s.execute(select(func.coalesce(func.sum(SupplyMovement.quantity), 0),
                                                    func.coalesce(func.sum(SupplyMovement.value), 0)).where(
                    SupplyMovement.item_id == item_id, SupplyMovement.location_id == store)).one()
                by_kind = dict(s.execute(select(SupplyMovement.kind, func.sum(SupplyMovement.quantity)).where(
                    SupplyMovement.item_id == item_id, SupplyMovement.location_id == store)
                    .group_by(SupplyMovement.kind)).all())
                receipts = by_kind.get("receipt", 0)
                issues = -by_kind.get("issue", 0) - by_kind.get("return", 0)
                adjustments = by_kind.get("gain", 0) + by_kind.get("loss", 0)
                assert quantity == expected == moved_q == receipts - issues + adjustments >= 0
                assert value == Decimal(moved_v) and value >= 0
                if quantity == 0:
                    assert value == Decimal("0.00")
            negative = s.execute(select(func.count()).select_from(SupplyMovement).where(
                SupplyMovement.item_id.in_(items), SupplyMovement.balance_quantity < 0)).scalar()
            assert negative == 0

    one_sequence()
    assert seen["examples"] >= 10
