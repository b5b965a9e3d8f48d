"""The token endpoint's form (RFC 6749): one endpoint, three grants.

- `password`: username (or mobile number) and password; answers a refresh token too.
- `refresh_token`: the refresh token; answers the next one (the same as POST /api/v1/auth/refresh).
- `client_credentials`: client_id and client_secret in the form or in HTTP Basic; no refresh token.
"""

import base64
import binascii
from dataclasses import dataclass
from typing import Annotated, Literal
from urllib.parse import unquote

from fastapi import Form, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.db import utcnow
from gateway.auth import service
from gateway.clients import service as clients
from gateway.clients.tokens import client_access_token
from gateway.config import Settings
from gateway.identity.schemas import TokenResponse
from gateway.identity.tokens import user_access_token
from gateway.sessions import service as sessions

GrantType = Literal["password", "refresh_token", "client_credentials"]


@dataclass(frozen=True, slots=True)
class TokenRequest:
    grant_type: GrantType
    username: str | None
    password: str | None
    client_id: str | None
    client_secret: str | None
    refresh_token: str | None
    scope: str | None


def _missing(*names: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", name), "msg": "Field required", "type": "missing"}
                                   for name in names])


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, _, secret = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return unquote(client_id), unquote(secret)


async def token_request(
    request: Request,
    grant_type: Annotated[GrantType, Form()] = "password",
    username: Annotated[str | None, Form(max_length=64)] = None,
    password: Annotated[str | None, Form(max_length=128)] = None,
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    client_secret: Annotated[str | None, Form(max_length=200)] = None,
    refresh_token: Annotated[str | None, Form(max_length=200)] = None,
    scope: Annotated[str | None, Form(max_length=200)] = None,
) -> TokenRequest:
    if grant_type == "password":
        missing = [name for name, value in (("username", username), ("password", password)) if not value]
    elif grant_type == "refresh_token":
        missing = [] if refresh_token else ["refresh_token"]
    else:
        basic = _basic_credentials(request)
        if basic is not None:
            client_id, client_secret = basic
        missing = [name for name, value in (("client_id", client_id), ("client_secret", client_secret)) if not value]
    if missing:
        raise _missing(*missing)
    return TokenRequest(grant_type, username, password, client_id, client_secret, refresh_token, scope)


async def refreshed(*, session: AsyncSession, request: Request, refresh_token: str) -> TokenResponse:
    settings: Settings = request.app.state.settings
    user, user_session, next_token = await sessions.refresh(session=session, connection=request,
                                                            refresh_token=refresh_token, settings=settings,
                                                            now=utcnow())
    access = user_access_token(user=user, session_id=user_session.id, ring=request.app.state.key_ring,
                               settings=settings)
    return TokenResponse(access_token=access, expires_in=settings.access_token_ttl_seconds,
                         refresh_token=next_token)


async def issue(*, session: AsyncSession, request: Request, form: TokenRequest) -> TokenResponse:
    now = utcnow()
    if form.grant_type == "password":
        assert form.username is not None and form.password is not None
        return await service.password_login(session=session, connection=request, login=form.username,
                                            password=form.password, now=now)
    if form.grant_type == "refresh_token":
        assert form.refresh_token is not None
        return await refreshed(session=session, request=request, refresh_token=form.refresh_token)
    assert form.client_id is not None and form.client_secret is not None
    client = await clients.authenticate_client(session=session, connection=request, client_id=form.client_id,
                                               secret=form.client_secret, now=now)
    scope = clients.granted_scope(client, form.scope)
    settings: Settings = request.app.state.settings
    access = client_access_token(client=client, scope=scope, ring=request.app.state.key_ring, settings=settings)
    return TokenResponse(access_token=access, expires_in=settings.access_token_ttl_seconds, scope=scope)
