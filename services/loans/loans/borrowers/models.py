from datetime import date
from enum import StrEnum

from sqlalchemy import Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base


class Education(StrEnum):
    primary = "primary"
    junior_secondary = "junior_secondary"
    senior_secondary = "senior_secondary"
    vocational = "vocational"
    college = "college"
    bachelor = "bachelor"
    postgraduate = "postgraduate"


class Borrower(IdMixin, TimestampMixin, Base):
    """A young entrepreneur who applies for a loan, linked to their user account at the gateway."""

    __tablename__ = "borrower"

    user_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    # ID-card and mobile numbers: encrypted at rest, a keyed hash to keep them unique, a mask to show.
    id_card_encrypted: Mapped[str] = mapped_column(String(255))
    id_card_hash: Mapped[str] = mapped_column(String(64), unique=True)
    id_card_masked: Mapped[str] = mapped_column(String(18))
    mobile_encrypted: Mapped[str] = mapped_column(String(255))
    mobile_masked: Mapped[str] = mapped_column(String(11))
    birth_date: Mapped[date]
    gender: Mapped[str] = mapped_column(String(6))
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    town: Mapped[str] = mapped_column(String(50))
    village: Mapped[str] = mapped_column(String(50))
    poor_household: Mapped[bool]
    education: Mapped[Education] = mapped_column(Enum(Education, native_enum=False, length=20))
