import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, fetch_page
from chassis.problems import NotFound, Unprocessable
from chassis.timezone import BUSINESS_TZ
from training.programmes.models import Programme
from training.sessions.models import SessionLevel, TrainingSession
from training.sessions.schemas import TrainingSessionCreate


def start_of_day(day: date) -> datetime:
    """Midnight of a business date (Asia/Shanghai), as an aware datetime."""
    return datetime.combine(day, time.min, tzinfo=BUSINESS_TZ)


def sessions_with_programme() -> Select[TrainingSession]:
    return select(TrainingSession).options(selectinload(TrainingSession.programme))


async def list_sessions(*, session: AsyncSession, page: PageParams, programme_id: uuid.UUID | None,
                        level: SessionLevel | None, county_code: str | None, starts_from: date | None,
                        starts_to: date | None) -> tuple[list[TrainingSession], int]:
    """Sessions, latest first; `starts_from`/`starts_to` are business dates, both included."""
    if starts_from and starts_to and starts_from > starts_to:
        raise Unprocessable("The date range ends before it starts.")
    statement = sessions_with_programme().order_by(TrainingSession.starts_at.desc(), TrainingSession.id)
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
    training_session = await session.scalar(sessions_with_programme().where(TrainingSession.id == session_id))
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    return training_session


async def create_session(*, session: AsyncSession, principal: Principal, data: TrainingSessionCreate,
                         session_id: uuid.UUID | None = None) -> TrainingSession:
    ensure_acts_in_county(principal, data.county_code)
    programme = await session.get(Programme, data.programme_id)
    if programme is None:
        raise Unprocessable(f"No programme {data.programme_id}.")
    training_session = TrainingSession(id=session_id or uuid.uuid4(), **data.model_dump(), programme=programme)
    session.add(training_session)
    await session.flush()
    return training_session
