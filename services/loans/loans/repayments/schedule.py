"""A loan's repayment schedule (还款计划): what falls due on each date. Pure: no I/O.

Interest accrues daily at annual rate / 360 on the outstanding principal, for the actual days since the
previous due date (the contract date for the first), rounded half-up to the fen per instalment. The last
instalment, on the maturity date, repays whatever principal remains, so the principal sums to the loan.
"""

from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chassis.money import round_fen

DAY_COUNT_BASIS = 360  # Chinese banks accrue interest at annual rate / 360 a day
ZERO = Decimal("0.00")


class RepaymentMethod(StrEnum):
    equal_instalments = "equal_instalments"  # 等额本息: a level payment
    equal_principal = "equal_principal"  # 等额本金: the same principal each time, interest on the rest
    interest_monthly_principal_at_maturity = "interest_monthly_principal_at_maturity"  # 按月付息到期还本


@dataclass(frozen=True, slots=True)
class Instalment:
    number: int
    due_date: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    outstanding_after: Decimal


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it has none (2020-01-31 + 1 -> 2020-02-29)."""
    return _day_of_month(day.year, day.month + months, day.day)


def maturity_date(contract_date: date, term_months: int) -> date:
    return add_months(contract_date, term_months)


def repayment_day(contract_date: date, first_repayment_date: date) -> int:
    """The day of the month instalments fall due: the first repayment's day, unless that date is the
    contract's day cut short by a short month (contract on the 31st, first repayment on 29 February):
    then the contract's day, so later instalments fall on the 31st again where the month has one."""
    last_day = monthrange(first_repayment_date.year, first_repayment_date.month)[1]
    if first_repayment_date.day == last_day < contract_date.day:
        return contract_date.day
    return first_repayment_date.day


def due_dates(*, contract_date: date, term_months: int, first_repayment_date: date) -> list[date]:
    """The first repayment date, the repayment day of each following month, and last the maturity date."""
    maturity = maturity_date(contract_date, term_months)
    day = repayment_day(contract_date, first_repayment_date)
    dates: list[date] = []
    while (due := _day_of_month(first_repayment_date.year, first_repayment_date.month + len(dates), day)) < maturity:
        dates.append(due)
    return [*dates, maturity]


def accrued_interest(outstanding: Decimal, annual_rate_pct: Decimal, days: int) -> Decimal:
    """Interest on `outstanding` for `days` days, rounded half-up to the fen."""
    return round_fen(outstanding * annual_rate_pct * days / (100 * DAY_COUNT_BASIS))


def level_payment(principal: Decimal, annual_rate_pct: Decimal, instalments: int) -> Decimal:
    """The 等额本息 payment from the annuity formula, at the monthly rate annual / 12."""
    monthly_rate = annual_rate_pct / 1200
    if monthly_rate == 0:
        return round_fen(principal / instalments)
    growth = (1 + monthly_rate) ** instalments
    return round_fen(principal * monthly_rate * growth / (growth - 1))


def build_schedule(*, principal: Decimal, annual_rate_pct: Decimal, contract_date: date, term_months: int,
                   first_repayment_date: date, method: RepaymentMethod) -> list[Instalment]:
    _check_terms(principal, annual_rate_pct, contract_date, term_months, first_repayment_date)
    dates = due_dates(contract_date=contract_date, term_months=term_months,
                      first_repayment_date=first_repayment_date)
    principal_before_maturity = _principal_before_maturity(method, principal, annual_rate_pct, len(dates))
    schedule: list[Instalment] = []
    outstanding, previous = principal, contract_date
    for number, due in enumerate(dates, start=1):
        interest = accrued_interest(outstanding, annual_rate_pct, (due - previous).days)
        repaid = outstanding if number == len(dates) else principal_before_maturity(interest)
        if not ZERO <= repaid <= outstanding:
            raise ValueError(f"instalment {number} would repay {repaid} with {outstanding} outstanding: "
                             f"the loan is too small or the rate too high for {len(dates)} instalments")
        outstanding -= repaid
        schedule.append(Instalment(number=number, due_date=due, principal=repaid, interest=interest,
                                   payment=repaid + interest, outstanding_after=outstanding))
        previous = due
    return schedule


def _principal_before_maturity(method: RepaymentMethod, principal: Decimal, annual_rate_pct: Decimal,
                               instalments: int) -> Callable[[Decimal], Decimal]:
    """The principal an instalment before the last repays, given that instalment's interest."""
    match method:
        case RepaymentMethod.equal_instalments:
            payment = level_payment(principal, annual_rate_pct, instalments)
            return lambda interest: payment - interest
        case RepaymentMethod.equal_principal:
            share = round_fen(principal / instalments)
            return lambda _interest: share
        case RepaymentMethod.interest_monthly_principal_at_maturity:
            return lambda _interest: ZERO


def _check_terms(principal: Decimal, annual_rate_pct: Decimal, contract_date: date, term_months: int,
                 first_repayment_date: date) -> None:
    if principal <= 0:
        raise ValueError(f"the principal must be positive, not {principal}")
    if annual_rate_pct < 0:
        raise ValueError(f"the annual rate must not be negative, not {annual_rate_pct}")
    if term_months < 1:
        raise ValueError(f"the term must be at least one month, not {term_months}")
    if first_repayment_date <= contract_date:
        raise ValueError(f"the first repayment date {first_repayment_date} must be after the contract date "
                         f"{contract_date}")
    if first_repayment_date > (maturity := maturity_date(contract_date, term_months)):
        raise ValueError(f"the first repayment date {first_repayment_date} is after the maturity date {maturity}")


def _day_of_month(year: int, month: int, day: int) -> date:
    """`day` of a month (months past 12 run into later years), or the month's last day if it is shorter."""
    year, month_index = divmod(year * 12 + month - 1, 12)
    return date(year, month_index + 1, min(day, monthrange(year, month_index + 1)[1]))
