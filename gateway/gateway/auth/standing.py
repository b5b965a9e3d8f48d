"""Whether a well-signed token still stands, asked on every gateway route that takes one.

A token is signed for 15 minutes; the gateway's own routes do not wait that long. A user's token stands
while the account is active, its login session is live and the account still has the role, county and
bank the token names (a change ends the user's sessions too). A client's token stands while the client is
active. Services behind the gateway verify tokens without a lookup: there the token's lifetime bounds it.
"""

import logging
import uuid

from sqlalchemy import select
from starlette.requests import HTTPConnection, Request

from chassis.auth.principal import Principal
from chassis.db import utcnow
from gateway.audit.events import EventKind, record
from gateway.clients.models import ApiClient
from gateway.db import own_transaction
from gateway.guard.addresses import client_address
from gateway.identity.models import User
from gateway.sessions.models import UserSession

log = logging.getLogger("gateway.auth")


async def token_standing(request: Request, principal: Principal) -> str | None:
    """Why the token no longer stands, or None (set as the app's `token_standing`)."""
    async with own_transaction(request) as session:
        if principal.client_id is not None:
            active = await session.scalar(select(ApiClient.is_active).where(ApiClient.id == _uuid(principal.client_id)))
            return None if active else "client disabled"
        row = (await session.execute(
            select(User.is_active, User.role, User.county_code, User.bank_id,
                   UserSession.revoked_at, UserSession.expires_at)
            .join(UserSession, UserSession.user_id == User.id)
            .where(User.id == _uuid(principal.subject), UserSession.id == _uuid(principal.session_id))
        )).first()
    if row is None:
        return "no such session"
    if not row.is_active:
        return "account disabled"
    if row.revoked_at is not None or row.expires_at <= utcnow():
        return "session revoked"
    if (row.role, row.county_code, row.bank_id) != (principal.role, principal.county_code, principal.bank_id):
        return "role changed"
    return None


async def record_token_rejection(connection: HTTPConnection, reason: str, principal: Principal | None) -> None:
    """A security event for every token refused at the gateway (set as the app's `on_token_rejected`)."""
    user_id = _uuid(principal.subject) if principal is not None and principal.client_id is None else None
    address = client_address(connection)
    capacity, rate = connection.app.state.settings.rejected_token_events_per_address
    if (await connection.app.state.buckets.take(f"events:token_rejected:{address}", capacity, rate)).wait > 0:
        log.warning("token rejected from %s (%s), not recorded: over the address's event limit", address, reason)
        return
    async with own_transaction(connection) as own:
        record(own, EventKind.token_rejected, client_address=address, user_id=user_id,
               reason=reason[:200], path=connection.url.path[:200])


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None
