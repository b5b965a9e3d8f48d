from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from training.lecturers import service
from training.lecturers.schemas import LecturerCreate, LecturerRead

router = APIRouter(prefix="/api/v1/training/lecturers", tags=["lecturers"])


@router.get("", summary="The lecturer register")
async def list_lecturers(session: SessionDep, _: Staff, page: PageDep,
                         q: Annotated[str | None, Query(min_length=1, max_length=50)] = None) -> Page[LecturerRead]:
    return await service.list_lecturers(session=session, page=page, q=q)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Add a lecturer to the register")
async def create_lecturer(session: SessionDep, _: Staff, data: LecturerCreate) -> LecturerRead:
    return await service.create_lecturer(session=session, data=data)
