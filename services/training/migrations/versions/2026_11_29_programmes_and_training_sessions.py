"""Training programmes and their sessions at city, county and town level.

Revision ID: cd0b34a48572
Revises:
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cd0b34a48572"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLACE_BY_LEVEL = (
    "(level = 'city' AND county_code IS NULL AND town IS NULL)"
    " OR (level = 'county' AND county_code IS NOT NULL AND town IS NULL)"
    " OR (level = 'town' AND county_code IS NOT NULL AND town IS NOT NULL)"
)


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.Enum("lead_goose", "lecture_hall", "ecommerce_class", "online", name="programmekind",
                                  native_enum=False, length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("name", name=op.f("uq_programme_name")),
    )
    op.create_index(op.f("ix_programme_kind"), "programme", ["kind"])
    op.create_table(
        "training_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("level", sa.Enum("city", "county", "town", name="sessionlevel", native_enum=False, length=10),
                  nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=True),
        sa.Column("town", sa.String(length=50), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("capacity BETWEEN 1 AND 2000", name=op.f("ck_training_session_capacity_range")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_training_session_ends_after_starts")),
        sa.CheckConstraint(PLACE_BY_LEVEL, name=op.f("ck_training_session_place_by_level")),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"],
                                name=op.f("fk_training_session_programme_id_programme"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    op.create_index(op.f("ix_training_session_county_code"), "training_session", ["county_code"])
    op.create_index(op.f("ix_training_session_programme_id"), "training_session", ["programme_id"])
    op.create_index(op.f("ix_training_session_starts_at"), "training_session", ["starts_at"])


def downgrade() -> None:
    op.drop_table("training_session")
    op.drop_table("programme")
