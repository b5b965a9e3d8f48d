"""Taking attendance: the rotating code on the session's screen, a trainee's scan of it, staff's register.

One row per enrolment and date (`attendance`, unique on the pair), written by an upsert, so a second scan or a
corrected mark changes the row instead of adding one. A trainee's scan never overrides what staff marked (they
may have marked them late), except a no-show: the trainee is evidently there. Every mark that changes something
is also an event in the enrolment's history (`enrolments.history`).
"""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import checkin, qr
from chassis.auth.principal import Principal
from chassis.db import utcnow
from chassis.problems import Conflict, InvalidField
from chassis.timezone import business_today
from training.attendance.checkin import OPENS_BEFORE, date_on, next_date
from training.attendance.models import Attendance, AttendanceMethod, AttendanceStatus
from training.attendance.queries import ON_ROLL, own_enrolment
from training.attendance.schemas import CheckInCode, CheckInRead, Mark, Marked
from training.config import Settings
from training.enrolments import history
from training.enrolments.models import Enrolment, EnrolmentStatus, EventKind
from training.sessions.models import SessionDate, TrainingSession
from training.sessions.service import get_session, session_to_manage

EVENT_OF = {AttendanceStatus.full: EventKind.attended, AttendanceStatus.partial: EventKind.partial,
            AttendanceStatus.no_show: EventKind.no_show}

# --- the API ---------------------------------------------------------------------------------------------------


async def check_in_code(*, session: AsyncSession, principal: Principal, settings: Settings, session_id: uuid.UUID,
                        now: datetime) -> CheckInCode:
    """The code to show now, while a date of the session is on; it turns every `PERIOD_SECONDS`."""
    training_session = await session_to_manage(session=session, principal=principal, session_id=session_id)
    session_date = _date_on(training_session, now)
    window = checkin.window_of(now)
    code = checkin.code_for(settings.checkin_secret.get_secret_value(), session_id, window)
    url = f"{settings.public_url}/training/check-in?session={session_id}&code={code}"
    return CheckInCode(session_id=session_id, session_date_id=session_date.id, code=code, url=url,
                       svg=qr.svg(url),
                       expires_at=checkin.window_ends_at(window), period_seconds=checkin.PERIOD_SECONDS)


async def check_in(*, session: AsyncSession, principal: Principal, settings: Settings, session_id: uuid.UUID,
                   code: str, now: datetime) -> CheckInRead:
    """A trainee's scan: the same answer however often they scan, and one `attended` event."""
    training_session = await get_session(session=session, session_id=session_id)
    if not checkin.verify(settings.checkin_secret.get_secret_value(), session_id, code, now):
        raise InvalidField("code", "the code has expired or is wrong")
    session_date = _date_on(training_session, now)
    place = await own_enrolment(session=session, principal=principal, session_id=session_id)
    if place is None or place[1] is not EnrolmentStatus.booked:
        raise Conflict("You are not booked on this session.", reason="not_booked")
    enrolment_id = place[0]
    written = await session.scalar(
        _upsert(session, overwrite=Attendance.status == AttendanceStatus.no_show)
        .values(id=uuid.uuid4(), enrolment_id=enrolment_id, session_date_id=session_date.id,
                status=AttendanceStatus.full, method=AttendanceMethod.qr, actor_subject=principal.subject, at=now)
        .returning(Attendance.id))
    if written is not None:
        await history.record(session, [enrolment_id], EventKind.attended, principal, _day(session_date))
    attendance = await session.scalar(select(Attendance).where(Attendance.enrolment_id == enrolment_id,
                                                               Attendance.session_date_id == session_date.id)
                                      .execution_options(populate_existing=True))
    return CheckInRead.model_validate(attendance)


async def take_register(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID,
                        marks: Sequence[Mark]) -> Marked:
    """Staff's marks, all or none: one read checks every mark, one upsert writes them."""
    training_session = await session_to_manage(session=session, principal=principal, session_id=session_id)
    await _check_marks(session, training_session, marks)
    return Marked(marked=await mark(session, training_session, principal,
                                    [(m.enrolment_id, m.session_date_id, m.status) for m in marks]))


# --- the commands (the demo's too) ------------------------------------------------------------------------------


async def mark(session: AsyncSession, training_session: TrainingSession, actor: Principal,
               marks: Sequence[tuple[uuid.UUID, uuid.UUID, AttendanceStatus]],
               method: AttendanceMethod = AttendanceMethod.staff) -> int:
    """Writes marks already checked (enrolment, date, status), the last one standing, and their history events
    (one executemany per status and date)."""
    if not marks:
        return 0
    at = utcnow()
    await session.execute(_upsert(session), [
        {"id": uuid.uuid4(), "enrolment_id": enrolment_id, "session_date_id": date_id, "status": status,
         "method": method, "actor_subject": actor.subject, "at": at} for enrolment_id, date_id, status in marks])
    days = {d.id: _day(d) for d in training_session.dates}
    events: dict[tuple[AttendanceStatus, uuid.UUID], list[uuid.UUID]] = defaultdict(list)
    for enrolment_id, date_id, status in marks:
        events[status, date_id].append(enrolment_id)
    for (status, date_id), enrolment_ids in events.items():
        await history.record(session, enrolment_ids, EVENT_OF[status], actor, days[date_id])
    return len(marks)


async def mark_all(session: AsyncSession, training_session: TrainingSession, actor: Principal,
                   status: AttendanceStatus = AttendanceStatus.full,
                   dates: Iterable[SessionDate] | None = None) -> int:
    """Marks every booked enrolment of the session on each of `dates` (all its dates by default)."""
    enrolment_ids = list(await session.scalars(select(Enrolment.id).where(
        Enrolment.session_id == training_session.id, Enrolment.status == EnrolmentStatus.booked)))
    chosen = list(training_session.dates if dates is None else dates)
    return await mark(session, training_session, actor,
                      [(enrolment_id, d.id, status) for d in chosen for enrolment_id in enrolment_ids])


# --- helpers ------------------------------------------------------------------------------------------------------


def _date_on(training_session: TrainingSession, now: datetime) -> SessionDate:
    session_date = date_on(training_session.dates, now)
    if session_date is not None:
        return session_date
    upcoming = next_date(training_session.dates, now)
    if upcoming is None:
        raise Conflict("No date of this session is on now, and none is to come.", reason="no_date_on")
    raise Conflict(f"No date of this session is on now; check-in for the next opens at "
                   f"{(upcoming.starts_at - OPENS_BEFORE).isoformat()}.", reason="no_date_on",
                   next_date={"id": str(upcoming.id), "starts_at": upcoming.starts_at.isoformat(),
                              "ends_at": upcoming.ends_at.isoformat()})


async def _check_marks(session: AsyncSession, training_session: TrainingSession, marks: Sequence[Mark]) -> None:
    """Every enrolment holds a seat on this session, every date is one of its dates, no pair twice."""
    date_ids = {d.id for d in training_session.dates}
    seated = set(await session.scalars(select(Enrolment.id).where(
        Enrolment.session_id == training_session.id, Enrolment.status.in_(ON_ROLL),
        Enrolment.id.in_({m.enrolment_id for m in marks}))))
    seen: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for index, item in enumerate(marks):
        field = f"marks[{index}]"
        if item.enrolment_id not in seated:
            raise InvalidField(field, f"enrolment {item.enrolment_id} holds no seat on this session")
        if item.session_date_id not in date_ids:
            raise InvalidField(field, f"{item.session_date_id} is not a date of this session")
        if (item.enrolment_id, item.session_date_id) in seen:
            raise InvalidField(field, "this enrolment is marked twice for the same date")
        seen.add((item.enrolment_id, item.session_date_id))


def _upsert(session: AsyncSession, overwrite: Any = None) -> Any:
    """INSERT .. ON CONFLICT (enrolment, date) DO UPDATE, in the database's own dialect; `overwrite` limits which
    existing rows give way."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Attendance)
    return statement.on_conflict_do_update(
        index_elements=[Attendance.enrolment_id, Attendance.session_date_id],
        set_={name: statement.excluded[name] for name in ("status", "method", "actor_subject", "at")},
        where=overwrite)


def _day(session_date: SessionDate) -> str:
    """The date an event is about, as people name it (a business date)."""
    return business_today(session_date.starts_at).isoformat()
