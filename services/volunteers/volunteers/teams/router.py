import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from volunteers.deps import StaffOrVolunteer, Volunteer
from volunteers.teams import service
from volunteers.teams.schemas import (
    MemberAdd,
    PlanDecision,
    PlanWrite,
    ServicePointCreate,
    ServicePointRead,
    TeamCreate,
    TeamDetail,
    TeamRead,
)

Year = Annotated[int | None, Query(ge=2000, le=2100, description="Teams serving in this year")]
points = APIRouter(prefix="/api/v1/volunteers/service-points", tags=["teams"])
router = APIRouter(prefix="/api/v1/volunteers/teams", tags=["teams"])


@points.get("", summary="The villages served, with how many teams went to each")
async def list_service_points(session: SessionDep, _: AnyCaller) -> list[ServicePointRead]:
    return await service.list_service_points(session=session)


@points.post("", status_code=status.HTTP_201_CREATED, summary="Add a service point (county staff: in their county)")
async def create_service_point(session: SessionDep, principal: Staff, data: ServicePointCreate) -> ServicePointRead:
    return await service.create_service_point(session=session, principal=principal, data=data)


@router.get("", summary="Teams the caller may see (a student: their own), latest first")
async def list_teams(session: SessionDep, principal: StaffOrVolunteer, page: PageDep,
                     activity_id: uuid.UUID | None = None, year: Year = None) -> Page[TeamRead]:
    rows, total = await service.list_teams(session=session, principal=principal, page=page, activity_id=activity_id,
                                           year=year)
    return Page[TeamRead](items=rows, total=total, limit=page.limit, offset=page.offset)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Form a team for an activity at a service point")
async def create_team(session: SessionDep, principal: Staff, data: TeamCreate) -> TeamRead:
    return await service.create_team(session=session, principal=principal, data=data)


@router.get("/me", summary="My teams, with their members, plan and camps")
async def my_teams(session: SessionDep, principal: Volunteer) -> list[TeamDetail]:
    return await service.my_teams(session=session, principal=principal)


@router.get("/{team_id}", summary="One team with its members, plan and camps")
async def get_team(session: SessionDep, principal: StaffOrVolunteer, team_id: uuid.UUID) -> TeamDetail:
    return await service.get_team(session=session, principal=principal, team_id=team_id)


@router.post("/{team_id}/members", summary="Add an accepted applicant to the team (optionally as its leader)")
async def add_member(session: SessionDep, principal: Staff, team_id: uuid.UUID, data: MemberAdd) -> TeamDetail:
    return await service.add_member(session=session, principal=principal, team_id=team_id, data=data)


@router.post("/{team_id}/members/{member_id}/leave", summary="A member leaves the team (the record stays)")
async def leave(session: SessionDep, principal: Staff, team_id: uuid.UUID, member_id: uuid.UUID) -> TeamDetail:
    return await service.leave(session=session, principal=principal, team_id=team_id, member_id=member_id)


@router.post("/{team_id}/members/{member_id}/lead", summary="The member leads the team (the leader before: a member)")
async def make_leader(session: SessionDep, principal: Staff, team_id: uuid.UUID, member_id: uuid.UUID) -> TeamDetail:
    return await service.make_leader(session=session, principal=principal, team_id=team_id, member_id=member_id)


@router.put("/{team_id}/plan", summary="File the team's plan (its leader, or staff)")
async def file_plan(session: SessionDep, principal: StaffOrVolunteer, team_id: uuid.UUID,
                    data: PlanWrite) -> TeamDetail:
    return await service.file_plan(session=session, principal=principal, team_id=team_id, data=data)


@router.post("/{team_id}/plan/approve", summary="Approve the filed plan")
async def approve_plan(session: SessionDep, principal: Staff, team_id: uuid.UUID,
                       data: PlanDecision | None = None) -> TeamDetail:
    return await service.decide_plan(session=session, principal=principal, team_id=team_id, approve=True,
                                     note=data.note if data else "")


@router.post("/{team_id}/plan/return", summary="Return the filed plan for changes, with a note")
async def return_plan(session: SessionDep, principal: Staff, team_id: uuid.UUID, data: PlanDecision) -> TeamDetail:
    return await service.decide_plan(session=session, principal=principal, team_id=team_id, approve=False,
                                     note=data.note)
