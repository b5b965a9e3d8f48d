import uuid
from datetime import date
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from chassis.money import Money
from chassis.text import PlainLine, PlainText
from loans.claims.models import ClaimStatus, LineDecision

MAX_LINES = 20_000
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=1000), PlainText]
VoucherNumber = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=64), PlainLine]


class ClaimLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    loan_id: uuid.UUID
    interest_paid: Annotated[Money, Field(le=5_000_000)] = Field(
        description="Normal interest actually paid in the quarter (no overdue or penalty interest)")


class ClaimFiling(BaseModel):
    """A bank's claim for one quarter: one line per loan."""

    model_config = ConfigDict(extra="forbid")

    year: int = Field(ge=2020, le=2100)
    quarter: int = Field(ge=1, le=4)
    lines: list[ClaimLineIn] = Field(min_length=1, max_length=MAX_LINES)

    @model_validator(mode="after")
    def _one_line_per_loan(self) -> Self:
        if len({line.loan_id for line in self.lines}) != len(self.lines):
            raise ValueError("a loan appears on more than one line")
        return self


class LineDecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: LineDecision
    reason: Reason | None = None

    @model_validator(mode="after")
    def _reason_for_rejection(self) -> Self:
        if self.decision is LineDecision.pending:
            raise ValueError("a decision is approved or rejected")
        if self.decision is LineDecision.rejected and not self.reason:
            raise ValueError("a rejected line needs a reason")
        return self


class Payment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    voucher_number: VoucherNumber


class ClaimRead(BaseModel):
    id: uuid.UUID
    bank_id: uuid.UUID
    bank_name: str
    year: int
    quarter: int
    period_start: date
    period_end: date
    status: ClaimStatus
    line_count: int
    pending_lines: int
    flagged_lines: int
    claimed_interest: Money
    computed_subsidy: Money
    approved_subsidy: Money
    voucher_number: str | None


class ClaimLineRead(BaseModel):
    id: uuid.UUID
    loan_id: uuid.UUID
    contract_number: str
    borrower_name: str
    interest_paid: Money
    days: int
    eligible_principal: Money
    cap_amount: Money
    subsidy: Money
    contract_interest: Money
    flagged_excess: bool
    decision: LineDecision
    reason: str | None


class BulkDecision(BaseModel):
    approved: int
