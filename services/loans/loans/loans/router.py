"""HTTP for loans: lending on an approved application, the ledger, repayments, arrears and write-off.

Disbursement is where an application becomes a loan, so it lives with loans (the folder that knows both);
its path stays under the application it acts on.
"""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import CityStaff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.schemas import ActionBody
from loans.deps import BankOfficer, IdempotencyDep, Participant
from loans.loans import queries, service
from loans.loans.schemas import LoanContract, LoanDetail, LoanRead, OverdueRun, RepaymentIn, RepaymentRead, Schedule

router = APIRouter(tags=["loans"])


@router.post("/api/v1/loans/applications/{application_id}/disburse", status_code=status.HTTP_201_CREATED,
             summary="The bank lends on an approved application: the contract's terms (idempotent)")
async def disburse(session: SessionDep, principal: BankOfficer, idem: IdempotencyDep, application_id: uuid.UUID,
                   contract: LoanContract) -> LoanDetail:
    return await idem.respond(await service.lend(session=session, principal=principal, application_id=application_id,
                                                 contract=contract))


@router.get("/api/v1/loans/loans", summary="Loans the caller may see, newest contract first")
async def list_loans(
    session: SessionDep, principal: Participant, page: PageDep, status: ApplicationStatus | None = None,
    county_code: CountyCode | None = None, bank_id: uuid.UUID | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Year of the contract date")] = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of a contract number, project or borrower")] = None,
) -> Page[LoanRead]:
    return await queries.list_loans(session=session, principal=principal, page=page, status=status,
                                    county_code=county_code, bank_id=bank_id, year=year, q=q)


@router.get("/api/v1/loans/loans/{loan_id}", summary="One loan with its repayments")
async def get_loan(session: SessionDep, principal: Participant, loan_id: uuid.UUID) -> LoanDetail:
    return await queries.read_loan(session=session, principal=principal, loan_id=loan_id)


@router.get("/api/v1/loans/loans/{loan_id}/schedule", summary="The repayment schedule (interest at rate/360 a day)")
async def get_schedule(session: SessionDep, principal: Participant, loan_id: uuid.UUID) -> Schedule:
    return await queries.read_schedule(session=session, principal=principal, loan_id=loan_id)


@router.post("/api/v1/loans/loans/{loan_id}/repayments", status_code=status.HTTP_201_CREATED,
             summary="The bank reports a repayment (its transaction ID is unique per bank; idempotent)")
async def record_repayment(session: SessionDep, principal: BankOfficer, idem: IdempotencyDep, loan_id: uuid.UUID,
                           data: RepaymentIn) -> RepaymentRead:
    return await idem.respond(await service.repay(session=session, principal=principal, loan_id=loan_id, data=data))


@router.post("/api/v1/loans/loans/{loan_id}/write-off", summary="City staff write off an overdue loan (a reason)")
async def write_off(session: SessionDep, principal: CityStaff, loan_id: uuid.UUID, body: ActionBody) -> LoanDetail:
    return await service.write_off_loan(session=session, principal=principal, loan_id=loan_id, body=body)


@router.post("/api/v1/loans/overdue/mark", summary="Run the overdue job now (it also runs from the CLI)")
async def mark_overdue(session: SessionDep, _: CityStaff) -> OverdueRun:
    return await service.run_overdue_job(session=session)
