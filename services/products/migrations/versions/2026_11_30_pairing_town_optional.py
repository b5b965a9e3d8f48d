"""A pairing's town is optional: a pairing is often recorded knowing only the county and the village.

Revision ID: f1a5b6c7d8e9
Revises: e0f4a5b6c7d8
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f1a5b6c7d8e9"
down_revision: str | None = "e0f4a5b6c7d8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pairing") as batch:
        batch.alter_column("town", existing_type=sa.String(50), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE pairing SET town = '' WHERE town IS NULL")
    with op.batch_alter_table("pairing") as batch:
        batch.alter_column("town", existing_type=sa.String(50), nullable=False)
