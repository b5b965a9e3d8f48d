import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from chassis.auth.deps import CityStaff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from gateway.audit import service
from gateway.audit.events import EventKind
from gateway.audit.schemas import SecurityEventRead
from gateway.audit.service import EventFilter

# Admins and city staff read the security events.
router = APIRouter(prefix="/api/v1/auth/audit", tags=["audit"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def event_filter(
    kind: EventKind | None = None,
    subject: Annotated[uuid.UUID | None, Query(description="A user's or a client's id")] = None,
    actor: Annotated[str | None, Query(max_length=64)] = None,
    since: Annotated[datetime | None, Query(alias="from", description="At or after")] = None,
    until: Annotated[datetime | None, Query(alias="to", description="Before")] = None,
) -> EventFilter:
    return EventFilter(kind=kind, subject=subject, actor=actor, since=since, until=until)


Filter = Annotated[EventFilter, Depends(event_filter)]


@router.get("", summary="Search the security events, newest first")
async def list_events(session: SessionDep, _: CityStaff, page: PageDep, where: Filter) -> Page[SecurityEventRead]:
    return await service.list_events(session=session, page=page, where=where)


@router.get("/export.xlsx", summary="The security events as Excel (the same filters, at most 50,000 rows)",
            response_class=Response, responses={200: {"content": {XLSX: {}}, "description": "The events"}})
async def export_events(session: SessionDep, _: CityStaff, where: Filter) -> Response:
    content = await service.export_events(session=session, where=where)
    return Response(content, media_type=XLSX,
                    headers={"content-disposition": 'attachment; filename="security-events.xlsx"'})
