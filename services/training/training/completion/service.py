"""Closing a session: each booked trainee completed it or not, by the programme's rule, and each who did gets a
certificate.

A session closes once, after its last date has ended: a conditional UPDATE sets `completed_at` only where it is
still empty (and bumps `roster_version`, which holds the session's row until the transaction ends, so no
enrolment changes while the roster is being decided). Everything after it is set-based, a handful of statements
for a thousand trainees: one read of the roster, one of the marks, an UPDATE per outcome, their history events,
and the certificates.

Waitlisted enrolments stay waitlisted: they never had a seat, so there is nothing to complete; a cancelled one
stays cancelled.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.problems import Conflict
from chassis.timezone import business_today
from training.attendance.models import Attendance, AttendanceStatus
from training.certificates.service import Completed, issue
from training.completion.rule import completes
from training.completion.schemas import CompletionReport
from training.enrolments import history
from training.enrolments.models import Enrolment, EnrolmentStatus, EventKind
from training.sessions.models import TrainingSession
from training.sessions.service import session_to_manage
from training.trainees.models import Trainee


async def complete(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID,
                   now: datetime) -> CompletionReport:
    training_session = await session_to_manage(session=session, principal=principal, session_id=session_id)
    return await close(session, training_session, principal, now)


async def close(session: AsyncSession, training_session: TrainingSession, actor: Principal,
                now: datetime) -> CompletionReport:
    """Closes a session held with its dates and programme (the demo's entry too)."""
    last_ends = max(d.ends_at for d in training_session.dates)
    if now < last_ends:
        raise Conflict(f"The session's last date ends at {last_ends.isoformat()}: close it after that.")
    closed = await session.scalar(
        update(TrainingSession)
        .where(TrainingSession.id == training_session.id, TrainingSession.completed_at.is_(None))
        .values(completed_at=now, roster_version=TrainingSession.roster_version + 1)
        .returning(TrainingSession.id))
    if closed is None:
        raise Conflict("The session is closed already.")

    booked = (Enrolment.session_id == training_session.id) & (Enrolment.status == EnrolmentStatus.booked)
    roster = [Completed(*row) for row in await session.execute(
        select(Enrolment.id, Enrolment.trainee_id, Trainee.name).join(Trainee, Trainee.id == Enrolment.trainee_id)
        .where(booked))]
    marks: dict[uuid.UUID, dict[uuid.UUID, AttendanceStatus]] = defaultdict(dict)
    for enrolment_id, session_date_id, status in await session.execute(
            select(Attendance.enrolment_id, Attendance.session_date_id, Attendance.status)
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id).where(booked)):
        marks[enrolment_id][session_date_id] = status

    programme = training_session.programme
    passed: list[Completed] = []
    failed: list[Completed] = []
    for enrolment in roster:
        attended = [marks[enrolment.enrolment_id].get(d.id) for d in training_session.dates]
        done = completes(attended, programme.completion_min_dates, programme.partial_counts)
        (passed if done else failed).append(enrolment)
    await _settle(session, [e.enrolment_id for e in passed], EnrolmentStatus.completed, EventKind.completed, actor)
    await _settle(session, [e.enrolment_id for e in failed], EnrolmentStatus.incomplete, EventKind.incomplete, actor)
    numbers = await issue(session, training_session, passed, completed_on=business_today(last_ends), issued_at=now)
    return CompletionReport(completed=len(passed), incomplete=len(failed), certificates_issued=len(numbers))


async def _settle(session: AsyncSession, enrolment_ids: Sequence[uuid.UUID], status: EnrolmentStatus,
                  kind: EventKind, actor: Principal) -> None:
    if not enrolment_ids:
        return
    await session.execute(
        update(Enrolment).where(Enrolment.id.in_(enrolment_ids), Enrolment.status == EnrolmentStatus.booked)
        .values(status=status).execution_options(synchronize_session=False))
    await history.record(session, enrolment_ids, kind, actor)
