"""The interest subsidy (贴息) of one loan over one claim period. Pure: no I/O, no framework.

    cap     = sum over each subsidised day d of the period of
              min(outstanding principal on d, principal cap) x (LPR + spread) / 360
    subsidy = min(interest actually paid for the period, cap), rounded half-up to the fen once, at the end

A subsidised day lies in the claim period (both ends counted), in the subsidised term (the contract date
counted, the same day N months later not), and before the day subsidy stopped (a write-off or misuse; that
day not counted). A principal repayment dated d lowers the outstanding principal from d on. The caller
passes only normal interest: overdue and penalty interest are never subsidised.

The outstanding principal only changes on repayment dates, so the sum walks the segments between them
rather than the days: a quarterly claim of ten thousand loans is ten thousand calls.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, localcontext

from chassis.money import CENT, round_fen
from loans.repayments.schedule import DAY_COUNT_BASIS, add_months

ONE_DAY = timedelta(days=1)
ZERO = Decimal("0.00")
# Enough digits that every sum and product below is exact for any real loan, and the one division, at the
# end, is off by far less than a fen; the comparison with the interest paid is exact.
EXACT_DIGITS = 60


@dataclass(frozen=True, slots=True)
class PrincipalRepayment:
    on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class SubsidyInput:
    principal: Decimal
    contract_date: date
    lpr_pct: Decimal
    spread_bp: int
    principal_cap: Decimal
    subsidised_term_months: int  # the policy's subsidised term, or the loan's term if shorter
    period_start: date
    period_end: date
    interest_paid: Decimal  # normal interest actually paid for the period
    principal_repayments: tuple[PrincipalRepayment, ...] = ()
    stopped_on: date | None = None  # written off or found misused: no subsidy from this day on


@dataclass(frozen=True, slots=True)
class SubsidisedSegment:
    """Consecutive subsidised days with the same principal subsidised: `first_date` and `last_date` counted."""

    first_date: date
    last_date: date
    principal: Decimal
    days: int


@dataclass(frozen=True, slots=True)
class SubsidyQuote:
    lpr_pct: Decimal
    cap_rate_pct: Decimal
    eligible_principal: Decimal  # min(outstanding, cap) on the period's first subsidised day; 0 if none
    days: int  # subsidised days in the period
    cap_amount: Decimal
    subsidy: Decimal
    subsidised_term_months: int
    capped: bool  # the interest paid is above the cap, so the cap is paid
    segments: tuple[SubsidisedSegment, ...]  # how the cap is made up, for people to follow


def subsidised_term_end(contract_date: date, months: int) -> date:
    """The first day after the subsidised term: the contract's day `months` later (or that month's last day)."""
    return add_months(contract_date, months)


def cap_rate_pct(lpr_pct: Decimal, spread_bp: int) -> Decimal:
    return lpr_pct + Decimal(spread_bp).scaleb(-2)


def quote_subsidy(claim: SubsidyInput) -> SubsidyQuote:
    _check(claim)
    rate_pct = cap_rate_pct(claim.lpr_pct, claim.spread_bp)
    segments = tuple(_subsidised_segments(claim))
    with localcontext(prec=EXACT_DIGITS):
        principal_days = sum((s.principal * s.days for s in segments), start=ZERO)
        cap = principal_days * rate_pct / (100 * DAY_COUNT_BASIS)
        subsidy = min(claim.interest_paid, cap)
    return SubsidyQuote(
        lpr_pct=claim.lpr_pct,
        cap_rate_pct=rate_pct,
        eligible_principal=segments[0].principal if segments else ZERO,
        days=sum(s.days for s in segments),
        cap_amount=round_fen(cap),
        subsidy=round_fen(subsidy),
        subsidised_term_months=claim.subsidised_term_months,
        capped=claim.interest_paid > cap,
        segments=segments,
    )


def _subsidised_segments(claim: SubsidyInput) -> Iterator[SubsidisedSegment]:
    """The subsidised days of the period, cut where a repayment changes the outstanding principal."""
    first = max(claim.period_start, claim.contract_date)
    end = min(claim.period_end + ONE_DAY, subsidised_term_end(claim.contract_date, claim.subsidised_term_months))
    if claim.stopped_on is not None:
        end = min(end, claim.stopped_on)
    outstanding, start = claim.principal, first
    for repayment in sorted(claim.principal_repayments, key=lambda r: r.on):
        if repayment.on >= end:
            break
        if repayment.on > start:
            yield _segment(start, repayment.on, min(outstanding, claim.principal_cap))
            start = repayment.on
        outstanding -= repayment.amount
    if end > start:
        yield _segment(start, end, min(outstanding, claim.principal_cap))


def _segment(start: date, end: date, principal: Decimal) -> SubsidisedSegment:
    """The days from `start` (counted) to `end` (not counted)."""
    return SubsidisedSegment(first_date=start, last_date=end - ONE_DAY, principal=principal, days=(end - start).days)


def _check(claim: SubsidyInput) -> None:
    if claim.period_end < claim.period_start:
        raise ValueError(f"the period ends ({claim.period_end}) before it starts ({claim.period_start})")
    amounts = [("principal", claim.principal), ("principal cap", claim.principal_cap),
               ("interest paid", claim.interest_paid),
               *((f"repayment on {r.on}", r.amount) for r in claim.principal_repayments)]
    for name, amount in amounts:
        if amount < 0 or amount != amount.quantize(CENT):
            raise ValueError(f"the {name} must be a non-negative amount in whole fen, not {amount}")
    if claim.lpr_pct < 0 or cap_rate_pct(claim.lpr_pct, claim.spread_bp) < 0:
        raise ValueError(f"the LPR {claim.lpr_pct} plus {claim.spread_bp} bp must not be negative")
    if claim.subsidised_term_months < 0:
        raise ValueError(f"the subsidised term must not be negative, not {claim.subsidised_term_months}")
    if any(r.on < claim.contract_date for r in claim.principal_repayments):
        raise ValueError(f"a principal repayment is dated before the contract date {claim.contract_date}")
    if (repaid := sum((r.amount for r in claim.principal_repayments), start=ZERO)) > claim.principal:
        raise ValueError(f"the repayments ({repaid}) exceed the principal ({claim.principal})")
