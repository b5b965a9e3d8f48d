import uuid

from fastapi import APIRouter, Request, Response, status

from chassis.auth.deps import Public
from chassis.db import SessionDep, utcnow
from gateway.identity.schemas import TokenResponse
from gateway.registration import service
from gateway.registration.schemas import RegistrationConfirm, RegistrationStart, RegistrationStarted

# Entrepreneurs, buyers and volunteers register themselves with their mobile number.
router = APIRouter(prefix="/api/v1/auth/registrations", tags=["registration"])


@router.post("", status_code=status.HTTP_202_ACCEPTED, summary="Start registering: a code is sent to the mobile",
             responses={429: {"description": "A code was sent to this number less than a minute ago"}})
async def start_registration(request: Request, session: SessionDep, _: Public,
                             data: RegistrationStart) -> RegistrationStarted:
    return await service.start(session=session, connection=request, data=data, now=utcnow())


@router.post("/{registration_id}/confirm", status_code=status.HTTP_201_CREATED,
             summary="Confirm with the code and choose a password: the account is made and logged in")
async def confirm_registration(request: Request, response: Response, session: SessionDep, _: Public,
                               registration_id: uuid.UUID, data: RegistrationConfirm) -> TokenResponse:
    response.headers["Cache-Control"] = "no-store"
    return await service.confirm(session=session, connection=request, registration_id=registration_id, data=data,
                                 now=utcnow())
