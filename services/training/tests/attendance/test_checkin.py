"""The rotating check-in code and the check-in window, at fixed times."""

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from training.attendance.checkin import (
    PERIOD_SECONDS,
    code_for,
    date_on,
    next_date,
    verify,
    window_ends_at,
    window_of,
)

SECRET = "test-secret"
SESSION = uuid.UUID("7d1f3a52-2c54-4c8e-9a4f-3f3c1f7e0b11")
T0 = datetime(2021, 3, 15, 1, 0, 0, tzinfo=UTC)  # a window boundary: 1615770000 is a multiple of 30


@dataclass
class Day:
    starts_at: datetime
    ends_at: datetime


def test_a_code_is_ten_url_safe_characters_and_depends_on_all_its_inputs() -> None:
    code = code_for(SECRET, SESSION, window_of(T0))
    assert re.fullmatch(r"[A-Z2-7]{10}", code)
    assert code == code_for(SECRET, SESSION, window_of(T0))
    assert code != code_for(SECRET, SESSION, window_of(T0) + 1)
    assert code != code_for(SECRET, uuid.uuid4(), window_of(T0))
    assert code != code_for("another-secret", SESSION, window_of(T0))


def test_windows_are_thirty_seconds() -> None:
    assert T0.timestamp() % PERIOD_SECONDS == 0
    assert window_of(T0) == window_of(T0 + timedelta(seconds=29.9))
    assert window_of(T0 + timedelta(seconds=30)) == window_of(T0) + 1
    assert window_ends_at(window_of(T0 + timedelta(seconds=12))) == T0 + timedelta(seconds=30)


def test_the_current_code_verifies() -> None:
    code = code_for(SECRET, SESSION, window_of(T0))
    assert verify(SECRET, SESSION, code, T0)
    assert verify(SECRET, SESSION, code, T0 + timedelta(seconds=29))
    assert verify(SECRET, SESSION, f" {code.lower()} ", T0)


def test_the_previous_code_verifies_for_one_more_window() -> None:
    code = code_for(SECRET, SESSION, window_of(T0))
    assert verify(SECRET, SESSION, code, T0 + timedelta(seconds=30))
    assert verify(SECRET, SESSION, code, T0 + timedelta(seconds=59))
    assert not verify(SECRET, SESSION, code, T0 + timedelta(seconds=60))


def test_a_code_of_the_future_or_of_another_session_does_not_verify() -> None:
    assert not verify(SECRET, SESSION, code_for(SECRET, SESSION, window_of(T0) + 1), T0)
    assert not verify(SECRET, SESSION, code_for(SECRET, uuid.uuid4(), window_of(T0)), T0)
    assert not verify(SECRET, SESSION, code_for("another-secret", SESSION, window_of(T0)), T0)
    assert not verify(SECRET, SESSION, "", T0)
    assert not verify(SECRET, SESSION, "AAAAAAAAAA", T0)


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
