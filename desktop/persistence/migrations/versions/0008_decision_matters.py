"""Collective decisions list the matters they decided; a matter serves one document (IC-08/VOUCH-08).

Revision ID: 0008_decision_matters
Revises: 0007_finance_core
Create Date: 2026-12-01 07:40:00
"""
from __future__ import annotations

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0008_decision_matters'
down_revision = '0007_finance_core'
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())  # noqa: F841


def downgrade() -> None:
    pass
