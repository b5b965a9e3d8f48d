"""Reading feedback: a session's averages and comments, and lecturers ranked by what trainees said.

Staff see their own: county staff their county's sessions (a city-level session is the city's).
"""

import uuid
from decimal import Decimal

from sqlalchemy import ColumnElement, case, distinct, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from training.feedback.models import Feedback
from training.feedback.schemas import FeedbackComment, LecturerFeedback, SessionFeedback
from training.lecturers.models import Lecturer
from training.sessions.models import TrainingSession, session_lecturer
from training.sessions.service import session_to_manage

COMMENTS_SHOWN = 100


def sessions_visible_to(principal: Principal) -> ColumnElement[bool]:
    if principal.sees_whole_city:
        return true()
    return TrainingSession.county_code == principal.county_code


async def session_summary(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID) -> SessionFeedback:
    await session_to_manage(session=session, principal=principal, session_id=session_id)
    count, content, lecturer, usefulness = (await session.execute(
        select(func.count(Feedback.id), func.avg(Feedback.content), func.avg(Feedback.lecturer),
               func.avg(Feedback.usefulness)).where(Feedback.session_id == session_id))).one()
    comments = (await session.execute(
        select(Feedback.comment, Feedback.at).where(Feedback.session_id == session_id, Feedback.comment != "")
        .order_by(Feedback.at.desc(), Feedback.id).limit(COMMENTS_SHOWN))).all()
    return SessionFeedback(session_id=session_id, count=count, content=_average(content),
                           lecturer=_average(lecturer), usefulness=_average(usefulness),
                           comments=[FeedbackComment(comment=comment, at=at) for comment, at in comments])


async def lecturers(*, session: AsyncSession, principal: Principal) -> list[LecturerFeedback]:
    """Every lecturer of a session the caller sees, best rated first (those nobody rated last)."""
    rated = func.avg(Feedback.lecturer)
    rows = await session.execute(
        select(Lecturer.id, Lecturer.name, Lecturer.organisation, func.count(distinct(TrainingSession.id)),
               func.count(Feedback.id), rated, func.avg(Feedback.content), func.avg(Feedback.usefulness))
        .join(session_lecturer, session_lecturer.c.lecturer_id == Lecturer.id)
        .join(TrainingSession, TrainingSession.id == session_lecturer.c.session_id)
        .outerjoin(Feedback, Feedback.session_id == TrainingSession.id)
        .where(sessions_visible_to(principal))
        .group_by(Lecturer.id, Lecturer.name, Lecturer.organisation)
        .order_by(case((rated.is_(None), 1), else_=0), rated.desc(), func.count(Feedback.id).desc(),
                  Lecturer.name, Lecturer.id))
    return [LecturerFeedback(lecturer_id=lecturer_id, name=name, organisation=organisation, sessions=sessions,
                             responses=responses, lecturer=_average(lecturer), content=_average(content),
                             usefulness=_average(usefulness))
            for lecturer_id, name, organisation, sessions, responses, lecturer, content, usefulness in rows]


def _average(value: Decimal | float | None) -> float | None:
    return None if value is None else round(float(value), 2)
