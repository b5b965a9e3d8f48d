"""Reading attendance: the register of a session, and the caller's own place on one.

The register lists the enrolments that hold a seat: booked ones, and once the session is closed the completed and
incomplete ones. A waitlisted or cancelled enrolment never attended anything.
"""

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.problems import NotFound
from training.attendance.models import Attendance, AttendanceStatus
from training.attendance.schemas import AttendanceSheet, SheetDate, SheetRow
from training.enrolments.models import Enrolment, EnrolmentStatus
from training.sessions.service import session_to_manage
from training.trainees.models import Trainee

ON_ROLL = (EnrolmentStatus.booked, EnrolmentStatus.completed, EnrolmentStatus.incomplete)


async def sheet(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID) -> AttendanceSheet:
    training_session = await session_to_manage(session=session, principal=principal, session_id=session_id)
    on_roll = (Enrolment.session_id == session_id) & Enrolment.status.in_(ON_ROLL)
    enrolments = (await session.execute(
        select(Enrolment.id, Enrolment.trainee_id, Trainee.name, Enrolment.status)
        .join(Trainee, Trainee.id == Enrolment.trainee_id).where(on_roll).order_by(Trainee.name, Enrolment.id)
    )).all()
    marks: dict[uuid.UUID, dict[uuid.UUID, AttendanceStatus]] = defaultdict(dict)
    for enrolment_id, session_date_id, status in await session.execute(
            select(Attendance.enrolment_id, Attendance.session_date_id, Attendance.status)
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id).where(on_roll)):
        marks[enrolment_id][session_date_id] = status
    return AttendanceSheet(
        dates=[SheetDate.model_validate(d) for d in training_session.dates],
        rows=[SheetRow(enrolment_id=enrolment_id, trainee_id=trainee_id, trainee_name=name, status=status,
                       marks=marks.get(enrolment_id, {}))
              for enrolment_id, trainee_id, name, status in enrolments])


async def own_enrolment(*, session: AsyncSession, principal: Principal,
                         session_id: uuid.UUID) -> tuple[uuid.UUID, EnrolmentStatus] | None:
    """The caller's live enrolment on the session and its status (None: they have none). A caller without a
    trainee record is told so: they register first."""
    row = (await session.execute(
        select(Trainee.id, Enrolment.id, Enrolment.status)
        .outerjoin(Enrolment, (Enrolment.trainee_id == Trainee.id) & (Enrolment.session_id == session_id)
                   & (Enrolment.status != EnrolmentStatus.cancelled))
        .where(Trainee.user_id == principal.subject)
    )).first()
    if row is None:
        raise NotFound("You have no trainee record: register first.")
    _, enrolment_id, status = row
    return None if enrolment_id is None else (enrolment_id, status)
