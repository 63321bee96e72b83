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
    op.create_table(
        'audit_checkpoints',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('signer', sa.String(length=100), nullable=False),
        sa.Column('position', sa.String(length=32), nullable=False),
        sa.Column('cert_pem', sa.Text(), nullable=False),
        sa.Column('signature', sa.Text(), nullable=False),
        sa.Column('signed_at', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checkpoints')),
    )
    op.create_index('ix_audit_entries_entity_entity_id', 'audit_entries', ['entity', 'entity_id'], unique=False)
    # The baseline of every audited record's state is recorded by the application at the first start
    # after this upgrade (record_state.BASELINE_BEFORE): it needs the models of the newest schema.


def downgrade() -> None:
    op.drop_index('ix_audit_entries_entity_entity_id', table_name='audit_entries')
    op.drop_table('audit_checkpoints')
