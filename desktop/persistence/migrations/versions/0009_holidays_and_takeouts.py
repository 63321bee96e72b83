"""The holiday calendar (VEH-07) and seal take-outs approved in the app (SEAL-14).

Revision ID: 0009_holidays_and_takeouts
Revises: 0008_decision_matters
Create Date: 2026-12-01 07:40:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0009_holidays_and_takeouts'
down_revision = '0008_decision_matters'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only what is missing (a restored database stamped over newer tables).
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    have = set(inspector.get_table_names())
    if 'holiday_days' not in have:
        op.create_table('holiday_days',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_holiday_days_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_days')),
        sa.UniqueConstraint('bureau_id', 'day', name=op.f('uq_holiday_days_bureau_id'))
        )
        op.create_index(op.f('ix_holiday_days_bureau_id'), 'holiday_days', ['bureau_id'], unique=False)
    columns = {c['name'] for c in inspector.get_columns('seal_take_outs')}
    if 'document_id' not in columns:
        # Batch: SQLite cannot add a foreign key to an existing table (the table is copied).
        with op.batch_alter_table('seal_take_outs') as batch:
            batch.add_column(sa.Column('document_id', sa.Integer(), nullable=True))
            batch.create_foreign_key(op.f('fk_seal_take_outs_document_id_documents'), 'documents',
                                     ['document_id'], ['id'])
            batch.create_unique_constraint(op.f('uq_seal_take_outs_document_id'), ['document_id'])


def downgrade() -> None:
    with op.batch_alter_table('seal_take_outs') as batch:
        batch.drop_constraint(op.f('uq_seal_take_outs_document_id'), type_='unique')
        batch.drop_constraint(op.f('fk_seal_take_outs_document_id_documents'), type_='foreignkey')
        batch.drop_column('document_id')
    op.drop_index(op.f('ix_holiday_days_bureau_id'), table_name='holiday_days')
    op.drop_table('holiday_days')
