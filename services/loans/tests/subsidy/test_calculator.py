"""Hand-worked subsidy quotes. Unless a test says otherwise: LPR 3.85 + 120 bp = 5.05 %, cap 500,000.00,
a 36-month subsidised term, and the cap for P principal-days is P x 5.05 / 36000 (rate in percent, / 360)."""

import time
from dataclasses import replace
from datetime import date
from decimal import Decimal, localcontext

import pytest

from loans.subsidy.calculator import (
    PrincipalRepayment,
    SubsidisedSegment,
    SubsidyInput,
    SubsidyQuote,
    quote_subsidy,
    subsidised_term_end,
)

# The worked example of the domain notes: 600,000.00 contracted 2020-05-10, 100,000.00 repaid on 2020-08-01.
EXAMPLE = SubsidyInput(
    principal=Decimal("600000.00"), contract_date=date(2020, 5, 10), lpr_pct=Decimal("3.85"), spread_bp=120,
    principal_cap=Decimal("500000.00"), subsidised_term_months=36,
    period_start=date(2020, 7, 1), period_end=date(2020, 9, 30), interest_paid=Decimal("8000.00"),
    principal_repayments=(PrincipalRepayment(on=date(2020, 8, 1), amount=Decimal("100000.00")),),
)


def claim(**changes: object) -> SubsidyInput:
    """The example without its repayment, changed as a test needs."""
    return replace(EXAMPLE, **{"principal_repayments": (), **changes})  # type: ignore[arg-type]


def test_the_worked_example_of_the_domain_notes() -> None:
    # 1 Jul - 31 Jul at min(600,000, 500,000) and 1 Aug - 30 Sep at 500,000: 92 days at 500,000.
    # cap = 500,000 x 5.05 x 92 / 36,000 = 232,300,000 / 36,000 = 6452.777... (exactly 58,075 / 9)
    # subsidy = min(8000.00, 6452.777...) = 6452.777... -> 6452.78
    assert quote_subsidy(EXAMPLE) == SubsidyQuote(
        lpr_pct=Decimal("3.85"), cap_rate_pct=Decimal("5.05"), eligible_principal=Decimal("500000.00"), days=92,
        cap_amount=Decimal("6452.78"), subsidy=Decimal("6452.78"), subsidised_term_months=36, capped=True,
        segments=(SubsidisedSegment(date(2020, 7, 1), date(2020, 7, 31), Decimal("500000.00"), 31),
                  SubsidisedSegment(date(2020, 8, 1), date(2020, 9, 30), Decimal("500000.00"), 61)))


def test_the_segments_show_how_the_cap_is_made_up() -> None:
    # 550,000 until 31 Jul (at the cap, 500,000), 400,000 from 1 Aug; the subsidised term ends 10 Sep 2020
    # for a 4-month loan, so the second segment stops on 9 Sep; 3000.00 paid is under the cap.
    quote = quote_subsidy(claim(principal=Decimal("550000.00"), subsidised_term_months=4,
                                interest_paid=Decimal("3000.00"),
                                principal_repayments=(PrincipalRepayment(date(2020, 8, 1), Decimal("150000.00")),)))
    assert quote.segments == (
        SubsidisedSegment(date(2020, 7, 1), date(2020, 7, 31), Decimal("500000.00"), 31),
        SubsidisedSegment(date(2020, 8, 1), date(2020, 9, 9), Decimal("400000.00"), 40))
    assert (quote.days, quote.subsidised_term_months, quote.capped) == (71, 4, False)


def test_no_subsidised_day_has_no_segment() -> None:
    quote = quote_subsidy(claim(contract_date=date(2020, 10, 1)))
    assert (quote.segments, quote.days, quote.cap_amount, quote.capped) == ((), 0, Decimal("0.00"), True)


def test_the_example_cap_is_exact_before_rounding() -> None:
    with localcontext(prec=60):
        exact = Decimal(58075) / 9
    assert str(exact).startswith("6452.7777777777")
    assert quote_subsidy(EXAMPLE).cap_amount == Decimal("6452.78")


def test_a_repayment_in_the_period_takes_the_principal_under_the_cap() -> None:
    # 550,000 until 31 Jul: 31 days at the cap, 500,000. 150,000 repaid 1 Aug: 61 days at 400,000.
    # principal-days = 500,000 x 31 + 400,000 x 61 = 15,500,000 + 24,400,000 = 39,900,000
    # cap = 39,900,000 x 5.05 / 36,000 = 201,495,000 / 36,000 = 5597.0833... -> 5597.08
    quote = quote_subsidy(claim(principal=Decimal("550000.00"), principal_repayments=(
        PrincipalRepayment(on=date(2020, 8, 1), amount=Decimal("150000.00")),)))
    assert (quote.days, quote.eligible_principal) == (92, Decimal("500000.00"))
    assert quote.cap_amount == quote.subsidy == Decimal("5597.08")


def test_a_repayment_counts_from_its_own_date() -> None:
    # 200,000 repaid on the period's first day: all 92 days at 400,000.
    # cap = 400,000 x 5.05 x 92 / 36,000 = 185,840,000 / 36,000 = 5162.222... -> 5162.22
    quote = quote_subsidy(claim(principal_repayments=(
        PrincipalRepayment(on=date(2020, 7, 1), amount=Decimal("200000.00")),)))
    assert quote.eligible_principal == Decimal("400000.00")
    assert quote.cap_amount == Decimal("5162.22")


def test_repayments_before_the_period_lower_its_principal() -> None:
    # 600,000 - 150,000 (June) - 50,000 (July 1st) = 400,000 for the whole quarter: as above, 5162.22
    quote = quote_subsidy(claim(principal_repayments=(
        PrincipalRepayment(on=date(2020, 7, 1), amount=Decimal("50000.00")),
        PrincipalRepayment(on=date(2020, 6, 15), amount=Decimal("150000.00")))))
    assert (quote.eligible_principal, quote.cap_amount) == (Decimal("400000.00"), Decimal("5162.22"))


def test_principal_above_the_cap_is_subsidised_up_to_the_cap() -> None:
    # 800,000 over Q1 2021 (31 + 28 + 31 = 90 days), at the cap: 500,000 x 5.05 x 90 / 36,000 = 6312.50
    # paid at 6 %: 800,000 x 6 x 90 / 36,000 = 12,000.00, so the cap binds.
    quote = quote_subsidy(claim(principal=Decimal("800000.00"), period_start=date(2021, 1, 1),
                                period_end=date(2021, 3, 31), interest_paid=Decimal("12000.00")))
    assert (quote.days, quote.eligible_principal) == (90, Decimal("500000.00"))
    assert quote.cap_amount == quote.subsidy == Decimal("6312.50")


def test_a_contract_rate_under_the_cap_rate_is_subsidised_as_paid() -> None:
    # 300,000 at 4.35 % over Q1 2021: paid 300,000 x 4.35 x 90 / 36,000 = 3262.50
    # cap = 300,000 x 5.05 x 90 / 36,000 = 3787.50; the borrower gets back everything paid.
    quote = quote_subsidy(claim(principal=Decimal("300000.00"), period_start=date(2021, 1, 1),
                                period_end=date(2021, 3, 31), interest_paid=Decimal("3262.50")))
    assert quote.cap_amount == Decimal("3787.50")
    assert quote.subsidy == Decimal("3262.50")


def test_only_days_inside_the_term_count_when_the_period_runs_past_it() -> None:
    # The term ends 2023-05-10 (not counted): 1 Apr - 9 May 2023 = 30 + 9 = 39 days of the quarter.
    # cap = 200,000 x 5.05 x 39 / 36,000 = 39,390,000 / 36,000 = 1094.1666... -> 1094.17
    quote = quote_subsidy(claim(principal=Decimal("200000.00"), period_start=date(2023, 4, 1),
                                period_end=date(2023, 6, 30), interest_paid=Decimal("2000.00")))
    assert quote.days == 39
    assert quote.cap_amount == quote.subsidy == Decimal("1094.17")


def test_a_shorter_loan_term_ends_the_subsidy_sooner() -> None:
    # A 24-month loan: its term ends 2022-05-10, so 39 days of Q2 2022, the same figures as above.
    quote = quote_subsidy(claim(principal=Decimal("200000.00"), subsidised_term_months=24,
                                period_start=date(2022, 4, 1), period_end=date(2022, 6, 30),
                                interest_paid=Decimal("2000.00")))
    assert (quote.days, quote.subsidy) == (39, Decimal("1094.17"))


def test_a_period_after_the_term_has_no_subsidy() -> None:
    quote = quote_subsidy(claim(period_start=date(2023, 7, 1), period_end=date(2023, 9, 30)))
    assert (quote.days, quote.eligible_principal, quote.cap_amount, quote.subsidy) == (
        0, Decimal("0.00"), Decimal("0.00"), Decimal("0.00"))


def test_days_before_the_contract_date_do_not_count() -> None:
    # Q2 2020, contract 10 May (counted): 22 days of May + 30 of June = 52 days.
    # cap = 100,000 x 5.05 x 52 / 36,000 = 26,260,000 / 36,000 = 729.444... -> 729.44
    # paid at 4.35 %: 100,000 x 4.35 x 52 / 36,000 = 628.33, under the cap.
    quote = quote_subsidy(claim(principal=Decimal("100000.00"), period_start=date(2020, 4, 1),
                                period_end=date(2020, 6, 30), interest_paid=Decimal("628.33")))
    assert (quote.days, quote.eligible_principal) == (52, Decimal("100000.00"))
    assert (quote.cap_amount, quote.subsidy) == (Decimal("729.44"), Decimal("628.33"))


def test_the_29th_of_february_is_a_subsidised_day() -> None:
    # LPR 4.15 (from 2019-11-20) + 1.20 = 5.35 %. February 2020 has 29 days.
    # cap = 360,000 x 5.35 x 29 / 36,000 = 10 x 5.35 x 29 = 1551.50
    quote = quote_subsidy(claim(principal=Decimal("360000.00"), contract_date=date(2020, 1, 10),
                                lpr_pct=Decimal("4.15"), period_start=date(2020, 2, 1),
                                period_end=date(2020, 2, 29), interest_paid=Decimal("2000.00")))
    assert (quote.cap_rate_pct, quote.days) == (Decimal("5.35"), 29)
    assert quote.subsidy == Decimal("1551.50")


@pytest.mark.parametrize(("contract_date", "months", "end"), [
    (date(2020, 1, 31), 1, date(2020, 2, 29)),
    (date(2019, 1, 31), 1, date(2019, 2, 28)),
    (date(2020, 2, 29), 12, date(2021, 2, 28)),
    (date(2020, 1, 31), 13, date(2021, 2, 28)),
    (date(2020, 5, 10), 36, date(2023, 5, 10)),
    (date(2020, 8, 31), 6, date(2021, 2, 28)),
    (date(2020, 5, 10), 0, date(2020, 5, 10)),
])
def test_the_subsidised_term_ends_on_the_same_day_months_later_or_the_month_end(
        contract_date: date, months: int, end: date) -> None:
    assert subsidised_term_end(contract_date, months) == end


def test_a_one_month_term_from_the_31st_of_january_ends_with_the_28th_of_february() -> None:
    # The term is 31 Jan (counted) - 29 Feb (not counted); the period starts 1 Feb: 28 days.
    # cap = 360,000 x 5.35 x 28 / 36,000 = 10 x 5.35 x 28 = 1498.00
    quote = quote_subsidy(claim(principal=Decimal("360000.00"), contract_date=date(2020, 1, 31),
                                lpr_pct=Decimal("4.15"), subsidised_term_months=1, period_start=date(2020, 2, 1),
                                period_end=date(2020, 3, 31), interest_paid=Decimal("2000.00")))
    assert (quote.days, quote.subsidy) == (28, Decimal("1498.00"))


def test_a_stopped_loan_earns_nothing_from_the_stop_date() -> None:
    # Written off on 1 Sep (not counted): 1 Jul - 31 Aug = 62 days at 500,000.
    # cap = 500,000 x 5.05 x 62 / 36,000 = 156,550,000 / 36,000 = 4348.611... -> 4348.61
    quote = quote_subsidy(replace(EXAMPLE, stopped_on=date(2020, 9, 1)))
    assert (quote.days, quote.cap_amount, quote.subsidy) == (62, Decimal("4348.61"), Decimal("4348.61"))


def test_a_loan_stopped_before_the_period_earns_nothing_in_it() -> None:
    quote = quote_subsidy(replace(EXAMPLE, stopped_on=date(2020, 6, 1)))
    assert (quote.days, quote.eligible_principal, quote.subsidy) == (0, Decimal("0.00"), Decimal("0.00"))


def test_no_interest_paid_means_no_subsidy() -> None:
    quote = quote_subsidy(replace(EXAMPLE, interest_paid=Decimal("0.00")))
    assert (quote.cap_amount, quote.subsidy) == (Decimal("6452.78"), Decimal("0.00"))


def test_the_cap_is_rounded_once_not_per_month() -> None:
    # 100,000 in July, 60,000 in August (40,000 repaid 1 Aug), 20,000 in September (40,000 repaid 1 Sep):
    # July       100,000 x 5.05 x 31 / 36,000 = 15,655,000 / 36,000 = 434.8611... (434.86 alone)
    # August      60,000 x 5.05 x 31 / 36,000 =  9,393,000 / 36,000 = 260.9166... (260.92 alone)
    # September   20,000 x 5.05 x 30 / 36,000 =  3,030,000 / 36,000 =  84.1666... ( 84.17 alone)
    # once: 28,078,000 / 36,000 = 779.9444... -> 779.94, where rounding each month would give 779.95
    quote = quote_subsidy(claim(principal=Decimal("100000.00"), principal_repayments=(
        PrincipalRepayment(on=date(2020, 8, 1), amount=Decimal("40000.00")),
        PrincipalRepayment(on=date(2020, 9, 1), amount=Decimal("40000.00")))))
    assert quote.cap_amount == quote.subsidy == Decimal("779.94")


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        quote_subsidy(claim(period_start=date(2020, 9, 30), period_end=date(2020, 7, 1)))


@pytest.mark.parametrize("field", ["principal", "principal_cap", "interest_paid"])
def test_negative_amounts_are_refused(field: str) -> None:
    with pytest.raises(ValueError, match="non-negative"):
        quote_subsidy(claim(**{field: Decimal("-0.01")}))


def test_a_negative_repayment_is_refused() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        quote_subsidy(claim(principal_repayments=(PrincipalRepayment(date(2020, 8, 1), Decimal("-1.00")),)))


def test_amounts_finer_than_a_fen_are_refused() -> None:
    with pytest.raises(ValueError, match="whole fen"):
        quote_subsidy(claim(interest_paid=Decimal("10.005")))


def test_repayments_exceeding_the_principal_are_refused() -> None:
    repayments = (PrincipalRepayment(date(2020, 8, 1), Decimal("400000.00")),
                  PrincipalRepayment(date(2020, 9, 1), Decimal("200000.01")))
    with pytest.raises(ValueError, match="exceed the principal"):
        quote_subsidy(claim(principal_repayments=repayments))


def test_a_repayment_before_the_contract_is_refused() -> None:
    with pytest.raises(ValueError, match="before the contract date"):
        quote_subsidy(claim(principal_repayments=(PrincipalRepayment(date(2020, 5, 9), Decimal("1.00")),)))


def test_a_negative_rate_or_term_is_refused() -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        quote_subsidy(claim(lpr_pct=Decimal("-0.01")))
    with pytest.raises(ValueError, match="must not be negative"):
        quote_subsidy(claim(spread_bp=-400))
    with pytest.raises(ValueError, match="must not be negative"):
        quote_subsidy(claim(subsidised_term_months=-1))


def test_a_claim_of_ten_thousand_loans_takes_well_under_a_second() -> None:
    repayments = tuple(PrincipalRepayment(date(2020, month, 10), Decimal("20000.00")) for month in range(6, 12))
    loan = replace(EXAMPLE, principal_repayments=repayments)
    started = time.perf_counter()
    for _ in range(10_000):
        quote_subsidy(loan)
    assert time.perf_counter() - started < 1.0
