"""Demo data: the report's two summers of student volunteers in Qingyuan's villages (history.py) and this
season's camps and team dated from the day it is loaded (today.py), all made through the service functions the
API calls. Loaded once: a second run finds the demo volunteer's profile and adds nothing."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.crypto import FieldCipher
from chassis.timezone import business_today
from volunteers.config import Settings
from volunteers.demo.history import LOADER, Loader, service_teams, summers
from volunteers.demo.names import Names
from volunteers.demo.places import coordinates, service_points
from volunteers.demo.today import DEMO_VOLUNTEER, this_season
from volunteers.demo.work import hours, internships, visits
from volunteers.profiles.models import Profile
from volunteers.teams.schemas import ServicePointCreate
from volunteers.teams.service import create_service_point


async def load_demo(session: AsyncSession) -> str:
    if await session.scalar(select(Profile.id).where(Profile.user_id == DEMO_VOLUNTEER.subject)):
        return "volunteers: the demo is already loaded"
    loader = Loader(session=session, cipher=FieldCipher(Settings().field_encryption_key.get_secret_value()),
                    names=Names(seed=2019), points={})
    for county, town, village in service_points():
        latitude, longitude = coordinates(county, village)
        point = await create_service_point(session=session, principal=LOADER, point_id=loader.id("point", village),
                                           data=ServicePointCreate(county_code=county, town=town, village=village,
                                                                   latitude=latitude, longitude=longitude))
        loader.points[village] = point.id
    await summers(loader)
    await service_teams(loader)
    today = business_today()
    await this_season(loader, today)
    await hours(loader, today)
    await visits(loader)
    await internships(loader)
    return f"volunteers: demo loaded ({len(loader.points)} service points, the 2019 and 2020 summers, this season)"
