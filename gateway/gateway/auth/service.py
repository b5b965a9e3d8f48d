"""Logging in with a password, and changing it."""

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from chassis.crypto import FieldCipher
from chassis.identity_numbers import validate_mobile
from chassis.problems import Conflict, Forbidden, Unauthorized
from gateway.audit.events import EventKind, record, seen_from
from gateway.auth.schemas import Me
from gateway.config import Settings
from gateway.db import own_transaction
from gateway.guard import throttle
from gateway.guard.addresses import client_address
from gateway.identity.keys import KeyRing
from gateway.identity.models import User
from gateway.identity.passwords import ensure_strong, hash_password_async, verify_password
from gateway.identity.schemas import TokenResponse
from gateway.identity.tokens import user_access_token
from gateway.sessions import service as sessions

WRONG_CREDENTIALS = "The username or password is wrong, or the account is disabled."


class PasswordChangeRequired(Forbidden):
    """The password was right, but staff reset it: the user must choose a new one first."""

    slug, title = "password-change-required", "Password change required"

    def __init__(self) -> None:
        super().__init__("Choose a new password before logging in.",
                         change_url="/api/v1/auth/password/forced-change")


async def find_user(*, session: AsyncSession, cipher: FieldCipher, login: str) -> User | None:
    """By username, or by mobile number for those who registered with one."""
    name = login.strip().lower()
    try:
        mobile = validate_mobile(name)
    except ValueError:
        return await session.scalar(select(User).where(func.lower(User.username) == name))
    return await session.scalar(select(User).where(User.mobile_hash == cipher.lookup_hash(mobile)))


async def authenticate(*, session: AsyncSession, connection: HTTPConnection, login: str, password: str,
                       now: datetime) -> User:
    """The active user with this login and password; 429 while the account or the address must wait."""
    state = connection.app.state
    policy = throttle.login_policy(state.settings)
    user = await find_user(session=session, cipher=state.cipher, login=login)
    address = client_address(connection)
    keys = throttle.ThrottleKeys.of(f"account:{user.id if user else login.strip().lower()[:64]}", address)
    await throttle.ensure_may_try(session, keys, policy, now, known_place=lambda: seen_from(
        session, address=address, now=now, user_id=user.id if user else None))
    matched = await verify_password(password, user.password_hash if user else None)
    if user is None or not matched or not user.is_active:
        reason = "unknown user" if user is None else "wrong password" if not matched else "account disabled"
        user_id = user.id if user else None
        async with own_transaction(connection) as own:
            counted = await throttle.record_failure(own, keys, policy, now)
            record(own, EventKind.login_failed, client_address=address, user_id=user_id, login=login[:64],
                   reason=reason)
            for key in counted.locked:
                record(own, EventKind.login_locked, client_address=address, user_id=user_id, key=key,
                       seconds=policy.lock_seconds)
            if counted.slowed:
                record(own, EventKind.login_slowed, client_address=address, user_id=user_id, login=login[:64],
                       failures=policy.slow_failures, max_wait_seconds=policy.slow_max_seconds)
        raise Unauthorized(WRONG_CREDENTIALS)
    await throttle.clear(session, keys.pair)
    return user


async def log_in(*, session: AsyncSession, connection: HTTPConnection, user: User, now: datetime,
                 method: str = "password") -> TokenResponse:
    """Starts a session for an authenticated user: an access token and the session's first refresh token."""
    settings: Settings = connection.app.state.settings
    ring: KeyRing = connection.app.state.key_ring
    user_session, refresh_token = await sessions.start_session(session=session, connection=connection, user=user,
                                                               settings=settings, now=now)
    user.last_login_at = now
    record(session, EventKind.login_succeeded, actor=str(user.id), client_address=client_address(connection),
           user_id=user.id, session_id=str(user_session.id), method=method)
    return TokenResponse(access_token=user_access_token(user=user, session_id=user_session.id, ring=ring,
                                                        settings=settings),
                         expires_in=settings.access_token_ttl_seconds, refresh_token=refresh_token)


async def password_login(*, session: AsyncSession, connection: HTTPConnection, login: str, password: str,
                         now: datetime) -> TokenResponse:
    user = await authenticate(session=session, connection=connection, login=login, password=password, now=now)
    if user.must_change_password:
        raise PasswordChangeRequired()
    return await log_in(session=session, connection=connection, user=user, now=now)


async def set_password(*, session: AsyncSession, connection: HTTPConnection, user: User, current: str, new: str,
                       now: datetime, keep_session: uuid.UUID | None) -> None:
    """A user's own new password: strong, not the current one; their other sessions end."""
    if new == current:
        raise Conflict("The new password must differ from the current one.")
    await ensure_strong(new, [user.username, user.display_name])
    user.password_hash = await hash_password_async(new)
    user.password_changed_at = now
    user.must_change_password = False
    ended = await sessions.revoke(session=session, user_id=user.id, reason="password_changed", now=now,
                                  keep=keep_session)
    record(session, EventKind.password_changed, actor=str(user.id), client_address=client_address(connection),
           user_id=user.id, sessions_ended=ended)


async def change_password(*, session: AsyncSession, connection: HTTPConnection, user: User, current: str,
                          new: str, now: datetime, session_id: uuid.UUID | None) -> None:
    # The current password is checked like a login (counted, throttled): a stolen token must not be a way
    # to guess the password.
    await authenticate(session=session, connection=connection, login=user.username, password=current, now=now)
    await set_password(session=session, connection=connection, user=user, current=current, new=new, now=now,
                       keep_session=session_id)


async def forced_change(*, session: AsyncSession, connection: HTTPConnection, login: str, current: str, new: str,
                        now: datetime) -> TokenResponse:
    user = await authenticate(session=session, connection=connection, login=login, password=current, now=now)
    if not user.must_change_password:
        raise Conflict("No password change is pending for this account; log in as usual.")
    await set_password(session=session, connection=connection, user=user, current=current, new=new, now=now,
                       keep_session=None)
    return await log_in(session=session, connection=connection, user=user, now=now, method="forced_change")


def rename(*, user: User, display_name: str) -> Me:
    """Users change their own name; role, county and bank are staff's to set."""
    user.display_name = display_name
    return Me.model_validate(user)
