"""A trainee's feedback on a session they held a seat on: once, and not before it has begun.

The survey opens when the session's first date starts (there is nothing to rate before) and stays open after
the session closes; one answer per enrolment (unique in the table, so two taps at once still make one).
"""

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.problems import Conflict, NotFound
from training.attendance.queries import ON_ROLL
from training.enrolments.models import Enrolment
from training.feedback.models import Feedback
from training.feedback.schemas import FeedbackIn, FeedbackRead
from training.sessions.models import SessionDate
from training.trainees.models import Trainee


async def give(*, session: AsyncSession, principal: Principal, enrolment_id: uuid.UUID, data: FeedbackIn,
               now: datetime) -> FeedbackRead:
    first_date = (select(func.min(SessionDate.starts_at)).where(SessionDate.session_id == Enrolment.session_id)
                  .scalar_subquery())
    row = (await session.execute(
        select(Enrolment, first_date).join(Trainee, Trainee.id == Enrolment.trainee_id)
        .where(Enrolment.id == enrolment_id, Trainee.user_id == principal.subject))).one_or_none()
    if row is None:
        raise NotFound(f"No enrolment {enrolment_id}.")
    enrolment, starts_at = row
    if enrolment.status not in ON_ROLL:
        raise Conflict(f"Feedback comes from trainees who held a seat; this enrolment is {enrolment.status.value}.")
    if now < starts_at:
        raise Conflict(f"The session starts at {starts_at.isoformat()}: give feedback once it has begun.")
    if await session.scalar(select(Feedback.id).where(Feedback.enrolment_id == enrolment.id)) is not None:
        raise Conflict("You have given feedback on this session already.")
    return FeedbackRead.model_validate(await record(session, enrolment, data, now))


async def record(session: AsyncSession, enrolment: Enrolment, data: FeedbackIn, at: datetime) -> Feedback:
    """Stores an enrolment's answer, checked already (the demo's entry too)."""
    feedback = Feedback(id=uuid.uuid4(), enrolment_id=enrolment.id, session_id=enrolment.session_id, at=at,
                        **data.model_dump())
    session.add(feedback)
    await session.flush()
    return feedback
