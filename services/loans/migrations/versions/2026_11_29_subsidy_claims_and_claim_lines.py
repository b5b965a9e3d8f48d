"""Quarterly subsidy claims filed by banks and their per-loan lines, reviewed one by one

Revision ID: 9e9ac6d2cc98
Revises: d9c45f01d24d
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9e9ac6d2cc98'
down_revision: str | None = 'd9c45f01d24d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('subsidy_claim',
    sa.Column('bank_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('filed', 'approved', 'paid', name='claimstatus', native_enum=False, length=10), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voucher_number', sa.String(length=64), nullable=True),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['bank_id'], ['partner_bank.id'], name=op.f('fk_subsidy_claim_bank_id_partner_bank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_claim')),
    sa.UniqueConstraint('bank_id', 'year', 'quarter', name=op.f('uq_subsidy_claim_bank_id_year_quarter'))
    )
    with op.batch_alter_table('subsidy_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_claim_bank_id'), ['bank_id'], unique=False)

    op.create_table('claim_line',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('loan_id', sa.Uuid(), nullable=False),
    sa.Column('interest_paid', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('eligible_principal', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('cap_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('subsidy', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('contract_interest', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('flagged_excess', sa.Boolean(), nullable=False),
    sa.Column('decision', sa.Enum('pending', 'approved', 'rejected', name='linedecision', native_enum=False, length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=64), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['subsidy_claim.id'], name=op.f('fk_claim_line_claim_id_subsidy_claim')),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], name=op.f('fk_claim_line_loan_id_loan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_line')),
    sa.UniqueConstraint('claim_id', 'loan_id', name=op.f('uq_claim_line_claim_id_loan_id'))
    )
    with op.batch_alter_table('claim_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_line_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_line_loan_id'), ['loan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('claim_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_line_loan_id'))
        batch_op.drop_index(batch_op.f('ix_claim_line_claim_id'))

    op.drop_table('claim_line')
    with op.batch_alter_table('subsidy_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_claim_bank_id'))

    op.drop_table('subsidy_claim')
