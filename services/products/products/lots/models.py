import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Computed, Enum, Float, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from products.db import Base
from products.lots.lifecycle import LotStatus

REMAINING_KG_FLOAT = "CAST(remaining_kg AS DOUBLE PRECISION)"
FLOOR_PRICE_FLOAT = "CAST(floor_price_per_kg AS DOUBLE PRECISION)"


class Lot(IdMixin, TimestampMixin, Base):
    """A quantity of one product a seller offers, at a floor price, until its best-before (see lifecycle.py)."""

    __tablename__ = "lot"
    __table_args__ = (
        # Matching a demand: its product(s), the lots on offer, under its ceiling (matching/queries.py).
        Index("ix_lot_matching", "product_id", "status", "floor_price_per_kg"),
        # The daily expiry: lots on offer past their best-before.
        Index("ix_lot_status_best_before", "status", "best_before"),
        Index("ix_lot_county_code_status", "county_code", "status"),
    )

    seller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seller.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("featured_product.id"))
    quantity_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # What deals have not yet taken: quantity_kg at listing, 0 when sold out.
    remaining_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    floor_price_per_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    harvest_date: Mapped[date]
    best_before: Mapped[date]
    # Where the lot is (its county's seat is where distances are measured from).
    county_code: Mapped[str] = mapped_column(String(6))
    town: Mapped[str | None] = mapped_column(String(50))
    # 滞销: produce that is not selling; the programme helps it first (a part of the matching score).
    unsold: Mapped[bool]
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[LotStatus] = mapped_column(Enum(LotStatus, native_enum=False, length=12), default=LotStatus.open)
    listed_by: Mapped[str] = mapped_column(String(64))
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))
    withdrawn_at: Mapped[datetime | None]
    # The two amounts as floating point, kept by the database, for ranking only (matching/queries.py): a demand's
    # score is float arithmetic over every candidate lot, and converting a NUMERIC to a float per row per call
    # costs more than the rest of the score. Money stays NUMERIC everywhere else.
    remaining_kg_float: Mapped[float] = mapped_column(Float, Computed(REMAINING_KG_FLOAT, persisted=True))
    floor_price_float: Mapped[float] = mapped_column(Float, Computed(FLOOR_PRICE_FLOAT, persisted=True))
