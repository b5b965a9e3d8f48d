"""HTTP for lots: each route declares who may call it and calls one function of the folder."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from chassis.timezone import business_today
from products.catalogue.models import ProductCategory
from products.deps import Market, StaffOrEntrepreneur
from products.fields import ExpiryReport
from products.lots import queries, service
from products.lots.lifecycle import LotStatus
from products.lots.schemas import LotCreate, LotRead, LotUpdate

router = APIRouter(prefix="/api/v1/products/lots", tags=["lots"])


@router.get("", summary="Lots the caller may see, newest first (a buyer: those on offer)")
async def list_lots(
    session: SessionDep, principal: Market, page: PageDep, status: LotStatus | None = None,
    product_id: uuid.UUID | None = None, category: ProductCategory | None = None,
    county_code: CountyCode | None = None, seller_id: uuid.UUID | None = None, unsold: bool | None = None,
    on_offer: Annotated[bool | None, Query(description="true: open or partly sold; false: the others")] = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the product's or seller's name")] = None,
) -> Page[LotRead]:
    return await queries.list_lots(session=session, principal=principal, page=page, status=status,
                                   product_id=product_id, category=category, county_code=county_code,
                                   seller_id=seller_id, unsold=unsold, on_offer=on_offer, q=q)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="List a lot (a seller: their own; staff: for a seller in their county)")
async def create_lot(session: SessionDep, principal: StaffOrEntrepreneur, data: LotCreate) -> LotRead:
    return await service.create(session=session, principal=principal, data=data)


@router.post("/expire", summary="Expire the lots past their best-before now (the daily job does it too)")
async def expire_lots(session: SessionDep, principal: Staff) -> ExpiryReport:
    return await service.expire(session=session, principal=principal, today=business_today())


@router.get("/{lot_id}", summary="One lot, with what remains of it")
async def get_lot(session: SessionDep, principal: Market, lot_id: uuid.UUID) -> LotRead:
    return await queries.read_lot(session=session, principal=principal, lot_id=lot_id)


@router.patch("/{lot_id}", summary="The seller or staff correct a lot on offer: price, best-before, quantity, note")
async def edit_lot(session: SessionDep, principal: StaffOrEntrepreneur, lot_id: uuid.UUID, data: LotUpdate) -> LotRead:
    return await service.edit(session=session, principal=principal, lot_id=lot_id, data=data)


@router.post("/{lot_id}/withdraw", summary="The seller or staff withdraw a lot on offer")
async def withdraw(session: SessionDep, principal: StaffOrEntrepreneur, lot_id: uuid.UUID) -> LotRead:
    return await service.withdraw(session=session, principal=principal, lot_id=lot_id)
