"""Balances as a ledger shows them: a balance lies on the debit or the credit side, never negative."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["split_balance", "settle_advance", "Settlement"]

ZERO = Decimal("0.00")


def split_balance(net_debit: Decimal) -> tuple[Decimal, Decimal]:
    """(debit, credit) of a net debit balance: a negative one lies on the credit side."""
    return (net_debit, ZERO) if net_debit >= 0 else (ZERO, -net_debit)


class Settlement(tuple):
    """(returned, paid_extra) of an advance settled by a claim."""

    __slots__ = ()

    def __new__(cls, returned: Decimal, paid_extra: Decimal):  # noqa: D102
        return super().__new__(cls, (returned, paid_extra))

    @property
    def returned(self) -> Decimal:
        return self[0]

    @property
    def paid_extra(self) -> Decimal:
        return self[1]


def settle_advance(advanced: Decimal, claimed: Decimal) -> Settlement:
    """应退/应补: claimed + returned = advanced + paid_extra, exact to the fen; one of the two is zero.

    (frappe/hrms#4284 nets a partly-returned advance twice; here each fen is counted once.)"""
    if advanced < 0 or claimed < 0:
        raise ValueError("amounts must not be negative")
    diff = advanced - claimed
    return Settlement(diff if diff > 0 else ZERO, -diff if diff < 0 else ZERO)
