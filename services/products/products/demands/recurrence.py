"""When a weekly or monthly demand closes, the window of the next one. Pure: no I/O.

The next window is the closed one moved on by whole periods (a week, or a calendar month: the 31st becomes
the last day of a shorter month) until it has not already ended by `today`, so a demand closed late does not
make one for a week long gone.
"""

import calendar
from datetime import date, timedelta
from enum import StrEnum


class Recurrence(StrEnum):
    none = "none"
    weekly = "weekly"
    monthly = "monthly"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shifted(wanted_from: date, wanted_until: date, recurrence: Recurrence, periods: int) -> tuple[date, date]:
    if recurrence is Recurrence.weekly:
        step = timedelta(weeks=periods)
        return wanted_from + step, wanted_until + step
    return add_months(wanted_from, periods), add_months(wanted_until, periods)


def next_window(wanted_from: date, wanted_until: date, recurrence: Recurrence,
                today: date) -> tuple[date, date] | None:
    """The (wanted_from, wanted_until) of the demand that follows a closed one; None if it does not recur."""
    if recurrence is Recurrence.none:
        return None
    periods = 1
    if recurrence is Recurrence.weekly and wanted_until < today:
        periods = max(1, -(-(today - wanted_until).days // 7))
    window = shifted(wanted_from, wanted_until, recurrence, periods)
    while window[1] < today:
        periods += 1
        window = shifted(wanted_from, wanted_until, recurrence, periods)
    return window
