from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.stats import ServiceStats, by_county, figure
from volunteers.activities.models import Activity, ActivityKind


async def volunteer_stats(*, session: AsyncSession) -> ServiceStats:
    activities, places, summer_camps, service_teams = (await session.execute(
        select(func.count(), func.coalesce(func.sum(Activity.places), 0),
               func.count().filter(Activity.kind == ActivityKind.summer_camp),
               func.count().filter(Activity.kind == ActivityKind.service_team))
    )).one()
    # A service point is a village, wherever and however often it is served.
    service_points = await session.scalar(select(func.count()).select_from(
        select(Activity.county_code, Activity.town, Activity.village).distinct().subquery()))
    per_county = await session.execute(select(Activity.county_code, func.count()).group_by(Activity.county_code))
    return ServiceStats(
        service="volunteers",
        figures=[
            figure("activities", activities, "activities"),
            figure("places", places, "students"),
            figure("summer_camps", summer_camps, "camps"),
            figure("service_teams", service_teams, "teams"),
            figure("service_points", service_points or 0, "villages"),
        ],
        by_county=by_county((code, count) for code, count in per_county),
    )
