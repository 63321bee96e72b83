"""The seal on the outgoing document: what the 用印登记簿 records (SEAL-05/07/08, issue 9).

seal_uses gains the register number (用印YYYY-NNNN per bureau and year), the request sheet's
SHA-256 (``sealed_sha256`` is now the sealed outgoing document's), reason, 文号, the witness
(监印人) and the placement of the impression. Earlier uses get their register numbers in order of
use, and the counter continues after them; their sheet hash is kept in both columns (the seal was
on the sheet then).

Revision ID: 0006_outgoing_seal
Revises: 0005_backups
Create Date: 2026-12-01
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0006_outgoing_seal'
down_revision = '0005_backups'
branch_labels = None
depends_on = None

_NEW = (('register_no', sa.String(length=20)), ('request_sha256', sa.String(length=64)),
        ('reason', sa.String(length=300)), ('document_no', sa.String(length=100)),
        ('placement', sa.String(length=80)))


def upgrade() -> None:
    conn = op.get_bind()
    # Only what is missing: a database put together by hand (an old revision stamped over newer
    # tables, as a restore test does) must not fail on a column it already has.
    have = {c["name"] for c in sa.inspect(conn).get_columns('seal_uses')}
    missing = [(name, kind) for name, kind in _NEW if name not in have]
    if missing or 'witness_id' not in have:
        with op.batch_alter_table('seal_uses', schema=None) as batch_op:
            for name, kind in missing:
                batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=''))
            if 'witness_id' not in have:
                batch_op.add_column(sa.Column('witness_id', sa.Integer(), nullable=True))
                batch_op.create_foreign_key(batch_op.f('fk_seal_uses_witness_id_staff'), 'staff', ['witness_id'],
                                            ['id'])
    if missing:
        with op.batch_alter_table('seal_uses', schema=None) as batch_op:
            for name, kind in missing:
                batch_op.alter_column(name, existing_type=kind, existing_nullable=False, server_default=None)

    rows = conn.execute(sa.text(
        "SELECT u.id, s.bureau_id, u.used_at, u.sealed_sha256, u.register_no FROM seal_uses u "
        "JOIN seals s ON s.id = u.seal_id ORDER BY u.used_at, u.id")).all()
    last: dict[tuple[int, str], int] = {}
    for use_id, bureau_id, used_at, sha, number in rows:
        year = str(used_at)[:4]
        n = last[(bureau_id, year)] = last.get((bureau_id, year), 0) + 1
        if not number:
            conn.execute(sa.text("UPDATE seal_uses SET register_no = :no, request_sha256 = :sha WHERE id = :id"),
                         {"no": f"用印{year}-{n:04d}", "sha": sha, "id": use_id})
    for (bureau_id, year), n in last.items():
        key = {"b": bureau_id, "p": year, "n": n}
        found = conn.execute(sa.text("SELECT last_value FROM serial_counters WHERE bureau_id = :b AND "
                                     "kind = 'seal_use_register' AND period = :p"), key).scalar()
        if found is None:
            conn.execute(sa.text("INSERT INTO serial_counters (bureau_id, kind, period, last_value) "
                                 "VALUES (:b, 'seal_use_register', :p, :n)"), key)
        elif found < n:
            conn.execute(sa.text("UPDATE serial_counters SET last_value = :n WHERE bureau_id = :b AND "
                                 "kind = 'seal_use_register' AND period = :p"), key)
    # The audited state of each seal now has these columns: the application records a baseline at the
    # first start after this upgrade (record_state.BASELINE_BEFORE).


def downgrade() -> None:
    op.execute("DELETE FROM serial_counters WHERE kind = 'seal_use_register'")
    with op.batch_alter_table('seal_uses', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_seal_uses_witness_id_staff'), type_='foreignkey')
        batch_op.drop_column('witness_id')
        for name, _kind in reversed(_NEW):
            batch_op.drop_column(name)
