"""The rotating check-in code shown on a screen or a leader's phone (pure): training's sessions, volunteers' teams.

The code is an HMAC of what is checked in to (a session, a team) and the current 30-second window, so it needs no
table: anyone holding the service's secret can say whether a code is right, and a photo of the screen sent to a
friend at home stops working within a minute. A code is accepted in its own window and the next one, so a phone
that scanned it just before it turned is not refused. When a code may be shown at all (a session's date, a team's
service period) is each service's own rule.
"""

import base64
import hashlib
import hmac
import uuid
from datetime import UTC, datetime

PERIOD_SECONDS = 30
CODE_LENGTH = 10  # base32: 50 bits, letters and digits only, safe in a URL as is


def window_of(now: datetime) -> int:
    return int(now.timestamp()) // PERIOD_SECONDS


def window_ends_at(window: int) -> datetime:
    """When the code of `window` stops being the one shown."""
    return datetime.fromtimestamp((window + 1) * PERIOD_SECONDS, UTC)


def code_for(secret: str, subject_id: uuid.UUID, window: int) -> str:
    digest = hmac.new(secret.encode(), f"{subject_id}:{window}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:CODE_LENGTH]


def verify(secret: str, subject_id: uuid.UUID, code: str, now: datetime) -> bool:
    """Whether `code` is the subject's code now or in the window before (compared in constant time)."""
    current = window_of(now)
    given = code.strip().upper().encode()
    return any(hmac.compare_digest(given, code_for(secret, subject_id, window).encode())
               for window in (current, current - 1))
