"""Logging in and staying logged in: the token endpoint (three grants), refresh, the forced password change,
one's own password and name."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, status

from chassis.auth.deps import Public
from chassis.db import SessionDep, utcnow
from gateway.auth import service
from gateway.auth.grants import TokenRequest, issue, refreshed, token_request
from gateway.auth.schemas import ForcedPasswordChange, Me, MeUpdate, PasswordChange, RefreshRequest
from gateway.identity.schemas import TokenResponse
from gateway.sessions.deps import CurrentUser

router = APIRouter(tags=["auth"])
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
TOO_MANY: dict[int | str, dict[str, Any]] = {429: {"description": "Too many failed attempts: wait Retry-After seconds"}}


@router.post("/api/v1/auth/token", summary="Get an access token (password, refresh_token or client_credentials)",
             responses=TOO_MANY)
async def login(request: Request, response: Response, session: SessionDep, _: Public,
                form: Annotated[TokenRequest, Depends(token_request)]) -> TokenResponse:
    response.headers.update(NO_STORE)
    return await issue(session=session, request=request, form=form)


@router.post("/api/v1/auth/refresh",
             summary="Exchange a refresh token for a new access and refresh token")
async def refresh(request: Request, response: Response, session: SessionDep, _: Public,
                  data: RefreshRequest) -> TokenResponse:
    response.headers["Cache-Control"] = "no-store"
    return await refreshed(session=session, request=request, refresh_token=data.refresh_token)


@router.post("/api/v1/auth/password/forced-change", responses=TOO_MANY,
             summary="Choose a new password after a staff reset, and log in")
async def forced_password_change(request: Request, response: Response, session: SessionDep, _: Public,
                                 data: ForcedPasswordChange) -> TokenResponse:
    response.headers.update(NO_STORE)
    return await service.forced_change(session=session, connection=request, login=data.username,
                                       current=data.current_password, new=data.new_password, now=utcnow())


@router.post("/api/v1/auth/password", status_code=status.HTTP_204_NO_CONTENT, responses=TOO_MANY,
             summary="Change your password (your other sessions end)")
async def change_password(request: Request, session: SessionDep, user: CurrentUser, data: PasswordChange) -> None:
    sid = request.state.principal.session_id
    await service.change_password(session=session, connection=request, user=user, current=data.current_password,
                                  new=data.new_password, now=utcnow(), session_id=uuid.UUID(sid) if sid else None)


@router.get("/api/v1/auth/me", summary="The logged-in user")
async def me(user: CurrentUser) -> Me:
    return Me.model_validate(user)


@router.patch("/api/v1/auth/me", summary="Change your display name")
async def update_me(user: CurrentUser, data: MeUpdate) -> Me:
    return service.rename(user=user, display_name=data.display_name)
