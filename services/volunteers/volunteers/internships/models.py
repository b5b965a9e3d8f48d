import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from volunteers.db import Base


class HostKind(StrEnum):
    enterprise = "enterprise"
    government = "government"  # a government or Party organ
    public_institution = "public_institution"  # 事业单位: schools, hospitals, stations
    cooperative = "cooperative"
    social_organisation = "social_organisation"


class InternshipHost(IdMixin, TimestampMixin, Base):
    """An organisation that takes students of the 展翅计划 (internships for students from poor families)."""

    __tablename__ = "internship_host"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    kind: Mapped[HostKind] = mapped_column(Enum(HostKind, native_enum=False, length=30))
    contact: Mapped[str] = mapped_column(String(200))


class InternshipPosition(IdMixin, TimestampMixin, Base):
    """Places a host offers for a period. `filled` moves only by a conditional UPDATE, never past `places`."""

    __tablename__ = "internship_position"
    __table_args__ = (
        CheckConstraint("places BETWEEN 1 AND 1000", name="places_range"),
        CheckConstraint("filled BETWEEN 0 AND places", name="filled_within_places"),
        CheckConstraint("ends_on >= starts_on", name="dates_in_order"),
    )

    host_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship_host.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    places: Mapped[int]
    filled: Mapped[int] = mapped_column(default=0)
    starts_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date]


class InternshipPlacement(IdMixin, TimestampMixin, Base):
    """A student placed in a position, and the host's evaluation of them once given."""

    __tablename__ = "internship_placement"
    __table_args__ = (
        UniqueConstraint("position_id", "profile_id"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )

    position_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship_position.id"), index=True)
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    poor_family: Mapped[bool]
    placed_by: Mapped[str] = mapped_column(String(64))
    rating: Mapped[int | None]
    comment: Mapped[str | None] = mapped_column(Text)
    evaluated_by: Mapped[str | None] = mapped_column(String(100))
    evaluated_at: Mapped[datetime | None]
