from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.stats import ServiceStats
from chassis.timezone import business_today
from products.stats import service

router = APIRouter(prefix="/api/v1/products/stats", tags=["stats"])


@router.get("", summary="The featured-product figures for the dashboard")
async def product_stats(session: SessionDep, _: Staff) -> ServiceStats:
    return await service.product_stats(session=session, today=business_today())
