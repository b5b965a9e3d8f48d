import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Enum, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base
from loans.repayments.schedule import RepaymentMethod


class Loan(IdMixin, TimestampMixin, Base):
    """The loan a partner bank lent on an approved application: the contract's terms and its balance."""

    __tablename__ = "loan"
    __table_args__ = (UniqueConstraint("bank_id", "contract_number"),)

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan_application.id"), unique=True)
    bank_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_bank.id"), index=True)
    contract_number: Mapped[str] = mapped_column(String(64))
    principal: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    annual_rate_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    contract_date: Mapped[date] = mapped_column(index=True)
    term_months: Mapped[int]
    first_repayment_date: Mapped[date]
    repayment_method: Mapped[RepaymentMethod] = mapped_column(Enum(RepaymentMethod, native_enum=False, length=40))
    # Fixed on the contract date: the 1-year LPR in force then, and the policy version in force then.
    lpr_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    policy_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("policy_version.id"))
    outstanding_principal: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    days_past_due: Mapped[int] = mapped_column(default=0)
    # Written off or found misused: no subsidy from this day on.
    subsidy_stopped_on: Mapped[date | None]
    # What the borrower has been spared so far: the approved lines of paid claims, added when a claim is paid
    # (claims/ stands above this folder, so the loan keeps the total rather than looking it up).
    subsidy_received: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0.00"),
                                                      server_default="0")
