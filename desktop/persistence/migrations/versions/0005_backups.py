"""Backups: backup runs, schedule settings per bureau (SEC-09, ARCH-09, issue 8).

Revision ID: 0005_backups
Revises: 0004_audit_anchor
Create Date: 2026-11-30
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0005_backups'
down_revision = '0004_audit_anchor'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
