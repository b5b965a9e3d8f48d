import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base


class Repayment(IdMixin, TimestampMixin, Base):
    """What the borrower paid the bank on one day, as the bank reports it (its own transaction ID)."""

    __tablename__ = "repayment"
    __table_args__ = (UniqueConstraint("bank_id", "bank_transaction_id"),)

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    bank_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_bank.id"))
    bank_transaction_id: Mapped[str] = mapped_column(String(64))
    paid_on: Mapped[date]
    principal: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    interest: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # Overdue and penalty interest: recorded, never subsidised.
    penalty_interest: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0.00"))
