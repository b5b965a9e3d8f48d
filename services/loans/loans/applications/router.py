"""HTTP for applications: each route declares who may call it and calls one function of the folder."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import CityStaff, Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from loans.applications import queries, service
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.applications.schemas import (
    ActionBody,
    ApplicationCreate,
    ApplicationDetail,
    ApplicationRead,
    ApplicationUpdate,
    Referral,
)
from loans.deps import BankOfficer, CipherDep, Entrepreneur, IdempotencyDep, Participant
from loans.policies.uses import LoanUse

router = APIRouter(prefix="/api/v1/loans/applications", tags=["applications"])


@router.get("", summary="Applications the caller may see, newest first")
async def list_applications(
    session: SessionDep, principal: Participant, page: PageDep,
    status: ApplicationStatus | None = None, county_code: CountyCode | None = None,
    bank_id: uuid.UUID | None = None, use: LoanUse | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the project's or borrower's name")] = None,
) -> Page[ApplicationRead]:
    return await queries.list_applications(session=session, principal=principal, page=page, status=status,
                                           county_code=county_code, bank_id=bank_id, use=use, year=year, q=q)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Start an application (a draft)")
async def create_application(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                             data: ApplicationCreate) -> ApplicationDetail:
    return await service.create(session=session, principal=principal, cipher=cipher, data=data)


@router.get("/{application_id}", summary="One application with its borrower, timeline and next actions")
async def get_application(session: SessionDep, principal: Participant, cipher: CipherDep,
                          application_id: uuid.UUID) -> ApplicationDetail:
    return await queries.read_application(session=session, principal=principal, cipher=cipher,
                                          application_id=application_id)


@router.patch("/{application_id}", summary="Edit a draft")
async def update_application(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                             application_id: uuid.UUID, data: ApplicationUpdate) -> ApplicationDetail:
    return await service.update(session=session, principal=principal, cipher=cipher, application_id=application_id,
                                data=data)


@router.post("/{application_id}/submit", summary="Submit: eligibility is checked against the policy in force")
async def submit(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                 application_id: uuid.UUID) -> ApplicationDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, application_id=application_id,
                             action=Action.submit)


@router.post("/{application_id}/withdraw", summary="The applicant withdraws (before disbursement)")
async def withdraw(session: SessionDep, principal: Entrepreneur, cipher: CipherDep, application_id: uuid.UUID,
                   body: ActionBody | None = None) -> ApplicationDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, application_id=application_id,
                             action=Action.withdraw, body=body)


@router.post("/{application_id}/recommend", summary="County staff recommend the application")
async def recommend(session: SessionDep, principal: Staff, cipher: CipherDep, application_id: uuid.UUID,
                    body: ActionBody | None = None) -> ApplicationDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, application_id=application_id,
                             action=Action.recommend, body=body)


@router.post("/{application_id}/return", summary="County staff return it to the applicant to amend (a reason)")
async def return_to_applicant(session: SessionDep, principal: Staff, cipher: CipherDep,
                              application_id: uuid.UUID, body: ActionBody) -> ApplicationDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, application_id=application_id,
                             action=Action.return_, body=body)


@router.post("/{application_id}/reject", summary="County staff reject it (a reason)")
async def reject(session: SessionDep, principal: Staff, cipher: CipherDep, application_id: uuid.UUID,
                 body: ActionBody) -> ApplicationDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, application_id=application_id,
                             action=Action.reject, body=body)


@router.post("/{application_id}/refer", summary="City staff refer it to a partner bank (not the recommender)")
async def refer(session: SessionDep, principal: CityStaff, cipher: CipherDep, application_id: uuid.UUID,
                body: Referral) -> ApplicationDetail:
    return await service.act(session=session, principal=principal, cipher=cipher, application_id=application_id,
                             action=Action.refer, body=body)


@router.post("/{application_id}/approve", summary="The bank it was referred to approves it (idempotent)")
async def approve(session: SessionDep, principal: BankOfficer, cipher: CipherDep, idem: IdempotencyDep,
                  application_id: uuid.UUID, body: ActionBody | None = None) -> ApplicationDetail:
    return await idem.respond(await service.act(session=session, principal=principal, cipher=cipher,
                                                application_id=application_id, action=Action.approve, body=body))


@router.post("/{application_id}/decline", summary="The bank it was referred to declines it (a reason; idempotent)")
async def decline(session: SessionDep, principal: BankOfficer, cipher: CipherDep, idem: IdempotencyDep,
                  application_id: uuid.UUID, body: ActionBody) -> ApplicationDetail:
    return await idem.respond(await service.act(session=session, principal=principal, cipher=cipher,
                                                application_id=application_id, action=Action.decline, body=body))
