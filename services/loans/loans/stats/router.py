from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.stats import ServiceStats
from chassis.timezone import business_today
from loans.stats import service

router = APIRouter(prefix="/api/v1/loans/stats", tags=["stats"])


@router.get("", summary="The loan programme's figures for the dashboard")
async def loan_stats(session: SessionDep, _: Staff) -> ServiceStats:
    return await service.loan_stats(session=session, today=business_today())
