import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
from volunteers.db import Base
from volunteers.selection.lifecycle import ApplicationAction, ApplicationStatus


class Application(IdMixin, TimestampMixin, Base):
    """A student's application to an activity, ranked by its score (scoring.py) on the activity's board."""

    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("activity_id", "profile_id"),
        CheckConstraint("interview_score IS NULL OR interview_score BETWEEN 0 AND 100", name="interview_range"),
        CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        Enum(ApplicationStatus, native_enum=False, length=20), default=ApplicationStatus.applied, index=True)
    motivation: Mapped[str] = mapped_column(Text, default="")
    interview_score: Mapped[int | None]
    score: Mapped[int] = mapped_column(default=0)
    decided_at: Mapped[datetime | None]


class ApplicationTransition(IdMixin, Base):
    """Every move of an application: who, when, why. Never updated or deleted."""

    __tablename__ = "application_transition"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    action: Mapped[ApplicationAction] = mapped_column(Enum(ApplicationAction, native_enum=False, length=20))
    from_status: Mapped[ApplicationStatus] = mapped_column(Enum(ApplicationStatus, native_enum=False, length=20))
    to_status: Mapped[ApplicationStatus] = mapped_column(Enum(ApplicationStatus, native_enum=False, length=20))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Notice(IdMixin, Base):
    """A message to a student in the app (their decision); the phone lists them newest first."""

    __tablename__ = "volunteer_notice"

    user_id: Mapped[str] = mapped_column(String(64), index=True)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
