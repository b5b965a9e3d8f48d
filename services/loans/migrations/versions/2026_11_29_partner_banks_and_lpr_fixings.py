"""Partner banks and LPR fixings, with the published 1-year and 5-year LPR history since the 2019 reform.

Revision ID: 9d6934178dd2
Revises:
Create Date: 2026-11-29
"""
import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "9d6934178dd2"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Change points only (each verified against the PBOC's announcements): effective date, 1Y %, 5Y %.
LPR_HISTORY = [
    ("2019-08-20", "4.25", "4.85"),
    ("2019-09-20", "4.20", "4.85"),
    ("2019-11-20", "4.15", "4.80"),
    ("2020-02-20", "4.05", "4.75"),
    ("2020-04-20", "3.85", "4.65"),
    ("2021-12-20", "3.80", "4.65"),
    ("2022-01-20", "3.70", "4.60"),
    ("2022-05-20", "3.70", "4.45"),
    ("2022-08-22", "3.65", "4.30"),
    ("2023-06-20", "3.55", "4.20"),
    ("2023-08-21", "3.45", "4.20"),
    ("2024-02-20", "3.45", "3.95"),
    ("2024-07-22", "3.35", "3.85"),
    ("2024-10-21", "3.10", "3.60"),
    ("2025-05-20", "3.00", "3.50"),
]
LPR_NAMESPACE = uuid.UUID("6f1d3c0e-6b1a-4d3e-9a55-2b0c1f7e9a10")


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    ]


def upgrade() -> None:
    lpr_fixing = op.create_table(
        "lpr_fixing",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("lpr_1y_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("lpr_5y_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lpr_fixing")),
        sa.UniqueConstraint("effective_date", name=op.f("uq_lpr_fixing_effective_date")),
    )
    op.create_table(
        "partner_bank",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("bank_type", sa.Enum("postal_savings", "rural_commercial", "other", name="banktype",
                                       native_enum=False, length=20), nullable=False),
        sa.Column("branches", sa.JSON(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_bank")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_bank_name")),
    )
    op.bulk_insert(lpr_fixing, [
        {"id": uuid.uuid5(LPR_NAMESPACE, day), "effective_date": date.fromisoformat(day),
         "lpr_1y_pct": Decimal(one_year), "lpr_5y_pct": Decimal(five_year)}
        for day, one_year, five_year in LPR_HISTORY
    ])


def downgrade() -> None:
    op.drop_table("partner_bank")
    op.drop_table("lpr_fixing")
