from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.stats import ServiceStats
from volunteers.stats import service

router = APIRouter(prefix="/api/v1/volunteers/stats", tags=["stats"])


@router.get("", summary="The volunteer figures for the dashboard")
async def volunteer_stats(session: SessionDep, _: Staff) -> ServiceStats:
    return await service.volunteer_stats(session=session)
