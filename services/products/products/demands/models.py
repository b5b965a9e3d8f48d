import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Enum, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from products.catalogue.models import ProductCategory
from products.db import Base
from products.demands.lifecycle import DemandStatus
from products.demands.recurrence import Recurrence


class Demand(IdMixin, TimestampMixin, Base):
    """What a buyer wants: a product (or any product of a category), how much, at most at what price, when and
    where (see lifecycle.py); a weekly or monthly demand makes the next one when it closes."""

    __tablename__ = "demand"
    __table_args__ = (
        Index("ix_demand_status_wanted_until", "status", "wanted_until"),
        Index("ix_demand_county_code_status", "county_code", "status"),
    )

    buyer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("buyer.id"), index=True)
    # Exactly one of the two: a product, or any product of a category.
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("featured_product.id"))
    category: Mapped[ProductCategory | None] = mapped_column(Enum(ProductCategory, native_enum=False, length=20))
    quantity_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # What deals have not yet filled: quantity_kg when posted, 0 when filled.
    remaining_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    ceiling_price_per_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    wanted_from: Mapped[date]
    wanted_until: Mapped[date]
    # Where it is delivered (its county's seat is where distances are measured to).
    county_code: Mapped[str] = mapped_column(String(6))
    max_distance_km: Mapped[int | None]
    recurrence: Mapped[Recurrence] = mapped_column(Enum(Recurrence, native_enum=False, length=10),
                                                   default=Recurrence.none)
    status: Mapped[DemandStatus] = mapped_column(Enum(DemandStatus, native_enum=False, length=14),
                                                 default=DemandStatus.open)
    # The demand this one follows (a recurring demand's previous window); each has at most one follower.
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("demand.id"), unique=True)
    posted_by: Mapped[str] = mapped_column(String(64))
    cancelled_by: Mapped[str | None] = mapped_column(String(64))
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(Text)
