"""One claim line's figures from the loan's own records. Pure: the service gathers the records in bulk."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from chassis.money import round_fen
from loans.subsidy.calculator import PrincipalRepayment, SubsidyInput, quote_subsidy


@dataclass(frozen=True, slots=True)
class LoanTerms:
    principal: Decimal
    annual_rate_pct: Decimal
    contract_date: date
    term_months: int
    lpr_pct: Decimal
    subsidy_stopped_on: date | None


@dataclass(frozen=True, slots=True)
class PolicyTerms:
    principal_cap: Decimal
    spread_bp: int
    subsidised_term_months: int


@dataclass(frozen=True, slots=True)
class LineFigures:
    days: int
    eligible_principal: Decimal
    cap_amount: Decimal
    subsidy: Decimal
    contract_interest: Decimal
    flagged_excess: bool


def line_figures(*, loan: LoanTerms, policy: PolicyTerms, repayments: tuple[PrincipalRepayment, ...],
                 period_start: date, period_end: date, interest_paid: Decimal) -> LineFigures:
    """The subsidy (capped by the policy) and what the contract rate allows for the same days: interest
    reported above the latter is flagged for the reviewer."""
    subsidy = quote_subsidy(SubsidyInput(
        principal=loan.principal, contract_date=loan.contract_date, lpr_pct=loan.lpr_pct,
        spread_bp=policy.spread_bp, principal_cap=policy.principal_cap,
        subsidised_term_months=min(policy.subsidised_term_months, loan.term_months),
        period_start=period_start, period_end=period_end, interest_paid=interest_paid,
        principal_repayments=repayments, stopped_on=loan.subsidy_stopped_on,
    ))
    contract = quote_subsidy(SubsidyInput(
        principal=loan.principal, contract_date=loan.contract_date, lpr_pct=loan.annual_rate_pct, spread_bp=0,
        principal_cap=loan.principal, subsidised_term_months=loan.term_months, period_start=period_start,
        period_end=period_end, interest_paid=interest_paid, principal_repayments=repayments,
    ))
    contract_interest = round_fen(contract.cap_amount)
    return LineFigures(days=subsidy.days, eligible_principal=subsidy.eligible_principal,
                       cap_amount=subsidy.cap_amount, subsidy=subsidy.subsidy, contract_interest=contract_interest,
                       flagged_excess=interest_paid > contract_interest)
