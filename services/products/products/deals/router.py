"""HTTP for deals: each route declares who may call it and calls one function of the folder."""

import uuid

from fastapi import APIRouter, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from chassis.timezone import business_today
from products.deals import queries, service
from products.deals.lifecycle import DealAction, DealStatus
from products.deals.schemas import ActionBody, DealCreate, DealDetail, DealRead, Delivery
from products.deps import BuyerAccount, Entrepreneur, Market, Trader

router = APIRouter(prefix="/api/v1/products/deals", tags=["deals"])


@router.get("", summary="Deals the caller may see, newest first")
async def list_deals(
    session: SessionDep, principal: Market, page: PageDep, status: DealStatus | None = None,
    lot_id: uuid.UUID | None = None, demand_id: uuid.UUID | None = None, seller_id: uuid.UUID | None = None,
    buyer_id: uuid.UUID | None = None, product_id: uuid.UUID | None = None, county_code: CountyCode | None = None,
) -> Page[DealRead]:
    return await queries.list_deals(session=session, principal=principal, page=page, status=status, lot_id=lot_id,
                                    demand_id=demand_id, seller_id=seller_id, buyer_id=buyer_id,
                                    product_id=product_id, county_code=county_code)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Propose a deal (staff of the lot's county, the lot's seller or the demand's buyer)")
async def create_deal(session: SessionDep, principal: Market, data: DealCreate) -> DealDetail:
    return await service.create(session=session, principal=principal, data=data)


@router.get("/{deal_id}", summary="One deal with its timeline and the caller's next steps")
async def get_deal(session: SessionDep, principal: Market, deal_id: uuid.UUID) -> DealDetail:
    return await queries.read_deal(session=session, principal=principal, deal_id=deal_id)


@router.post("/{deal_id}/accept",
             summary="The lot's seller or the demand's buyer accepts, each for their own side; the second takes "
                     "the quantity from the lot and the demand")
async def accept(session: SessionDep, principal: Trader, deal_id: uuid.UUID) -> DealDetail:
    return await service.act(session=session, principal=principal, deal_id=deal_id, action=DealAction.accept,
                             body=None, today=business_today())


@router.post("/{deal_id}/ship", summary="The seller ships an accepted deal")
async def ship(session: SessionDep, principal: Entrepreneur, deal_id: uuid.UUID,
               body: ActionBody | None = None) -> DealDetail:
    return await service.act(session=session, principal=principal, deal_id=deal_id, action=DealAction.ship,
                             body=body, today=business_today())


@router.post("/{deal_id}/deliver",
             summary="The buyer confirms what arrived (at most the deal's quantity; the rest goes back to the lot)")
async def deliver(session: SessionDep, principal: BuyerAccount, deal_id: uuid.UUID, body: Delivery) -> DealDetail:
    return await service.act(session=session, principal=principal, deal_id=deal_id, action=DealAction.deliver,
                             body=body, today=business_today())


@router.post("/{deal_id}/dispute", summary="Either side disputes a shipped or delivered deal (a reason)")
async def dispute(session: SessionDep, principal: Trader, deal_id: uuid.UUID, body: ActionBody) -> DealDetail:
    return await service.act(session=session, principal=principal, deal_id=deal_id, action=DealAction.dispute,
                             body=body, today=business_today())


@router.post("/{deal_id}/settle", summary="Staff of the deal's county settle a delivered or disputed deal")
async def settle(session: SessionDep, principal: Staff, deal_id: uuid.UUID,
                 body: ActionBody | None = None) -> DealDetail:
    return await service.act(session=session, principal=principal, deal_id=deal_id, action=DealAction.settle,
                             body=body, today=business_today())


@router.post("/{deal_id}/cancel",
             summary="Either side or staff cancel a deal before it ships (a reason); a taken quantity goes back")
async def cancel(session: SessionDep, principal: Market, deal_id: uuid.UUID, body: ActionBody) -> DealDetail:
    return await service.act(session=session, principal=principal, deal_id=deal_id, action=DealAction.cancel,
                             body=body, today=business_today())
