"""Volunteer activities: summer camps and industry revitalization service teams, each at a service point.

Revision ID: 3e47d78f30e4
Revises:
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3e47d78f30e4"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.Enum("summer_camp", "service_team", name="activitykind", native_enum=False, length=20),
                  nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("town", sa.String(length=50), nullable=True),
        sa.Column("village", sa.String(length=50), nullable=False),
        sa.Column("recruit_from", sa.Date(), nullable=False),
        sa.Column("recruit_until", sa.Date(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("places BETWEEN 1 AND 500", name=op.f("ck_activity_places_range")),
        sa.CheckConstraint("recruit_until >= recruit_from", name=op.f("ck_activity_recruitment_in_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("name", name=op.f("uq_activity_name")),
    )
    op.create_index(op.f("ix_activity_county_code"), "activity", ["county_code"])
    op.create_index(op.f("ix_activity_kind"), "activity", ["kind"])


def downgrade() -> None:
    op.drop_table("activity")
