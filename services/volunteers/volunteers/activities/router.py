import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from volunteers.activities import service
from volunteers.activities.models import ActivityKind
from volunteers.activities.schemas import ActivityCreate, ActivityRead

router = APIRouter(prefix="/api/v1/volunteers/activities", tags=["activities"])


@router.get("", summary="Volunteer activities, latest recruitment first")
async def list_activities(
    session: SessionDep,
    _: AnyCaller,
    page: PageDep,
    kind: ActivityKind | None = None,
    county_code: CountyCode | None = None,
    open_on: Annotated[date | None, Query(description="Only those recruiting on this date")] = None,
) -> Page[ActivityRead]:
    activities, total = await service.list_activities(session=session, page=page, kind=kind,
                                                      county_code=county_code, open_on=open_on)
    return page_of(ActivityRead, activities, total, page)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Open a volunteer activity (county staff: in their own county)")
async def create_activity(session: SessionDep, principal: Staff, data: ActivityCreate) -> ActivityRead:
    return ActivityRead.model_validate(await service.create_activity(session=session, principal=principal, data=data))


@router.get("/{activity_id}", summary="One volunteer activity")
async def get_activity(session: SessionDep, _: AnyCaller, activity_id: uuid.UUID) -> ActivityRead:
    return ActivityRead.model_validate(await service.get_activity(session=session, activity_id=activity_id))
