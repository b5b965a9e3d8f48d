"""The logged-in user behind a token, for the gateway's own account routes.

Every token the gateway takes is checked for standing first (auth/standing.py): a disabled user or an
ended session is refused here at once, and refreshes are refused, so the user is out everywhere within
one token lifetime.
"""

import uuid
from typing import Annotated

from fastapi import Depends

from chassis.auth.deps import AnyCaller
from chassis.db import SessionDep
from chassis.problems import Forbidden
from gateway.identity.models import User


async def current_user(session: SessionDep, principal: AnyCaller) -> User:
    """The token's user. The token's standing (account active, session live) was checked with the token."""
    user = await session.get(User, uuid.UUID(principal.subject)) if principal.client_id is None else None
    if user is None:
        raise Forbidden("This is for users who log in; API clients have no account here.")
    return user


CurrentUser = Annotated[User, Depends(current_user)]
