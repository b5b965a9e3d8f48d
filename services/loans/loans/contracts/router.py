import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import CityStaff
from chassis.counties import CountyCode, county_name
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from chassis.timezone import business_today
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.models import LoanApplication
from loans.applications.schemas import ActionBody, LoanContract
from loans.applications.service import get_application
from loans.banks.models import PartnerBank
from loans.claims.service import subsidy_received
from loans.contracts import service
from loans.contracts.arrears import arrears_bucket
from loans.contracts.models import Loan
from loans.contracts.schemas import (
    InstalmentRead,
    LoanDetail,
    LoanRead,
    OverdueRun,
    RepaymentIn,
    RepaymentRead,
    Schedule,
)
from loans.deps import BankOfficer, Participant
from loans.partners.models import IdempotencyDep

router = APIRouter(tags=["loans"])


def loan_read(loan: Loan, application: LoanApplication, bank: PartnerBank) -> LoanRead:
    return LoanRead(
        id=loan.id, application_id=application.id, status=application.status,
        borrower_name=application.borrower.name, county_code=application.county_code,
        county_name=county_name(application.county_code), project_name=application.project_name,
        bank_id=bank.id, bank_name=bank.name, contract_number=loan.contract_number, principal=loan.principal,
        annual_rate_pct=loan.annual_rate_pct, contract_date=loan.contract_date, term_months=loan.term_months,
        first_repayment_date=loan.first_repayment_date, repayment_method=loan.repayment_method,
        lpr_pct=loan.lpr_pct, outstanding_principal=loan.outstanding_principal,
        days_past_due=loan.days_past_due, arrears_bucket=arrears_bucket(loan.days_past_due),
    )


async def loan_detail(session: SessionDep, loan: Loan, application: LoanApplication,
                      bank: PartnerBank) -> LoanDetail:
    repayments = await service.repayments_of(session=session, loan_id=loan.id)
    return LoanDetail(**loan_read(loan, application, bank).model_dump(),
                      repayments=[RepaymentRead.model_validate(r) for r in repayments],
                      subsidy_received=await subsidy_received(session=session, loan_id=loan.id))


@router.post("/api/v1/loans/applications/{application_id}/disburse", status_code=status.HTTP_201_CREATED,
             summary="The bank lends on an approved application: the contract's terms (idempotent)")
async def disburse(session: SessionDep, principal: BankOfficer, idem: IdempotencyDep, application_id: uuid.UUID,
                   contract: LoanContract) -> LoanDetail:
    application = await get_application(session=session, principal=principal, application_id=application_id)
    loan = await service.disburse(session=session, principal=principal, application=application, contract=contract)
    return await idem.respond(await loan_detail(session, *await service.get_loan(session=session, principal=principal,
                                                                                 loan_id=loan.id)))


@router.get("/api/v1/loans/loans", summary="Loans the caller may see, newest contract first")
async def list_loans(
    session: SessionDep, principal: Participant, page: PageDep, status: ApplicationStatus | None = None,
    county_code: CountyCode | None = None, bank_id: uuid.UUID | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Year of the contract date")] = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of a contract number, project or borrower")] = None,
) -> Page[LoanRead]:
    rows, total = await service.list_loans(session=session, principal=principal, page=page, status=status,
                                           county_code=county_code, bank_id=bank_id, year=year, q=q)
    return Page(items=[loan_read(*row) for row in rows], total=total, limit=page.limit, offset=page.offset)


@router.get("/api/v1/loans/loans/{loan_id}", summary="One loan with its repayments")
async def get_loan(session: SessionDep, principal: Participant, loan_id: uuid.UUID) -> LoanDetail:
    return await loan_detail(session, *await service.get_loan(session=session, principal=principal, loan_id=loan_id))


@router.get("/api/v1/loans/loans/{loan_id}/schedule", summary="The repayment schedule (interest at rate/360 a day)")
async def get_schedule(session: SessionDep, principal: Participant, loan_id: uuid.UUID) -> Schedule:
    loan, _, _ = await service.get_loan(session=session, principal=principal, loan_id=loan_id)
    instalments = service.schedule_of(loan)
    return Schedule(loan_id=loan.id, repayment_method=loan.repayment_method,
                    instalments=[InstalmentRead.model_validate(i) for i in instalments],
                    total_principal=sum((i.principal for i in instalments), start=loan.principal * 0),
                    total_interest=sum((i.interest for i in instalments), start=loan.principal * 0))


@router.post("/api/v1/loans/loans/{loan_id}/repayments", status_code=status.HTTP_201_CREATED,
             summary="The bank reports a repayment (its transaction ID is unique per bank; idempotent)")
async def record_repayment(session: SessionDep, principal: BankOfficer, idem: IdempotencyDep, loan_id: uuid.UUID,
                           data: RepaymentIn) -> RepaymentRead:
    loan, application, _ = await service.get_loan(session=session, principal=principal, loan_id=loan_id)
    repayment = await service.record_repayment(session=session, principal=principal, loan=loan,
                                               application=application, data=data)
    return await idem.respond(RepaymentRead.model_validate(repayment))


@router.post("/api/v1/loans/loans/{loan_id}/write-off", summary="City staff write off an overdue loan (a reason)")
async def write_off(session: SessionDep, principal: CityStaff, loan_id: uuid.UUID, body: ActionBody) -> LoanDetail:
    loan, application, bank = await service.get_loan(session=session, principal=principal, loan_id=loan_id)
    await service.write_off(session=session, principal=principal, loan=loan, application=application,
                            reason=body.reason, on=business_today())
    return await loan_detail(session, loan, application, bank)


@router.post("/api/v1/loans/overdue/mark", summary="Run the overdue job now (it also runs from the CLI)")
async def mark_overdue(session: SessionDep, _: CityStaff) -> OverdueRun:
    return OverdueRun(**await service.mark_overdue(session=session, today=business_today()))
