"""Moving-average valuation (移动加权平均) of one item in one store.

A receipt adds its quantity and its amount; anything taken out leaves at the average value of
what is on hand, and the last unit out takes whatever value is left, so an empty store is worth
exactly nothing (no fen of rounding stays behind). Quantities are whole units.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["Stock", "Shortage", "EMPTY", "value_out", "move", "average_cost"]

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Stock:
    quantity: int
    value: Decimal


EMPTY = Stock(0, Decimal("0.00"))


class Shortage(ValueError):
    """More taken out than is on hand (stock never goes below zero)."""

    def __init__(self, available: int, wanted: int):
        super().__init__(f"available {available}, wanted {wanted}")
        self.available = available
        self.wanted = wanted


def average_cost(stock: Stock) -> Decimal:
    """The value of one unit on hand (0 when the store is empty)."""
    if stock.quantity <= 0:
        return Decimal("0.00")
    return (stock.value / stock.quantity).quantize(CENT, ROUND_HALF_UP)


def value_out(stock: Stock, quantity: int) -> Decimal:
    """The value ``quantity`` units leave with: their share of the value on hand."""
    if quantity > stock.quantity:
        raise Shortage(stock.quantity, quantity)
    if quantity == stock.quantity:
        return stock.value
    return (stock.value * quantity / stock.quantity).quantize(CENT, ROUND_HALF_UP)


def move(stock: Stock, quantity: int, value: Decimal | None = None) -> tuple[Stock, Decimal]:
    """The stock after a movement of ``quantity`` (in +, out −) and the movement's signed value.

    In: ``value`` is what the units cost (a receipt's amount); without it they come in at the
    average cost on hand (a return or a count surplus). Out: always at the average (``value``
    must be None). Raises :class:`Shortage` for more out than on hand, ValueError for nonsense.
    """
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity == 0:
        raise ValueError("quantity must be a non-zero whole number")
    if quantity > 0:
        amount = (average_cost(stock) * quantity if value is None else Decimal(value)).quantize(CENT, ROUND_HALF_UP)
        if amount < 0:
            raise ValueError("a receipt's value cannot be negative")
        return Stock(stock.quantity + quantity, stock.value + amount), amount
    if value is not None:
        raise ValueError("units go out at the average cost")
    out = value_out(stock, -quantity)
    return Stock(stock.quantity + quantity, stock.value - out), -out
