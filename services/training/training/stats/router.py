from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.stats import ServiceStats
from training.stats import service

router = APIRouter(prefix="/api/v1/training/stats", tags=["stats"])


@router.get("", summary="The training figures for the dashboard")
async def training_stats(session: SessionDep, _: Staff) -> ServiceStats:
    return await service.training_stats(session=session)
