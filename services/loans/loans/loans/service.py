"""What banks and staff do to a loan: lend it, record its repayments, mark it overdue, write it off.

Every status change goes through `applications.transitions.apply_action`: the application's status carries
on through the loan's life. The API's functions return what the caller sees; the demo calls the commands.
"""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.problems import Conflict, Unprocessable
from chassis.timezone import business_today
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.applications.models import LoanApplication
from loans.applications.queries import get_application
from loans.applications.schemas import ActionBody
from loans.applications.transitions import SYSTEM, apply_action
from loans.loans.arrears import days_past_due
from loans.loans.models import Loan
from loans.loans.queries import get_loan, loan_detail, schedule_of
from loans.loans.schemas import LoanContract, LoanDetail, OverdueRun, RepaymentIn, RepaymentRead
from loans.lpr.service import fixing_in_force
from loans.policies.service import policy_in_force
from loans.repayments.models import Repayment

# --- the API: each returns what the caller sees afterwards ------------------------------------------------


async def lend(*, session: AsyncSession, principal: Principal, application_id: uuid.UUID,
               contract: LoanContract) -> LoanDetail:
    application = await get_application(session=session, principal=principal, application_id=application_id)
    loan = await disburse(session=session, principal=principal, application=application, contract=contract)
    return await loan_detail(session, *await get_loan(session=session, principal=principal, loan_id=loan.id))


async def repay(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID,
                data: RepaymentIn) -> RepaymentRead:
    loan, application, _ = await get_loan(session=session, principal=principal, loan_id=loan_id)
    repayment = await record_repayment(session=session, principal=principal, loan=loan, application=application,
                                       data=data)
    return RepaymentRead.model_validate(repayment)


async def write_off_loan(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID,
                         body: ActionBody) -> LoanDetail:
    loan, application, bank = await get_loan(session=session, principal=principal, loan_id=loan_id)
    await write_off(session=session, principal=principal, loan=loan, application=application, reason=body.reason,
                    on=business_today())
    return await loan_detail(session, loan, application, bank)


async def run_overdue_job(*, session: AsyncSession) -> OverdueRun:
    return OverdueRun(**await mark_overdue(session=session, today=business_today()))


# --- the commands ------------------------------------------------------------------------------------------


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
    application.loan_id = loan.id
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
