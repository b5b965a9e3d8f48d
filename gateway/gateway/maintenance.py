"""`python -m gateway purge` (run daily): deletes what no longer decides anything.

Spent or expired refresh tokens and ended sessions (kept a week for the sessions page and investigations),
expired registrations, login-throttle rows whose failures are forgotten, and security events older than
GATEWAY_SECURITY_EVENT_RETENTION_DAYS (400 by default: a year's audit and then some).
"""

from datetime import datetime, timedelta

from sqlalchemy import CursorResult, Delete, delete, or_
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.audit.models import SecurityEvent
from gateway.config import Settings
from gateway.guard.models import LoginThrottle
from gateway.registration.models import Registration
from gateway.sessions.models import RefreshToken, UserSession

KEEP_ENDED_SESSIONS = timedelta(days=7)


async def _count(session: AsyncSession, statement: Delete) -> int:
    result: CursorResult[tuple[()]] = await session.execute(statement)  # type: ignore[assignment]
    return int(result.rowcount)


async def purge(session: AsyncSession, settings: Settings, now: datetime) -> dict[str, int]:
    ended_before = now - KEEP_ENDED_SESSIONS
    tokens = await _count(session, delete(RefreshToken).where(
        or_(RefreshToken.used_at < ended_before, RefreshToken.expires_at < now)))
    sessions = await _count(session, delete(UserSession).where(
        or_(UserSession.revoked_at < ended_before, UserSession.expires_at < ended_before)))
    registrations = await _count(session, delete(Registration).where(Registration.expires_at < now - timedelta(days=1)))
    forgotten = now - timedelta(seconds=settings.login_lock_seconds)
    throttles = await _count(session, delete(LoginThrottle).where(
        LoginThrottle.last_failure_at < forgotten,
        or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until < now)))
    events = await _count(session, delete(SecurityEvent).where(
        SecurityEvent.at < now - timedelta(days=settings.security_event_retention_days)))
    return {"refresh_tokens": tokens, "sessions": sessions, "registrations": registrations,
            "login_throttles": throttles, "security_events": events}
