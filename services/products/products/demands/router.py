"""HTTP for demands: each route declares who may call it and calls one function of the folder."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from chassis.timezone import business_today
from products.catalogue.models import ProductCategory
from products.demands import queries, service
from products.demands.lifecycle import DemandStatus
from products.demands.recurrence import Recurrence
from products.demands.schemas import CancelBody, DemandCreate, DemandRead, DemandUpdate
from products.deps import StaffOrBuyer
from products.fields import ExpiryReport

router = APIRouter(prefix="/api/v1/products/demands", tags=["demands"])


@router.get("", summary="Demands the caller may see, newest first")
async def list_demands(
    session: SessionDep, principal: StaffOrBuyer, page: PageDep, status: DemandStatus | None = None,
    product_id: uuid.UUID | None = None, category: ProductCategory | None = None,
    county_code: CountyCode | None = None, buyer_id: uuid.UUID | None = None, recurrence: Recurrence | None = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the product's or buyer's name")] = None,
) -> Page[DemandRead]:
    return await queries.list_demands(session=session, principal=principal, page=page, status=status,
                                      product_id=product_id, category=category, county_code=county_code,
                                      buyer_id=buyer_id, recurrence=recurrence, q=q)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Post a demand (a buyer: their own; staff: for a buyer in their county)")
async def create_demand(session: SessionDep, principal: StaffOrBuyer, data: DemandCreate) -> DemandRead:
    return await service.create(session=session, principal=principal, data=data)


@router.post("/expire", summary="Expire the demands whose window has ended now (the daily job does it too)")
async def expire_demands(session: SessionDep, principal: Staff) -> ExpiryReport:
    return await service.expire(session=session, principal=principal, today=business_today())


@router.get("/{demand_id}", summary="One demand, with what is still wanted")
async def get_demand(session: SessionDep, principal: StaffOrBuyer, demand_id: uuid.UUID) -> DemandRead:
    return await queries.read_demand(session=session, principal=principal, demand_id=demand_id)


@router.patch("/{demand_id}", summary="The buyer or staff correct a demand still wanted: quantity, ceiling, window")
async def edit_demand(session: SessionDep, principal: StaffOrBuyer, demand_id: uuid.UUID,
                      data: DemandUpdate) -> DemandRead:
    return await service.edit(session=session, principal=principal, demand_id=demand_id, data=data)


@router.post("/{demand_id}/cancel",
             summary="The buyer or staff cancel a demand (a weekly or monthly one then makes the next)")
async def cancel(session: SessionDep, principal: StaffOrBuyer, demand_id: uuid.UUID,
                 body: CancelBody | None = None) -> DemandRead:
    return await service.cancel(session=session, principal=principal, demand_id=demand_id, body=body,
                                today=business_today())
