"""How far behind a loan is: days past due from its schedule and what was repaid. Pure."""

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from loans.repayments.schedule import Instalment


def days_past_due(schedule: Sequence[Instalment], paid: Iterable[tuple[date, Decimal]], today: date) -> int:
    """Days since the earliest due date whose cumulative payment (principal and interest) is not covered
    by what was paid up to today; 0 when nothing is late."""
    total_paid = sum((amount for day, amount in paid if day <= today), Decimal("0"))
    due_so_far = Decimal("0")
    for instalment in schedule:
        if instalment.due_date >= today:
            break
        due_so_far += instalment.payment
        if total_paid < due_so_far:
            return (today - instalment.due_date).days
    return 0


def arrears_bucket(days: int) -> str | None:
    if days <= 0:
        return None
    if days <= 30:
        return "1-30"
    if days <= 90:
        return "31-90"
    return "91+"
