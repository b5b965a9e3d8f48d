"""HTTP for attendance: the check-in code staff put on the screen, the trainee's scan, staff's register."""

import uuid

from fastapi import APIRouter, Response

from chassis.auth.deps import Staff
from chassis.db import SessionDep, utcnow
from training.attendance import queries, service
from training.attendance.schemas import AttendanceSheet, CheckInCode, CheckInIn, CheckInRead, Marked, MarksIn
from training.deps import SettingsDep, Trainee

router = APIRouter(prefix="/api/v1/training", tags=["attendance"])


@router.get("/sessions/{session_id}/check-in-code",
            summary="The session's rotating check-in code and its QR code, while one of its dates is on")
async def get_check_in_code(session: SessionDep, principal: Staff, settings: SettingsDep, response: Response,
                            session_id: uuid.UUID) -> CheckInCode:
    response.headers["Cache-Control"] = "no-store"  # a code 30 s old must never come from a cache
    return await service.check_in_code(session=session, principal=principal, settings=settings,
                                       session_id=session_id, now=utcnow())


@router.post("/sessions/{session_id}/check-in", summary="A booked trainee checks in with the code on the screen")
async def check_in(session: SessionDep, principal: Trainee, settings: SettingsDep, session_id: uuid.UUID,
                   data: CheckInIn) -> CheckInRead:
    return await service.check_in(session=session, principal=principal, settings=settings, session_id=session_id,
                                  code=data.code, now=utcnow())


@router.put("/sessions/{session_id}/attendance",
            summary="Staff mark attendance: full, partial or no-show per trainee and date (all marks or none)")
async def take_register(session: SessionDep, principal: Staff, session_id: uuid.UUID, data: MarksIn) -> Marked:
    return await service.take_register(session=session, principal=principal, session_id=session_id,
                                       marks=data.marks)


@router.get("/sessions/{session_id}/attendance", summary="The register: each booked trainee's marks by date")
async def get_register(session: SessionDep, principal: Staff, session_id: uuid.UUID) -> AttendanceSheet:
    return await queries.sheet(session=session, principal=principal, session_id=session_id)
