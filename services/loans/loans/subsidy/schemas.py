import datetime as dt
from dataclasses import asdict
from decimal import Decimal
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from chassis.money import Money, Percent
from loans.policies.models import PolicyVersion
from loans.subsidy.calculator import PrincipalRepayment, SubsidyInput, SubsidyQuote

MAX_AMOUNT = Decimal("100000000.00")
Amount = Annotated[Money, Field(le=MAX_AMOUNT)]
PositiveAmount = Annotated[Money, Field(gt=0, le=MAX_AMOUNT)]
BusinessDate = Annotated[dt.date, Field(le=dt.date(2099, 12, 31))]


class PrincipalRepaymentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: BusinessDate = Field(description="From this day on the outstanding principal is lower")
    amount: PositiveAmount


class SubsidyQuoteRequest(BaseModel):
    """One loan over one claim period, as the bank reports it."""

    model_config = ConfigDict(extra="forbid")

    principal: PositiveAmount
    contract_date: BusinessDate
    period_start: BusinessDate
    period_end: BusinessDate = Field(description="Counted, like the period start")
    interest_paid: Amount = Field(description="Normal interest actually paid for the period; never overdue "
                                              "or penalty interest")
    principal_repayments: list[PrincipalRepaymentIn] = Field(default_factory=list, max_length=1000)
    term_months: int | None = Field(default=None, ge=1, le=600,
                                    description="The loan's term, when shorter than the policy's subsidised term")

    @model_validator(mode="after")
    def _period_in_order(self) -> Self:
        if self.period_end < self.period_start:
            raise ValueError("period_end must not be before period_start")
        return self

    @model_validator(mode="after")
    def _repayments_within_the_loan(self) -> Self:
        if any(r.date < self.contract_date for r in self.principal_repayments):
            raise ValueError("principal repayments must be dated on or after the contract date")
        if sum(r.amount for r in self.principal_repayments) > self.principal:
            raise ValueError("principal repayments must not exceed the principal")
        return self

    def subsidy_input(self, *, policy: PolicyVersion, lpr_pct: Decimal) -> SubsidyInput:
        term = policy.subsidised_term_months
        return SubsidyInput(
            principal=self.principal, contract_date=self.contract_date, lpr_pct=lpr_pct,
            spread_bp=policy.spread_bp, principal_cap=policy.principal_cap,
            subsidised_term_months=term if self.term_months is None else min(term, self.term_months),
            period_start=self.period_start, period_end=self.period_end, interest_paid=self.interest_paid,
            principal_repayments=tuple(PrincipalRepayment(on=r.date, amount=r.amount)
                                       for r in self.principal_repayments),
        )


class SubsidyPolicyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    effective_from: dt.date
    principal_cap: Money
    spread_bp: int
    subsidised_term_months: int


class SubsidisedSegmentRead(BaseModel):
    """Consecutive subsidised days with the same principal subsidised."""

    first_date: dt.date = Field(description="Counted")
    last_date: dt.date = Field(description="Counted")
    principal: Money = Field(description="The outstanding principal, up to the policy's cap")
    days: int


class SubsidyQuoteRead(BaseModel):
    lpr_pct: Percent = Field(description="The LPR in force on the contract date")
    cap_rate_pct: Percent = Field(description="LPR plus the policy's spread")
    eligible_principal: Money = Field(description="Principal subsidised on the period's first subsidised day")
    days: int = Field(description="Subsidised days in the period")
    cap_amount: Money
    subsidy: Money = Field(description="The interest paid, up to the cap amount")
    capped: bool = Field(description="The interest paid is above the cap amount, so the cap is paid")
    subsidised_term_months: int = Field(description="The policy's subsidised term, or the loan's if shorter")
    segments: list[SubsidisedSegmentRead] = Field(
        description="How the cap is made up: the subsidised days of the period, cut where a repayment changes "
                    "the outstanding principal; cap = sum of principal x days x cap rate / 360")
    policy: SubsidyPolicyRead

    @classmethod
    def of(cls, quote: SubsidyQuote, policy: PolicyVersion) -> Self:
        return cls(**asdict(quote), policy=SubsidyPolicyRead.model_validate(policy))
