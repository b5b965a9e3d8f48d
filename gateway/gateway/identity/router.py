from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.security import OAuth2PasswordRequestForm

from chassis.auth.deps import AnyCaller
from chassis.db import SessionDep
from gateway.identity import service
from gateway.identity.keys import SigningKeys
from gateway.identity.schemas import AccessToken, Me

router = APIRouter(tags=["auth"])


@router.post("/api/v1/auth/token", summary="Log in with username and password")
async def login(request: Request, session: SessionDep,
                form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> AccessToken:
    user = await service.authenticate(session=session, username=form.username, password=form.password)
    settings = request.app.state.settings
    token = service.issue_access_token(user=user, keys=request.app.state.signing_keys, settings=settings)
    return AccessToken(access_token=token, expires_in=settings.access_token_ttl_seconds)


@router.get("/api/v1/auth/me", summary="The logged-in user")
async def me(session: SessionDep, principal: AnyCaller) -> Me:
    return Me.model_validate(await service.get_active_user(session=session, user_id=principal.subject))


@router.get("/.well-known/jwks.json", summary="Public keys that verify access tokens", tags=["auth"])
async def jwks(request: Request) -> dict[str, Any]:
    keys: SigningKeys = request.app.state.signing_keys
    return keys.jwks()
