from typing import Annotated

from fastapi import APIRouter, Query

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.timezone import business_today
from loans.stats import service
from loans.stats.schemas import LoanStats

router = APIRouter(prefix="/api/v1/loans/stats", tags=["stats"])


@router.get("", summary="The loan programme's figures: by year, county, use and bank")
async def loan_stats(session: SessionDep, principal: Staff,
                     year: Annotated[int | None, Query(ge=2000, le=2100, description="Contract year")] = None,
                     ) -> LoanStats:
    return await service.loan_stats(session=session, principal=principal, today=business_today(), year=year)
