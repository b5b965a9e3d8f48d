from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from volunteers.stats import service
from volunteers.stats.schemas import VolunteerStats

router = APIRouter(prefix="/api/v1/volunteers/stats", tags=["stats"])


@router.get("", summary="The volunteer figures for the dashboard, by year and kind of activity and by activity")
async def volunteer_stats(session: SessionDep, _: Staff) -> VolunteerStats:
    return await service.volunteer_stats(session=session)
