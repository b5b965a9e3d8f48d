from fastapi import APIRouter

from chassis.db import SessionDep
from loans.deps import StaffOrBank
from loans.subsidy import service
from loans.subsidy.schemas import SubsidyQuoteRead, SubsidyQuoteRequest

router = APIRouter(prefix="/api/v1/loans/subsidy", tags=["subsidy"])


@router.post("/quote", summary="The subsidy of one loan over one claim period (nothing is recorded)")
async def quote(session: SessionDep, _: StaffOrBank, data: SubsidyQuoteRequest) -> SubsidyQuoteRead:
    """Banks quote before they file a claim; staff check a claim line with it."""
    return await service.quote(session=session, data=data)
