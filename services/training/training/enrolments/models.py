import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from training.db import Base


class EnrolmentStatus(StrEnum):
    booked = "booked"
    waitlisted = "waitlisted"
    cancelled = "cancelled"
    completed = "completed"  # the programme's completion rule was met when the session closed
    incomplete = "incomplete"  # it was not


class EventKind(StrEnum):
    """What happened to an enrolment, in its append-only history."""

    requested = "requested"
    booked = "booked"
    waitlisted = "waitlisted"
    promoted = "promoted"
    cancelled = "cancelled"
    attended = "attended"
    partial = "partial"
    no_show = "no_show"
    completed = "completed"
    incomplete = "incomplete"


class Enrolment(IdMixin, Base):
    """A trainee's place on a session, booked or on its waitlist.

    The waitlist's order is (`priority`, `requested_at`, `id`): priority 0 (registered poor households, or the
    session's target groups) before 1, then first come. One live enrolment per trainee and session (a partial
    unique index: a cancelled one does not count).
    """

    __tablename__ = "enrolment"
    __table_args__ = (
        Index("uq_enrolment_live", "session_id", "trainee_id", unique=True,
              sqlite_where=text("status != 'cancelled'"), postgresql_where=text("status != 'cancelled'")),
        Index("ix_enrolment_waitlist", "session_id", "status", "priority", "requested_at"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    trainee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trainee.id", ondelete="RESTRICT"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(Enum(EnrolmentStatus, native_enum=False, length=12))
    priority: Mapped[int]
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    booked_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]


class EnrolmentEvent(IdMixin, Base):
    """One entry of an enrolment's history: never updated, never deleted."""

    __tablename__ = "enrolment_event"

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(Enum(EventKind, native_enum=False, length=12))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)
