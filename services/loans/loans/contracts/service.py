import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, extract, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal
from chassis.pagination import PageParams, count_rows
from chassis.problems import Conflict, NotFound, Unprocessable
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.applications.models import LoanApplication
from loans.applications.schemas import LoanContract
from loans.applications.service import visible_to
from loans.applications.transitions import SYSTEM, apply_action
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.contracts.arrears import days_past_due
from loans.contracts.models import Loan
from loans.contracts.schemas import RepaymentIn
from loans.lpr.service import fixing_in_force
from loans.policies.service import policy_in_force
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


async def list_loans(*, session: AsyncSession, principal: Principal, page: PageParams,
                     status: ApplicationStatus | None, county_code: str | None, bank_id: uuid.UUID | None,
                     year: int | None, q: str | None = None) -> tuple[list[LoanRow], int]:
    statement = visible_loans(principal).order_by(Loan.contract_date.desc(), Loan.id)
    if q:
        statement = statement.join(Borrower, LoanApplication.borrower_id == Borrower.id).where(or_(
            Loan.contract_number.contains(q, autoescape=True),
            LoanApplication.project_name.contains(q, autoescape=True), Borrower.name.contains(q, autoescape=True)))
    if status is not None:
        statement = statement.where(LoanApplication.status == status)
    if county_code is not None:
        statement = statement.where(LoanApplication.county_code == county_code)
    if bank_id is not None:
        statement = statement.where(Loan.bank_id == bank_id)
    if year is not None:
        statement = statement.where(extract("year", Loan.contract_date) == year)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return [(loan, application, bank) for loan, application, bank in rows], await count_rows(session, statement)


async def get_loan(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID) -> LoanRow:
    row = (await session.execute(visible_loans(principal).where(Loan.id == loan_id))).first()
    if row is None:
        raise NotFound(f"No loan {loan_id}.")
    loan, application, bank = row
    return loan, application, bank


def schedule_of(loan: Loan) -> list[Instalment]:
    return build_schedule(principal=loan.principal, annual_rate_pct=loan.annual_rate_pct,
                          contract_date=loan.contract_date, term_months=loan.term_months,
                          first_repayment_date=loan.first_repayment_date, method=loan.repayment_method)


async def repayments_of(*, session: AsyncSession, loan_id: uuid.UUID) -> list[Repayment]:
    rows = await session.scalars(select(Repayment).where(Repayment.loan_id == loan_id)
                                 .order_by(Repayment.paid_on, Repayment.id))
    return list(rows)


async def disburse(*, session: AsyncSession, principal: Principal, application: LoanApplication,
                   contract: LoanContract) -> Loan:
    """The bank lends: the contract's LPR and policy are fixed now, for the life of the loan."""
    if contract.principal > application.amount_requested:
        raise Unprocessable("The principal is more than the application asked for.")
    clash = await session.scalar(select(Loan.id).where(Loan.bank_id == principal.bank_id,
                                                       Loan.contract_number == contract.contract_number))
    if clash is not None:
        raise Conflict(f"Contract number {contract.contract_number} is already used by your bank.")
    fixing = await fixing_in_force(session=session, on=contract.contract_date)
    policy = await policy_in_force(session=session, on=contract.contract_date)
    await apply_action(session=session, application=application, action=Action.disburse, principal=principal)
    loan = Loan(application_id=application.id, bank_id=application.bank_id, lpr_pct=fixing.lpr_1y_pct,
                policy_version_id=policy.id, outstanding_principal=contract.principal,
                **contract.model_dump())
    session.add(loan)
    await session.flush()
    return loan


async def record_repayment(*, session: AsyncSession, principal: Principal, loan: Loan,
                           application: LoanApplication, data: RepaymentIn) -> Repayment:
    if data.paid_on < loan.contract_date:
        raise Unprocessable("A repayment cannot be dated before the contract.")
    if data.principal + data.interest + data.penalty_interest == 0:
        raise Unprocessable("A repayment pays something.")
    if await session.scalar(select(Repayment.id).where(Repayment.bank_id == loan.bank_id,
                                                       Repayment.bank_transaction_id == data.bank_transaction_id)):
        raise Conflict(f"Transaction {data.bank_transaction_id} is already recorded.")
    await apply_action(session=session, application=application, action=Action.record_repayment,
                       principal=principal)
    lowered = await session.execute(
        update(Loan).where(Loan.id == loan.id, Loan.outstanding_principal >= data.principal)
        .values(outstanding_principal=Loan.outstanding_principal - data.principal)
        .returning(Loan.outstanding_principal)
    )
    outstanding = lowered.scalar_one_or_none()
    if outstanding is None:
        raise Unprocessable("The principal repaid is more than the principal outstanding.")
    repayment = Repayment(loan_id=loan.id, bank_id=loan.bank_id, **data.model_dump())
    session.add(repayment)
    await session.flush()
    await session.refresh(loan)
    if outstanding == 0:
        await apply_action(session=session, application=application, action=Action.settle, principal=SYSTEM)
    return repayment


async def mark_overdue(*, session: AsyncSession, today: date) -> dict[str, int]:
    """The daily job: every active loan's days past due; overdue when behind, back to repaying when not."""
    active = (ApplicationStatus.disbursed, ApplicationStatus.repaying, ApplicationStatus.overdue)
    rows = (await session.execute(
        select(Loan, LoanApplication).join(LoanApplication, Loan.application_id == LoanApplication.id)
        .where(LoanApplication.status.in_(active)).with_for_update(of=LoanApplication)
    )).all()
    paid: dict[uuid.UUID, list[tuple[date, Decimal]]] = {}
    for loan_id, day, amount in (await session.execute(
            select(Repayment.loan_id, Repayment.paid_on, Repayment.principal + Repayment.interest)
            .where(Repayment.loan_id.in_([loan.id for loan, _ in rows])))):
        paid.setdefault(loan_id, []).append((day, amount))
    counts = {"checked": len(rows), "became_overdue": 0, "cured": 0}
    for loan, application in rows:
        loan.days_past_due = days_past_due(schedule_of(loan), paid.get(loan.id, []), today)
        if loan.days_past_due > 0 and application.status is not ApplicationStatus.overdue:
            await apply_action(session=session, application=application, action=Action.mark_overdue,
                               principal=SYSTEM, reason=f"截至 {today} 逾期 {loan.days_past_due} 天")
            counts["became_overdue"] += 1
        elif loan.days_past_due == 0 and application.status is ApplicationStatus.overdue:
            await apply_action(session=session, application=application, action=Action.cure, principal=SYSTEM,
                               reason=f"截至 {today} 已补足逾期款项")
            counts["cured"] += 1
    await session.flush()
    return counts


async def write_off(*, session: AsyncSession, principal: Principal, loan: Loan, application: LoanApplication,
                    reason: str | None, on: date) -> Loan:
    await apply_action(session=session, application=application, action=Action.write_off, principal=principal,
                       reason=reason)
    loan.subsidy_stopped_on = on
    await session.flush()
    return loan
