"""Dependencies that say who may call a route. Every route names one of these next to its path."""

import logging
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from chassis.auth.jwt import InvalidToken
from chassis.auth.principal import ALL_ROLES, STAFF_ROLES, Principal, Role
from chassis.auth.verifier import TokenVerifier
from chassis.problems import Forbidden, Unauthorized
from chassis.settings import ServiceSettings

log = logging.getLogger("chassis.auth")
TokenRejectedHook = Callable[[Request, str, Principal | None], Awaitable[None]]
# An app that keeps accounts (the gateway) says why a well-signed token no longer stands: its account
# disabled, its session ended, its role changed. None: it stands.
StandingCheck = Callable[[Request, Principal], Awaitable[str | None]]
_bearer = HTTPBearer(auto_error=False, description="Access token from POST /api/v1/auth/token")


async def current_principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("A bearer access token is required.")
    verifier: TokenVerifier = request.app.state.token_verifier
    try:
        principal = await verifier.principal(credentials.credentials)
    except InvalidToken as exc:
        await _rejected(request, str(exc), None)
        raise Unauthorized("The access token is invalid or expired.") from exc
    standing: StandingCheck | None = getattr(request.app.state, "token_standing", None)
    if standing is not None and (reason := await standing(request, principal)) is not None:
        await _rejected(request, reason, principal)
        raise Unauthorized("The access token is no longer valid; log in again.")
    settings: ServiceSettings = request.app.state.settings
    if principal.client_id and settings.clients_need_scope and settings.service_name not in principal.scopes:
        raise Forbidden(f"This client's token does not reach the {settings.service_name} API: "
                        f"its scope does not name {settings.service_name}.")
    request.state.principal = principal
    return principal


async def _rejected(request: Request, reason: str, principal: Principal | None) -> None:
    log.info("rejected token: %s", reason)
    # An app may record rejections (the gateway writes a security event); services only log them.
    on_rejected: TokenRejectedHook | None = getattr(request.app.state, "on_token_rejected", None)
    if on_rejected is not None:
        try:
            await on_rejected(request, reason, principal)
        except Exception:  # recording must not turn a 401 into a 500
            log.exception("could not record a rejected token")


def require_roles(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    allowed = frozenset(roles)

    async def check(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if principal.role not in allowed:
            raise Forbidden(f"The role {principal.role.value} may not do this.")
        return principal

    check.allowed_roles = allowed  # type: ignore[attr-defined]
    return check


def require_scope(scope: str) -> Callable[[Principal], Awaitable[Principal]]:
    async def check(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if scope not in principal.scopes:
            raise Forbidden(f"The scope {scope} is required.")
        return principal

    return check


async def public() -> None:
    """No token needed (login, registration, JWKS): declared, so a public route is a choice, not an omission."""


public.is_public = True  # type: ignore[attr-defined]


# The policies routes declare. Row-level rules (own county, own bank, own record) live in the queries.
AnyCaller = Annotated[Principal, Depends(require_roles(*ALL_ROLES))]
Staff = Annotated[Principal, Depends(require_roles(*STAFF_ROLES))]
CityStaff = Annotated[Principal, Depends(require_roles(Role.admin, Role.city_staff))]
Admin = Annotated[Principal, Depends(require_roles(Role.admin))]
# Another service's own client (client credentials) reading what it may show, or staff.
StaffOrService = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.service))]
Public = Annotated[None, Depends(public)]
