"""A borrower's identity is fixed from the first submission; staff corrections are kept; disputed numbers

`identity_frozen_at` is filled from the applications already submitted. `identity_disputed` marks an ID-card
number that is also on another profile. `borrower_correction` keeps each correction staff make.

Revision ID: 9d4c2b7e1f60
Revises: 3e6b0f7d2a19
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9d4c2b7e1f60'
down_revision: str | None = '3e6b0f7d2a19'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

borrower = sa.table('borrower', sa.column('id', sa.Uuid()), sa.column('identity_frozen_at', sa.DateTime()))
application = sa.table('loan_application', sa.column('borrower_id', sa.Uuid()),
                       sa.column('submitted_at', sa.DateTime()))


def upgrade() -> None:
    # Plain ALTERs, no batch copy: on SQLite a copy of borrower would have to drop a table applications reference.
    op.add_column('borrower', sa.Column('identity_disputed', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('borrower', sa.Column('identity_frozen_at', sa.DateTime(timezone=True), nullable=True))
    op.execute(borrower.update().values(identity_frozen_at=sa.select(sa.func.min(application.c.submitted_at))
                                        .where(application.c.borrower_id == borrower.c.id).scalar_subquery()))
    op.create_table(
        'borrower_correction',
        sa.Column('borrower_id', sa.Uuid(), nullable=False),
        sa.Column('changes', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('actor_subject', sa.String(length=64), nullable=False),
        sa.Column('actor_role', sa.String(length=20), nullable=False),
        sa.Column('actor_name', sa.String(length=100), nullable=True),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['borrower_id'], ['borrower.id'], name=op.f('fk_borrower_correction_borrower_id_borrower')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_borrower_correction')),
    )
    op.create_index(op.f('ix_borrower_correction_borrower_id'), 'borrower_correction', ['borrower_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_borrower_correction_borrower_id'), table_name='borrower_correction')
    op.drop_table('borrower_correction')
    op.drop_column('borrower', 'identity_frozen_at')
    op.drop_column('borrower', 'identity_disputed')
