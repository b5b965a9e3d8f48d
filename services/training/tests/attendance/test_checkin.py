"""When a session's date is on for check-in, at fixed times (the code itself: chassis/tests/test_checkin.py)."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from training.attendance.checkin import date_on, next_date

T0 = datetime(2021, 3, 15, 1, 0, 0, tzinfo=UTC)


@dataclass
class Day:
    starts_at: datetime
    ends_at: datetime


def test_a_date_is_on_from_half_an_hour_before_its_start_until_its_end() -> None:
    day = Day(T0, T0 + timedelta(hours=8))
    assert date_on([day], T0 - timedelta(minutes=30)) is day
    assert date_on([day], T0 - timedelta(minutes=30, seconds=1)) is None
    assert date_on([day], T0 + timedelta(hours=7, minutes=59)) is day
    assert date_on([day], T0 + timedelta(hours=8)) is None


def test_the_date_on_among_several_and_the_next_one() -> None:
    first = Day(T0, T0 + timedelta(hours=3))
    second = Day(T0 + timedelta(days=1), T0 + timedelta(days=1, hours=3))
    dates = [first, second]
    assert date_on(dates, T0 + timedelta(hours=1)) is first
    assert date_on(dates, T0 + timedelta(hours=5)) is None
    assert next_date(dates, T0 - timedelta(hours=1)) is first
    assert next_date(dates, T0 + timedelta(hours=1)) is second
    assert next_date(dates, T0 + timedelta(days=1, minutes=-20)) is None
    assert date_on(dates, T0 + timedelta(days=1, minutes=-20)) is second
    assert next_date(dates, T0 + timedelta(days=2)) is None
