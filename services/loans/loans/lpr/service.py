from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from loans.lpr.models import LprFixing
from loans.lpr.schemas import LprFixingCreate


async def list_fixings(*, session: AsyncSession, page: PageParams) -> tuple[list[LprFixing], int]:
    statement = select(LprFixing).order_by(LprFixing.effective_date.desc())
    return await fetch_page(session, statement, page)


async def fixing_in_force(*, session: AsyncSession, on: date) -> LprFixing:
    """The latest fixing on or before `on`: the LPR "of the same period" for a contract dated `on`."""
    fixing = await session.scalar(
        select(LprFixing).where(LprFixing.effective_date <= on).order_by(LprFixing.effective_date.desc())
        .limit(1)
    )
    if fixing is None:
        raise NotFound(f"No LPR fixing is in force on {on.isoformat()}.")
    return fixing


async def add_fixing(*, session: AsyncSession, data: LprFixingCreate) -> LprFixing:
    if await session.scalar(select(LprFixing.id).where(LprFixing.effective_date == data.effective_date)):
        raise Conflict(f"A fixing effective {data.effective_date.isoformat()} already exists.")
    fixing = LprFixing(**data.model_dump())
    session.add(fixing)
    await session.flush()
    return fixing
