from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from training.stats import service
from training.stats.schemas import TrainingStats

router = APIRouter(prefix="/api/v1/training/stats", tags=["stats"])


@router.get("", summary="The training figures and their breakdowns (county staff: their county's)")
async def training_stats(session: SessionDep, principal: Staff) -> TrainingStats:
    return await service.training_stats(session=session, principal=principal)
