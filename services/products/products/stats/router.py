from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.timezone import business_today
from products.stats import service
from products.stats.schemas import ProductStats

router = APIRouter(prefix="/api/v1/products/stats", tags=["stats"])


@router.get("", summary="The products figures for the dashboard, and the breakdowns behind them")
async def product_stats(session: SessionDep, _: Staff) -> ProductStats:
    return await service.product_stats(session=session, today=business_today())
