import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
from volunteers.db import Base


class ServicePoint(IdMixin, TimestampMixin, Base):
    """A village the students serve: where teams go and camps are held."""

    __tablename__ = "service_point"
    __table_args__ = (UniqueConstraint("county_code", "village"),
                      CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="latitude_range"),
                      CheckConstraint("longitude IS NULL OR longitude BETWEEN -180 AND 180", name="longitude_range"))

    county_code: Mapped[str] = mapped_column(String(6), index=True)
    town: Mapped[str | None] = mapped_column(String(50))
    village: Mapped[str] = mapped_column(String(50))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class PlanStatus(StrEnum):
    none = "none"
    filed = "filed"
    approved = "approved"
    returned = "returned"


class Team(IdMixin, TimestampMixin, Base):
    """Students of an activity sent to one service point, with a leader among them and an advising teacher."""

    __tablename__ = "team"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_in_order"),)

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    service_point_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_point.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)  # the service point's, for scoping
    advising_teacher: Mapped[str] = mapped_column(String(50))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    plan: Mapped[str | None] = mapped_column(Text)
    plan_status: Mapped[PlanStatus] = mapped_column(Enum(PlanStatus, native_enum=False, length=20),
                                                    default=PlanStatus.none)
    plan_note: Mapped[str | None] = mapped_column(Text)
    plan_decided_by: Mapped[str | None] = mapped_column(String(100))


class TeamMember(IdMixin, Base):
    """A student on a team. Leaving sets `left_at`: the row stays, as their hours and records refer to it."""

    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("team_id", "profile_id"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id"), index=True)
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    user_id: Mapped[str] = mapped_column(String(64), index=True)  # the profile's, for the access checks
    leader: Mapped[bool] = mapped_column(default=False)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    left_at: Mapped[datetime | None]


class Camp(IdMixin, TimestampMixin, Base):
    """A summer camp for left-behind children, held by a team at its service point."""

    __tablename__ = "camp"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_in_order"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    starts_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date] = mapped_column(index=True)
