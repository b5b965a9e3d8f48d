"""HTTP for service hours: the leader's code, check-in and check-out, approvals, staff adjustments, reversals."""

import uuid

from fastapi import APIRouter, Response, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep, utcnow
from chassis.pagination import Page, PageDep
from volunteers.deps import SettingsDep, StaffOrVolunteer, Volunteer
from volunteers.hours import queries, service
from volunteers.hours.models import HoursStatus
from volunteers.hours.schemas import AdjustmentCreate, CheckIn, HoursEntryRead, MyHours, ReasonIn, TeamCode

router = APIRouter(prefix="/api/v1/volunteers", tags=["hours"])


@router.get("/teams/{team_id}/code",
            summary="The team's rotating check-in code (its leader or staff; only on the days of its service)")
async def get_team_code(session: SessionDep, principal: StaffOrVolunteer, settings: SettingsDep,
                        response: Response, team_id: uuid.UUID) -> TeamCode:
    response.headers["Cache-Control"] = "no-store"  # a code 30 s old must never come from a cache
    return await service.team_code(session=session, principal=principal, settings=settings, team_id=team_id,
                                   now=utcnow())


@router.post("/hours/check-in", status_code=status.HTTP_201_CREATED,
             summary="A member checks in with the leader's code")
async def check_in(session: SessionDep, principal: Volunteer, settings: SettingsDep, data: CheckIn) -> HoursEntryRead:
    return await service.check_in(session=session, principal=principal, settings=settings, data=data, now=utcnow())


@router.post("/hours/check-out", summary="A member checks out with the leader's code: the hours wait for approval")
async def check_out(session: SessionDep, principal: Volunteer, settings: SettingsDep, data: CheckIn) -> HoursEntryRead:
    return await service.check_out(session=session, principal=principal, settings=settings, data=data, now=utcnow())


@router.get("/hours", summary="Hours entries (staff: their county's; a leader: their team's; a student: their own)")
async def list_hours(session: SessionDep, principal: StaffOrVolunteer, page: PageDep,
                     status: HoursStatus | None = None, team_id: uuid.UUID | None = None) -> Page[HoursEntryRead]:
    return await queries.list_entries(session=session, principal=principal, page=page, status=status,
                                      team_id=team_id)


@router.get("/hours/me", summary="My approved and pending minutes and my entries")
async def my_hours(session: SessionDep, principal: Volunteer) -> MyHours:
    return await queries.my_hours(session=session, principal=principal)


@router.post("/hours/adjustments", status_code=status.HTTP_201_CREATED,
             summary="Staff add or take away minutes with a reason; pending until a second staff member approves")
async def adjust_hours(session: SessionDep, principal: Staff, data: AdjustmentCreate) -> HoursEntryRead:
    return await service.adjust(session=session, principal=principal, data=data)


@router.post("/hours/{entry_id}/approve",
             summary="Approve a pending entry (attendance: the team's leader or staff; adjustments: a second staff "
                     "member)")
async def approve_hours(session: SessionDep, principal: StaffOrVolunteer, entry_id: uuid.UUID) -> HoursEntryRead:
    return await service.decide(session=session, principal=principal, entry_id=entry_id, approve=True, reason=None,
                                now=utcnow())


@router.post("/hours/{entry_id}/reject", summary="Reject a pending entry, with a reason")
async def reject_hours(session: SessionDep, principal: StaffOrVolunteer, entry_id: uuid.UUID,
                       data: ReasonIn) -> HoursEntryRead:
    return await service.decide(session=session, principal=principal, entry_id=entry_id, approve=False,
                                reason=data.reason, now=utcnow())


@router.post("/hours/{entry_id}/reverse", status_code=status.HTTP_201_CREATED,
             summary="Reverse an approved entry by a new entry of the opposite minutes (a second staff member "
                     "approves it)")
async def reverse_hours(session: SessionDep, principal: Staff, entry_id: uuid.UUID, data: ReasonIn) -> HoursEntryRead:
    return await service.reverse(session=session, principal=principal, entry_id=entry_id, reason=data.reason)
