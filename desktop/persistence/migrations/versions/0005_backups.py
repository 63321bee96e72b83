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
    op.create_table(
        'backup_settings',
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('folder', sa.String(length=500), nullable=False),
        sa.Column('second_folder', sa.String(length=500), nullable=False),
        sa.Column('daily', sa.Boolean(), nullable=False),
        sa.Column('weekly', sa.Boolean(), nullable=False),
        sa.Column('keep_daily', sa.Integer(), nullable=False),
        sa.Column('keep_weekly', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_backup_settings_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('bureau_id', name=op.f('pk_backup_settings')),
    )
    op.create_table(
        'backup_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=True),
        sa.Column('backup_id', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('path', sa.String(length=500), nullable=False),
        sa.Column('copy_path', sa.String(length=500), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('made_by', sa.String(length=100), nullable=False),
        sa.Column('content', sa.String(length=300), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('ok', sa.Boolean(), nullable=False),
        sa.Column('error', sa.String(length=500), nullable=False),
        sa.Column('removed_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_backup_runs_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_runs')),
    )
    with op.batch_alter_table('backup_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backup_runs_bureau_id'), ['bureau_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('backup_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backup_runs_bureau_id'))
    op.drop_table('backup_runs')
    op.drop_table('backup_settings')
