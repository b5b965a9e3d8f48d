"""The kinds of security event, and how one is written (in the session given: the request's, or its own)."""

import uuid
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.audit.models import SecurityEvent


class EventKind(StrEnum):
    login_succeeded = "login_succeeded"
    login_failed = "login_failed"
    login_locked = "login_locked"
    # Failures from many places: the account is slowed for places it has not logged in from. An alert.
    login_slowed = "login_slowed"
    token_rejected = "token_rejected"  # noqa: S105
    refresh_reused = "refresh_reused"
    logout = "logout"
    session_revoked = "session_revoked"
    password_changed = "password_changed"  # noqa: S105
    password_reset = "password_reset"  # noqa: S105
    account_created = "account_created"
    account_updated = "account_updated"
    role_changed = "role_changed"
    account_disabled = "account_disabled"
    account_enabled = "account_enabled"
    registration_started = "registration_started"
    registration_code_failed = "registration_code_failed"
    registration_completed = "registration_completed"
    client_created = "client_created"
    client_authenticated = "client_authenticated"
    client_authentication_failed = "client_authentication_failed"
    client_secret_rotated = "client_secret_rotated"  # noqa: S105
    client_disabled = "client_disabled"
    client_enabled = "client_enabled"
    signing_key_rotated = "signing_key_rotated"


ANONYMOUS = "anonymous"
SYSTEM = "system"


def record(session: AsyncSession, kind: EventKind, *, actor: str = ANONYMOUS, client_address: str = "",
           user_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None,
           **detail: Any) -> SecurityEvent:
    event = SecurityEvent(kind=kind.value, actor=actor, subject_user_id=user_id, subject_client_id=client_id,
                          client_address=client_address[:64], detail=detail)
    session.add(event)
    return event


# How long a place where a user logged in (or a client authenticated) is known: its logins skip the slow-down.
KNOWN_PLACE_DAYS = 30


async def seen_from(session: AsyncSession, *, address: str, now: datetime, user_id: uuid.UUID | None = None,
                    client_id: uuid.UUID | None = None) -> bool:
    """Whether the user logged in, or the client authenticated, from `address` in the last KNOWN_PLACE_DAYS."""
    if user_id is not None:
        subject, kind = SecurityEvent.subject_user_id == user_id, EventKind.login_succeeded
    elif client_id is not None:
        subject, kind = SecurityEvent.subject_client_id == client_id, EventKind.client_authenticated
    else:
        return False
    return bool(await session.scalar(select(exists().where(
        subject, SecurityEvent.kind == kind.value, SecurityEvent.client_address == address[:64],
        SecurityEvent.at > now - timedelta(days=KNOWN_PLACE_DAYS)))))
