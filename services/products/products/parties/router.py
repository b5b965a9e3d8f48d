"""HTTP for sellers and buyers: each route declares who may call it and calls one function of the folder."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from products.deps import BuyerAccount, CipherDep, Entrepreneur, StaffOrBuyer, StaffOrEntrepreneur
from products.parties import queries, service
from products.parties.lifecycle import SellerAction, SellerStatus
from products.parties.models import BuyerKind, SellerKind
from products.parties.schemas import ActionBody, BuyerCreate, BuyerRead, SellerCreate, SellerDetail, SellerRead

sellers = APIRouter(prefix="/api/v1/products/sellers", tags=["sellers"])
buyers = APIRouter(prefix="/api/v1/products/buyers", tags=["buyers"])
Search = Annotated[str | None, Query(max_length=50, description="Part of the name")]


@sellers.get("", summary="Sellers the caller may see, newest first")
async def list_sellers(session: SessionDep, principal: StaffOrEntrepreneur, cipher: CipherDep, page: PageDep,
                       status: SellerStatus | None = None, kind: SellerKind | None = None,
                       county_code: CountyCode | None = None, q: Search = None) -> Page[SellerRead]:
    return await queries.list_sellers(session=session, principal=principal, cipher=cipher, page=page, status=status,
                                      kind=kind, county_code=county_code, q=q)


@sellers.post("", status_code=status.HTTP_201_CREATED,
              summary="Register a seller, pending admission (an entrepreneur: themselves; staff: in their county)")
async def register_seller(session: SessionDep, principal: StaffOrEntrepreneur, cipher: CipherDep,
                          data: SellerCreate) -> SellerDetail:
    return await service.register_seller(session=session, principal=principal, cipher=cipher, data=data)


@sellers.get("/me", summary="My seller record, with its admission history")
async def my_seller(session: SessionDep, principal: Entrepreneur, cipher: CipherDep) -> SellerDetail:
    return await queries.read_own_seller(session=session, principal=principal, cipher=cipher)


@sellers.get("/{seller_id}", summary="One seller with its admission history and what the caller may do")
async def get_seller(session: SessionDep, principal: StaffOrEntrepreneur, cipher: CipherDep,
                     seller_id: uuid.UUID) -> SellerDetail:
    return await queries.read_seller(session=session, principal=principal, cipher=cipher, seller_id=seller_id)


@sellers.post("/{seller_id}/admit", summary="Staff of the seller's county admit it: its lots go on offer")
async def admit(session: SessionDep, principal: Staff, cipher: CipherDep, seller_id: uuid.UUID,
                body: ActionBody | None = None) -> SellerDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, seller_id=seller_id,
                             action=SellerAction.admit, body=body)


@sellers.post("/{seller_id}/suspend", summary="Staff suspend a seller (a reason): its lots leave the market")
async def suspend(session: SessionDep, principal: Staff, cipher: CipherDep, seller_id: uuid.UUID,
                  body: ActionBody) -> SellerDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, seller_id=seller_id,
                             action=SellerAction.suspend, body=body)


@sellers.post("/{seller_id}/reinstate", summary="Staff reinstate a suspended seller")
async def reinstate(session: SessionDep, principal: Staff, cipher: CipherDep, seller_id: uuid.UUID,
                    body: ActionBody | None = None) -> SellerDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, seller_id=seller_id,
                             action=SellerAction.reinstate, body=body)


@buyers.get("", summary="Buyers the caller may see, newest first")
async def list_buyers(session: SessionDep, principal: StaffOrBuyer, page: PageDep, kind: BuyerKind | None = None,
                      county_code: CountyCode | None = None, q: Search = None) -> Page[BuyerRead]:
    return await queries.list_buyers(session=session, principal=principal, page=page, kind=kind,
                                     county_code=county_code, q=q)


@buyers.post("", status_code=status.HTTP_201_CREATED,
             summary="Register a buyer (a buyer's account: itself; staff: one without an account, in their county)")
async def register_buyer(session: SessionDep, principal: StaffOrBuyer, data: BuyerCreate) -> BuyerRead:
    return await service.register_buyer(session=session, principal=principal, data=data)


@buyers.get("/me", summary="My buyer record, with the progress of my pledge")
async def my_buyer(session: SessionDep, principal: BuyerAccount) -> BuyerRead:
    return await queries.read_own_buyer(session=session, principal=principal)


@buyers.get("/{buyer_id}", summary="One buyer")
async def get_buyer(session: SessionDep, principal: StaffOrBuyer, buyer_id: uuid.UUID) -> BuyerRead:
    return await queries.read_buyer(session=session, principal=principal, buyer_id=buyer_id)
