"""Featured products and their certifications (geographical indication, organic, green food).

Revision ID: 04244af11740
Revises:
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "04244af11740"
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
        "featured_product",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("category", sa.Enum("fruit", "tea", "grain", "meat", "nuts", "vegetable", "processed", "other",
                                      name="productcategory", native_enum=False, length=20), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("season_months", sa.JSON(), nullable=False),
        sa.Column("brand", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_featured_product")),
        sa.UniqueConstraint("name", name=op.f("uq_featured_product_name")),
    )
    op.create_index(op.f("ix_featured_product_category"), "featured_product", ["category"])
    op.create_index(op.f("ix_featured_product_county_code"), "featured_product", ["county_code"])
    op.create_table(
        "certification",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("cert_type", sa.Enum("geographical_indication", "organic", "green_food", "other",
                                       name="certificationtype", native_enum=False, length=30), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issuer", sa.String(length=100), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_certification_product_id_featured_product"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification")),
    )
    op.create_index(op.f("ix_certification_product_id"), "certification", ["product_id"])


def downgrade() -> None:
    op.drop_table("certification")
    op.drop_table("featured_product")
