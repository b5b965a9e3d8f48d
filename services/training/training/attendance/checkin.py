"""The rotating check-in code a session's screen shows, and when a date of the session is on (pure).

The code is an HMAC of the session and the current 30-second window, so it needs no table: anyone holding the
service's secret can say whether a code is right, and a photo of the screen sent to a friend at home stops
working within a minute. A code is accepted in its own window and the next one, so a phone that scanned it
just before it turned is not refused.
"""

import base64
import hashlib
import hmac
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol, TypeVar

PERIOD_SECONDS = 30
CODE_LENGTH = 10  # base32: 50 bits, letters and digits only, safe in a URL as is
# The screen may show the code from half an hour before a date starts: trainees arrive early.
OPENS_BEFORE = timedelta(minutes=30)


def window_of(now: datetime) -> int:
    return int(now.timestamp()) // PERIOD_SECONDS


def window_ends_at(window: int) -> datetime:
    """When the code of `window` stops being the one shown."""
    return datetime.fromtimestamp((window + 1) * PERIOD_SECONDS, UTC)


def code_for(secret: str, session_id: uuid.UUID, window: int) -> str:
    digest = hmac.new(secret.encode(), f"{session_id}:{window}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:CODE_LENGTH]


def verify(secret: str, session_id: uuid.UUID, code: str, now: datetime) -> bool:
    """Whether `code` is the session's code now or in the window before (compared in constant time)."""
    current = window_of(now)
    given = code.strip().upper().encode()
    return any(hmac.compare_digest(given, code_for(secret, session_id, window).encode())
               for window in (current, current - 1))


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
