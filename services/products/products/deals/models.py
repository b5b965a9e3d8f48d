import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
from products.db import Base
from products.deals.lifecycle import DealAction, DealStatus


class Deal(IdMixin, TimestampMixin, Base):
    """A quantity of a lot sold to a demand at a price per kg, from proposal to settlement (see lifecycle.py)."""

    __tablename__ = "deal"
    __table_args__ = (
        CheckConstraint("quantity_kg > 0", name="quantity_positive"),
        CheckConstraint("delivered_kg IS NULL OR (delivered_kg > 0 AND delivered_kg <= quantity_kg)",
                        name="delivered_within_quantity"),
        Index("ix_deal_county_code_status", "county_code", "status"),
    )

    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"), index=True)
    demand_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("demand.id"), index=True)
    # Copied from the lot and the demand when the deal is proposed (they never change): who the two sides are,
    # what is sold, and the county whose staff look after the deal (the lot's), so the scope needs no join.
    seller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seller.id"), index=True)
    buyer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("buyer.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("featured_product.id"))
    county_code: Mapped[str] = mapped_column(String(6))
    quantity_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    price_per_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    status: Mapped[DealStatus] = mapped_column(Enum(DealStatus, native_enum=False, length=10),
                                               default=DealStatus.proposed)
    # Each side accepts for itself; the second acceptance takes the quantity from the lot and the demand.
    seller_accepted_at: Mapped[datetime | None]
    buyer_accepted_at: Mapped[datetime | None]
    # What arrived, as the buyer confirms it (at most the quantity; the rest went back to the lot).
    delivered_kg: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    proposed_by: Mapped[str] = mapped_column(String(64))


class DealTransition(IdMixin, Base):
    """The audit of every step of a deal: who, when, from, to, and why (a proposal comes from nothing)."""

    __tablename__ = "deal_transition"

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deal.id"), index=True)
    action: Mapped[DealAction] = mapped_column(Enum(DealAction, native_enum=False, length=10))
    from_status: Mapped[DealStatus | None] = mapped_column(Enum(DealStatus, native_enum=False, length=10))
    to_status: Mapped[DealStatus] = mapped_column(Enum(DealStatus, native_enum=False, length=10))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    # As the token named the actor when they acted.
    actor_name: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)
