import uuid

from fastapi import APIRouter, status

from chassis.auth.deps import AnyCaller, CityStaff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from training.programmes import service
from training.programmes.models import ProgrammeKind
from training.programmes.schemas import ProgrammeCreate, ProgrammeRead

router = APIRouter(prefix="/api/v1/training/programmes", tags=["programmes"])


@router.get("", summary="Training programmes")
async def list_programmes(session: SessionDep, _: AnyCaller, page: PageDep,
                          kind: ProgrammeKind | None = None) -> Page[ProgrammeRead]:
    programmes, total = await service.list_programmes(session=session, page=page, kind=kind)
    return page_of(ProgrammeRead, programmes, total, page)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Start a training programme")
async def create_programme(session: SessionDep, _: CityStaff, data: ProgrammeCreate) -> ProgrammeRead:
    return ProgrammeRead.model_validate(await service.create_programme(session=session, data=data))


@router.get("/{programme_id}", summary="One training programme")
async def get_programme(session: SessionDep, _: AnyCaller, programme_id: uuid.UUID) -> ProgrammeRead:
    return ProgrammeRead.model_validate(await service.get_programme(session=session, programme_id=programme_id))
