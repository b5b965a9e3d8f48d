import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from chassis.money import Money, Percent
from chassis.text import PlainLine
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.schemas import Amount
from loans.repayments.schedule import RepaymentMethod

ContractNumber = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=64), PlainLine]
TransactionId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64), PlainLine]


class LoanContract(BaseModel):
    """What the bank reports when it lends."""

    model_config = ConfigDict(extra="forbid")

    contract_number: ContractNumber
    principal: Amount
    annual_rate_pct: Annotated[Percent, Field(gt=0, le=24)]
    contract_date: date
    term_months: int = Field(ge=1, le=120)
    first_repayment_date: date
    repayment_method: RepaymentMethod

    @model_validator(mode="after")
    def _dates(self) -> Self:
        if self.first_repayment_date <= self.contract_date:
            raise ValueError("first_repayment_date must be after contract_date")
        return self


class LoanRead(BaseModel):
    id: uuid.UUID
    application_id: uuid.UUID
    status: ApplicationStatus
    borrower_name: str
    county_code: str
    county_name: str
    project_name: str
    bank_id: uuid.UUID
    bank_name: str
    contract_number: str
    principal: Money
    annual_rate_pct: Percent
    contract_date: date
    term_months: int
    first_repayment_date: date
    repayment_method: RepaymentMethod
    lpr_pct: Percent
    outstanding_principal: Money
    days_past_due: int
    arrears_bucket: str | None


class InstalmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    due_date: date
    principal: Money
    interest: Money
    payment: Money
    outstanding_after: Money


class Schedule(BaseModel):
    loan_id: uuid.UUID
    repayment_method: RepaymentMethod
    instalments: list[InstalmentRead]
    total_principal: Money
    total_interest: Money


class RepaymentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bank_transaction_id: TransactionId
    paid_on: date
    principal: Annotated[Money, Field(le=5_000_000)] = Decimal("0.00")
    interest: Annotated[Money, Field(le=1_000_000)] = Decimal("0.00")
    penalty_interest: Annotated[Money, Field(le=1_000_000)] = Decimal("0.00")


class RepaymentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    bank_transaction_id: str
    paid_on: date
    principal: Money
    interest: Money
    penalty_interest: Money




class LoanDetail(LoanRead):
    repayments: list[RepaymentRead]
    subsidy_received: Money = Field(description="Approved subsidy of paid claims: interest the borrower was spared")


class OverdueRun(BaseModel):
    checked: int
    became_overdue: int
    cured: int
