import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, Column, Enum, ForeignKey, Numeric, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from chassis.db import IdMixin, TimestampMixin
from training.db import Base
from training.lecturers.models import Lecturer
from training.programmes.models import Programme


class SessionLevel(StrEnum):
    """The committee's three levels (市/县/镇): who holds the session, and where."""

    city = "city"
    county = "county"
    town = "town"


class SessionMode(StrEnum):
    offline = "offline"  # at a venue
    online = "online"


session_lecturer = Table(
    "session_lecturer", Base.metadata,
    Column("session_id", ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True),
    Column("lecturer_id", ForeignKey("lecturer.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class TrainingSession(IdMixin, TimestampMixin, Base):
    """One session (场次) of a programme: a city-level session has no county; a town-level one names its town.

    `starts_at`/`ends_at` span its dates (`SessionDate`, one or several). Seats: `booked_count` never exceeds
    `capacity` (a CHECK, so not even a bug can oversell); every change of the roster first bumps
    `roster_version`, which locks the row until the transaction ends, so a session's roster changes one
    request at a time (enrolments.service.lock_roster).
    """

    __tablename__ = "training_session"
    __table_args__ = (
        CheckConstraint("capacity BETWEEN 1 AND 2000", name="capacity_range"),
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint(
            "(level = 'city' AND county_code IS NULL AND town IS NULL)"
            " OR (level = 'county' AND county_code IS NOT NULL AND town IS NULL)"
            " OR (level = 'town' AND county_code IS NOT NULL AND town IS NOT NULL)",
            name="place_by_level"),
        CheckConstraint("booked_count BETWEEN 0 AND capacity", name="never_oversold"),
        CheckConstraint("waitlist_count >= 0", name="waitlist_count_positive"),
        CheckConstraint("enrolment_closes_at >= enrolment_opens_at", name="window_not_reversed"),
    )

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[SessionLevel] = mapped_column(Enum(SessionLevel, native_enum=False, length=10))
    county_code: Mapped[str | None] = mapped_column(String(6), index=True)
    town: Mapped[str | None] = mapped_column(String(50))
    venue: Mapped[str] = mapped_column(String(200))
    mode: Mapped[SessionMode] = mapped_column(Enum(SessionMode, native_enum=False, length=10),
                                              default=SessionMode.offline, server_default=SessionMode.offline.value)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    capacity: Mapped[int]
    enrolment_opens_at: Mapped[datetime]
    enrolment_closes_at: Mapped[datetime]
    cancellation_cutoff_at: Mapped[datetime]
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["all"])
    cost: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0), server_default="0")
    booked_count: Mapped[int] = mapped_column(default=0, server_default="0")
    waitlist_count: Mapped[int] = mapped_column(default=0, server_default="0")
    roster_version: Mapped[int] = mapped_column(default=0, server_default="0")
    # Set when staff close the session: completion worked out and certificates issued.
    completed_at: Mapped[datetime | None]

    programme: Mapped[Programme] = relationship(lazy="raise")
    dates: Mapped[list["SessionDate"]] = relationship(lazy="raise", order_by="SessionDate.starts_at",
                                                      cascade="all, delete-orphan")
    lecturers: Mapped[list[Lecturer]] = relationship(secondary=session_lecturer, lazy="raise")

    @property
    def programme_name(self) -> str:
        return self.programme.name


class SessionDate(IdMixin, Base):
    """One day (or half-day) of a session: attendance is taken per date."""

    __tablename__ = "session_date"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_starts"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"),
                                                  index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
