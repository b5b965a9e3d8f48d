import uuid

from fastapi import APIRouter, Response, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.excel import XLSX_RESPONSE, workbook_response
from chassis.pagination import Page, PageDep
from training.deps import StaffOrTrainee
from training.enrolments import service
from training.enrolments.models import EnrolmentStatus
from training.enrolments.schemas import Cancellation, EnrolmentCreate, EnrolmentRead, EventRead, RosterAdd, RosterAdded
from training.sessions.schemas import CapacityChange, TrainingSessionRead

router = APIRouter(prefix="/api/v1/training", tags=["enrolments"])


@router.post("/sessions/{session_id}/enrolments", status_code=status.HTTP_201_CREATED,
             summary="Enrol: booked while seats remain, else waitlisted (staff name the trainee)")
async def enrol(session: SessionDep, principal: StaffOrTrainee, session_id: uuid.UUID,
                data: EnrolmentCreate) -> EnrolmentRead:
    return await service.enrol(session=session, principal=principal, session_id=session_id, data=data)


@router.get("/sessions/{session_id}/enrolments", summary="The roster: booked, then the waitlist in order")
async def roster(session: SessionDep, principal: Staff, session_id: uuid.UUID, page: PageDep,
                 status: EnrolmentStatus | None = None) -> Page[EnrolmentRead]:
    return await service.roster(session=session, principal=principal, session_id=session_id, status=status,
                                page=page)


@router.get("/sessions/{session_id}/enrolments/export", summary="The roster as an Excel sheet",
            response_class=Response, responses=XLSX_RESPONSE)
async def export_roster(session: SessionDep, principal: Staff, session_id: uuid.UUID) -> Response:
    return workbook_response(await service.export_roster(session=session, principal=principal, session_id=session_id),
                             f"roster-{session_id}.xlsx")


@router.post("/sessions/{session_id}/roster", summary="Enrol many trainees at once, in the order given")
async def enrol_many(session: SessionDep, principal: Staff, session_id: uuid.UUID, data: RosterAdd) -> RosterAdded:
    return await service.enrol_many(session=session, principal=principal, session_id=session_id, data=data)


@router.patch("/sessions/{session_id}/capacity", summary="Change the seats; more seats book the waitlist's head")
async def change_capacity(session: SessionDep, principal: Staff, session_id: uuid.UUID,
                          data: CapacityChange) -> TrainingSessionRead:
    return await service.change_capacity(session=session, principal=principal, session_id=session_id, data=data)


@router.post("/enrolments/{enrolment_id}/cancel",
             summary="Cancel (the trainee before the cut-off, or staff); the waitlist's head is booked")
async def cancel(session: SessionDep, principal: StaffOrTrainee, enrolment_id: uuid.UUID,
                 data: Cancellation) -> EnrolmentRead:
    return await service.cancel(session=session, principal=principal, enrolment_id=enrolment_id, data=data)


@router.get("/enrolments/{enrolment_id}/history", summary="Everything that happened to an enrolment, in order")
async def history(session: SessionDep, principal: StaffOrTrainee, enrolment_id: uuid.UUID) -> list[EventRead]:
    return await service.history_of(session=session, principal=principal, enrolment_id=enrolment_id)
