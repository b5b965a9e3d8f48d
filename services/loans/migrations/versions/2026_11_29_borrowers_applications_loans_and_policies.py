"""Borrowers, applications with their audited transitions, loans, repayments, and dated policy versions.

Seeds the 2020 policy: at most 500,000 CNY of principal subsidised, up to the 1-year LPR of the contract
date plus 120 bp, for 36 months; borrowers aged 18 to 45; homestays and rural tourism eligible.

Revision ID: d9c45f01d24d
Revises: 9d6934178dd2
Create Date: 2026-11-29
"""
import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = 'd9c45f01d24d'
down_revision: str | None = '9d6934178dd2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


POLICY_2020 = {
    "id": uuid.UUID("3b1f6a52-2020-4c1e-9d3a-5e0c0a2020a1"),
    "name": "2020年农村青年创业小额贴息贷款政策（疫情期间）",
    "effective_from": date(2020, 1, 1),
    "effective_to": None,
    "principal_cap": Decimal("500000.00"),
    "spread_bp": 120,
    "lpr_tenor": "1y",
    "subsidised_term_months": 36,
    "age_min": 18,
    "age_max": 45,
    "eligible_uses": ["planting", "livestock", "processing", "ecommerce", "homestay", "rural_tourism", "other"],
}


def upgrade() -> None:
    op.create_table('borrower',
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id_card_encrypted', sa.String(length=255), nullable=False),
    sa.Column('id_card_hash', sa.String(length=64), nullable=False),
    sa.Column('id_card_masked', sa.String(length=18), nullable=False),
    sa.Column('mobile_encrypted', sa.String(length=255), nullable=False),
    sa.Column('mobile_masked', sa.String(length=11), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('gender', sa.String(length=6), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('town', sa.String(length=50), nullable=False),
    sa.Column('village', sa.String(length=50), nullable=False),
    sa.Column('poor_household', sa.Boolean(), nullable=False),
    sa.Column('education', sa.Enum('primary', 'junior_secondary', 'senior_secondary', 'vocational', 'college', 'bachelor', 'postgraduate', name='education', native_enum=False, length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_borrower')),
    sa.UniqueConstraint('id_card_hash', name=op.f('uq_borrower_id_card_hash')),
    sa.UniqueConstraint('user_id', name=op.f('uq_borrower_user_id'))
    )
    with op.batch_alter_table('borrower', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_borrower_county_code'), ['county_code'], unique=False)

    policy_version = op.create_table('policy_version',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('principal_cap', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('spread_bp', sa.Integer(), nullable=False),
    sa.Column('lpr_tenor', sa.String(length=3), nullable=False),
    sa.Column('subsidised_term_months', sa.Integer(), nullable=False),
    sa.Column('age_min', sa.Integer(), nullable=False),
    sa.Column('age_max', sa.Integer(), nullable=False),
    sa.Column('eligible_uses', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_version')),
    sa.UniqueConstraint('effective_from', name=op.f('uq_policy_version_effective_from'))
    )
    op.create_table('loan_application',
    sa.Column('borrower_id', sa.Uuid(), nullable=False),
    sa.Column('applicant_user_id', sa.String(length=64), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('status', sa.Enum('draft', 'submitted', 'recommended', 'rejected', 'referred', 'approved', 'declined', 'disbursed', 'repaying', 'overdue', 'settled', 'written_off', 'withdrawn', name='applicationstatus', native_enum=False, length=20), nullable=False),
    sa.Column('project_name', sa.String(length=100), nullable=False),
    sa.Column('project_use', sa.Enum('planting', 'livestock', 'processing', 'ecommerce', 'homestay', 'rural_tourism', 'other', name='loanuse', native_enum=False, length=20), nullable=False),
    sa.Column('project_description', sa.Text(), nullable=False),
    sa.Column('project_location', sa.String(length=200), nullable=False),
    sa.Column('amount_requested', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('jobs_created', sa.Integer(), nullable=False),
    sa.Column('poor_households_driven', sa.Integer(), nullable=False),
    sa.Column('households_village', sa.String(length=100), nullable=True),
    sa.Column('epidemic_affected', sa.Boolean(), nullable=False),
    sa.Column('demonstration', sa.Boolean(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('recommended_by', sa.String(length=64), nullable=True),
    sa.Column('bank_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['bank_id'], ['partner_bank.id'], name=op.f('fk_loan_application_bank_id_partner_bank')),
    sa.ForeignKeyConstraint(['borrower_id'], ['borrower.id'], name=op.f('fk_loan_application_borrower_id_borrower')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_application'))
    )
    with op.batch_alter_table('loan_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_application_applicant_user_id'), ['applicant_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_application_bank_id'), ['bank_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_application_borrower_id'), ['borrower_id'], unique=False)
        batch_op.create_index('ix_loan_application_status_county', ['status', 'county_code'], unique=False)

    op.create_table('application_transition',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.Enum('submit', 'withdraw', 'recommend', 'return', 'reject', 'refer', 'approve', 'decline', 'disburse', 'record_repayment', 'mark_overdue', 'cure', 'settle', 'write_off', name='action', native_enum=False, length=20), nullable=False),
    sa.Column('from_status', sa.Enum('draft', 'submitted', 'recommended', 'rejected', 'referred', 'approved', 'declined', 'disbursed', 'repaying', 'overdue', 'settled', 'written_off', 'withdrawn', name='applicationstatus', native_enum=False, length=20), nullable=False),
    sa.Column('to_status', sa.Enum('draft', 'submitted', 'recommended', 'rejected', 'referred', 'approved', 'declined', 'disbursed', 'repaying', 'overdue', 'settled', 'written_off', 'withdrawn', name='applicationstatus', native_enum=False, length=20), nullable=False),
    sa.Column('actor_subject', sa.String(length=64), nullable=False),
    sa.Column('actor_role', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_application.id'], name=op.f('fk_application_transition_application_id_loan_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_transition'))
    )
    with op.batch_alter_table('application_transition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_transition_application_id'), ['application_id'], unique=False)

    op.create_table('loan',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('bank_id', sa.Uuid(), nullable=False),
    sa.Column('contract_number', sa.String(length=64), nullable=False),
    sa.Column('principal', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('annual_rate_pct', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('contract_date', sa.Date(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('first_repayment_date', sa.Date(), nullable=False),
    sa.Column('repayment_method', sa.Enum('equal_instalments', 'equal_principal', 'interest_monthly_principal_at_maturity', name='repaymentmethod', native_enum=False, length=40), nullable=False),
    sa.Column('lpr_pct', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('policy_version_id', sa.Uuid(), nullable=False),
    sa.Column('outstanding_principal', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('days_past_due', sa.Integer(), nullable=False),
    sa.Column('subsidy_stopped_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_application.id'], name=op.f('fk_loan_application_id_loan_application')),
    sa.ForeignKeyConstraint(['bank_id'], ['partner_bank.id'], name=op.f('fk_loan_bank_id_partner_bank')),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_version.id'], name=op.f('fk_loan_policy_version_id_policy_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan')),
    sa.UniqueConstraint('application_id', name=op.f('uq_loan_application_id')),
    sa.UniqueConstraint('bank_id', 'contract_number', name=op.f('uq_loan_bank_id_contract_number'))
    )
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_bank_id'), ['bank_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_contract_date'), ['contract_date'], unique=False)

    op.create_table('repayment',
    sa.Column('loan_id', sa.Uuid(), nullable=False),
    sa.Column('bank_id', sa.Uuid(), nullable=False),
    sa.Column('bank_transaction_id', sa.String(length=64), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('principal', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('interest', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('penalty_interest', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['bank_id'], ['partner_bank.id'], name=op.f('fk_repayment_bank_id_partner_bank')),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], name=op.f('fk_repayment_loan_id_loan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repayment')),
    sa.UniqueConstraint('bank_id', 'bank_transaction_id', name=op.f('uq_repayment_bank_id_bank_transaction_id'))
    )
    with op.batch_alter_table('repayment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repayment_loan_id'), ['loan_id'], unique=False)

    op.bulk_insert(policy_version, [POLICY_2020])


def downgrade() -> None:
    with op.batch_alter_table('repayment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repayment_loan_id'))

    op.drop_table('repayment')
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_contract_date'))
        batch_op.drop_index(batch_op.f('ix_loan_bank_id'))

    op.drop_table('loan')
    with op.batch_alter_table('application_transition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_transition_application_id'))

    op.drop_table('application_transition')
    with op.batch_alter_table('loan_application', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_application_status_county')
        batch_op.drop_index(batch_op.f('ix_loan_application_borrower_id'))
        batch_op.drop_index(batch_op.f('ix_loan_application_bank_id'))
        batch_op.drop_index(batch_op.f('ix_loan_application_applicant_user_id'))

    op.drop_table('loan_application')
    op.drop_table('policy_version')
    with op.batch_alter_table('borrower', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_borrower_county_code'))

    op.drop_table('borrower')
