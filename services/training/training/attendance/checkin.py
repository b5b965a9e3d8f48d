"""When a date of a session is on, for its rotating check-in code (pure). The code itself, an HMAC of the session
and the 30-second window, is `chassis.checkin`'s (volunteers' teams use it too).
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

# The screen may show the code from half an hour before a date starts: trainees arrive early.
OPENS_BEFORE = timedelta(minutes=30)


class Dated(Protocol):
    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime: ...


D = TypeVar("D", bound=Dated)


def date_on(dates: Sequence[D], now: datetime) -> D | None:
    """The date checked in to now: from half an hour before it starts until it ends (the earliest, if two
    touch)."""
    return next((d for d in dates if d.starts_at - OPENS_BEFORE <= now < d.ends_at), None)


def next_date(dates: Sequence[D], now: datetime) -> D | None:
    """The first date whose check-in has not opened yet."""
    return min((d for d in dates if d.starts_at - OPENS_BEFORE > now), key=lambda d: d.starts_at, default=None)
