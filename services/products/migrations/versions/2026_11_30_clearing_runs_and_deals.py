"""Deals (with their audit) and clearing runs (with their allocations, each a proposed deal).

Revision ID: c8d2e3f4a5b6
Revises: b7c1d2e3f4a5
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c8d2e3f4a5b6"
down_revision: str | None = "b7c1d2e3f4a5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = ("fruit", "tea", "grain", "meat", "nuts", "vegetable", "processed", "other")
DEAL_STATUSES = ("proposed", "accepted", "shipped", "delivered", "disputed", "settled", "cancelled", "withdrawn")
DEAL_ACTIONS = ("propose", "accept", "ship", "deliver", "dispute", "settle", "cancel", "withdraw")


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    ]


def _enum(name: str, values: tuple[str, ...], length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    op.create_table(
        "deal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("demand_id", sa.Uuid(), nullable=False),
        sa.Column("seller_id", sa.Uuid(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("quantity_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("price_per_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("status", _enum("dealstatus", DEAL_STATUSES, 10), nullable=False),
        sa.Column("seller_accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("buyer_accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_kg", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("proposed_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("quantity_kg > 0", name=op.f("ck_deal_quantity_positive")),
        sa.CheckConstraint("delivered_kg IS NULL OR (delivered_kg > 0 AND delivered_kg <= quantity_kg)",
                           name=op.f("ck_deal_delivered_within_quantity")),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_deal_lot_id_lot")),
        sa.ForeignKeyConstraint(["demand_id"], ["demand.id"], name=op.f("fk_deal_demand_id_demand")),
        sa.ForeignKeyConstraint(["seller_id"], ["seller.id"], name=op.f("fk_deal_seller_id_seller")),
        sa.ForeignKeyConstraint(["buyer_id"], ["buyer.id"], name=op.f("fk_deal_buyer_id_buyer")),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_deal_product_id_featured_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal")),
    )
    op.create_index("ix_deal_county_code_status", "deal", ["county_code", "status"])
    for column in ("lot_id", "demand_id", "seller_id", "buyer_id"):
        op.create_index(op.f(f"ix_deal_{column}"), "deal", [column])

    op.create_table(
        "deal_transition",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("action", _enum("dealaction", DEAL_ACTIONS, 10), nullable=False),
        sa.Column("from_status", _enum("dealstatus", DEAL_STATUSES, 10), nullable=True),
        sa.Column("to_status", _enum("dealstatus", DEAL_STATUSES, 10), nullable=False),
        sa.Column("actor_subject", sa.String(length=64), nullable=False),
        sa.Column("actor_role", sa.String(length=20), nullable=False),
        sa.Column("actor_name", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], name=op.f("fk_deal_transition_deal_id_deal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_transition")),
    )
    op.create_index(op.f("ix_deal_transition_deal_id"), "deal_transition", ["deal_id"])

    op.create_table(
        "clearing_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("category", _enum("productcategory", CATEGORIES, 20), nullable=True),
        sa.Column("county_code", sa.String(length=6), nullable=True),
        sa.Column("lots_considered", sa.Integer(), nullable=False),
        sa.Column("demands_considered", sa.Integer(), nullable=False),
        sa.Column("eligible_pairs", sa.Integer(), nullable=False),
        sa.Column("total_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("total_cost", sa.BigInteger(), nullable=False),
        sa.Column("withdrawn_deals", sa.Integer(), nullable=False),
        sa.Column("run_by", sa.String(length=64), nullable=False),
        sa.Column("run_by_name", sa.String(length=100), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_clearing_run_product_id_featured_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clearing_run")),
    )
    op.create_index("ix_clearing_run_scope", "clearing_run", ["product_id", "category", "county_code"])

    op.create_table(
        "clearing_allocation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("demand_id", sa.Uuid(), nullable=False),
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("price_per_kg", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("unit_cost", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["clearing_run.id"], name=op.f("fk_clearing_allocation_run_id_clearing_run"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_clearing_allocation_lot_id_lot")),
        sa.ForeignKeyConstraint(["demand_id"], ["demand.id"], name=op.f("fk_clearing_allocation_demand_id_demand")),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], name=op.f("fk_clearing_allocation_deal_id_deal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clearing_allocation")),
        sa.UniqueConstraint("deal_id", name=op.f("uq_clearing_allocation_deal_id")),
    )
    for column in ("run_id", "lot_id", "demand_id"):
        op.create_index(op.f(f"ix_clearing_allocation_{column}"), "clearing_allocation", [column])


def downgrade() -> None:
    op.drop_table("clearing_allocation")
    op.drop_table("clearing_run")
    op.drop_table("deal_transition")
    op.drop_table("deal")
