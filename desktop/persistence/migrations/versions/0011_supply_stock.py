"""Office-supply stock (issue 14): catalogue, stores, balances and the stock book, half-year
plans, purchases with quotes, receipts, collectors and issues, loans, counts.

Revision ID: 0011_supply_stock
Revises: 0010_fixed_assets
Create Date: 2026-12-01 14:09:57.227363
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0011_supply_stock'
down_revision = '0010_fixed_assets'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only what is missing (a restored database stamped over newer tables).
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if 'supply_items' not in have:
        op.create_table('supply_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('specification', sa.String(length=100), nullable=False),
        sa.Column('unit', sa.String(length=8), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('reorder_level', sa.Integer(), nullable=False),
        sa.Column('procurement_catalogue', sa.Boolean(), nullable=False),
        sa.Column('asset_category_code', sa.String(length=20), nullable=False),
        sa.Column('lendable', sa.Boolean(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_items_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_items')),
        sa.UniqueConstraint('bureau_id', 'code', name=op.f('uq_supply_items_bureau_id'))
        )
        with op.batch_alter_table('supply_items', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_items_bureau_id'), ['bureau_id'], unique=False)
            batch_op.create_index(batch_op.f('ix_supply_items_name'), ['name'], unique=False)
    if 'supply_locations' not in have:
        op.create_table('supply_locations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_locations_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_locations')),
        sa.UniqueConstraint('bureau_id', 'name', name=op.f('uq_supply_locations_bureau_id'))
        )
        with op.batch_alter_table('supply_locations', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_locations_bureau_id'), ['bureau_id'], unique=False)
    if 'supply_balances' not in have:
        op.create_table('supply_balances',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_balances_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_balances_item_id_supply_items')),
        sa.ForeignKeyConstraint(['location_id'], ['supply_locations.id'], name=op.f('fk_supply_balances_location_id_supply_locations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_balances')),
        sa.UniqueConstraint('item_id', 'location_id', name=op.f('uq_supply_balances_item_id'))
        )
        with op.batch_alter_table('supply_balances', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_balances_bureau_id'), ['bureau_id'], unique=False)
    if 'supply_collectors' not in have:
        op.create_table('supply_collectors',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('named_by', sa.Integer(), nullable=False),
        sa.Column('named_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_collectors_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_collectors_department_id_departments')),
        sa.ForeignKeyConstraint(['named_by'], ['staff.id'], name=op.f('fk_supply_collectors_named_by_staff')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_supply_collectors_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_collectors')),
        sa.UniqueConstraint('bureau_id', 'department_id', name=op.f('uq_supply_collectors_bureau_id'))
        )
    if 'supply_issues' not in have:
        op.create_table('supply_issues',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('issue_no', sa.String(length=20), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=False),
        sa.Column('collector_id', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('issued_by', sa.Integer(), nullable=False),
        sa.Column('total_value', sa.BigInteger(), nullable=False),
        sa.Column('signed_at', sa.DateTime(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_issues_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['collector_id'], ['staff.id'], name=op.f('fk_supply_issues_collector_id_staff')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_issues_department_id_departments')),
        sa.ForeignKeyConstraint(['issued_by'], ['staff.id'], name=op.f('fk_supply_issues_issued_by_staff')),
        sa.ForeignKeyConstraint(['location_id'], ['supply_locations.id'], name=op.f('fk_supply_issues_location_id_supply_locations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_issues')),
        sa.UniqueConstraint('bureau_id', 'issue_no', name=op.f('uq_supply_issues_bureau_id'))
        )
        with op.batch_alter_table('supply_issues', schema=None) as batch_op:
            batch_op.create_index('ix_supply_issues_bureau_id_issued_on', ['bureau_id', 'issued_on'], unique=False)
            batch_op.create_index(batch_op.f('ix_supply_issues_collector_id'), ['collector_id'], unique=False)
    if 'supply_loans' not in have:
        op.create_table('supply_loans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('loan_no', sa.String(length=20), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('borrower_id', sa.Integer(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(length=200), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('approved_by', sa.Integer(), nullable=True),
        sa.Column('approved_at', sa.DateTime(), nullable=True),
        sa.Column('approval_note', sa.String(length=200), nullable=False),
        sa.Column('lent_on', sa.Date(), nullable=True),
        sa.Column('returned_on', sa.Date(), nullable=True),
        sa.Column('damaged', sa.Boolean(), nullable=False),
        sa.Column('compensation', sa.BigInteger(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['approved_by'], ['staff.id'], name=op.f('fk_supply_loans_approved_by_staff')),
        sa.ForeignKeyConstraint(['borrower_id'], ['staff.id'], name=op.f('fk_supply_loans_borrower_id_staff')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_loans_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_loans_department_id_departments')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_loans_item_id_supply_items')),
        sa.ForeignKeyConstraint(['location_id'], ['supply_locations.id'], name=op.f('fk_supply_loans_location_id_supply_locations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_loans')),
        sa.UniqueConstraint('bureau_id', 'loan_no', name=op.f('uq_supply_loans_bureau_id'))
        )
        with op.batch_alter_table('supply_loans', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_loans_borrower_id'), ['borrower_id'], unique=False)
            batch_op.create_index('ix_supply_loans_bureau_id_state', ['bureau_id', 'state'], unique=False)
    if 'supply_counts' not in have:
        op.create_table('supply_counts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('count_no', sa.String(length=20), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('half', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('counted_on', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('adjusted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_counts_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_supply_counts_created_by_staff')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_supply_counts_document_id_documents')),
        sa.ForeignKeyConstraint(['location_id'], ['supply_locations.id'], name=op.f('fk_supply_counts_location_id_supply_locations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_counts')),
        sa.UniqueConstraint('bureau_id', 'count_no', name=op.f('uq_supply_counts_bureau_id')),
        sa.UniqueConstraint('document_id', name=op.f('uq_supply_counts_document_id'))
        )
        with op.batch_alter_table('supply_counts', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_counts_bureau_id'), ['bureau_id'], unique=False)
    if 'supply_issue_lines' not in have:
        op.create_table('supply_issue_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('issue_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.Column('holder_id', sa.Integer(), nullable=True),
        sa.Column('old_returned', sa.Boolean(), nullable=False),
        sa.Column('old_note', sa.String(length=100), nullable=False),
        sa.Column('approval_ref', sa.String(length=60), nullable=False),
        sa.Column('approval_document_id', sa.Integer(), nullable=True),
        sa.Column('handed_back_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['approval_document_id'], ['documents.id'], name=op.f('fk_supply_issue_lines_approval_document_id_documents')),
        sa.ForeignKeyConstraint(['holder_id'], ['staff.id'], name=op.f('fk_supply_issue_lines_holder_id_staff')),
        sa.ForeignKeyConstraint(['issue_id'], ['supply_issues.id'], name=op.f('fk_supply_issue_lines_issue_id_supply_issues')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_issue_lines_item_id_supply_items')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_issue_lines'))
        )
        with op.batch_alter_table('supply_issue_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_issue_lines_holder_id'), ['holder_id'], unique=False)
            batch_op.create_index(batch_op.f('ix_supply_issue_lines_issue_id'), ['issue_id'], unique=False)
    if 'supply_loan_signatures' not in have:
        op.create_table('supply_loan_signatures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('loan_id', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=8), nullable=False),
        sa.Column('role', sa.String(length=8), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('condition', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['loan_id'], ['supply_loans.id'], name=op.f('fk_supply_loan_signatures_loan_id_supply_loans')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_supply_loan_signatures_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_loan_signatures')),
        sa.UniqueConstraint('loan_id', 'stage', 'role', name=op.f('uq_supply_loan_signatures_loan_id'))
        )
        with op.batch_alter_table('supply_loan_signatures', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_loan_signatures_loan_id'), ['loan_id'], unique=False)
    if 'supply_purchases' not in have:
        op.create_table('supply_purchases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('purchase_no', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('title', sa.String(length=100), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('half', sa.Integer(), nullable=True),
        sa.Column('department_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('estimated_total', sa.BigInteger(), nullable=False),
        sa.Column('choice_reason', sa.String(length=200), nullable=False),
        sa.Column('procurement_ref', sa.String(length=60), nullable=False),
        sa.Column('ordered_by', sa.Integer(), nullable=True),
        sa.Column('ordered_at', sa.DateTime(), nullable=True),
        sa.Column('claim_document_id', sa.Integer(), nullable=True),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_purchases_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['claim_document_id'], ['documents.id'], name=op.f('fk_supply_purchases_claim_document_id_documents')),
        sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_supply_purchases_created_by_staff')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_purchases_department_id_departments')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_supply_purchases_document_id_documents')),
        sa.ForeignKeyConstraint(['ordered_by'], ['staff.id'], name=op.f('fk_supply_purchases_ordered_by_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_purchases')),
        sa.UniqueConstraint('bureau_id', 'purchase_no', name=op.f('uq_supply_purchases_bureau_id')),
        sa.UniqueConstraint('document_id', name=op.f('uq_supply_purchases_document_id'))
        )
        with op.batch_alter_table('supply_purchases', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_purchases_bureau_id'), ['bureau_id'], unique=False)
    if 'supply_count_lines' not in have:
        op.create_table('supply_count_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('count_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('book_quantity', sa.Integer(), nullable=False),
        sa.Column('counted_quantity', sa.Integer(), nullable=True),
        sa.Column('explanation', sa.String(length=200), nullable=False),
        sa.Column('liable_staff_id', sa.Integer(), nullable=True),
        sa.Column('compensation', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['count_id'], ['supply_counts.id'], name=op.f('fk_supply_count_lines_count_id_supply_counts')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_count_lines_item_id_supply_items')),
        sa.ForeignKeyConstraint(['liable_staff_id'], ['staff.id'], name=op.f('fk_supply_count_lines_liable_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_count_lines')),
        sa.UniqueConstraint('count_id', 'item_id', name=op.f('uq_supply_count_lines_count_id'))
        )
        with op.batch_alter_table('supply_count_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_count_lines_count_id'), ['count_id'], unique=False)
    if 'supply_plans' not in have:
        op.create_table('supply_plans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('half', sa.Integer(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('purchase_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('submitted_by', sa.Integer(), nullable=True),
        sa.Column('submitted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_plans_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_supply_plans_created_by_staff')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_plans_department_id_departments')),
        sa.ForeignKeyConstraint(['purchase_id'], ['supply_purchases.id'], name=op.f('fk_supply_plans_purchase_id_supply_purchases')),
        sa.ForeignKeyConstraint(['submitted_by'], ['staff.id'], name=op.f('fk_supply_plans_submitted_by_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_plans')),
        sa.UniqueConstraint('bureau_id', 'year', 'half', 'department_id', name=op.f('uq_supply_plans_bureau_id'))
        )
        with op.batch_alter_table('supply_plans', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_plans_bureau_id'), ['bureau_id'], unique=False)
    if 'supply_purchase_lines' not in have:
        op.create_table('supply_purchase_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('purchase_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('unit_price', sa.BigInteger(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_purchase_lines_department_id_departments')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_purchase_lines_item_id_supply_items')),
        sa.ForeignKeyConstraint(['purchase_id'], ['supply_purchases.id'], name=op.f('fk_supply_purchase_lines_purchase_id_supply_purchases')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_purchase_lines'))
        )
        with op.batch_alter_table('supply_purchase_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_purchase_lines_purchase_id'), ['purchase_id'], unique=False)
    if 'supply_quote_enquirers' not in have:
        op.create_table('supply_quote_enquirers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('purchase_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('confirmed_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['purchase_id'], ['supply_purchases.id'], name=op.f('fk_supply_quote_enquirers_purchase_id_supply_purchases')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_supply_quote_enquirers_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_quote_enquirers')),
        sa.UniqueConstraint('purchase_id', 'staff_id', name=op.f('uq_supply_quote_enquirers_purchase_id'))
        )
        with op.batch_alter_table('supply_quote_enquirers', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_quote_enquirers_purchase_id'), ['purchase_id'], unique=False)
    if 'supply_quotes' not in have:
        op.create_table('supply_quotes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('purchase_id', sa.Integer(), nullable=False),
        sa.Column('supplier', sa.String(length=100), nullable=False),
        sa.Column('agreement_supplier', sa.Boolean(), nullable=False),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.Column('quoted_on', sa.Date(), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('chosen', sa.Boolean(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['purchase_id'], ['supply_purchases.id'], name=op.f('fk_supply_quotes_purchase_id_supply_purchases')),
        sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], name=op.f('fk_supply_quotes_recorded_by_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_quotes'))
        )
        with op.batch_alter_table('supply_quotes', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_quotes_purchase_id'), ['purchase_id'], unique=False)
    if 'supply_receipts' not in have:
        op.create_table('supply_receipts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('receipt_no', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('purchase_id', sa.Integer(), nullable=True),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('checker_id', sa.Integer(), nullable=False),
        sa.Column('supplier', sa.String(length=100), nullable=False),
        sa.Column('invoice_no', sa.String(length=40), nullable=False),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.Column('voucher_id', sa.Integer(), nullable=True),
        sa.Column('claim_document_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_receipts_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['checker_id'], ['staff.id'], name=op.f('fk_supply_receipts_checker_id_staff')),
        sa.ForeignKeyConstraint(['claim_document_id'], ['documents.id'], name=op.f('fk_supply_receipts_claim_document_id_documents')),
        sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_supply_receipts_created_by_staff')),
        sa.ForeignKeyConstraint(['location_id'], ['supply_locations.id'], name=op.f('fk_supply_receipts_location_id_supply_locations')),
        sa.ForeignKeyConstraint(['purchase_id'], ['supply_purchases.id'], name=op.f('fk_supply_receipts_purchase_id_supply_purchases')),
        sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_supply_receipts_voucher_id_vouchers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_receipts')),
        sa.UniqueConstraint('bureau_id', 'receipt_no', name=op.f('uq_supply_receipts_bureau_id'))
        )
        with op.batch_alter_table('supply_receipts', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_receipts_bureau_id'), ['bureau_id'], unique=False)
            batch_op.create_index(batch_op.f('ix_supply_receipts_purchase_id'), ['purchase_id'], unique=False)
    if 'supply_movements' not in have:
        op.create_table('supply_movements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('occurred_on', sa.Date(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.Column('balance_quantity', sa.Integer(), nullable=False),
        sa.Column('balance_value', sa.BigInteger(), nullable=False),
        sa.Column('receipt_id', sa.Integer(), nullable=True),
        sa.Column('issue_id', sa.Integer(), nullable=True),
        sa.Column('count_id', sa.Integer(), nullable=True),
        sa.Column('loan_id', sa.Integer(), nullable=True),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_supply_movements_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['count_id'], ['supply_counts.id'], name=op.f('fk_supply_movements_count_id_supply_counts')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_supply_movements_department_id_departments')),
        sa.ForeignKeyConstraint(['issue_id'], ['supply_issues.id'], name=op.f('fk_supply_movements_issue_id_supply_issues')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_movements_item_id_supply_items')),
        sa.ForeignKeyConstraint(['loan_id'], ['supply_loans.id'], name=op.f('fk_supply_movements_loan_id_supply_loans')),
        sa.ForeignKeyConstraint(['location_id'], ['supply_locations.id'], name=op.f('fk_supply_movements_location_id_supply_locations')),
        sa.ForeignKeyConstraint(['receipt_id'], ['supply_receipts.id'], name=op.f('fk_supply_movements_receipt_id_supply_receipts')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_supply_movements_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_movements'))
        )
        with op.batch_alter_table('supply_movements', schema=None) as batch_op:
            batch_op.create_index('ix_supply_movements_bureau_id_occurred_on', ['bureau_id', 'occurred_on'], unique=False)
            batch_op.create_index('ix_supply_movements_item_id_occurred_on', ['item_id', 'occurred_on'], unique=False)
    if 'supply_plan_lines' not in have:
        op.create_table('supply_plan_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('description', sa.String(length=100), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('unit_price', sa.BigInteger(), nullable=False),
        sa.Column('purpose', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_plan_lines_item_id_supply_items')),
        sa.ForeignKeyConstraint(['plan_id'], ['supply_plans.id'], name=op.f('fk_supply_plan_lines_plan_id_supply_plans')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_plan_lines'))
        )
        with op.batch_alter_table('supply_plan_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_plan_lines_plan_id'), ['plan_id'], unique=False)
    if 'supply_receipt_lines' not in have:
        op.create_table('supply_receipt_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('receipt_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('purchase_line_id', sa.Integer(), nullable=True),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('unit_price', sa.BigInteger(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('spec_ok', sa.Boolean(), nullable=False),
        sa.Column('quality_ok', sa.Boolean(), nullable=False),
        sa.Column('asset_card_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['asset_card_id'], ['asset_cards.id'], name=op.f('fk_supply_receipt_lines_asset_card_id_asset_cards')),
        sa.ForeignKeyConstraint(['item_id'], ['supply_items.id'], name=op.f('fk_supply_receipt_lines_item_id_supply_items')),
        sa.ForeignKeyConstraint(['purchase_line_id'], ['supply_purchase_lines.id'], name=op.f('fk_supply_receipt_lines_purchase_line_id_supply_purchase_lines')),
        sa.ForeignKeyConstraint(['receipt_id'], ['supply_receipts.id'], name=op.f('fk_supply_receipt_lines_receipt_id_supply_receipts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_receipt_lines'))
        )
        with op.batch_alter_table('supply_receipt_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_supply_receipt_lines_receipt_id'), ['receipt_id'], unique=False)


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('supply_receipt_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_receipt_lines_receipt_id'))

    op.drop_table('supply_receipt_lines')
    with op.batch_alter_table('supply_plan_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_plan_lines_plan_id'))

    op.drop_table('supply_plan_lines')
    with op.batch_alter_table('supply_movements', schema=None) as batch_op:
        batch_op.drop_index('ix_supply_movements_item_id_occurred_on')
        batch_op.drop_index('ix_supply_movements_bureau_id_occurred_on')

    op.drop_table('supply_movements')
    with op.batch_alter_table('supply_receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_receipts_purchase_id'))
        batch_op.drop_index(batch_op.f('ix_supply_receipts_bureau_id'))

    op.drop_table('supply_receipts')
    with op.batch_alter_table('supply_quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_quotes_purchase_id'))

    op.drop_table('supply_quotes')
    with op.batch_alter_table('supply_quote_enquirers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_quote_enquirers_purchase_id'))

    op.drop_table('supply_quote_enquirers')
    with op.batch_alter_table('supply_purchase_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_purchase_lines_purchase_id'))

    op.drop_table('supply_purchase_lines')
    with op.batch_alter_table('supply_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_plans_bureau_id'))

    op.drop_table('supply_plans')
    with op.batch_alter_table('supply_count_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_count_lines_count_id'))

    op.drop_table('supply_count_lines')
    with op.batch_alter_table('supply_purchases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_purchases_bureau_id'))

    op.drop_table('supply_purchases')
    with op.batch_alter_table('supply_loan_signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_loan_signatures_loan_id'))

    op.drop_table('supply_loan_signatures')
    with op.batch_alter_table('supply_issue_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_issue_lines_issue_id'))
        batch_op.drop_index(batch_op.f('ix_supply_issue_lines_holder_id'))

    op.drop_table('supply_issue_lines')
    with op.batch_alter_table('supply_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_counts_bureau_id'))

    op.drop_table('supply_counts')
    with op.batch_alter_table('supply_loans', schema=None) as batch_op:
        batch_op.drop_index('ix_supply_loans_bureau_id_state')
        batch_op.drop_index(batch_op.f('ix_supply_loans_borrower_id'))

    op.drop_table('supply_loans')
    with op.batch_alter_table('supply_issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_issues_collector_id'))
        batch_op.drop_index('ix_supply_issues_bureau_id_issued_on')

    op.drop_table('supply_issues')
    op.drop_table('supply_collectors')
    with op.batch_alter_table('supply_balances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_balances_bureau_id'))

    op.drop_table('supply_balances')
    with op.batch_alter_table('supply_locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_locations_bureau_id'))

    op.drop_table('supply_locations')
    with op.batch_alter_table('supply_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_items_name'))
        batch_op.drop_index(batch_op.f('ix_supply_items_bureau_id'))

    op.drop_table('supply_items')
    # ### end Alembic commands ###
