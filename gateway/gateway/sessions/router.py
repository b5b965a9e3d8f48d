import uuid

from fastapi import APIRouter, Request, status

from chassis.db import SessionDep, utcnow
from chassis.problems import NotFound
from gateway.audit.events import EventKind, record
from gateway.guard.addresses import client_address
from gateway.sessions import service
from gateway.sessions.deps import CurrentUser
from gateway.sessions.schemas import SessionRead

router = APIRouter(tags=["sessions"])


def _current_session(request: Request) -> uuid.UUID | None:
    sid = request.state.principal.session_id
    return uuid.UUID(sid) if sid else None


@router.post("/api/v1/auth/logout", status_code=status.HTTP_204_NO_CONTENT,
             summary="End this session: its refresh token stops working")
async def logout(request: Request, session: SessionDep, user: CurrentUser) -> None:
    sid = _current_session(request)
    if sid is not None:
        await service.revoke(session=session, user_id=user.id, session_id=sid, reason="logout", now=utcnow())
    record(session, EventKind.logout, actor=str(user.id), client_address=client_address(request), user_id=user.id,
           session_id=str(sid))


@router.get("/api/v1/auth/sessions", summary="Your active sessions (devices where you are logged in)")
async def list_sessions(request: Request, session: SessionDep, user: CurrentUser) -> list[SessionRead]:
    current = _current_session(request)
    rows = await service.active_sessions(session=session, user_id=user.id, now=utcnow())
    return [SessionRead.model_validate(row).model_copy(update={"current": row.id == current}) for row in rows]


@router.delete("/api/v1/auth/sessions/{session_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="End one of your sessions")
async def end_session(request: Request, session: SessionDep, user: CurrentUser, session_id: uuid.UUID) -> None:
    ended = await service.revoke(session=session, user_id=user.id, session_id=session_id, reason="ended_by_user",
                                 now=utcnow())
    if not ended:
        raise NotFound("No such active session of yours.")
    record(session, EventKind.session_revoked, actor=str(user.id), client_address=client_address(request),
           user_id=user.id, session_id=str(session_id))
