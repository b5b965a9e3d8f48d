import uuid

from fastapi import APIRouter, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from volunteers.deps import StaffOrVolunteer, Volunteer
from volunteers.selection import service
from volunteers.selection.lifecycle import ApplicationAction
from volunteers.selection.schemas import (
    ActionBody,
    ApplicationCreate,
    ApplicationRead,
    Board,
    InterviewScore,
    MyApplication,
    NoticeRead,
)

router = APIRouter(prefix="/api/v1/volunteers", tags=["selection"])


@router.post("/activities/{activity_id}/applications", status_code=status.HTTP_201_CREATED,
             summary="Apply to an activity while it recruits (my profile must be filled in)")
async def apply(session: SessionDep, principal: Volunteer, activity_id: uuid.UUID,
                data: ApplicationCreate) -> ApplicationRead:
    return await service.apply(session=session, principal=principal, activity_id=activity_id, data=data)


@router.get("/activities/{activity_id}/board", summary="The recruitment board: applicants ranked by score")
async def board(session: SessionDep, principal: Staff, activity_id: uuid.UUID) -> Board:
    return await service.board(session=session, principal=principal, activity_id=activity_id)


@router.get("/applications/me", summary="My applications, newest first")
async def my_applications(session: SessionDep, principal: Volunteer) -> list[MyApplication]:
    return await service.my_applications(session=session, principal=principal)


@router.get("/notices/me", summary="My notices (decisions on my applications), newest first")
async def my_notices(session: SessionDep, principal: Volunteer) -> list[NoticeRead]:
    return await service.my_notices(session=session, principal=principal)


@router.put("/applications/{application_id}/interview", summary="Record the interview score (0 to 100)")
async def set_interview(session: SessionDep, principal: Staff, application_id: uuid.UUID,
                        data: InterviewScore) -> ApplicationRead:
    return await service.set_interview(session=session, principal=principal, application_id=application_id,
                                       interview_score=data.interview_score)


@router.post("/applications/{application_id}/shortlist", summary="Shortlist an applicant for interview")
async def shortlist(session: SessionDep, principal: Staff, application_id: uuid.UUID,
                    body: ActionBody | None = None) -> ApplicationRead:
    return await service.act(session=session, principal=principal, application_id=application_id,
                             action=ApplicationAction.shortlist, reason=body.reason if body else None)


@router.post("/applications/{application_id}/accept",
             summary="Accept: takes one of the activity's places (409 when none is left)")
async def accept(session: SessionDep, principal: Staff, application_id: uuid.UUID,
                 body: ActionBody | None = None) -> ApplicationRead:
    return await service.act(session=session, principal=principal, application_id=application_id,
                             action=ApplicationAction.accept, reason=body.reason if body else None)


@router.post("/applications/{application_id}/waitlist", summary="Put an applicant on the waitlist")
async def waitlist(session: SessionDep, principal: Staff, application_id: uuid.UUID,
                   body: ActionBody | None = None) -> ApplicationRead:
    return await service.act(session=session, principal=principal, application_id=application_id,
                             action=ApplicationAction.waitlist, reason=body.reason if body else None)


@router.post("/applications/{application_id}/reject", summary="Reject an applicant")
async def reject(session: SessionDep, principal: Staff, application_id: uuid.UUID,
                 body: ActionBody | None = None) -> ApplicationRead:
    return await service.act(session=session, principal=principal, application_id=application_id,
                             action=ApplicationAction.reject, reason=body.reason if body else None)


@router.post("/applications/{application_id}/withdraw",
             summary="Withdraw (the applicant, or staff): an accepted place is freed")
async def withdraw(session: SessionDep, principal: StaffOrVolunteer, application_id: uuid.UUID,
                   body: ActionBody | None = None) -> ApplicationRead:
    return await service.act(session=session, principal=principal, application_id=application_id,
                             action=ApplicationAction.withdraw, reason=body.reason if body else None)
