"""The logged-in user behind a token, for the gateway's own account routes.

Services trust a token until it expires (15 minutes at most). The gateway's own routes look further: the
user must still be active and the token's session not revoked, so a disabled user or a logged-out session
is refused here at once, and refreshes are refused, so the user is out everywhere within one token lifetime.
"""

import uuid
from typing import Annotated

from fastapi import Depends, Request
from starlette.requests import HTTPConnection

from chassis.auth.deps import AnyCaller
from chassis.db import SessionDep, utcnow
from chassis.problems import Forbidden, Unauthorized
from gateway.audit.events import EventKind, record
from gateway.db import own_transaction
from gateway.guard.addresses import client_address
from gateway.identity.models import User
from gateway.sessions.service import is_live


async def record_token_rejection(connection: HTTPConnection, reason: str,
                                 user_id: uuid.UUID | None = None) -> None:
    """The chassis calls this (app.state.on_token_rejected) for every token it refuses at the gateway."""
    async with own_transaction(connection) as own:
        record(own, EventKind.token_rejected, client_address=client_address(connection), user_id=user_id,
               reason=reason[:200], path=connection.url.path[:200])


async def current_user(request: Request, session: SessionDep, principal: AnyCaller) -> User:
    try:
        user_id = uuid.UUID(principal.subject)
    except ValueError as exc:
        raise Unauthorized("The token names no user.") from exc
    user = await session.get(User, user_id)
    if user is None:
        raise Forbidden("This is for users who log in; API clients have no account here.")
    reason = None
    if not user.is_active:
        reason = "account disabled"
    elif principal.session_id and not await is_live(session=session, session_id=uuid.UUID(principal.session_id),
                                                    now=utcnow()):
        reason = "session revoked"
    if reason is not None:
        await record_token_rejection(request, reason, user_id=user.id)
        raise Unauthorized("The access token is no longer valid; log in again.")
    return user


CurrentUser = Annotated[User, Depends(current_user)]
