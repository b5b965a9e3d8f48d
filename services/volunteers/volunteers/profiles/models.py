from datetime import date
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from volunteers.db import Base


class Skill(StrEnum):
    art = "art"
    tutoring = "tutoring"
    medical = "medical"
    sports = "sports"
    photography = "photography"
    agriculture = "agriculture"
    ecommerce = "ecommerce"
    psychology = "psychology"


class Profile(IdMixin, TimestampMixin, Base):
    """A university student's volunteer profile: one per `volunteer` account (staff may make one for a student
    who has none yet). Phone numbers are encrypted at rest."""

    __tablename__ = "volunteer_profile"
    __table_args__ = (CheckConstraint("year BETWEEN 1 AND 8", name="year_range"),)

    user_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    phone_encrypted: Mapped[str] = mapped_column(Text)
    university: Mapped[str] = mapped_column(String(100))
    major: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]
    # A Qingyuan county for natives (preferred in selection); otherwise the free-text hometown.
    hometown_county_code: Mapped[str | None] = mapped_column(String(6), index=True)
    hometown: Mapped[str | None] = mapped_column(String(50))
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    emergency_contact_name: Mapped[str] = mapped_column(String(50))
    emergency_contact_phone_encrypted: Mapped[str] = mapped_column(Text)
    insurance_policy: Mapped[str | None] = mapped_column(String(100))
    insurance_until: Mapped[date | None]
    safeguarding_trained_on: Mapped[date | None]
    # The Minors Protection Law's declaration of no relevant criminal record: needed before meeting children.
    declared_no_record_on: Mapped[date | None]
