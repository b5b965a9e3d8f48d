import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from volunteers.activities.models import Activity, ActivityKind
from volunteers.activities.schemas import ActivityCreate


async def list_activities(*, session: AsyncSession, page: PageParams, kind: ActivityKind | None,
                          county_code: str | None, open_on: date | None) -> tuple[list[Activity], int]:
    statement = select(Activity).order_by(Activity.recruit_from.desc(), Activity.name, Activity.id)
    if kind is not None:
        statement = statement.where(Activity.kind == kind)
    if county_code is not None:
        statement = statement.where(Activity.county_code == county_code)
    if open_on is not None:
        statement = statement.where(Activity.recruit_from <= open_on, Activity.recruit_until >= open_on)
    return await fetch_page(session, statement, page)


async def get_activity(*, session: AsyncSession, activity_id: uuid.UUID) -> Activity:
    activity = await session.get(Activity, activity_id)
    if activity is None:
        raise NotFound(f"No activity {activity_id}.")
    return activity


async def create_activity(*, session: AsyncSession, principal: Principal, data: ActivityCreate,
                          activity_id: uuid.UUID | None = None) -> Activity:
    ensure_acts_in_county(principal, data.county_code)
    if await session.scalar(select(Activity.id).where(Activity.name == data.name)):
        raise Conflict(f"An activity named {data.name} already exists.")
    activity = Activity(id=activity_id or uuid.uuid4(), **data.model_dump())
    session.add(activity)
    await session.flush()
    return activity
