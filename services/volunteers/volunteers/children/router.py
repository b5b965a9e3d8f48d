import uuid
from typing import Annotated
from urllib.parse import unquote

from fastapi import APIRouter, Header, Query, Request, Response, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.excel import XLSX_RESPONSE, workbook_response
from chassis.pagination import Page, PageDep
from volunteers.children import records, service
from volunteers.children.schemas import (
    AccessRead,
    ChildRead,
    ChildSummary,
    ChildWrite,
    PhotoRead,
    TenOneCreate,
    TenOneRead,
)
from volunteers.deps import CipherDep, IdempotencyDep, StaffOrVolunteer

router = APIRouter(prefix="/api/v1/volunteers/children", tags=["children"])
Search = Annotated[str | None, Query(min_length=1, max_length=50, description="Part of the name or village")]
PHOTO_BODY = {"requestBody": {"required": True, "content": {
    media: {"schema": {"type": "string", "format": "binary"}} for media in ("image/jpeg", "image/png")}}}
Caption = Annotated[str, Header(max_length=200, description="The photo's caption, percent-encoded (UTF-8)")]


@router.get("", summary="Children the caller may see (a volunteer: their team's camps, around the camp's dates)")
async def list_children(session: SessionDep, principal: StaffOrVolunteer, page: PageDep,
                        camp_id: uuid.UUID | None = None, county_code: CountyCode | None = None,
                        q: Search = None) -> Page[ChildSummary]:
    rows, total = await service.list_children(session=session, principal=principal, page=page, camp_id=camp_id,
                                              county_code=county_code, q=q)
    return Page[ChildSummary](items=rows, total=total, limit=page.limit, offset=page.offset)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Record a child with the guardian's consent (county staff: their county's camps)")
async def create_child(session: SessionDep, principal: Staff, cipher: CipherDep, data: ChildWrite) -> ChildRead:
    return await service.create_child(session=session, principal=principal, cipher=cipher, data=data)


@router.get("/export.xlsx", summary="The list as Excel: names masked, no guardian's name or phone",
            response_class=Response, responses=XLSX_RESPONSE)
async def export_children(session: SessionDep, principal: Staff, camp_id: uuid.UUID | None = None,
                          county_code: CountyCode | None = None, q: Search = None) -> Response:
    return workbook_response(await records.export_children(session=session, principal=principal, camp_id=camp_id,
                                                           county_code=county_code, q=q), "children.xlsx")


@router.get("/{child_id}", summary="One child's record (every read is logged)")
async def get_child(session: SessionDep, principal: StaffOrVolunteer, cipher: CipherDep,
                    child_id: uuid.UUID) -> ChildRead:
    return await service.get_child(session=session, principal=principal, cipher=cipher, child_id=child_id)


@router.post("/{child_id}/ten-ones", status_code=status.HTTP_201_CREATED,
             summary="Record one of the child's ten ones (idempotent: a phone may send it again)")
async def record_ten_one(session: SessionDep, principal: StaffOrVolunteer, idem: IdempotencyDep,
                         child_id: uuid.UUID, data: TenOneCreate) -> TenOneRead:
    return await idem.respond(await service.record_ten_one(session=session, principal=principal, child_id=child_id,
                                                           data=data))


@router.get("/{child_id}/access-log", summary="Every read of the child's record: who, when, how, which fields")
async def access_log(session: SessionDep, principal: Staff, child_id: uuid.UUID, page: PageDep) -> Page[AccessRead]:
    rows, total = await service.access_log(session=session, principal=principal, child_id=child_id, page=page)
    return Page[AccessRead](items=[AccessRead.model_validate(r) for r in rows], total=total, limit=page.limit,
                            offset=page.offset)


@router.post("/{child_id}/photos", status_code=status.HTTP_201_CREATED, openapi_extra=PHOTO_BODY,
             summary="Add a photo (JPEG or PNG, 2 MB at most) of a child whose guardian consented to photos")
async def add_photo(session: SessionDep, principal: StaffOrVolunteer, child_id: uuid.UUID, request: Request,
                    x_caption: Caption = "") -> PhotoRead:
    return await records.add_photo(session=session, principal=principal, child_id=child_id,
                                   content=await request.body(), caption=unquote(x_caption))


@router.get("/{child_id}/photos/{photo_id}", summary="A photo of the child (logged)", response_class=Response,
            responses={200: {"content": {"image/jpeg": {}, "image/png": {}}, "description": "The photo"}})
async def read_photo(session: SessionDep, principal: StaffOrVolunteer, child_id: uuid.UUID,
                     photo_id: uuid.UUID) -> Response:
    photo = await records.read_photo(session=session, principal=principal, child_id=child_id, photo_id=photo_id)
    return Response(photo.content, media_type=photo.media_type, headers={"cache-control": "private, no-store"})
