from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from products.db import Base


class Pairing(IdMixin, TimestampMixin, Base):
    """万企帮万村: an enterprise paired with a poor village, the funds it pledged and what has arrived."""

    __tablename__ = "pairing"
    __table_args__ = (CheckConstraint("funds_received >= 0", name="funds_received_non_negative"),)

    enterprise: Mapped[str] = mapped_column(String(100))
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    town: Mapped[str | None] = mapped_column(String(50))  # not always known when the pairing is recorded
    village: Mapped[str] = mapped_column(String(50))
    paired_on: Mapped[date] = mapped_column(index=True)
    funds_pledged: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    funds_received: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    created_by: Mapped[str] = mapped_column(String(64))
