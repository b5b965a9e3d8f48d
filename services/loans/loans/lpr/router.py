from datetime import date

from fastapi import APIRouter, status

from chassis.auth.deps import AnyCaller, CityStaff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from loans.lpr import service
from loans.lpr.schemas import LprFixingCreate, LprFixingRead

router = APIRouter(prefix="/api/v1/loans/lpr", tags=["lpr"])


@router.get("", summary="LPR fixings, newest first")
async def list_fixings(session: SessionDep, _: AnyCaller, page: PageDep) -> Page[LprFixingRead]:
    fixings, total = await service.list_fixings(session=session, page=page)
    return page_of(LprFixingRead, fixings, total, page)


@router.get("/in-force", summary="The fixing in force on a date")
async def fixing_in_force(session: SessionDep, _: AnyCaller, on: date) -> LprFixingRead:
    return LprFixingRead.model_validate(await service.fixing_in_force(session=session, on=on))


@router.post("", status_code=status.HTTP_201_CREATED, summary="Record a new LPR fixing")
async def add_fixing(session: SessionDep, _: CityStaff, data: LprFixingCreate) -> LprFixingRead:
    return LprFixingRead.model_validate(await service.add_fixing(session=session, data=data))
