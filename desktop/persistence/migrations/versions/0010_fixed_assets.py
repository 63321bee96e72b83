"""Fixed assets (issue 13): categories, cards with acceptance, history and files, transfers and
repairs, disposals, departures, monthly depreciation, stocktakes.

Revision ID: 0010_fixed_assets
Revises: 0009_holidays_and_takeouts
Create Date: 2026-12-01 10:46:40.820195
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0010_fixed_assets'
down_revision = '0009_holidays_and_takeouts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only what is missing (a restored database stamped over newer tables).
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if 'asset_categories' not in have:
        op.create_table('asset_categories',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('useful_life_years', sa.Integer(), nullable=False),
        sa.Column('depreciable', sa.Boolean(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_categories_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_categories')),
        sa.UniqueConstraint('bureau_id', 'code', name=op.f('uq_asset_categories_bureau_id'))
        )
        with op.batch_alter_table('asset_categories', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_categories_bureau_id'), ['bureau_id'], unique=False)
    if 'staff_departures' not in have:
        op.create_table('staff_departures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('leaving_on', sa.Date(), nullable=False),
        sa.Column('signed_by', sa.Integer(), nullable=True),
        sa.Column('signed_at', sa.DateTime(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_staff_departures_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['signed_by'], ['staff.id'], name=op.f('fk_staff_departures_signed_by_staff')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_departures_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_departures')),
        sa.UniqueConstraint('staff_id', name=op.f('uq_staff_departures_staff_id'))
        )
    if 'asset_moves' not in have:
        op.create_table('asset_moves',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('cards_json', sa.Text(), nullable=False),
        sa.Column('from_department_id', sa.Integer(), nullable=True),
        sa.Column('to_department_id', sa.Integer(), nullable=True),
        sa.Column('to_user_id', sa.Integer(), nullable=True),
        sa.Column('to_location', sa.String(length=60), nullable=False),
        sa.Column('released_by', sa.Integer(), nullable=True),
        sa.Column('released_at', sa.DateTime(), nullable=True),
        sa.Column('applied_by', sa.Integer(), nullable=True),
        sa.Column('applied_at', sa.DateTime(), nullable=True),
        sa.Column('sent_out', sa.Boolean(), nullable=False),
        sa.Column('repairer', sa.String(length=100), nullable=False),
        sa.Column('supervisor_id', sa.Integer(), nullable=True),
        sa.Column('cost', sa.BigInteger(), nullable=False),
        sa.Column('damage_by_id', sa.Integer(), nullable=True),
        sa.Column('compensation', sa.BigInteger(), nullable=False),
        sa.Column('completed_at', sa.DateTime(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['applied_by'], ['staff.id'], name=op.f('fk_asset_moves_applied_by_staff')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_moves_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['damage_by_id'], ['staff.id'], name=op.f('fk_asset_moves_damage_by_id_staff')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_asset_moves_document_id_documents')),
        sa.ForeignKeyConstraint(['from_department_id'], ['departments.id'], name=op.f('fk_asset_moves_from_department_id_departments')),
        sa.ForeignKeyConstraint(['released_by'], ['staff.id'], name=op.f('fk_asset_moves_released_by_staff')),
        sa.ForeignKeyConstraint(['supervisor_id'], ['staff.id'], name=op.f('fk_asset_moves_supervisor_id_staff')),
        sa.ForeignKeyConstraint(['to_department_id'], ['departments.id'], name=op.f('fk_asset_moves_to_department_id_departments')),
        sa.ForeignKeyConstraint(['to_user_id'], ['staff.id'], name=op.f('fk_asset_moves_to_user_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_moves')),
        sa.UniqueConstraint('document_id', name=op.f('uq_asset_moves_document_id'))
        )
    if 'asset_stocktakes' not in have:
        op.create_table('asset_stocktakes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=100), nullable=False),
        sa.Column('location', sa.String(length=60), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('counted_on', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('counters_json', sa.Text(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('adjusted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_stocktakes_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_asset_stocktakes_created_by_staff')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_asset_stocktakes_department_id_departments')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_asset_stocktakes_document_id_documents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_stocktakes')),
        sa.UniqueConstraint('document_id', name=op.f('uq_asset_stocktakes_document_id'))
        )
        with op.batch_alter_table('asset_stocktakes', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_stocktakes_bureau_id'), ['bureau_id'], unique=False)
    if 'asset_cards' not in have:
        op.create_table('asset_cards',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('card_no', sa.String(length=24), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('category_code', sa.String(length=20), nullable=False),
        sa.Column('specification', sa.String(length=100), nullable=False),
        sa.Column('unit', sa.String(length=8), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('original_value', sa.BigInteger(), nullable=False),
        sa.Column('acquired_on', sa.Date(), nullable=False),
        sa.Column('acquisition_way', sa.String(length=12), nullable=False),
        sa.Column('funding_source', sa.String(length=30), nullable=False),
        sa.Column('supplier', sa.String(length=100), nullable=False),
        sa.Column('contract_no', sa.String(length=40), nullable=False),
        sa.Column('approval_ref', sa.String(length=60), nullable=False),
        sa.Column('source_document_id', sa.Integer(), nullable=True),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('location', sa.String(length=60), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('bulk', sa.Boolean(), nullable=False),
        sa.Column('storage_media', sa.Boolean(), nullable=False),
        sa.Column('depreciable', sa.Boolean(), nullable=False),
        sa.Column('useful_life_months', sa.Integer(), nullable=False),
        sa.Column('depreciated_before', sa.BigInteger(), nullable=False),
        sa.Column('months_before', sa.Integer(), nullable=False),
        sa.Column('removed_period', sa.String(length=7), nullable=True),
        sa.Column('voucher_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_cards_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_asset_cards_department_id_departments')),
        sa.ForeignKeyConstraint(['source_document_id'], ['documents.id'], name=op.f('fk_asset_cards_source_document_id_documents')),
        sa.ForeignKeyConstraint(['user_id'], ['staff.id'], name=op.f('fk_asset_cards_user_id_staff')),
        sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_asset_cards_voucher_id_vouchers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_cards')),
        sa.UniqueConstraint('bureau_id', 'card_no', name=op.f('uq_asset_cards_bureau_id'))
        )
        with op.batch_alter_table('asset_cards', schema=None) as batch_op:
            batch_op.create_index('ix_asset_cards_bureau_id_category_code', ['bureau_id', 'category_code'], unique=False)
            batch_op.create_index('ix_asset_cards_bureau_id_acquired_on', ['bureau_id', 'acquired_on'], unique=False)
            batch_op.create_index('ix_asset_cards_bureau_id_department_id', ['bureau_id', 'department_id'], unique=False)
            batch_op.create_index('ix_asset_cards_bureau_id_location', ['bureau_id', 'location'], unique=False)
            batch_op.create_index('ix_asset_cards_bureau_id_status', ['bureau_id', 'status'], unique=False)
            batch_op.create_index(batch_op.f('ix_asset_cards_name'), ['name'], unique=False)
            batch_op.create_index(batch_op.f('ix_asset_cards_user_id'), ['user_id'], unique=False)
    if 'asset_depreciation_runs' not in have:
        op.create_table('asset_depreciation_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.Column('cards', sa.Integer(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('voucher_id', sa.Integer(), nullable=True),
        sa.Column('run_by', sa.Integer(), nullable=False),
        sa.Column('run_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_depreciation_runs_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['run_by'], ['staff.id'], name=op.f('fk_asset_depreciation_runs_run_by_staff')),
        sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_asset_depreciation_runs_voucher_id_vouchers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_depreciation_runs')),
        sa.UniqueConstraint('bureau_id', 'period', name=op.f('uq_asset_depreciation_runs_bureau_id'))
        )
    if 'asset_disposals' not in have:
        op.create_table('asset_disposals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('cards_json', sa.Text(), nullable=False),
        sa.Column('way', sa.String(length=12), nullable=False),
        sa.Column('external_authority', sa.String(length=60), nullable=False),
        sa.Column('external_ref', sa.String(length=60), nullable=False),
        sa.Column('external_date', sa.Date(), nullable=True),
        sa.Column('residual_income', sa.BigInteger(), nullable=False),
        sa.Column('income_to', sa.String(length=10), nullable=False),
        sa.Column('closed_by', sa.Integer(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('voucher_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_disposals_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['closed_by'], ['staff.id'], name=op.f('fk_asset_disposals_closed_by_staff')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_asset_disposals_document_id_documents')),
        sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_asset_disposals_voucher_id_vouchers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_disposals')),
        sa.UniqueConstraint('document_id', name=op.f('uq_asset_disposals_document_id'))
        )
    if 'asset_acceptances' not in have:
        op.create_table('asset_acceptances',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('result', sa.String(length=10), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['asset_cards.id'], name=op.f('fk_asset_acceptances_card_id_asset_cards')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_asset_acceptances_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_acceptances')),
        sa.UniqueConstraint('card_id', 'role', name=op.f('uq_asset_acceptances_card_id'))
        )
        with op.batch_alter_table('asset_acceptances', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_acceptances_card_id'), ['card_id'], unique=False)
    if 'asset_count_differences' not in have:
        op.create_table('asset_count_differences',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stocktake_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=True),
        sa.Column('description', sa.String(length=200), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.Column('cause', sa.String(length=200), nullable=False),
        sa.Column('handling', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['asset_cards.id'], name=op.f('fk_asset_count_differences_card_id_asset_cards')),
        sa.ForeignKeyConstraint(['stocktake_id'], ['asset_stocktakes.id'], name=op.f('fk_asset_count_differences_stocktake_id_asset_stocktakes')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_count_differences'))
        )
        with op.batch_alter_table('asset_count_differences', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_count_differences_stocktake_id'), ['stocktake_id'], unique=False)
    if 'asset_counts' not in have:
        op.create_table('asset_counts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stocktake_id', sa.Integer(), nullable=False),
        sa.Column('tag', sa.String(length=80), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=True),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['asset_cards.id'], name=op.f('fk_asset_counts_card_id_asset_cards')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_asset_counts_staff_id_staff')),
        sa.ForeignKeyConstraint(['stocktake_id'], ['asset_stocktakes.id'], name=op.f('fk_asset_counts_stocktake_id_asset_stocktakes')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_counts'))
        )
        with op.batch_alter_table('asset_counts', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_counts_stocktake_id'), ['stocktake_id'], unique=False)
    if 'asset_depreciation_lines' not in have:
        op.create_table('asset_depreciation_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('expense_account', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['asset_cards.id'], name=op.f('fk_asset_depreciation_lines_card_id_asset_cards')),
        sa.ForeignKeyConstraint(['run_id'], ['asset_depreciation_runs.id'], name=op.f('fk_asset_depreciation_lines_run_id_asset_depreciation_runs')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_depreciation_lines')),
        sa.UniqueConstraint('card_id', 'period', name=op.f('uq_asset_depreciation_lines_card_id'))
        )
        with op.batch_alter_table('asset_depreciation_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_depreciation_lines_run_id'), ['run_id'], unique=False)
    if 'asset_events' not in have:
        op.create_table('asset_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('summary', sa.String(length=200), nullable=False),
        sa.Column('details_json', sa.Text(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_events_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['card_id'], ['asset_cards.id'], name=op.f('fk_asset_events_card_id_asset_cards')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_asset_events_document_id_documents')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_asset_events_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_events'))
        )
        with op.batch_alter_table('asset_events', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_events_card_id'), ['card_id'], unique=False)
    if 'asset_files' not in have:
        op.create_table('asset_files',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('added_by', sa.Integer(), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['added_by'], ['staff.id'], name=op.f('fk_asset_files_added_by_staff')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_asset_files_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['card_id'], ['asset_cards.id'], name=op.f('fk_asset_files_card_id_asset_cards')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_files'))
        )
        with op.batch_alter_table('asset_files', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_asset_files_card_id'), ['card_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('asset_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_files_card_id'))

    op.drop_table('asset_files')
    with op.batch_alter_table('asset_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_events_card_id'))

    op.drop_table('asset_events')
    with op.batch_alter_table('asset_depreciation_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_depreciation_lines_run_id'))

    op.drop_table('asset_depreciation_lines')
    with op.batch_alter_table('asset_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_counts_stocktake_id'))

    op.drop_table('asset_counts')
    with op.batch_alter_table('asset_count_differences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_count_differences_stocktake_id'))

    op.drop_table('asset_count_differences')
    with op.batch_alter_table('asset_acceptances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_acceptances_card_id'))

    op.drop_table('asset_acceptances')
    op.drop_table('asset_disposals')
    op.drop_table('asset_depreciation_runs')
    with op.batch_alter_table('asset_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_cards_user_id'))
        batch_op.drop_index(batch_op.f('ix_asset_cards_name'))
        batch_op.drop_index('ix_asset_cards_bureau_id_status')
        batch_op.drop_index('ix_asset_cards_bureau_id_location')
        batch_op.drop_index('ix_asset_cards_bureau_id_department_id')
        batch_op.drop_index('ix_asset_cards_bureau_id_category_code')
        batch_op.drop_index('ix_asset_cards_bureau_id_acquired_on')

    op.drop_table('asset_cards')
    with op.batch_alter_table('asset_stocktakes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_stocktakes_bureau_id'))

    op.drop_table('asset_stocktakes')
    op.drop_table('asset_moves')
    op.drop_table('staff_departures')
    with op.batch_alter_table('asset_categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_categories_bureau_id'))

    op.drop_table('asset_categories')
