"""Transitions keep the actor's name as their token gave it, beside the subject and role

Rows written before keep no name: the timeline shows their role alone.

Revision ID: 7a3d91c0e5b2
Revises: 5c2e8a41f7b3
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7a3d91c0e5b2'
down_revision: str | None = '5c2e8a41f7b3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('application_transition', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor_name', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('application_transition', schema=None) as batch_op:
        batch_op.drop_column('actor_name')
