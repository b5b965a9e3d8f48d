"""Login sessions and their rotating refresh tokens.

A password login starts a session (a refresh-token family). Each refresh spends the token presented and
hands out the next one of the same family. A spent token presented again means it was copied: the whole
family is revoked and a security event recorded, so the thief's and the user's copies both stop working.
"""

import hashlib
import uuid
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import CursorResult, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from chassis.problems import Unauthorized
from gateway.audit.events import EventKind, record
from gateway.config import Settings
from gateway.db import own_transaction
from gateway.guard.addresses import client_address
from gateway.identity.models import User
from gateway.identity.tokens import opaque_token
from gateway.sessions.models import RefreshToken, UserSession


class InvalidRefreshToken(Unauthorized):
    slug, title = "invalid-refresh-token", "Refresh token not accepted"

    def __init__(self) -> None:
        super().__init__("The refresh token is invalid, expired or revoked; log in again.", error="invalid_grant")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _next_refresh_token(session: AsyncSession, user_session: UserSession, settings: Settings,
                        now: datetime) -> str:
    token = opaque_token()
    expires = min(now + timedelta(seconds=settings.refresh_token_ttl_seconds), user_session.expires_at)
    session.add(RefreshToken(session_id=user_session.id, token_hash=token_hash(token), created_at=now,
                             expires_at=expires))
    return token


async def start_session(*, session: AsyncSession, connection: HTTPConnection, user: User, settings: Settings,
                        now: datetime) -> tuple[UserSession, str]:
    user_session = UserSession(id=uuid.uuid4(), user_id=user.id, created_at=now, last_used_at=now,
                               expires_at=now + timedelta(seconds=settings.session_ttl_seconds),
                               user_agent=connection.headers.get("user-agent", "")[:200],
                               client_address=client_address(connection))
    session.add(user_session)
    await session.flush()
    return user_session, _next_refresh_token(session, user_session, settings, now)


async def refresh(*, session: AsyncSession, connection: HTTPConnection, refresh_token: str, settings: Settings,
                  now: datetime) -> tuple[User, UserSession, str]:
    """Spends `refresh_token` and returns its user, session and the next refresh token."""
    presented = await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash(refresh_token)))
    if presented is None:
        raise InvalidRefreshToken()
    user_session = await session.get(UserSession, presented.session_id)
    if user_session is None or user_session.revoked_at is not None:
        raise InvalidRefreshToken()
    if presented.used_at is not None:
        await _family_reused(session=session, connection=connection, user_session=user_session, now=now)
    if presented.expires_at <= now or user_session.expires_at <= now:
        raise InvalidRefreshToken()
    user = await session.get(User, user_session.user_id)
    if user is None or not user.is_active:
        raise InvalidRefreshToken()
    spent: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(RefreshToken).where(RefreshToken.id == presented.id, RefreshToken.used_at.is_(None))
        .values(used_at=now))
    if spent.rowcount != 1:  # spent by a request running at the same moment: the same as reuse
        await _family_reused(session=session, connection=connection, user_session=user_session, now=now)
    user_session.last_used_at = now
    return user, user_session, _next_refresh_token(session, user_session, settings, now)


async def _family_reused(*, session: AsyncSession, connection: HTTPConnection, user_session: UserSession,
                         now: datetime) -> NoReturn:
    # The request fails, so the revocation and its record are committed in a transaction of their own
    # (after this request's own, which holds nothing worth keeping, is rolled back).
    family, user_id = user_session.id, user_session.user_id
    await session.rollback()
    async with own_transaction(connection) as own:
        await own.execute(update(UserSession).where(UserSession.id == family)
                          .values(revoked_at=now, revoked_reason="refresh_reused"))
        record(own, EventKind.refresh_reused, client_address=client_address(connection), user_id=user_id,
               session_id=str(family))
    raise InvalidRefreshToken()


async def revoke(*, session: AsyncSession, user_id: uuid.UUID, reason: str, now: datetime,
                 session_id: uuid.UUID | None = None, keep: uuid.UUID | None = None) -> int:
    """Revokes one session of a user (`session_id`) or all of them but `keep`; returns how many."""
    statement = update(UserSession).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
    if session_id is not None:
        statement = statement.where(UserSession.id == session_id)
    if keep is not None:
        statement = statement.where(UserSession.id != keep)
    result: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        statement.values(revoked_at=now, revoked_reason=reason))
    return int(result.rowcount)


async def active_sessions(*, session: AsyncSession, user_id: uuid.UUID, now: datetime) -> list[UserSession]:
    rows = await session.scalars(select(UserSession).where(
        UserSession.user_id == user_id, UserSession.revoked_at.is_(None), UserSession.expires_at > now,
    ).order_by(UserSession.last_used_at.desc()))
    return list(rows)


async def is_live(*, session: AsyncSession, session_id: uuid.UUID, now: datetime) -> bool:
    user_session = await session.get(UserSession, session_id)
    return user_session is not None and user_session.revoked_at is None and user_session.expires_at > now
