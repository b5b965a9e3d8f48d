import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select

from chassis.auth.deps import CityStaff, Staff
from chassis.auth.principal import Principal
from chassis.counties import CountyCode, county_name
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from loans.applications import service
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.applications.models import LoanApplication, LoanUse
from loans.applications.schemas import (
    ActionBody,
    ApplicationCreate,
    ApplicationDetail,
    ApplicationRead,
    ApplicationUpdate,
    Referral,
    TransitionRead,
)
from loans.applications.transitions import actions_for, apply_action
from loans.borrowers.service import borrower_read
from loans.contracts.models import Loan
from loans.deps import BankOfficer, CipherDep, Entrepreneur, Participant
from loans.partners.models import IdempotencyDep

router = APIRouter(prefix="/api/v1/loans/applications", tags=["applications"])


def application_read(application: LoanApplication, banks: dict[uuid.UUID, str]) -> ApplicationRead:
    return ApplicationRead.model_validate({
        **{c: getattr(application, c) for c in ApplicationRead.model_fields if hasattr(application, c)},
        "borrower_name": application.borrower.name,
        "bank_name": banks.get(application.bank_id) if application.bank_id else None,
        "county_name": county_name(application.county_code),
    })


async def application_detail(session: SessionDep, principal: Principal, cipher: CipherDep,
                             application: LoanApplication) -> ApplicationDetail:
    transitions = await service.transitions_of(session=session, application_id=application.id)
    loan_id = await session.scalar(select(Loan.id).where(Loan.application_id == application.id))
    banks = await service.bank_names(session=session, applications=[application])
    return ApplicationDetail(
        **application_read(application, banks).model_dump(),
        borrower=borrower_read(application.borrower, principal, cipher),
        transitions=[TransitionRead.model_validate(t) for t in transitions],
        allowed_actions=actions_for(principal, application),
        loan_id=loan_id,
    )


@router.get("", summary="Applications the caller may see, newest first")
async def list_applications(
    session: SessionDep, principal: Participant, page: PageDep,
    status: ApplicationStatus | None = None, county_code: CountyCode | None = None,
    bank_id: uuid.UUID | None = None, use: LoanUse | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the project's or borrower's name")] = None,
) -> Page[ApplicationRead]:
    rows, total = await service.list_applications(session=session, principal=principal, page=page, status=status,
                                                  county_code=county_code, bank_id=bank_id, use=use, year=year, q=q)
    banks = await service.bank_names(session=session, applications=rows)
    return Page(items=[application_read(a, banks) for a in rows], total=total, limit=page.limit, offset=page.offset)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Start an application (a draft)")
async def create_application(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                             data: ApplicationCreate) -> ApplicationDetail:
    application = await service.create_application(session=session, principal=principal, data=data)
    return await application_detail(session, principal, cipher, application)


@router.get("/{application_id}", summary="One application with its borrower, timeline and next actions")
async def get_application(session: SessionDep, principal: Participant, cipher: CipherDep,
                          application_id: uuid.UUID) -> ApplicationDetail:
    application = await service.get_application(session=session, principal=principal, application_id=application_id)
    return await application_detail(session, principal, cipher, application)


@router.patch("/{application_id}", summary="Edit a draft")
async def update_application(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                             application_id: uuid.UUID, data: ApplicationUpdate) -> ApplicationDetail:
    application = await service.get_application(session=session, principal=principal, application_id=application_id)
    await service.update_draft(session=session, principal=principal, application=application, data=data)
    return await application_detail(session, principal, cipher, application)


@router.post("/{application_id}/submit", summary="Submit: eligibility is checked against the policy in force")
async def submit(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                 application_id: uuid.UUID) -> ApplicationDetail:
    application = await service.get_application(session=session, principal=principal, application_id=application_id)
    await service.submit(session=session, principal=principal, application=application)
    return await application_detail(session, principal, cipher, application)


@router.post("/{application_id}/withdraw", summary="The applicant withdraws (before disbursement)")
async def withdraw(session: SessionDep, principal: Entrepreneur, cipher: CipherDep, application_id: uuid.UUID,
                   body: ActionBody | None = None) -> ApplicationDetail:
    return await _act(session, principal, cipher, application_id, Action.withdraw, body)


@router.post("/{application_id}/recommend", summary="County staff recommend the application")
async def recommend(session: SessionDep, principal: Staff, cipher: CipherDep, application_id: uuid.UUID,
                    body: ActionBody | None = None) -> ApplicationDetail:
    application = await service.get_application(session=session, principal=principal, application_id=application_id)
    await service.recommend(session=session, principal=principal, application=application,
                            reason=body.reason if body else None)
    return await application_detail(session, principal, cipher, application)


@router.post("/{application_id}/return", summary="County staff return it to the applicant to amend (a reason)")
async def return_to_applicant(session: SessionDep, principal: Staff, cipher: CipherDep,
                              application_id: uuid.UUID, body: ActionBody) -> ApplicationDetail:
    return await _act(session, principal, cipher, application_id, Action.return_, body)


@router.post("/{application_id}/reject", summary="County staff reject it (a reason)")
async def reject(session: SessionDep, principal: Staff, cipher: CipherDep, application_id: uuid.UUID,
                 body: ActionBody) -> ApplicationDetail:
    return await _act(session, principal, cipher, application_id, Action.reject, body)


@router.post("/{application_id}/refer", summary="City staff refer it to a partner bank (not the recommender)")
async def refer(session: SessionDep, principal: CityStaff, cipher: CipherDep, application_id: uuid.UUID,
                body: Referral) -> ApplicationDetail:
    application = await service.get_application(session=session, principal=principal, application_id=application_id)
    await service.refer(session=session, principal=principal, application=application, bank_id=body.bank_id,
                        reason=body.reason)
    return await application_detail(session, principal, cipher, application)


@router.post("/{application_id}/approve", summary="The bank it was referred to approves it (idempotent)")
async def approve(session: SessionDep, principal: BankOfficer, cipher: CipherDep, idem: IdempotencyDep,
                  application_id: uuid.UUID, body: ActionBody | None = None) -> ApplicationDetail:
    return await idem.respond(await _act(session, principal, cipher, application_id, Action.approve, body))


@router.post("/{application_id}/decline", summary="The bank it was referred to declines it (a reason; idempotent)")
async def decline(session: SessionDep, principal: BankOfficer, cipher: CipherDep, idem: IdempotencyDep,
                  application_id: uuid.UUID, body: ActionBody) -> ApplicationDetail:
    return await idem.respond(await _act(session, principal, cipher, application_id, Action.decline, body))


async def _act(session: SessionDep, principal: Principal, cipher: CipherDep, application_id: uuid.UUID,
               action: Action, body: ActionBody | None) -> ApplicationDetail:
    application = await service.get_application(session=session, principal=principal, application_id=application_id)
    await apply_action(session=session, application=application, action=action, principal=principal,
                       reason=body.reason if body else None)
    return await application_detail(session, principal, cipher, application)
