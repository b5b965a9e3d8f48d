import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
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
    # ID-card and mobile numbers: encrypted at rest, a keyed hash to keep them unique, a mask to show. A number
    # already on another profile is kept as typed, disputed, under a hash of its own (see service.save_profile).
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
    identity_disputed: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Set by the first submission: from then on name, ID-card number and county change only through staff.
    identity_frozen_at: Mapped[datetime | None]


class BorrowerCorrection(IdMixin, Base):
    """Staff's correction of a borrower's frozen identity: what changed (numbers masked), why, and by whom."""

    __tablename__ = "borrower_correction"

    borrower_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("borrower.id"), index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(default=utcnow)
