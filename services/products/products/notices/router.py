import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from chassis.auth.deps import Public, Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from chassis.problems import problem_responses
from chassis.timezone import business_today
from products.deps import CipherDep, StaffOrEntrepreneur
from products.notices import queries, service
from products.notices.lifecycle import NoticeAction, NoticeStatus
from products.notices.schemas import (
    InquiryCreate,
    InquiryRead,
    InquiryReceipt,
    NoticeCreate,
    NoticeDetail,
    NoticeRead,
    PublicNotice,
)

notices = APIRouter(prefix="/api/v1/products/notices", tags=["notices"])
public = APIRouter(prefix="/api/v1/products/public/notices", tags=["public"])
inquiries = APIRouter(prefix="/api/v1/products/inquiries", tags=["inquiries"])
# The public page's answers may be kept a minute by browsers and caches: a notice changes rarely.
PUBLIC_CACHE = "public, max-age=60"


@notices.get("", summary="Notices of unsold produce (county staff: their county's and the city-wide ones)")
async def list_notices(
    session: SessionDep, principal: Staff, page: PageDep, status: NoticeStatus | None = None,
    county_code: CountyCode | None = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the notice's title")] = None,
) -> Page[NoticeRead]:
    return await queries.list_notices(session=session, principal=principal, page=page, status=status,
                                      county_code=county_code, q=q)


@notices.post("", status_code=status.HTTP_201_CREATED, summary="Draft a notice of unsold produce over lots")
async def create_notice(session: SessionDep, principal: Staff, data: NoticeCreate) -> NoticeDetail:
    return await service.create(session=session, principal=principal, data=data)


@notices.get("/{notice_id}", summary="One notice, its lots and its history")
async def get_notice(session: SessionDep, principal: Staff, notice_id: uuid.UUID) -> NoticeDetail:
    return await queries.read_notice(session=session, principal=principal, notice_id=notice_id)


@notices.post("/{notice_id}/publish", summary="Publish a draft notice on the public page")
async def publish_notice(session: SessionDep, principal: Staff, notice_id: uuid.UUID) -> NoticeDetail:
    return await service.act(session=session, principal=principal, notice_id=notice_id,
                             action=NoticeAction.publish)


@notices.post("/{notice_id}/close", summary="Close a notice: off the public page, no more inquiries")
async def close_notice(session: SessionDep, principal: Staff, notice_id: uuid.UUID) -> NoticeDetail:
    return await service.act(session=session, principal=principal, notice_id=notice_id, action=NoticeAction.close)


@public.get("", summary="The public page: published notices and their lots on offer (no login)")
async def list_public_notices(session: SessionDep, _: Public, response: Response,
                              page: PageDep) -> Page[PublicNotice]:
    response.headers["Cache-Control"] = PUBLIC_CACHE
    return await queries.list_public(session=session, page=page, today=business_today())


@public.get("/{notice_id}", summary="One published notice and its lots on offer (no login)")
async def get_public_notice(session: SessionDep, _: Public, response: Response,
                            notice_id: uuid.UUID) -> PublicNotice:
    response.headers["Cache-Control"] = PUBLIC_CACHE
    return await queries.read_public(session=session, notice_id=notice_id, today=business_today())


@public.post("/{notice_id}/inquiries", status_code=status.HTTP_201_CREATED, responses=problem_responses(429),
             summary="\"I want to buy\": ask about a published notice or one of its lots (no login)")
async def create_inquiry(session: SessionDep, _: Public, cipher: CipherDep, notice_id: uuid.UUID,
                         data: InquiryCreate) -> InquiryReceipt:
    return await service.inquire(session=session, cipher=cipher, notice_id=notice_id, data=data)


@inquiries.get("", summary="Inquiries from the public page (staff: their county's; a seller: on their lots)")
async def list_inquiries(session: SessionDep, principal: StaffOrEntrepreneur, cipher: CipherDep, page: PageDep,
                         notice_id: uuid.UUID | None = None) -> Page[InquiryRead]:
    return await queries.list_inquiries(session=session, principal=principal, cipher=cipher, page=page,
                                        notice_id=notice_id)
