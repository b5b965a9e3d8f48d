"""Reading loans: the scope (whoever sees the application sees its loan), the list, one loan, its schedule."""

import uuid

from sqlalchemy import Select, extract, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal
from chassis.counties import county_name
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.models import LoanApplication
from loans.applications.queries import visible_to
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.loans.arrears import arrears_bucket
from loans.loans.models import Loan
from loans.loans.schemas import InstalmentRead, LoanDetail, LoanRead, RepaymentRead, Schedule
from loans.repayments.models import Repayment
from loans.repayments.schedule import Instalment, build_schedule

LoanRow = tuple[Loan, LoanApplication, PartnerBank]


def visible_loans(principal: Principal) -> Select[Loan, LoanApplication, PartnerBank]:
    """A loan is seen by whoever sees its application (a loan's bank is the bank its application went to)."""
    return (select(Loan, LoanApplication, PartnerBank)
            .join(LoanApplication, Loan.application_id == LoanApplication.id)
            .join(PartnerBank, Loan.bank_id == PartnerBank.id)
            .options(selectinload(LoanApplication.borrower))
            .where(visible_to(principal)))


async def get_loan(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID) -> LoanRow:
    """The loan, its application and its bank if the caller may see them; 404 otherwise."""
    row = (await session.execute(visible_loans(principal).where(Loan.id == loan_id))).first()
    if row is None:
        raise NotFound(f"No loan {loan_id}.")
    loan, application, bank = row
    return loan, application, bank


async def list_loans(*, session: AsyncSession, principal: Principal, page: PageParams,
                     status: ApplicationStatus | None, county_code: str | None, bank_id: uuid.UUID | None,
                     year: int | None, q: str | None = None) -> Page[LoanRead]:
    statement = visible_loans(principal).order_by(Loan.contract_date.desc(), Loan.id)
    if q:
        statement = statement.join(Borrower, LoanApplication.borrower_id == Borrower.id).where(or_(
            Loan.contract_number.contains(q, autoescape=True),
            LoanApplication.project_name.contains(q, autoescape=True), Borrower.name.contains(q, autoescape=True)))
    for column, value in ((LoanApplication.status, status), (LoanApplication.county_code, county_code),
                          (Loan.bank_id, bank_id)):
        if value is not None:
            statement = statement.where(column == value)
    if year is not None:
        statement = statement.where(extract("year", Loan.contract_date) == year)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[loan_read(*row) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def read_loan(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID) -> LoanDetail:
    return await loan_detail(session, *await get_loan(session=session, principal=principal, loan_id=loan_id))


async def read_schedule(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID) -> Schedule:
    loan, _, _ = await get_loan(session=session, principal=principal, loan_id=loan_id)
    instalments = schedule_of(loan)
    return Schedule(loan_id=loan.id, repayment_method=loan.repayment_method,
                    instalments=[InstalmentRead.model_validate(i) for i in instalments],
                    total_principal=sum((i.principal for i in instalments), start=loan.principal * 0),
                    total_interest=sum((i.interest for i in instalments), start=loan.principal * 0))


def schedule_of(loan: Loan) -> list[Instalment]:
    return build_schedule(principal=loan.principal, annual_rate_pct=loan.annual_rate_pct,
                          contract_date=loan.contract_date, term_months=loan.term_months,
                          first_repayment_date=loan.first_repayment_date, method=loan.repayment_method)


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


async def loan_detail(session: AsyncSession, loan: Loan, application: LoanApplication,
                      bank: PartnerBank) -> LoanDetail:
    repayments = await session.scalars(select(Repayment).where(Repayment.loan_id == loan.id)
                                       .order_by(Repayment.paid_on, Repayment.id))
    return LoanDetail(**loan_read(loan, application, bank).model_dump(),
                      repayments=[RepaymentRead.model_validate(r) for r in repayments],
                      subsidy_received=loan.subsidy_received)
