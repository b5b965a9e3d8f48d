import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, case, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.db import utcnow
from chassis.pagination import PageParams, fetch_page
from chassis.problems import InvalidField, NotFound, Unprocessable
from chassis.timezone import BUSINESS_TZ
from training.lecturers.models import Lecturer
from training.programmes.models import Programme
from training.sessions.models import SessionDate, SessionLevel, TrainingSession
from training.sessions.schemas import TrainingSessionCreate

CANCELLATION_NOTICE = timedelta(hours=24)


def start_of_day(day: date) -> datetime:
    """Midnight of a business date (Asia/Shanghai), as an aware datetime."""
    return datetime.combine(day, time.min, tzinfo=BUSINESS_TZ)


def sessions_in_full() -> Select[TrainingSession]:
    """Sessions with what their read model shows, read afresh even if this transaction holds them already."""
    return select(TrainingSession).execution_options(populate_existing=True).options(
        selectinload(TrainingSession.programme), selectinload(TrainingSession.dates),
        selectinload(TrainingSession.lecturers))


async def list_sessions(*, session: AsyncSession, page: PageParams, programme_id: uuid.UUID | None,
                        level: SessionLevel | None, county_code: str | None, starts_from: date | None,
                        starts_to: date | None, upcoming: bool = False,
                        county_first: str | None = None) -> tuple[list[TrainingSession], int]:
    """Sessions, latest first; `starts_from`/`starts_to` are business dates, both included. `upcoming`: those
    not yet over, soonest first; `county_first`: that county's sessions before the others (a phone's 'near me')."""
    if starts_from and starts_to and starts_from > starts_to:
        raise Unprocessable("The date range ends before it starts.")
    order: list[Any] = [TrainingSession.starts_at] if upcoming else [TrainingSession.starts_at.desc()]
    if county_first is not None:
        order.insert(0, case((TrainingSession.county_code == county_first, 0), else_=1))
    statement = sessions_in_full().order_by(*order, TrainingSession.id)
    if upcoming:
        statement = statement.where(TrainingSession.ends_at > utcnow(), TrainingSession.completed_at.is_(None))
    if programme_id is not None:
        statement = statement.where(TrainingSession.programme_id == programme_id)
    if level is not None:
        statement = statement.where(TrainingSession.level == level)
    if county_code is not None:
        statement = statement.where(TrainingSession.county_code == county_code)
    if starts_from is not None:
        statement = statement.where(TrainingSession.starts_at >= start_of_day(starts_from))
    if starts_to is not None:
        statement = statement.where(TrainingSession.starts_at < start_of_day(starts_to + timedelta(days=1)))
    return await fetch_page(session, statement, page)


async def get_session(*, session: AsyncSession, session_id: uuid.UUID) -> TrainingSession:
    training_session = await session.scalar(sessions_in_full().where(TrainingSession.id == session_id))
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    return training_session


async def session_to_manage(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID) -> TrainingSession:
    """A session the staff member runs: any for city staff, their county's for county staff (a city-level
    session is the city's)."""
    training_session = await get_session(session=session, session_id=session_id)
    ensure_acts_in_county(principal, training_session.county_code)
    return training_session


async def create_session(*, session: AsyncSession, principal: Principal, data: TrainingSessionCreate,
                         session_id: uuid.UUID | None = None) -> TrainingSession:
    ensure_acts_in_county(principal, data.county_code)
    programme = await session.get(Programme, data.programme_id)
    if programme is None:
        raise InvalidField("programme_id", f"No programme {data.programme_id}.")
    lecturers = list(await session.scalars(select(Lecturer).where(Lecturer.id.in_(data.lecturer_ids))))
    if len(lecturers) != len(set(data.lecturer_ids)):
        raise InvalidField("lecturer_ids", "An unknown lecturer is named.")
    closes = data.enrolment_closes_at or data.starts_at
    opens = data.enrolment_opens_at or min(utcnow(), closes)
    dates = data.dates or []
    training_session = TrainingSession(
        id=session_id or uuid.uuid4(), programme=programme, lecturers=lecturers,
        dates=[SessionDate(id=uuid.uuid4(), starts_at=d.starts_at, ends_at=d.ends_at) for d in dates]
        or [SessionDate(id=uuid.uuid4(), starts_at=data.starts_at, ends_at=data.ends_at)],
        enrolment_opens_at=opens, enrolment_closes_at=closes,
        cancellation_cutoff_at=data.cancellation_cutoff_at or data.starts_at - CANCELLATION_NOTICE,
        booked_count=0, waitlist_count=0, roster_version=0,
        **data.model_dump(exclude={"dates", "lecturer_ids", "enrolment_opens_at", "enrolment_closes_at",
                                   "cancellation_cutoff_at"}))
    session.add(training_session)
    await session.flush()
    return await get_session(session=session, session_id=training_session.id)
