"""Repayment schedules. The hand-worked examples lend 30,000.00 at 3.60 % from 2020-05-10 for 3 months, first
repayment 2020-06-10: at 3.60 / 360 = 0.01 % a day, a day's interest is outstanding / 10,000."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loans.repayments.schedule import (
    Instalment,
    RepaymentMethod,
    build_schedule,
    due_dates,
    level_payment,
    maturity_date,
)

EXAMPLE: dict[str, Any] = {"principal": Decimal("30000.00"), "annual_rate_pct": Decimal("3.60"),
                           "contract_date": date(2020, 5, 10), "term_months": 3,
                           "first_repayment_date": date(2020, 6, 10)}


def schedule(method: RepaymentMethod, **changes: Any) -> list[Instalment]:
    return build_schedule(**{**EXAMPLE, **changes}, method=method)


def rows(instalments: list[Instalment]) -> list[tuple[str, str, str, str, str]]:
    return [(f"{i.due_date}", f"{i.principal}", f"{i.interest}", f"{i.payment}", f"{i.outstanding_after}")
            for i in instalments]


def test_equal_instalments_pay_a_level_amount_and_the_last_takes_the_rest() -> None:
    # Monthly rate 3.60 / 12 = 0.3 %; 1.003^3 = 1.009027027
    # payment = 30,000 x 0.003 x 1.009027027 / 0.009027027 = 10,060.0599... -> 10,060.06
    # 10 Jun: 31 days on 30,000.00 = 93.00; principal 10,060.06 - 93.00 = 9,967.06; left 20,032.94
    # 10 Jul: 30 days on 20,032.94 = 60.0988 -> 60.10; principal 9,999.96; left 10,032.98
    # 10 Aug: 31 days on 10,032.98 = 31.1022 -> 31.10; the rest, 10,032.98; payment 10,064.08
    assert level_payment(Decimal("30000.00"), Decimal("3.60"), 3) == Decimal("10060.06")
    assert rows(schedule(RepaymentMethod.equal_instalments)) == [
        ("2020-06-10", "9967.06", "93.00", "10060.06", "20032.94"),
        ("2020-07-10", "9999.96", "60.10", "10060.06", "10032.98"),
        ("2020-08-10", "10032.98", "31.10", "10064.08", "0.00"),
    ]


def test_equal_principal_repays_a_third_each_time() -> None:
    # 10,000.00 a time; interest 30,000 x 31 days = 93.00, 20,000 x 30 = 60.00, 10,000 x 31 = 31.00
    assert rows(schedule(RepaymentMethod.equal_principal)) == [
        ("2020-06-10", "10000.00", "93.00", "10093.00", "20000.00"),
        ("2020-07-10", "10000.00", "60.00", "10060.00", "10000.00"),
        ("2020-08-10", "10000.00", "31.00", "10031.00", "0.00"),
    ]


def test_equal_principal_leaves_the_rounding_to_the_last_instalment() -> None:
    # 10,000.00 / 3 = 3,333.33 twice, then 3,333.34.
    # interest 10,000 x 31 = 31.00; 6,666.67 x 30 = 20.0001 -> 20.00; 3,333.34 x 31 = 10.3334 -> 10.33
    assert rows(schedule(RepaymentMethod.equal_principal, principal=Decimal("10000.00"))) == [
        ("2020-06-10", "3333.33", "31.00", "3364.33", "6666.67"),
        ("2020-07-10", "3333.33", "20.00", "3353.33", "3333.34"),
        ("2020-08-10", "3333.34", "10.33", "3343.67", "0.00"),
    ]


def test_interest_monthly_repays_the_principal_at_maturity() -> None:
    # interest on 30,000 throughout: 31, 30, 31 days = 93.00, 90.00, 93.00
    assert rows(schedule(RepaymentMethod.interest_monthly_principal_at_maturity)) == [
        ("2020-06-10", "0.00", "93.00", "93.00", "30000.00"),
        ("2020-07-10", "0.00", "90.00", "90.00", "30000.00"),
        ("2020-08-10", "30000.00", "93.00", "30093.00", "0.00"),
    ]


@pytest.mark.parametrize("method", list(RepaymentMethod))
def test_the_first_interest_counts_the_actual_days_since_the_contract(method: RepaymentMethod) -> None:
    # 10 May - 10 Jun 2020 = 31 days: 30,000 x 3.60 % x 31 / 360 = 93.00 (30 days would be 90.00)
    assert schedule(method)[0].interest == Decimal("93.00")
    # A first repayment 10 days after the contract: 30,000 x 10 / 10,000 = 30.00
    assert schedule(method, first_repayment_date=date(2020, 5, 20))[0].interest == Decimal("30.00")


@pytest.mark.parametrize("method", list(RepaymentMethod))
def test_the_principal_sums_to_the_loan_and_nothing_is_left(method: RepaymentMethod) -> None:
    instalments = schedule(method, principal=Decimal("123456.78"), annual_rate_pct=Decimal("4.35"), term_months=36)
    assert sum(i.principal for i in instalments) == Decimal("123456.78")
    assert instalments[-1].outstanding_after == Decimal("0.00")
    assert [i.number for i in instalments] == list(range(1, 37))
    assert all(i.payment == i.principal + i.interest for i in instalments)


def test_month_end_contracts_fall_due_on_each_month_end() -> None:
    # Contract 31 Jan 2020, first repayment 29 Feb (no 31st): then 31 Mar, and 30 Apr, the maturity date.
    # interest 30,000 x 29 days = 87.00; 20,000 x 31 = 62.00; 10,000 x 30 = 30.00
    instalments = schedule(RepaymentMethod.equal_principal, contract_date=date(2020, 1, 31),
                           first_repayment_date=date(2020, 2, 29))
    assert rows(instalments) == [
        ("2020-02-29", "10000.00", "87.00", "10087.00", "20000.00"),
        ("2020-03-31", "10000.00", "62.00", "10062.00", "10000.00"),
        ("2020-04-30", "10000.00", "30.00", "10030.00", "0.00"),
    ]


def test_a_repayment_day_of_the_31st_comes_back_after_short_months() -> None:
    assert due_dates(contract_date=date(2020, 1, 15), term_months=3, first_repayment_date=date(2020, 1, 31)) == [
        date(2020, 1, 31), date(2020, 2, 29), date(2020, 3, 31), date(2020, 4, 15)]


def test_a_repayment_day_other_than_the_contract_day_ends_with_the_maturity_date() -> None:
    assert due_dates(contract_date=date(2020, 5, 10), term_months=3, first_repayment_date=date(2020, 5, 20)) == [
        date(2020, 5, 20), date(2020, 6, 20), date(2020, 7, 20), date(2020, 8, 10)]


def test_a_one_month_loan_is_repaid_at_once() -> None:
    # 31 days on 30,000.00 = 93.00
    [instalment] = schedule(RepaymentMethod.equal_instalments, term_months=1)
    assert (instalment.principal, instalment.interest) == (Decimal("30000.00"), Decimal("93.00"))


def test_an_interest_free_loan_repays_principal_only() -> None:
    instalments = schedule(RepaymentMethod.equal_instalments, annual_rate_pct=Decimal("0.00"))
    assert [i.payment for i in instalments] == [Decimal("10000.00")] * 3


@pytest.mark.parametrize(("changes", "message"), [
    ({"term_months": 0}, "at least one month"),
    ({"annual_rate_pct": Decimal("-0.01")}, "must not be negative"),
    ({"first_repayment_date": date(2020, 5, 9)}, "after the contract date"),
    ({"first_repayment_date": date(2020, 5, 10)}, "after the contract date"),
    ({"first_repayment_date": date(2020, 8, 11)}, "after the maturity date"),
    ({"principal": Decimal("0.00")}, "must be positive"),
])
def test_invalid_terms_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        schedule(RepaymentMethod.equal_instalments, **changes)


def test_a_loan_too_small_to_split_is_refused_rather_than_repaid_negatively() -> None:
    # 0.20 / 12 = 0.0166 -> 0.02 a month: 11 months would repay 0.22 of 0.20.
    with pytest.raises(ValueError, match="too small"):
        schedule(RepaymentMethod.equal_principal, principal=Decimal("0.20"), term_months=12)


@given(
    principal=st.integers(1_000_000, 10_000_000_000).map(lambda n: Decimal(n).scaleb(-2)),  # 10,000 and up
    rate=st.integers(0, 1500).map(lambda n: Decimal(n).scaleb(-2)),  # the programme lends well under 15 %
    contract_date=st.dates(date(2019, 1, 1), date(2035, 12, 31)),
    term_months=st.integers(1, 60),
    first_after_days=st.integers(1, 31),
    method=st.sampled_from(RepaymentMethod),
)
def test_any_schedule_repays_exactly_the_loan(principal: Decimal, rate: Decimal, contract_date: date,
                                              term_months: int, first_after_days: int,
                                              method: RepaymentMethod) -> None:
    first = min(contract_date + timedelta(days=first_after_days), maturity_date(contract_date, term_months))
    instalments = build_schedule(principal=principal, annual_rate_pct=rate, contract_date=contract_date,
                                 term_months=term_months, first_repayment_date=first, method=method)
    assert sum(i.principal for i in instalments) == principal
    assert instalments[-1].outstanding_after == 0
    assert all(i.principal >= 0 and i.interest >= 0 for i in instalments)
    assert [i.due_date for i in instalments] == sorted({i.due_date for i in instalments})
