import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from volunteers.camps import service
from volunteers.camps.schemas import CampCreate, CampDetail, CampRead
from volunteers.deps import StaffOrVolunteer

Year = Annotated[int | None, Query(ge=2000, le=2100, description="Camps starting in this year")]
router = APIRouter(prefix="/api/v1/volunteers/camps", tags=["camps"])


@router.get("", summary="Camps the caller may see (a student: their team's), latest first")
async def list_camps(session: SessionDep, principal: StaffOrVolunteer, page: PageDep, team_id: uuid.UUID | None = None,
                     year: Year = None) -> Page[CampRead]:
    rows, total = await service.list_camps(session=session, principal=principal, page=page, team_id=team_id,
                                           year=year)
    return Page[CampRead](items=rows, total=total, limit=page.limit, offset=page.offset)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Hold a camp (a summer-camp team, at its service point)")
async def create_camp(session: SessionDep, principal: Staff, data: CampCreate) -> CampRead:
    return await service.create_camp(session=session, principal=principal, data=data)


@router.get("/{camp_id}", summary="A camp's dashboard: the ten ones per child and per item")
async def get_camp(session: SessionDep, principal: StaffOrVolunteer, camp_id: uuid.UUID) -> CampDetail:
    return await service.get_camp(session=session, principal=principal, camp_id=camp_id)
