"""An application names the loan lent on it; a loan keeps the subsidy it has received

Both were looked up across folders (applications read the loan table, loans read the claims); now each
folder reads only what stands below it. The rows already there are filled in from the same records.

Revision ID: 3e6b0f7d2a19
Revises: 7a3d91c0e5b2
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3e6b0f7d2a19'
down_revision: str | None = '7a3d91c0e5b2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

application = sa.table('loan_application', sa.column('id', sa.Uuid()), sa.column('loan_id', sa.Uuid()))
loan = sa.table('loan', sa.column('id', sa.Uuid()), sa.column('application_id', sa.Uuid()),
                sa.column('subsidy_received', sa.Numeric(14, 2)))
claim = sa.table('subsidy_claim', sa.column('id', sa.Uuid()), sa.column('status', sa.String()))
line = sa.table('claim_line', sa.column('claim_id', sa.Uuid()), sa.column('loan_id', sa.Uuid()),
                sa.column('decision', sa.String()), sa.column('subsidy', sa.Numeric(14, 2)))


def upgrade() -> None:
    # Plain ALTERs, no batch copy: on SQLite a copy of loan_application would have to drop a table that loans
    # reference.
    op.add_column('loan_application', sa.Column('loan_id', sa.Uuid(), nullable=True))
    op.create_index(op.f('ix_loan_application_loan_id'), 'loan_application', ['loan_id'], unique=True)
    op.add_column('loan', sa.Column('subsidy_received', sa.Numeric(precision=14, scale=2), server_default='0',
                                    nullable=False))
    op.execute(application.update().values(loan_id=sa.select(loan.c.id).where(
        loan.c.application_id == application.c.id).scalar_subquery()))
    received = (sa.select(sa.func.coalesce(sa.func.sum(line.c.subsidy), 0))
                .select_from(line.join(claim, line.c.claim_id == claim.c.id))
                .where(line.c.loan_id == loan.c.id, line.c.decision == 'approved', claim.c.status == 'paid'))
    op.execute(loan.update().values(subsidy_received=received.scalar_subquery()))


def downgrade() -> None:
    op.drop_column('loan', 'subsidy_received')
    op.drop_index(op.f('ix_loan_application_loan_id'), table_name='loan_application')
    op.drop_column('loan_application', 'loan_id')
