"""HTTP for matching: a demand's eligible lots, best first, each with the parts of its score."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from chassis.db import SessionDep
from chassis.timezone import business_today
from products.deps import StaffOrBuyer
from products.matching import queries
from products.matching.schemas import MatchList

router = APIRouter(prefix="/api/v1/products/demands", tags=["matching"])


@router.get("/{demand_id}/matches", summary="The lots that may fill a demand, best first, and why")
async def list_matches(session: SessionDep, principal: StaffOrBuyer, demand_id: uuid.UUID,
                       limit: Annotated[int, Query(ge=1, le=100, description="How many lots (at most 100)")] = 20,
                       ) -> MatchList:
    return await queries.matches(session=session, principal=principal, demand_id=demand_id, limit=limit,
                                 today=business_today())
