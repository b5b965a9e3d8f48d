"""The rotating check-in code, at fixed times."""

import re
import uuid
from datetime import UTC, datetime, timedelta

from chassis.checkin import PERIOD_SECONDS, code_for, verify, window_ends_at, window_of

SECRET = "test-secret"
SUBJECT = uuid.UUID("7d1f3a52-2c54-4c8e-9a4f-3f3c1f7e0b11")
T0 = datetime(2021, 3, 15, 1, 0, 0, tzinfo=UTC)  # a window boundary: 1615770000 is a multiple of 30


def test_a_code_is_ten_url_safe_characters_and_depends_on_all_its_inputs() -> None:
    code = code_for(SECRET, SUBJECT, window_of(T0))
    assert re.fullmatch(r"[A-Z2-7]{10}", code)
    assert code == code_for(SECRET, SUBJECT, window_of(T0))
    assert code != code_for(SECRET, SUBJECT, window_of(T0) + 1)
    assert code != code_for(SECRET, uuid.uuid4(), window_of(T0))
    assert code != code_for("another-secret", SUBJECT, window_of(T0))


def test_windows_are_thirty_seconds() -> None:
    assert T0.timestamp() % PERIOD_SECONDS == 0
    assert window_of(T0) == window_of(T0 + timedelta(seconds=29.9))
    assert window_of(T0 + timedelta(seconds=30)) == window_of(T0) + 1
    assert window_ends_at(window_of(T0 + timedelta(seconds=12))) == T0 + timedelta(seconds=30)


def test_the_current_code_verifies() -> None:
    code = code_for(SECRET, SUBJECT, window_of(T0))
    assert verify(SECRET, SUBJECT, code, T0)
    assert verify(SECRET, SUBJECT, code, T0 + timedelta(seconds=29))
    assert verify(SECRET, SUBJECT, f" {code.lower()} ", T0)


def test_the_previous_code_verifies_for_one_more_window() -> None:
    code = code_for(SECRET, SUBJECT, window_of(T0))
    assert verify(SECRET, SUBJECT, code, T0 + timedelta(seconds=30))
    assert verify(SECRET, SUBJECT, code, T0 + timedelta(seconds=59))
    assert not verify(SECRET, SUBJECT, code, T0 + timedelta(seconds=60))


def test_a_code_of_the_future_or_of_another_subject_does_not_verify() -> None:
    assert not verify(SECRET, SUBJECT, code_for(SECRET, SUBJECT, window_of(T0) + 1), T0)
    assert not verify(SECRET, SUBJECT, code_for(SECRET, uuid.uuid4(), window_of(T0)), T0)
    assert not verify(SECRET, SUBJECT, code_for("another-secret", SUBJECT, window_of(T0)), T0)
    assert not verify(SECRET, SUBJECT, "", T0)
    assert not verify(SECRET, SUBJECT, "AAAAAAAAAA", T0)
