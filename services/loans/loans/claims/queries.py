"""Reading claims: the scope (city staff see every bank's, a bank its own), totals, lines and the sheet."""

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from chassis.auth.principal import Principal, Role
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from loans.applications.models import LoanApplication
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.claims.export import claim_sheet
from loans.claims.models import ClaimLine, ClaimStatus, LineDecision, SubsidyClaim
from loans.claims.schemas import ClaimLineRead, ClaimRead
from loans.loans.models import Loan


async def list_claims(*, session: AsyncSession, principal: Principal, page: PageParams, bank_id: uuid.UUID | None,
                      year: int | None, quarter: int | None, status: ClaimStatus | None) -> Page[ClaimRead]:
    statement = visible_claims(principal).order_by(
        SubsidyClaim.year.desc(), SubsidyClaim.quarter.desc(), SubsidyClaim.id)
    for column, value in ((SubsidyClaim.bank_id, bank_id), (SubsidyClaim.year, year),
                          (SubsidyClaim.quarter, quarter), (SubsidyClaim.status, status)):
        if value is not None:
            statement = statement.where(column == value)
    rows = [(claim, bank) for claim, bank in (await session.execute(
        statement.limit(page.limit).offset(page.offset))).all()]
    return Page(items=await claim_reads(session, rows), total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def claim_read(*, session: AsyncSession, principal: Principal, claim_id: uuid.UUID) -> ClaimRead:
    return (await claim_reads(session, [await get_claim(session=session, principal=principal,
                                                        claim_id=claim_id)]))[0]


async def list_lines(*, session: AsyncSession, principal: Principal, claim_id: uuid.UUID, page: PageParams,
                     decision: LineDecision | None, flagged: bool | None) -> Page[ClaimLineRead]:
    await get_claim(session=session, principal=principal, claim_id=claim_id)
    statement = claim_lines(claim_id, decision, flagged)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[_line_read(*row) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def line_read(*, session: AsyncSession, claim_id: uuid.UUID, line_id: uuid.UUID) -> ClaimLineRead:
    row = (await session.execute(claim_lines(claim_id, None, None).where(ClaimLine.id == line_id))).one()
    return _line_read(*row)


async def claim_workbook(*, session: AsyncSession, principal: Principal,
                         claim_id: uuid.UUID) -> tuple[SubsidyClaim, bytes]:
    """The claim sheet as .xlsx bytes (written off the event loop: a claim may have thousands of lines)."""
    claim, bank = await get_claim(session=session, principal=principal, claim_id=claim_id)
    read = (await claim_reads(session, [(claim, bank)]))[0]
    rows = (await session.execute(claim_lines(claim_id, None, None))).all()
    return claim, await run_in_threadpool(claim_sheet, read, [_line_read(*row) for row in rows])


def visible_claims(principal: Principal) -> Select[SubsidyClaim, PartnerBank]:
    statement = select(SubsidyClaim, PartnerBank).join(PartnerBank, SubsidyClaim.bank_id == PartnerBank.id)
    if principal.role is Role.bank_officer:
        statement = statement.where(SubsidyClaim.bank_id == principal.bank_id)
    return statement


async def get_claim(*, session: AsyncSession, principal: Principal,
                    claim_id: uuid.UUID) -> tuple[SubsidyClaim, PartnerBank]:
    row = (await session.execute(visible_claims(principal).where(SubsidyClaim.id == claim_id))).first()
    if row is None:
        raise NotFound(f"No subsidy claim {claim_id}.")
    claim, bank = row
    return claim, bank


_TOTALS = (
    func.count(ClaimLine.id).label("line_count"),
    func.coalesce(func.sum(case((ClaimLine.decision == LineDecision.pending.value, 1), else_=0)), 0)
    .label("pending_lines"),
    func.coalesce(func.sum(case((ClaimLine.flagged_excess, 1), else_=0)), 0).label("flagged_lines"),
    func.coalesce(func.sum(ClaimLine.interest_paid), 0).label("claimed_interest"),
    func.coalesce(func.sum(ClaimLine.subsidy), 0).label("computed_subsidy"),
    func.coalesce(func.sum(case((ClaimLine.decision == LineDecision.approved.value, ClaimLine.subsidy),
                                else_=0)), 0).label("approved_subsidy"),
)


async def claim_reads(session: AsyncSession, rows: Sequence[tuple[SubsidyClaim, PartnerBank]]) -> list[ClaimRead]:
    ids = [claim.id for claim, _ in rows]
    totals = {row.claim_id: row for row in await session.execute(
        select(ClaimLine.claim_id, *_TOTALS).where(ClaimLine.claim_id.in_(ids)).group_by(ClaimLine.claim_id))}
    reads = []
    for claim, bank in rows:
        t: Any = totals.get(claim.id)
        reads.append(ClaimRead(
            id=claim.id, bank_id=claim.bank_id, bank_name=bank.name, year=claim.year, quarter=claim.quarter,
            period_start=claim.period_start, period_end=claim.period_end, status=claim.status,
            line_count=t.line_count if t else 0, pending_lines=int(t.pending_lines) if t else 0,
            flagged_lines=int(t.flagged_lines) if t else 0,
            claimed_interest=Decimal(t.claimed_interest) if t else Decimal(0),
            computed_subsidy=Decimal(t.computed_subsidy) if t else Decimal(0),
            approved_subsidy=Decimal(t.approved_subsidy) if t else Decimal(0),
            voucher_number=claim.voucher_number))
    return reads


def _line_read(line: ClaimLine, contract_number: str, borrower_name: str) -> ClaimLineRead:
    return ClaimLineRead(id=line.id, loan_id=line.loan_id, contract_number=contract_number,
                         borrower_name=borrower_name, interest_paid=line.interest_paid, days=line.days,
                         eligible_principal=line.eligible_principal, cap_amount=line.cap_amount,
                         subsidy=line.subsidy, contract_interest=line.contract_interest,
                         flagged_excess=line.flagged_excess, decision=line.decision, reason=line.reason)


def claim_lines(claim_id: uuid.UUID, decision: LineDecision | None,
                flagged: bool | None) -> Select[ClaimLine, str, str]:
    statement = (select(ClaimLine, Loan.contract_number, Borrower.name)
                 .join(Loan, ClaimLine.loan_id == Loan.id)
                 .join(LoanApplication, Loan.application_id == LoanApplication.id)
                 .join(Borrower, LoanApplication.borrower_id == Borrower.id)
                 .where(ClaimLine.claim_id == claim_id)
                 .order_by(Loan.contract_number, ClaimLine.id))
    if decision is not None:
        statement = statement.where(ClaimLine.decision == decision)
    if flagged is not None:
        statement = statement.where(ClaimLine.flagged_excess == flagged)
    return statement
