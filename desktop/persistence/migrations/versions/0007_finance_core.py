"""The finance core (issue 11): chart of accounts, finance settings, budget lines, claims with
invoices and attachments, advances, payments, vouchers and their lines, monthly balances per
account, openings, periods, cash day closes, bank statements and reconciliations. New tables only.

Revision ID: 0007_finance_core
Revises: 0006_outgoing_seal
Create Date: 2026-12-01 04:26:45.708913
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0007_finance_core'
down_revision = '0006_outgoing_seal'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only what is missing: a database put together by hand (an old revision stamped over newer tables,
    # as a restore test does) must not fail on a table it already has.
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if 'finance_settings' not in have:
        op.create_table('finance_settings',
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('start_period', sa.String(length=7), nullable=True),
        sa.Column('openings_confirmed', sa.Boolean(), nullable=False),
        sa.Column('cash_payment_limit', sa.BigInteger(), nullable=False),
        sa.Column('cash_on_hand_limit', sa.BigInteger(), nullable=False),
        sa.Column('contract_threshold', sa.BigInteger(), nullable=False),
        sa.Column('budget_overrun', sa.String(length=8), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_finance_settings_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('bureau_id', name=op.f('pk_finance_settings'))
        )
    if 'ledger_accounts' not in have:
        op.create_table('ledger_accounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('side', sa.String(length=10), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('normal_balance', sa.String(length=6), nullable=False),
        sa.Column('cash_kind', sa.String(length=16), nullable=False),
        sa.Column('parent_id', sa.Integer(), nullable=True),
        sa.Column('level', sa.Integer(), nullable=False),
        sa.Column('national', sa.Boolean(), nullable=False),
        sa.Column('postable', sa.Boolean(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_ledger_accounts_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['parent_id'], ['ledger_accounts.id'], name=op.f('fk_ledger_accounts_parent_id_ledger_accounts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_accounts')),
        sa.UniqueConstraint('bureau_id', 'code', name=op.f('uq_ledger_accounts_bureau_id'))
        )
    if 'budget_lines' not in have:
        op.create_table('budget_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('project', sa.String(length=100), nullable=False),
        sa.Column('economic_class', sa.String(length=10), nullable=False),
        sa.Column('functional_class', sa.String(length=10), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('special', sa.Boolean(), nullable=False),
        sa.Column('purpose', sa.Text(), nullable=False),
        sa.Column('approved', sa.BigInteger(), nullable=False),
        sa.Column('spent', sa.BigInteger(), nullable=False),
        sa.Column('committed', sa.BigInteger(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_budget_lines_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_budget_lines_department_id_departments')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_lines')),
        sa.UniqueConstraint('bureau_id', 'year', 'code', name=op.f('uq_budget_lines_bureau_id'))
        )
    if 'opening_balances' not in have:
        op.create_table('opening_balances',
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('debit', sa.BigInteger(), nullable=False),
        sa.Column('credit', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_opening_balances_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_opening_balances_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('bureau_id', 'account_id', name=op.f('pk_opening_balances'))
        )
    if 'period_balances' not in have:
        op.create_table('period_balances',
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('debit', sa.BigInteger(), nullable=False),
        sa.Column('credit', sa.BigInteger(), nullable=False),
        sa.Column('line_count', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_period_balances_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_period_balances_bureau_id_bureaus')),
        sa.PrimaryKeyConstraint('bureau_id', 'account_id', 'period', name=op.f('pk_period_balances'))
        )
    if 'accounting_periods' not in have:
        op.create_table('accounting_periods',
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('state', sa.String(length=8), nullable=False),
        sa.Column('closed_by', sa.Integer(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('reopened_by', sa.Integer(), nullable=True),
        sa.Column('reopened_at', sa.DateTime(), nullable=True),
        sa.Column('reopen_reason', sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_accounting_periods_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['closed_by'], ['staff.id'], name=op.f('fk_accounting_periods_closed_by_staff')),
        sa.ForeignKeyConstraint(['reopened_by'], ['staff.id'], name=op.f('fk_accounting_periods_reopened_by_staff')),
        sa.PrimaryKeyConstraint('bureau_id', 'period', name=op.f('pk_accounting_periods'))
        )
    if 'bank_reconciliations' not in have:
        op.create_table('bank_reconciliations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('book_balance', sa.BigInteger(), nullable=False),
        sa.Column('bank_balance', sa.BigInteger(), nullable=False),
        sa.Column('adjusted_balance', sa.BigInteger(), nullable=False),
        sa.Column('items_json', sa.Text(), nullable=False),
        sa.Column('made_by', sa.Integer(), nullable=False),
        sa.Column('made_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_bank_reconciliations_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_bank_reconciliations_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['made_by'], ['staff.id'], name=op.f('fk_bank_reconciliations_made_by_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_reconciliations')),
        sa.UniqueConstraint('bureau_id', 'account_id', 'period', name=op.f('uq_bank_reconciliations_bureau_id'))
        )
    if 'bank_statements' not in have:
        op.create_table('bank_statements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('closing_balance', sa.BigInteger(), nullable=False),
        sa.Column('imported_by', sa.Integer(), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_bank_statements_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_bank_statements_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['imported_by'], ['staff.id'], name=op.f('fk_bank_statements_imported_by_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_statements')),
        sa.UniqueConstraint('bureau_id', 'account_id', 'period', name=op.f('uq_bank_statements_bureau_id'))
        )
    if 'cash_day_closes' not in have:
        op.create_table('cash_day_closes',
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('balance', sa.BigInteger(), nullable=False),
        sa.Column('counted', sa.BigInteger(), nullable=True),
        sa.Column('closed_by', sa.Integer(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_cash_day_closes_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_cash_day_closes_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['closed_by'], ['staff.id'], name=op.f('fk_cash_day_closes_closed_by_staff')),
        sa.PrimaryKeyConstraint('bureau_id', 'account_id', 'day', name=op.f('pk_cash_day_closes'))
        )
    if 'advances' not in have:
        op.create_table('advances',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('borrower_id', sa.Integer(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('purpose', sa.Text(), nullable=False),
        sa.Column('budget_line_id', sa.Integer(), nullable=True),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=True),
        sa.Column('settled_document_id', sa.Integer(), nullable=True),
        sa.Column('settled_on', sa.Date(), nullable=True),
        sa.Column('claimed', sa.BigInteger(), nullable=False),
        sa.Column('returned', sa.BigInteger(), nullable=False),
        sa.Column('paid_extra', sa.BigInteger(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['borrower_id'], ['staff.id'], name=op.f('fk_advances_borrower_id_staff')),
        sa.ForeignKeyConstraint(['budget_line_id'], ['budget_lines.id'], name=op.f('fk_advances_budget_line_id_budget_lines')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_advances_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_advances_document_id_documents')),
        sa.ForeignKeyConstraint(['settled_document_id'], ['documents.id'], name=op.f('fk_advances_settled_document_id_documents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_advances')),
        sa.UniqueConstraint('document_id', name=op.f('uq_advances_document_id'))
        )
    if 'attachments' not in have:
        op.create_table('attachments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('added_by', sa.Integer(), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['added_by'], ['staff.id'], name=op.f('fk_attachments_added_by_staff')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_attachments_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_attachments_document_id_documents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
        )
        with op.batch_alter_table('attachments', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_attachments_document_id'), ['document_id'], unique=False)

    if 'vouchers' not in have:
        op.create_table('vouchers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('voucher_no', sa.String(length=24), nullable=False),
        sa.Column('voucher_date', sa.Date(), nullable=False),
        sa.Column('summary', sa.String(length=200), nullable=False),
        sa.Column('attachments', sa.Integer(), nullable=False),
        sa.Column('origin', sa.String(length=12), nullable=False),
        sa.Column('source_document_id', sa.Integer(), nullable=True),
        sa.Column('reverses_id', sa.Integer(), nullable=True),
        sa.Column('state', sa.String(length=8), nullable=False),
        sa.Column('maker_id', sa.Integer(), nullable=False),
        sa.Column('posted_by', sa.Integer(), nullable=True),
        sa.Column('posted_at', sa.DateTime(), nullable=True),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_vouchers_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_vouchers_document_id_documents')),
        sa.ForeignKeyConstraint(['maker_id'], ['staff.id'], name=op.f('fk_vouchers_maker_id_staff')),
        sa.ForeignKeyConstraint(['posted_by'], ['staff.id'], name=op.f('fk_vouchers_posted_by_staff')),
        sa.ForeignKeyConstraint(['reverses_id'], ['vouchers.id'], name=op.f('fk_vouchers_reverses_id_vouchers')),
        sa.ForeignKeyConstraint(['source_document_id'], ['documents.id'], name=op.f('fk_vouchers_source_document_id_documents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_vouchers')),
        sa.UniqueConstraint('bureau_id', 'period', 'number', name=op.f('uq_vouchers_bureau_id')),
        sa.UniqueConstraint('document_id', name=op.f('uq_vouchers_document_id'))
        )
        with op.batch_alter_table('vouchers', schema=None) as batch_op:
            batch_op.create_index('ix_vouchers_bureau_id_voucher_date', ['bureau_id', 'voucher_date'], unique=False)
            batch_op.create_index(batch_op.f('ix_vouchers_source_document_id'), ['source_document_id'], unique=False)

    if 'claims' not in have:
        op.create_table('claims',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('claimant_id', sa.Integer(), nullable=False),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.Column('economic_class', sa.String(length=10), nullable=False),
        sa.Column('budget_line_id', sa.Integer(), nullable=True),
        sa.Column('advance_id', sa.Integer(), nullable=True),
        sa.Column('payee', sa.String(length=100), nullable=False),
        sa.Column('payee_bank', sa.String(length=100), nullable=False),
        sa.Column('payee_account', sa.String(length=40), nullable=False),
        sa.Column('procurement', sa.Boolean(), nullable=False),
        sa.Column('routine', sa.Boolean(), nullable=False),
        sa.Column('over_budget', sa.Boolean(), nullable=False),
        sa.Column('committed', sa.BigInteger(), nullable=False),
        sa.Column('paid', sa.BigInteger(), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['advance_id'], ['advances.id'], name=op.f('fk_claims_advance_id_advances')),
        sa.ForeignKeyConstraint(['budget_line_id'], ['budget_lines.id'], name=op.f('fk_claims_budget_line_id_budget_lines')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_claims_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['claimant_id'], ['staff.id'], name=op.f('fk_claims_claimant_id_staff')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_claims_document_id_documents')),
        sa.PrimaryKeyConstraint('document_id', name=op.f('pk_claims'))
        )
        with op.batch_alter_table('claims', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_claims_budget_line_id'), ['budget_line_id'], unique=False)

    if 'payments' not in have:
        op.create_table('payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(length=12), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('account_code', sa.String(length=20), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('cashier_id', sa.Integer(), nullable=False),
        sa.Column('reference', sa.String(length=100), nullable=False),
        sa.Column('explanation_id', sa.Integer(), nullable=True),
        sa.Column('explanation_approved_by', sa.Integer(), nullable=True),
        sa.Column('voucher_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_payments_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['cashier_id'], ['staff.id'], name=op.f('fk_payments_cashier_id_staff')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_payments_document_id_documents')),
        sa.ForeignKeyConstraint(['explanation_approved_by'], ['staff.id'], name=op.f('fk_payments_explanation_approved_by_staff')),
        sa.ForeignKeyConstraint(['explanation_id'], ['attachments.id'], name=op.f('fk_payments_explanation_id_attachments')),
        sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_payments_voucher_id_vouchers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
        )
        with op.batch_alter_table('payments', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_payments_document_id'), ['document_id'], unique=False)

    if 'voucher_lines' not in have:
        op.create_table('voucher_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('voucher_id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('side', sa.String(length=10), nullable=False),
        sa.Column('summary', sa.String(length=200), nullable=False),
        sa.Column('debit', sa.BigInteger(), nullable=False),
        sa.Column('credit', sa.BigInteger(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('project', sa.String(length=100), nullable=False),
        sa.Column('payee', sa.String(length=100), nullable=False),
        sa.Column('functional_class', sa.String(length=10), nullable=False),
        sa.Column('economic_class', sa.String(length=10), nullable=False),
        sa.Column('voucher_date', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_voucher_lines_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_voucher_lines_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_voucher_lines_department_id_departments')),
        sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_voucher_lines_voucher_id_vouchers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_voucher_lines'))
        )
        with op.batch_alter_table('voucher_lines', schema=None) as batch_op:
            batch_op.create_index('ix_voucher_lines_account_date', ['account_id', 'voucher_date', 'id'], unique=False)
            batch_op.create_index(batch_op.f('ix_voucher_lines_voucher_id'), ['voucher_id'], unique=False)

    if 'bank_statement_lines' not in have:
        op.create_table('bank_statement_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('statement_id', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('txn_date', sa.Date(), nullable=False),
        sa.Column('reference', sa.String(length=100), nullable=False),
        sa.Column('summary', sa.String(length=200), nullable=False),
        sa.Column('amount_in', sa.BigInteger(), nullable=False),
        sa.Column('amount_out', sa.BigInteger(), nullable=False),
        sa.Column('balance', sa.BigInteger(), nullable=True),
        sa.Column('matched_line_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['matched_line_id'], ['voucher_lines.id'], name=op.f('fk_bank_statement_lines_matched_line_id_voucher_lines')),
        sa.ForeignKeyConstraint(['statement_id'], ['bank_statements.id'], name=op.f('fk_bank_statement_lines_statement_id_bank_statements')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_statement_lines'))
        )
        with op.batch_alter_table('bank_statement_lines', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_bank_statement_lines_matched_line_id'), ['matched_line_id'], unique=False)
            batch_op.create_index(batch_op.f('ix_bank_statement_lines_statement_id'), ['statement_id'], unique=False)

    if 'invoices' not in have:
        op.create_table('invoices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bureau_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=32), nullable=False),
        sa.Column('invoice_code', sa.String(length=20), nullable=False),
        sa.Column('invoice_number', sa.String(length=20), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('issuer', sa.String(length=200), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('attachment_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_invoices_attachment_id_attachments')),
        sa.ForeignKeyConstraint(['bureau_id'], ['bureaus.id'], name=op.f('fk_invoices_bureau_id_bureaus')),
        sa.ForeignKeyConstraint(['document_id'], ['claims.document_id'], name=op.f('fk_invoices_document_id_claims')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
        sa.UniqueConstraint('bureau_id', 'invoice_code', 'invoice_number', name=op.f('uq_invoices_bureau_id'))
        )
        with op.batch_alter_table('invoices', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_invoices_document_id'), ['document_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoices_document_id'))

    op.drop_table('invoices')
    with op.batch_alter_table('bank_statement_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bank_statement_lines_statement_id'))
        batch_op.drop_index(batch_op.f('ix_bank_statement_lines_matched_line_id'))

    op.drop_table('bank_statement_lines')
    with op.batch_alter_table('voucher_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voucher_lines_voucher_id'))
        batch_op.drop_index('ix_voucher_lines_account_date')

    op.drop_table('voucher_lines')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_document_id'))

    op.drop_table('payments')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_budget_line_id'))

    op.drop_table('claims')
    with op.batch_alter_table('vouchers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vouchers_source_document_id'))
        batch_op.drop_index('ix_vouchers_bureau_id_voucher_date')

    op.drop_table('vouchers')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_document_id'))

    op.drop_table('attachments')
    op.drop_table('advances')
    op.drop_table('cash_day_closes')
    op.drop_table('bank_statements')
    op.drop_table('bank_reconciliations')
    op.drop_table('accounting_periods')
    op.drop_table('period_balances')
    op.drop_table('opening_balances')
    op.drop_table('budget_lines')
    op.drop_table('ledger_accounts')
    op.drop_table('finance_settings')
