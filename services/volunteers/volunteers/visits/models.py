import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
from volunteers.db import Base


class VisitKind(StrEnum):
    enterprise = "enterprise"
    cooperative = "cooperative"
    loan_project = "loan_project"  # a project lent on by the youth micro-loan (loans service)
    seller = "seller"  # a seller of farm produce (products service)


class VisitStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    reviewed = "reviewed"
    returned = "returned"


class VisitAction(StrEnum):
    submit = "submit"
    review = "review"
    return_ = "return"


class SiteVisit(IdMixin, TimestampMixin, Base):
    """An industry service team's visit to an enterprise, a cooperative or a loan-funded project, and its survey
    report (findings, recommendations), reviewed by staff. A loan or a seller of the other services is named by id
    only: their names are read from those services when shown."""

    __tablename__ = "site_visit"
    __table_args__ = (CheckConstraint("loan_id IS NULL OR seller_id IS NULL", name="one_reference"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id"), index=True)
    on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[VisitKind] = mapped_column(Enum(VisitKind, native_enum=False, length=20))
    organisation: Mapped[str] = mapped_column(String(200))
    loan_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    seller_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    findings: Mapped[str] = mapped_column(Text)
    recommendations: Mapped[str] = mapped_column(Text)
    status: Mapped[VisitStatus] = mapped_column(Enum(VisitStatus, native_enum=False, length=20),
                                                default=VisitStatus.draft, index=True)
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    created_by: Mapped[str] = mapped_column(String(64))


class VisitTransition(IdMixin, Base):
    """Every move of a visit's report: who, when, from, to, and the reviewer's note. Never updated or deleted."""

    __tablename__ = "site_visit_transition"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site_visit.id"), index=True)
    action: Mapped[VisitAction] = mapped_column(
        Enum(VisitAction, native_enum=False, length=20, values_callable=lambda actions: [a.value for a in actions]))
    from_status: Mapped[VisitStatus] = mapped_column(Enum(VisitStatus, native_enum=False, length=20))
    to_status: Mapped[VisitStatus] = mapped_column(Enum(VisitStatus, native_enum=False, length=20))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)
