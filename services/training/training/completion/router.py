"""HTTP for completion: staff close a session once its last date is over."""

import uuid

from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep, utcnow
from training.completion import service
from training.completion.schemas import CompletionReport

router = APIRouter(prefix="/api/v1/training", tags=["completion"])


@router.post("/sessions/{session_id}/complete",
             summary="Close a session after its last date: completed or incomplete by the programme's rule, and "
                     "a certificate for each who completed")
async def complete_session(session: SessionDep, principal: Staff, session_id: uuid.UUID) -> CompletionReport:
    return await service.complete(session=session, principal=principal, session_id=session_id, now=utcnow())
