"""Audit anchoring: signed audit checkpoints and the recorded state of audited records (SEC-01, issue 8).

Revision ID: 0004_audit_anchor
Revises: 0003_seals
Create Date: 2026-11-30
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0004_audit_anchor'
down_revision = '0003_seals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
