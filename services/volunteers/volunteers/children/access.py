"""When a volunteer may see a camp's children (pure): from a week before the camp starts, to prepare, until
30 days after it ends, to finish its records. Outside that window, and for any other camp, the child does
not exist for them (the API answers 404, never 403, so an id is no oracle)."""

from datetime import date, timedelta

OPENS_BEFORE = timedelta(days=7)
CLOSES_AFTER = timedelta(days=30)


def window(starts_on: date, ends_on: date) -> tuple[date, date]:
    return starts_on - OPENS_BEFORE, ends_on + CLOSES_AFTER


def is_open(starts_on: date, ends_on: date, today: date) -> bool:
    opens, closes = window(starts_on, ends_on)
    return opens <= today <= closes


def camp_bounds(today: date) -> tuple[date, date]:
    """(latest start, earliest end) of the camps whose window covers `today`, for a WHERE clause."""
    return today + OPENS_BEFORE, today - CLOSES_AFTER


def age_on(birth_year: int, birth_month: int | None, today: date) -> int:
    """Whole years on `today` (a child born in a month after today's has not had their birthday yet)."""
    return today.year - birth_year - (1 if birth_month is not None and today.month < birth_month else 0)
