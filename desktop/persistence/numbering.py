"""Gapless, never-repeated serial numbers per bureau, document kind and period (IC-15).

The counter row is read with ``FOR UPDATE`` (PostgreSQL) or under SQLite's ``BEGIN
IMMEDIATE``, in the same transaction as the document that takes the number: if that
transaction rolls back the number is not used up, and two PCs never get the same number.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.persistence.schema import SerialCounter

__all__ = ["next_value"]


def next_value(session: Session, bureau_id: int, kind: str, period: str) -> int:
    key = (SerialCounter.bureau_id == bureau_id, SerialCounter.kind == kind, SerialCounter.period == period)
    counter = session.execute(select(SerialCounter).where(*key).with_for_update()).scalar_one_or_none()
    if counter is None:
        # First number of a new period: create the row; if another PC created it first,
        # our insert fails inside a savepoint and we lock theirs instead.
        try:
            with session.begin_nested():
                session.execute(insert(SerialCounter).values(bureau_id=bureau_id, kind=kind, period=period, last_value=0))
        except IntegrityError:
            pass
        counter = session.execute(select(SerialCounter).where(*key).with_for_update()).scalar_one()
    counter.last_value += 1
    session.flush()
    return counter.last_value
