"""Times are stored in UTC; business dates (contract date, session date) are dates in Asia/Shanghai."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")


def business_today(now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(BUSINESS_TZ).date()
