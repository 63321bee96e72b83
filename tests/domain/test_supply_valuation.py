"""Moving-average valuation of one item in one store (issue 14 item 1; SUPPLY-08/09): pure
hypothesis tests of ``domain.supplies.valuation.move`` — quantity and value never negative, an
empty store worth exactly 0.00, and a shortage refused naming what is there."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.supplies.valuation import EMPTY, Shortage, Stock, average_cost, move, value_out

amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("99999.99"), places=2)
steps = st.lists(st.tuples(st.integers(min_value=-50, max_value=50).filter(bool), amounts | st.none()),
                 max_size=40)


@settings(max_examples=300, deadline=None)
@given(steps)
def test_value_never_negative_and_empty_store_worth_nothing_supply_08(sequence):
    stock = EMPTY
    for quantity, value in sequence:
        if quantity < 0:
            value = None  # units go out at the average
        try:
            after, amount = move(stock, quantity, value)
        except Shortage as short:
            assert (short.available, short.wanted) == (stock.quantity, -quantity) and -quantity > stock.quantity
            continue
        assert after.quantity == stock.quantity + quantity >= 0
        assert after.value == stock.value + amount and after.value >= 0
        if quantity > 0 and value is not None:
            assert amount == value
        if after.quantity == 0:
            assert after.value == Decimal("0.00")
        stock = after


@given(st.integers(min_value=1, max_value=1000), amounts, st.integers(min_value=1, max_value=1000))
def test_out_at_the_average_and_last_unit_takes_the_rest_supply_09(quantity, value, out):
    stock = Stock(quantity, value)
    if out > quantity:
        with pytest.raises(Shortage):
            value_out(stock, out)
        return
    taken = value_out(stock, out)
    assert Decimal("0.00") <= taken <= value
    if out == quantity:
        assert taken == value
    assert abs(average_cost(stock) * quantity - value) <= Decimal("0.005") * quantity


def test_examples_supply_08():
    after, amount = move(EMPTY, 3, Decimal("10.00"))
    assert (after, amount) == (Stock(3, Decimal("10.00")), Decimal("10.00"))
    after, amount = move(after, -1)
    assert (after, amount) == (Stock(2, Decimal("6.67")), Decimal("-3.33"))
    after, amount = move(after, -2)
    assert (after, amount) == (EMPTY, Decimal("-6.67"))
    with pytest.raises(Shortage) as short:
        move(EMPTY, -1)
    assert (short.value.available, short.value.wanted) == (0, 1)
    with pytest.raises(ValueError):
        move(EMPTY, 0)
    with pytest.raises(ValueError):
        move(Stock(1, Decimal("1.00")), -1, Decimal("1.00"))
