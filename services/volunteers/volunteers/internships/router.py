"""HTTP for the 展翅计划 internships: hosts, positions, placements, evaluations."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.db import SessionDep, utcnow
from chassis.pagination import Page, PageDep
from volunteers.deps import StaffOrVolunteer
from volunteers.internships import queries, service
from volunteers.internships.schemas import (
    EvaluationIn,
    HostCreate,
    HostRead,
    PlacementCreate,
    PlacementRead,
    PositionCreate,
    PositionRead,
)

router = APIRouter(prefix="/api/v1/volunteers/internships", tags=["internships"])
Year = Annotated[int | None, Query(ge=2000, le=2100, description="Positions starting in this year")]


@router.get("/hosts", summary="Host organisations (county staff: their county's)")
async def list_hosts(session: SessionDep, principal: Staff, page: PageDep) -> Page[HostRead]:
    return await queries.list_hosts(session=session, principal=principal, page=page)


@router.post("/hosts", status_code=status.HTTP_201_CREATED, summary="Add a host organisation")
async def create_host(session: SessionDep, principal: Staff, data: HostCreate) -> HostRead:
    return await service.create_host(session=session, principal=principal, data=data)


@router.get("/positions", summary="Internship positions, with places filled")
async def list_positions(session: SessionDep, _: AnyCaller, page: PageDep, year: Year = None,
                         host_id: uuid.UUID | None = None) -> Page[PositionRead]:
    return await queries.list_positions(session=session, page=page, year=year, host_id=host_id)


@router.post("/positions", status_code=status.HTTP_201_CREATED, summary="Offer places at a host")
async def create_position(session: SessionDep, principal: Staff, data: PositionCreate) -> PositionRead:
    return await service.create_position(session=session, principal=principal, data=data)


@router.get("/placements", summary="Placements (staff: their county's hosts'; a student: their own)")
async def list_placements(session: SessionDep, principal: StaffOrVolunteer, page: PageDep,
                          position_id: uuid.UUID | None = None) -> Page[PlacementRead]:
    return await queries.list_placements(session=session, principal=principal, page=page, position_id=position_id)


@router.post("/placements", status_code=status.HTTP_201_CREATED,
             summary="Place a student in a position (409 places-full when none is left)")
async def create_placement(session: SessionDep, principal: Staff, data: PlacementCreate) -> PlacementRead:
    return await service.place(session=session, principal=principal, data=data)


@router.put("/placements/{placement_id}/evaluation", summary="Record the host's evaluation of the student")
async def evaluate_placement(session: SessionDep, principal: Staff, placement_id: uuid.UUID,
                             data: EvaluationIn) -> PlacementRead:
    return await service.evaluate(session=session, principal=principal, placement_id=placement_id, data=data,
                                  now=utcnow())
