from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.cli import main
from chassis.timezone import business_today
from products.config import Settings
from products.demands.service import expire_demands
from products.demo import load_demo
from products.lots.service import expire_lots


async def expire_lots_job(session: AsyncSession) -> str:
    return f"products: {await expire_lots(session=session, today=business_today())} lots expired"


async def expire_demands_job(session: AsyncSession) -> str:
    return f"products: {await expire_demands(session=session, today=business_today())} demands expired"


main(Settings(), Path(__file__).resolve().parents[1] / "migrations", load_demo,
     jobs={"expire-lots": ("mark lots past their best-before expired (run daily)", expire_lots_job),
           "expire-demands": ("mark demands past their wanted window expired (run daily)", expire_demands_job)})
