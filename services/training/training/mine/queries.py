"""What a trainee sees of their own training on the phone: enrolments with their place on the waitlist, their
certificate and whether they gave feedback (this folder stands above certificates and feedback to read both)."""

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.counties import county_name
from chassis.db import utcnow
from chassis.pagination import Page, PageParams
from training.certificates.models import Certificate
from training.enrolments.models import Enrolment, EnrolmentStatus
from training.enrolments.queries import POSITION
from training.feedback.models import Feedback
from training.mine.schemas import MyEnrolment
from training.programmes.models import Programme
from training.sessions.models import TrainingSession
from training.trainees.models import Trainee

LIVE = (EnrolmentStatus.booked, EnrolmentStatus.waitlisted)


async def my_enrolments(*, session: AsyncSession, principal: Principal, page: PageParams) -> Page[MyEnrolment]:
    """Latest session first. Positions are ranked over each session's whole waitlist."""
    mine = select(Enrolment.id).join(Trainee, Trainee.id == Enrolment.trainee_id).where(
        Trainee.user_id == principal.subject)
    my_sessions = select(Enrolment.session_id).where(Enrolment.id.in_(mine))
    ranked = (select(Enrolment.id.label("id"), POSITION.label("position"))
              .where(Enrolment.session_id.in_(my_sessions)).subquery())
    statement = (
        select(Enrolment, TrainingSession, Programme.name, ranked.c.position, Certificate.number,
               Feedback.id.is_not(None))
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .join(ranked, ranked.c.id == Enrolment.id)
        .outerjoin(Certificate, Certificate.enrolment_id == Enrolment.id)
        .outerjoin(Feedback, Feedback.enrolment_id == Enrolment.id)
        .where(Enrolment.id.in_(mine))
        .order_by(TrainingSession.starts_at.desc(), Enrolment.requested_at.desc()))
    total = await session.scalar(select(func.count()).select_from(mine.subquery())) or 0
    now = utcnow()
    items = [
        MyEnrolment(
            id=e.id, session_id=s.id, session_title=s.title, programme_name=programme, venue=s.venue, mode=s.mode,
            county_name=county_name(s.county_code) if s.county_code else None, starts_at=s.starts_at,
            ends_at=s.ends_at, status=e.status,
            waitlist_position=position if e.status is EnrolmentStatus.waitlisted else None,
            cancellable=e.status in LIVE and now < s.cancellation_cutoff_at, certificate_number=number,
            feedback_given=bool(given))
        for e, s, programme, position, number, given in
        (await session.execute(statement.limit(page.limit).offset(page.offset))).all()]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
