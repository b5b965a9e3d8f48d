"""Sellers (with their admission's audit), buyers, lots and demands; a product's storage class and shelf life.

Revision ID: b7c1d2e3f4a5
Revises: 04244af11740
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7c1d2e3f4a5"
down_revision: str | None = "04244af11740"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = ("fruit", "tea", "grain", "meat", "nuts", "vegetable", "processed", "other")
SELLER_STATUSES = ("pending", "admitted", "suspended")


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    ]


def _enum(name: str, values: tuple[str, ...], length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    # Plain ALTERs (no batch copy of the table on SQLite: its certifications cascade from it).
    op.add_column("featured_product", sa.Column("storage_class", _enum("storageclass", ("ambient", "chilled", "frozen"),
                                                                       10), server_default="ambient", nullable=False))
    op.add_column("featured_product", sa.Column("shelf_life_days", sa.Integer(), server_default="30", nullable=False))

    op.create_table(
        "seller",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=True),
        sa.Column("kind", _enum("sellerkind", ("entrepreneur", "cooperative", "family_farm", "association_member"),
                                20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("town", sa.String(length=50), nullable=False),
        sa.Column("contact_encrypted", sa.String(length=255), nullable=False),
        sa.Column("contact_masked", sa.String(length=11), nullable=False),
        sa.Column("status", _enum("sellerstatus", SELLER_STATUSES, 10), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seller")),
        sa.UniqueConstraint("user_id", name=op.f("uq_seller_user_id")),
    )
    op.create_index(op.f("ix_seller_county_code"), "seller", ["county_code"])

    op.create_table(
        "seller_transition",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seller_id", sa.Uuid(), nullable=False),
        sa.Column("action", _enum("selleraction", ("admit", "suspend", "reinstate"), 10), nullable=False),
        sa.Column("from_status", _enum("sellerstatus", SELLER_STATUSES, 10), nullable=False),
        sa.Column("to_status", _enum("sellerstatus", SELLER_STATUSES, 10), nullable=False),
        sa.Column("actor_subject", sa.String(length=64), nullable=False),
        sa.Column("actor_role", sa.String(length=20), nullable=False),
        sa.Column("actor_name", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["seller_id"], ["seller.id"], name=op.f("fk_seller_transition_seller_id_seller")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seller_transition")),
    )
    op.create_index(op.f("ix_seller_transition_seller_id"), "seller_transition", ["seller_id"])

    op.create_table(
        "buyer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=True),
        sa.Column("kind", _enum("buyerkind", ("industrial_park", "enterprise_canteen", "work_unit_canteen",
                                              "community_group_buying", "supermarket", "other"), 30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("delivery_address", sa.String(length=200), nullable=False),
        sa.Column("yearly_pledge", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("pledge_year", sa.Integer(), nullable=True),
        sa.Column("pledge_purchased", sa.Numeric(precision=14, scale=2), server_default="0", nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buyer")),
        sa.UniqueConstraint("user_id", name=op.f("uq_buyer_user_id")),
    )
    op.create_index(op.f("ix_buyer_county_code"), "buyer", ["county_code"])

    op.create_table(
        "lot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seller_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("remaining_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("floor_price_per_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("harvest_date", sa.Date(), nullable=False),
        sa.Column("best_before", sa.Date(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("town", sa.String(length=50), nullable=True),
        sa.Column("unsold", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", _enum("lotstatus", ("open", "partly_sold", "sold_out", "expired", "withdrawn"), 12),
                  nullable=False),
        sa.Column("listed_by", sa.String(length=64), nullable=False),
        sa.Column("withdrawn_by", sa.String(length=64), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_lot_product_id_featured_product")),
        sa.ForeignKeyConstraint(["seller_id"], ["seller.id"], name=op.f("fk_lot_seller_id_seller")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lot")),
    )
    op.create_index("ix_lot_matching", "lot", ["product_id", "status", "floor_price_per_kg"])
    op.create_index("ix_lot_status_best_before", "lot", ["status", "best_before"])
    op.create_index("ix_lot_county_code_status", "lot", ["county_code", "status"])
    op.create_index(op.f("ix_lot_seller_id"), "lot", ["seller_id"])

    op.create_table(
        "demand",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("category", _enum("productcategory", CATEGORIES, 20), nullable=True),
        sa.Column("quantity_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("remaining_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("ceiling_price_per_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("wanted_from", sa.Date(), nullable=False),
        sa.Column("wanted_until", sa.Date(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("max_distance_km", sa.Integer(), nullable=True),
        sa.Column("recurrence", _enum("recurrence", ("none", "weekly", "monthly"), 10), nullable=False),
        sa.Column("status", _enum("demandstatus", ("open", "partly_filled", "filled", "cancelled", "expired"), 14),
                  nullable=False),
        sa.Column("previous_id", sa.Uuid(), nullable=True),
        sa.Column("posted_by", sa.String(length=64), nullable=False),
        sa.Column("cancelled_by", sa.String(length=64), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(["buyer_id"], ["buyer.id"], name=op.f("fk_demand_buyer_id_buyer")),
        sa.ForeignKeyConstraint(["previous_id"], ["demand.id"], name=op.f("fk_demand_previous_id_demand")),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_demand_product_id_featured_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand")),
        sa.UniqueConstraint("previous_id", name=op.f("uq_demand_previous_id")),
    )
    op.create_index("ix_demand_status_wanted_until", "demand", ["status", "wanted_until"])
    op.create_index("ix_demand_county_code_status", "demand", ["county_code", "status"])
    op.create_index(op.f("ix_demand_buyer_id"), "demand", ["buyer_id"])


def downgrade() -> None:
    op.drop_table("demand")
    op.drop_table("lot")
    op.drop_table("buyer")
    op.drop_table("seller_transition")
    op.drop_table("seller")
    op.drop_column("featured_product", "shelf_life_days")
    op.drop_column("featured_product", "storage_class")
