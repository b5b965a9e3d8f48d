import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Enum, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from chassis.db import IdMixin, TimestampMixin, utcnow
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.borrowers.models import Borrower
from loans.db import Base
from loans.policies.uses import LoanUse


class LoanApplication(IdMixin, TimestampMixin, Base):
    """An entrepreneur's application with its project, from draft to settled (see lifecycle.py)."""

    __tablename__ = "loan_application"
    __table_args__ = (Index("ix_loan_application_status_county", "status", "county_code"),)

    borrower_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("borrower.id"), index=True)
    applicant_user_id: Mapped[str] = mapped_column(String(64), index=True)
    county_code: Mapped[str] = mapped_column(String(6))
    status: Mapped[ApplicationStatus] = mapped_column(
        Enum(ApplicationStatus, native_enum=False, length=20), default=ApplicationStatus.draft)
    # The project (one per application).
    project_name: Mapped[str] = mapped_column(String(100))
    project_use: Mapped[LoanUse] = mapped_column(Enum(LoanUse, native_enum=False, length=20))
    project_description: Mapped[str] = mapped_column(Text)
    project_location: Mapped[str] = mapped_column(String(200))
    amount_requested: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    jobs_created: Mapped[int]
    poor_households_driven: Mapped[int]
    households_village: Mapped[str | None] = mapped_column(String(100))
    epidemic_affected: Mapped[bool]
    demonstration: Mapped[bool]

    submitted_at: Mapped[datetime | None]
    recommended_by: Mapped[str | None] = mapped_column(String(64))
    bank_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_bank.id"), index=True)
    # The loan lent on it, set by the disbursement in the same transaction (loans/ stands above this folder,
    # so the application names its loan rather than looking it up).
    loan_id: Mapped[uuid.UUID | None] = mapped_column(index=True, unique=True)

    borrower: Mapped[Borrower] = relationship(lazy="raise")


class ApplicationTransition(IdMixin, Base):
    """The audit of every transition: who, when, from, to, and why."""

    __tablename__ = "application_transition"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan_application.id"), index=True)
    action: Mapped[Action] = mapped_column(
        Enum(Action, native_enum=False, length=20, values_callable=lambda actions: [a.value for a in actions]))
    from_status: Mapped[ApplicationStatus] = mapped_column(Enum(ApplicationStatus, native_enum=False, length=20))
    to_status: Mapped[ApplicationStatus] = mapped_column(Enum(ApplicationStatus, native_enum=False, length=20))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    # As the token named the actor when they acted: a later change of name does not rewrite the audit.
    actor_name: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


