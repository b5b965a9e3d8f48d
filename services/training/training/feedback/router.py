"""HTTP for feedback: a trainee's survey after a session, and what staff read of it."""

import uuid

from fastapi import APIRouter, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep, utcnow
from training.deps import Trainee
from training.feedback import queries, service
from training.feedback.schemas import FeedbackIn, FeedbackRead, LecturerFeedback, SessionFeedback

router = APIRouter(prefix="/api/v1/training", tags=["feedback"])


@router.post("/enrolments/{enrolment_id}/feedback", status_code=status.HTTP_201_CREATED,
             summary="A trainee rates a session they held a seat on, once it has begun (once)")
async def give_feedback(session: SessionDep, principal: Trainee, enrolment_id: uuid.UUID,
                        data: FeedbackIn) -> FeedbackRead:
    return await service.give(session=session, principal=principal, enrolment_id=enrolment_id, data=data,
                              now=utcnow())


@router.get("/sessions/{session_id}/feedback", summary="A session's feedback: averages and the latest comments")
async def session_feedback(session: SessionDep, principal: Staff, session_id: uuid.UUID) -> SessionFeedback:
    return await queries.session_summary(session=session, principal=principal, session_id=session_id)


@router.get("/feedback/lecturers", summary="Lecturers by their sessions' ratings, best first")
async def lecturer_feedback(session: SessionDep, principal: Staff) -> list[LecturerFeedback]:
    return await queries.lecturers(session=session, principal=principal)
