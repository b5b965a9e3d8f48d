import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base


class ClaimStatus(StrEnum):
    filed = "filed"  # lines under review
    approved = "approved"  # every line decided; the approved total goes to the treasury
    paid = "paid"  # paid, closed by the treasury voucher number


class LineDecision(StrEnum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"


class SubsidyClaim(IdMixin, TimestampMixin, Base):
    """A bank's quarterly claim for the interest subsidy on the loans it made."""

    __tablename__ = "subsidy_claim"
    __table_args__ = (UniqueConstraint("bank_id", "year", "quarter"),)

    bank_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_bank.id"), index=True)
    year: Mapped[int]
    quarter: Mapped[int]
    period_start: Mapped[date]
    period_end: Mapped[date]
    status: Mapped[ClaimStatus] = mapped_column(Enum(ClaimStatus, native_enum=False, length=10),
                                                default=ClaimStatus.filed)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None]
    voucher_number: Mapped[str | None] = mapped_column(String(64))
    paid_at: Mapped[datetime | None]


class ClaimLine(IdMixin, Base):
    """One loan's subsidy for the quarter: what the bank reports and what the service computes."""

    __tablename__ = "claim_line"
    __table_args__ = (UniqueConstraint("claim_id", "loan_id"),)

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subsidy_claim.id"), index=True)
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    interest_paid: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    days: Mapped[int]
    eligible_principal: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    cap_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    subsidy: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # What the contract rate allows for the period: reported interest above it is flagged for review.
    contract_interest: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    flagged_excess: Mapped[bool]
    decision: Mapped[LineDecision] = mapped_column(Enum(LineDecision, native_enum=False, length=10),
                                                   default=LineDecision.pending)
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]
