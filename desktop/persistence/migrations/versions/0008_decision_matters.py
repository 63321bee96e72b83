"""Collective decisions list the matters they decided; a matter serves one document (IC-08/VOUCH-08).

Revision ID: 0008_decision_matters
Revises: 0007_finance_core
Create Date: 2026-12-01 07:40:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0008_decision_matters'
down_revision = '0007_finance_core'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only what is missing (a restored database stamped over newer tables). Decisions recorded before
    # this revision have no matters: the service turns their subject into one at first use.
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if 'decision_matters' not in have:
        op.create_table('decision_matters',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('subject', sa.Text(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=True),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['decision_id'], ['collective_decisions.id'],
                                name=op.f('fk_decision_matters_decision_id_collective_decisions')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_decision_matters_document_id_documents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_matters')),
        sa.UniqueConstraint('document_id', name=op.f('uq_decision_matters_document_id'))
        )


def downgrade() -> None:
    op.drop_table('decision_matters')
