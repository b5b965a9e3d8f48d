"""Reading clearing runs: city staff see every run, county staff the runs of their county's lots."""

import uuid

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.pagination import Page, PageParams, fetch_page, page_of
from chassis.problems import NotFound
from products.clearing.models import ClearingAllocation, ClearingRun
from products.clearing.schemas import AllocationRead, ClearingRunRead, ClearingRunSummary


def visible_to(principal: Principal) -> ColumnElement[bool]:
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return ClearingRun.county_code == principal.county_code
        case _:
            return false()


async def list_runs(*, session: AsyncSession, principal: Principal, page: PageParams) -> Page[ClearingRunSummary]:
    statement = (select(ClearingRun).where(visible_to(principal))
                 .order_by(ClearingRun.created_at.desc(), ClearingRun.id))
    rows, total = await fetch_page(session, statement, page)
    return page_of(ClearingRunSummary, rows, total, page)


async def read_run(*, session: AsyncSession, principal: Principal, run_id: uuid.UUID) -> ClearingRunRead:
    run = await session.scalar(select(ClearingRun).where(ClearingRun.id == run_id, visible_to(principal)))
    if run is None:
        raise NotFound(f"No clearing run {run_id}.")
    # Columns, not ORM objects: a run over the whole city allocates thousands of lots.
    allocations = await session.execute(
        select(ClearingAllocation.lot_id, ClearingAllocation.demand_id, ClearingAllocation.quantity_kg,
               ClearingAllocation.price_per_kg, ClearingAllocation.deal_id, ClearingAllocation.unit_cost)
        .where(ClearingAllocation.run_id == run.id)
        .order_by(ClearingAllocation.lot_id, ClearingAllocation.demand_id))
    return ClearingRunRead(**ClearingRunSummary.model_validate(run).model_dump(), allocations=[
        AllocationRead(lot_id=lot_id, demand_id=demand_id, quantity_kg=quantity, price_per_kg=price, deal_id=deal_id,
                       unit_cost=unit_cost)
        for lot_id, demand_id, quantity, price, deal_id, unit_cost in allocations])
