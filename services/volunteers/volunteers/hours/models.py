import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from volunteers.db import Base


class HoursKind(StrEnum):
    attendance = "attendance"  # a check-in and a check-out against the leader's code
    adjustment = "adjustment"  # staff add or take away minutes, with a reason
    reversal = "reversal"  # cancels an approved entry by its opposite


class HoursStatus(StrEnum):
    open = "open"  # checked in, not yet out
    pending = "pending"  # waiting for the leader (attendance) or a second staff member (adjustment, reversal)
    approved = "approved"
    rejected = "rejected"


class HoursEntry(IdMixin, TimestampMixin, Base):
    """A line of a student's service hours. Never updated but to move its status, never deleted: a mistake that
    was approved is cancelled by a reversal, a new entry of the opposite minutes that names it."""

    __tablename__ = "hours_entry"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN -100000 AND 100000", name="minutes_range"),
        CheckConstraint("kind <> 'attendance' OR minutes >= 0", name="attendance_not_negative"),
        CheckConstraint("check_out_at IS NULL OR check_out_at >= check_in_at", name="out_after_in"),
        CheckConstraint("(kind = 'reversal') = (reverses_id IS NOT NULL)", name="reversal_names_entry"),
        # One open check-in per student and team; one live reversal (pending or approved) per entry.
        Index("uq_hours_entry_open_check_in", "profile_id", "team_id", unique=True,
              sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")),
        Index("uq_hours_entry_live_reversal", "reverses_id", unique=True,
              sqlite_where=text("status IN ('pending', 'approved')"),
              postgresql_where=text("status IN ('pending', 'approved')")),
    )

    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id"), index=True)
    kind: Mapped[HoursKind] = mapped_column(Enum(HoursKind, native_enum=False, length=20))
    status: Mapped[HoursStatus] = mapped_column(Enum(HoursStatus, native_enum=False, length=20), index=True)
    check_in_at: Mapped[datetime | None]
    check_out_at: Mapped[datetime | None]
    minutes: Mapped[int] = mapped_column(default=0)
    reason: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("hours_entry.id"))
    # As the tokens (or the student's profile) named them when they acted.
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_by_name: Mapped[str | None] = mapped_column(String(100))
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_by_name: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)
