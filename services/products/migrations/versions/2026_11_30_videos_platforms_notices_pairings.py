"""Promotion videos, youth e-commerce service platforms, notices of unsold produce (their lots, audit and the
public's inquiries), and 万企帮万村 pairings.

Revision ID: d9e3f4a5b6c7
Revises: c8d2e3f4a5b6
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d9e3f4a5b6c7"
down_revision: str | None = "c8d2e3f4a5b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTICE_STATUSES = ("draft", "published", "closed")
NOTICE_ACTIONS = ("publish", "close")


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    ]


def _enum(name: str, values: tuple[str, ...], length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    op.create_table(
        "video",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("shot_on", sa.Date(), nullable=False),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_video_product_id_featured_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video")),
    )
    op.create_index(op.f("ix_video_shot_on"), "video", ["shot_on"])
    op.create_index(op.f("ix_video_product_id"), "video", ["product_id"])

    op.create_table(
        "platform",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform")),
        sa.UniqueConstraint("name", name=op.f("uq_platform_name")),
    )
    op.create_index(op.f("ix_platform_county_code"), "platform", ["county_code"])
    op.create_table(
        "platform_product",
        sa.Column("platform_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"],
                                name=op.f("fk_platform_product_platform_id_platform"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["product_id"], ["featured_product.id"],
                                name=op.f("fk_platform_product_product_id_featured_product")),
        sa.PrimaryKeyConstraint("platform_id", "product_id", name=op.f("pk_platform_product")),
    )
    op.create_index(op.f("ix_platform_product_product_id"), "platform_product", ["product_id"])

    op.create_table(
        "notice",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=True),
        sa.Column("status", _enum("noticestatus", NOTICE_STATUSES, 10), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
    )
    op.create_index(op.f("ix_notice_county_code"), "notice", ["county_code"])
    op.create_index(op.f("ix_notice_status"), "notice", ["status"])
    op.create_table(
        "notice_lot",
        sa.Column("notice_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], name=op.f("fk_notice_lot_notice_id_notice"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_notice_lot_lot_id_lot")),
        sa.PrimaryKeyConstraint("notice_id", "lot_id", name=op.f("pk_notice_lot")),
    )
    op.create_index(op.f("ix_notice_lot_lot_id"), "notice_lot", ["lot_id"])
    op.create_table(
        "notice_transition",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("notice_id", sa.Uuid(), nullable=False),
        sa.Column("action", _enum("noticeaction", NOTICE_ACTIONS, 10), nullable=False),
        sa.Column("from_status", _enum("noticestatus", NOTICE_STATUSES, 10), nullable=False),
        sa.Column("to_status", _enum("noticestatus", NOTICE_STATUSES, 10), nullable=False),
        sa.Column("actor_subject", sa.String(length=64), nullable=False),
        sa.Column("actor_role", sa.String(length=20), nullable=False),
        sa.Column("actor_name", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], name=op.f("fk_notice_transition_notice_id_notice")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_transition")),
    )
    op.create_index(op.f("ix_notice_transition_notice_id"), "notice_transition", ["notice_id"])
    op.create_table(
        "inquiry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("notice_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=100), nullable=True),
        sa.Column("mobile_encrypted", sa.String(length=255), nullable=False),
        sa.Column("mobile_masked", sa.String(length=11), nullable=False),
        sa.Column("mobile_hash", sa.String(length=64), nullable=False),
        sa.Column("quantity_kg", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], name=op.f("fk_inquiry_notice_id_notice")),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_inquiry_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry")),
    )
    for column in ("notice_id", "lot_id", "mobile_hash"):
        op.create_index(op.f(f"ix_inquiry_{column}"), "inquiry", [column])

    op.create_table(
        "pairing",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("enterprise", sa.String(length=100), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("town", sa.String(length=50), nullable=False),
        sa.Column("village", sa.String(length=50), nullable=False),
        sa.Column("paired_on", sa.Date(), nullable=False),
        sa.Column("funds_pledged", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("funds_received", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("funds_received >= 0", name=op.f("ck_pairing_funds_received_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing")),
    )
    op.create_index(op.f("ix_pairing_county_code"), "pairing", ["county_code"])
    op.create_index(op.f("ix_pairing_paired_on"), "pairing", ["paired_on"])


def downgrade() -> None:
    op.drop_table("pairing")
    op.drop_table("inquiry")
    op.drop_table("notice_transition")
    op.drop_table("notice_lot")
    op.drop_table("notice")
    op.drop_table("platform_product")
    op.drop_table("platform")
    op.drop_table("video")
