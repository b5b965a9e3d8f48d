import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from training.sessions import service
from training.sessions.models import SessionLevel
from training.sessions.schemas import TrainingSessionCreate, TrainingSessionRead

router = APIRouter(prefix="/api/v1/training/sessions", tags=["sessions"])


@router.get("", summary="Training sessions, latest first")
async def list_sessions(
    session: SessionDep,
    _: AnyCaller,
    page: PageDep,
    programme_id: uuid.UUID | None = None,
    level: SessionLevel | None = None,
    county_code: CountyCode | None = None,
    starts_from: Annotated[date | None, Query(alias="from", description="Starting on or after this date")] = None,
    starts_to: Annotated[date | None, Query(alias="to", description="Starting on or before this date")] = None,
    upcoming: Annotated[bool, Query(description="Only sessions not yet over, soonest first")] = False,
    county_first: Annotated[CountyCode | None, Query(description="This county's sessions first (near me)")] = None,
) -> Page[TrainingSessionRead]:
    sessions, total = await service.list_sessions(session=session, page=page, programme_id=programme_id,
                                                  level=level, county_code=county_code,
                                                  starts_from=starts_from, starts_to=starts_to,
                                                  upcoming=upcoming, county_first=county_first)
    return page_of(TrainingSessionRead, sessions, total, page)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Schedule a training session (county staff: sessions of their own county)")
async def create_session(session: SessionDep, principal: Staff, data: TrainingSessionCreate) -> TrainingSessionRead:
    return TrainingSessionRead.model_validate(
        await service.create_session(session=session, principal=principal, data=data))


@router.get("/{session_id}", summary="One training session")
async def get_session(session: SessionDep, _: AnyCaller, session_id: uuid.UUID) -> TrainingSessionRead:
    return TrainingSessionRead.model_validate(await service.get_session(session=session, session_id=session_id))
