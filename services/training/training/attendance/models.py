import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from training.db import Base


class AttendanceStatus(StrEnum):
    full = "full"
    partial = "partial"  # came late or left early
    no_show = "no_show"


class AttendanceMethod(StrEnum):
    qr = "qr"  # the trainee scanned the session's rotating code
    staff = "staff"  # marked by staff


class Attendance(IdMixin, Base):
    """Whether a booked trainee attended one date of a session; the last mark stands (one row a date)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("enrolment_id", "session_date_id"),)

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"))
    session_date_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session_date.id", ondelete="CASCADE"),
                                                       index=True)
    status: Mapped[AttendanceStatus] = mapped_column(Enum(AttendanceStatus, native_enum=False, length=10))
    method: Mapped[AttendanceMethod] = mapped_column(Enum(AttendanceMethod, native_enum=False, length=10))
    actor_subject: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
