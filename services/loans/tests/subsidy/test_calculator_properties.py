"""Properties of the subsidy rule over generated loans, claim periods, repayments and stops."""

import math
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from loans.subsidy.calculator import PrincipalRepayment, SubsidyInput, quote_subsidy, subsidised_term_end

FIRST_CONTRACT = date(2019, 8, 20)


def fen(low: int, high: int) -> st.SearchStrategy[Decimal]:
    """Amounts in whole fen between `low` and `high` fen."""
    return st.integers(low, high).map(lambda n: Decimal(n).scaleb(-2))


@st.composite
def repayments(draw: st.DrawFn, principal: Decimal, contract_date: date) -> tuple[PrincipalRepayment, ...]:
    left, made = principal, []
    for _ in range(draw(st.integers(0, 6))):
        amount = draw(fen(0, int(left * 100)))
        on = contract_date + timedelta(days=draw(st.integers(0, 1500)))
        made.append(PrincipalRepayment(on=on, amount=amount))
        left -= amount
    return tuple(made)


@st.composite
def claims(draw: st.DrawFn, max_period_days: int = 400) -> SubsidyInput:
    principal = draw(fen(1, 10_000_000_000))
    contract_date = draw(st.dates(FIRST_CONTRACT, date(2030, 12, 31)))
    period_start = contract_date + timedelta(days=draw(st.integers(-120, 1400)))
    stopped = draw(st.none() | st.integers(-30, 1500))
    return SubsidyInput(
        principal=principal,
        contract_date=contract_date,
        lpr_pct=draw(fen(0, 1000)),
        spread_bp=draw(st.integers(0, 300)),
        principal_cap=draw(fen(0, 100_000_000)),
        subsidised_term_months=draw(st.integers(0, 60)),
        period_start=period_start,
        period_end=period_start + timedelta(days=draw(st.integers(0, max_period_days))),
        interest_paid=draw(fen(0, 1_000_000_000)),
        principal_repayments=draw(repayments(principal, contract_date)),
        stopped_on=None if stopped is None else contract_date + timedelta(days=stopped),
    )


def cap_day_by_day(claim: SubsidyInput) -> tuple[int, Decimal]:
    """The rule read literally, in exact fractions: every day of the period, one at a time."""
    term_end = subsidised_term_end(claim.contract_date, claim.subsidised_term_months)
    rate_pct = Fraction(claim.lpr_pct) + Fraction(claim.spread_bp, 100)
    days, cap = 0, Fraction(0)
    day = claim.period_start
    while day <= claim.period_end:
        if claim.contract_date <= day < term_end and (claim.stopped_on is None or day < claim.stopped_on):
            outstanding = claim.principal - sum(r.amount for r in claim.principal_repayments if r.on <= day)
            days += 1
            cap += Fraction(min(outstanding, claim.principal_cap)) * rate_pct / 100 / 360
        day += timedelta(days=1)
    fen = math.floor(cap * 100 + Fraction(1, 2))  # half-up, the cap being non-negative
    return days, Decimal(fen).scaleb(-2)


@given(claims())
def test_the_subsidy_is_never_negative_nor_above_the_interest_paid_or_the_cap(claim: SubsidyInput) -> None:
    quote = quote_subsidy(claim)
    assert Decimal(0) <= quote.subsidy <= claim.interest_paid
    assert quote.subsidy <= quote.cap_amount


@given(claims(), fen(0, 1_000_000_000))
def test_more_interest_paid_never_lowers_the_subsidy(claim: SubsidyInput, more: Decimal) -> None:
    more_paid = replace(claim, interest_paid=claim.interest_paid + more)
    assert quote_subsidy(claim).subsidy <= quote_subsidy(more_paid).subsidy


@given(claims(), st.integers(0, 400), st.integers(0, 400))
def test_a_longer_period_never_lowers_the_cap(claim: SubsidyInput, earlier: int, later: int) -> None:
    longer = replace(claim, period_start=claim.period_start - timedelta(days=earlier),
                     period_end=claim.period_end + timedelta(days=later))
    assert quote_subsidy(claim).cap_amount <= quote_subsidy(longer).cap_amount
    assert quote_subsidy(claim).days <= quote_subsidy(longer).days


@given(claims())
def test_the_days_never_exceed_the_period(claim: SubsidyInput) -> None:
    quote = quote_subsidy(claim)
    assert 0 <= quote.days <= (claim.period_end - claim.period_start).days + 1
    assert quote.eligible_principal <= min(claim.principal, claim.principal_cap)
    if quote.days == 0:
        assert quote.eligible_principal == 0


@settings(max_examples=300)
@given(claims(max_period_days=120))
def test_walking_the_segments_agrees_with_counting_day_by_day(claim: SubsidyInput) -> None:
    quote = quote_subsidy(claim)
    assert (quote.days, quote.cap_amount) == cap_day_by_day(claim)


@settings(max_examples=300)
@given(claims(max_period_days=120))
def test_the_segments_follow_each_other_and_add_up_to_the_days(claim: SubsidyInput) -> None:
    quote = quote_subsidy(claim)
    assert sum(s.days for s in quote.segments) == quote.days
    for segment in quote.segments:
        assert (segment.last_date - segment.first_date).days + 1 == segment.days > 0
    for before, after in zip(quote.segments, quote.segments[1:], strict=False):
        assert (after.first_date - before.last_date).days == 1
