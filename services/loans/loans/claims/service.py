"""Quarterly subsidy claims: filed by a bank, computed from the loans' own records, reviewed line by line,
approved, and paid with a treasury voucher.

Filing is set-based: the loans, their principal repayments and the policies are read in a few queries
(chunked), every line is computed by the pure calculator, and the lines are written in one executemany.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.db import utcnow
from chassis.problems import Conflict, NotFound, Unprocessable
from chassis.timezone import business_today
from loans.claims.lines import LoanTerms, PolicyTerms, line_figures
from loans.claims.models import ClaimLine, ClaimStatus, LineDecision, SubsidyClaim
from loans.claims.queries import claim_read, get_claim, line_read
from loans.claims.schemas import BulkDecision, ClaimFiling, ClaimLineRead, ClaimRead, LineDecisionIn
from loans.loans.models import Loan
from loans.partners.events import ClaimLineDecided, ClaimLinesApproved, ClaimPaid, EventType, notify_bank
from loans.policies.models import PolicyVersion
from loans.repayments.models import Repayment
from loans.subsidy.calculator import PrincipalRepayment

CHUNK = 5_000  # ids per IN (...): well inside both databases' limits on bound parameters


# --- the API: each returns what the caller sees afterwards ------------------------------------------------


async def file(*, session: AsyncSession, principal: Principal, data: ClaimFiling) -> ClaimRead:
    claim = await file_claim(session=session, principal=principal, data=data)
    return await claim_read(session=session, principal=principal, claim_id=claim.id)


async def decide(*, session: AsyncSession, principal: Principal, claim_id: uuid.UUID, line_id: uuid.UUID,
                 data: LineDecisionIn) -> ClaimLineRead:
    claim, _ = await get_claim(session=session, principal=principal, claim_id=claim_id)
    await decide_line(session=session, principal=principal, claim=claim, line_id=line_id, data=data)
    return await line_read(session=session, claim_id=claim_id, line_id=line_id)


async def approve_unflagged_lines(*, session: AsyncSession, principal: Principal,
                                  claim_id: uuid.UUID) -> BulkDecision:
    claim, _ = await get_claim(session=session, principal=principal, claim_id=claim_id)
    return BulkDecision(approved=await approve_unflagged(session=session, principal=principal, claim=claim))


async def approve(*, session: AsyncSession, principal: Principal, claim_id: uuid.UUID) -> ClaimRead:
    claim, _ = await get_claim(session=session, principal=principal, claim_id=claim_id)
    await approve_claim(session=session, principal=principal, claim=claim)
    return await claim_read(session=session, principal=principal, claim_id=claim_id)


async def pay(*, session: AsyncSession, principal: Principal, claim_id: uuid.UUID, voucher_number: str) -> ClaimRead:
    claim, _ = await get_claim(session=session, principal=principal, claim_id=claim_id)
    await pay_claim(session=session, claim=claim, voucher_number=voucher_number)
    return await claim_read(session=session, principal=principal, claim_id=claim_id)


# --- the commands ------------------------------------------------------------------------------------------


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    start = date(year, 3 * quarter - 2, 1)
    next_start = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, next_start - timedelta(days=1)


def _chunks(ids: Sequence[uuid.UUID]) -> list[Sequence[uuid.UUID]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


async def _loan_terms(session: AsyncSession, bank_id: uuid.UUID,
                      loan_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[LoanTerms, uuid.UUID]]:
    terms: dict[uuid.UUID, tuple[LoanTerms, uuid.UUID]] = {}
    for chunk in _chunks(loan_ids):
        rows = await session.execute(
            select(Loan.id, Loan.principal, Loan.annual_rate_pct, Loan.contract_date, Loan.term_months,
                   Loan.lpr_pct, Loan.subsidy_stopped_on, Loan.policy_version_id)
            .where(Loan.bank_id == bank_id, Loan.id.in_(chunk)))
        for row in rows:
            terms[row.id] = (LoanTerms(row.principal, row.annual_rate_pct, row.contract_date, row.term_months,
                                       row.lpr_pct, row.subsidy_stopped_on), row.policy_version_id)
    return terms


async def _principal_repayments(session: AsyncSession, loan_ids: Sequence[uuid.UUID],
                                until: date) -> dict[uuid.UUID, tuple[PrincipalRepayment, ...]]:
    found: dict[uuid.UUID, list[PrincipalRepayment]] = defaultdict(list)
    for chunk in _chunks(loan_ids):
        rows = await session.execute(
            select(Repayment.loan_id, Repayment.paid_on, Repayment.principal)
            .where(Repayment.loan_id.in_(chunk), Repayment.principal > 0, Repayment.paid_on <= until))
        for loan_id, paid_on, principal in rows:
            found[loan_id].append(PrincipalRepayment(paid_on, principal))
    return {loan_id: tuple(repayments) for loan_id, repayments in found.items()}


async def file_claim(*, session: AsyncSession, principal: Principal, data: ClaimFiling) -> SubsidyClaim:
    assert principal.bank_id is not None
    period_start, period_end = quarter_bounds(data.year, data.quarter)
    if period_end >= business_today():
        raise Unprocessable(f"{data.year} Q{data.quarter} has not ended: claims follow the quarter's settlement.")
    if await session.scalar(select(SubsidyClaim.id).where(
            SubsidyClaim.bank_id == principal.bank_id, SubsidyClaim.year == data.year,
            SubsidyClaim.quarter == data.quarter)):
        raise Conflict(f"Your bank has already filed a claim for {data.year} Q{data.quarter}.")
    loan_ids = [line.loan_id for line in data.lines]
    terms = await _loan_terms(session, principal.bank_id, loan_ids)
    unknown = [str(loan_id) for loan_id in loan_ids if loan_id not in terms]
    if unknown:
        raise Unprocessable(f"{len(unknown)} lines name loans your bank did not make.", unknown_loans=unknown[:20])
    repayments = await _principal_repayments(session, loan_ids, period_end)
    policies = {p.id: PolicyTerms(p.principal_cap, p.spread_bp, p.subsidised_term_months)
                for p in await session.scalars(select(PolicyVersion))}

    claim = SubsidyClaim(id=uuid.uuid4(), bank_id=principal.bank_id, year=data.year, quarter=data.quarter,
                         period_start=period_start, period_end=period_end, status=ClaimStatus.filed)
    session.add(claim)
    await session.flush()
    rows = []
    for line in data.lines:
        loan, policy_id = terms[line.loan_id]
        figures = line_figures(loan=loan, policy=policies[policy_id], repayments=repayments.get(line.loan_id, ()),
                               period_start=period_start, period_end=period_end, interest_paid=line.interest_paid)
        rows.append({"id": uuid.uuid4(), "claim_id": claim.id, "loan_id": line.loan_id,
                     "interest_paid": line.interest_paid, "days": figures.days,
                     "eligible_principal": figures.eligible_principal, "cap_amount": figures.cap_amount,
                     "subsidy": figures.subsidy, "contract_interest": figures.contract_interest,
                     "flagged_excess": figures.flagged_excess, "decision": LineDecision.pending.value})
    await session.execute(insert(ClaimLine), rows)
    return claim


# What the bank is told of a decided line (a decision is approved or rejected: LineDecisionIn).
LINE_DECIDED = {LineDecision.approved: EventType.claim_line_approved,
                LineDecision.rejected: EventType.claim_line_rejected}


def _under_review(claim: SubsidyClaim) -> None:
    if claim.status is not ClaimStatus.filed:
        raise Conflict(f"The claim is {claim.status.value}; its lines can no longer change.",
                       allowed_next_states=[ClaimStatus.paid.value] if claim.status is ClaimStatus.approved else [])


async def decide_line(*, session: AsyncSession, principal: Principal, claim: SubsidyClaim, line_id: uuid.UUID,
                      data: LineDecisionIn) -> ClaimLine:
    _under_review(claim)
    line = await session.scalar(select(ClaimLine).where(ClaimLine.id == line_id, ClaimLine.claim_id == claim.id))
    if line is None:
        raise NotFound(f"No line {line_id} on this claim.")
    line.decision, line.reason = data.decision, data.reason
    line.decided_by, line.decided_at = principal.subject, utcnow()
    await session.flush()
    await notify_bank(session, claim.bank_id, LINE_DECIDED[data.decision], ClaimLineDecided(
        claim_id=claim.id, line_id=line.id, loan_id=line.loan_id, decision=data.decision.value,
        subsidy=line.subsidy, reason=line.reason))
    return line


async def approve_unflagged(*, session: AsyncSession, principal: Principal, claim: SubsidyClaim) -> int:
    _under_review(claim)
    result = await session.execute(
        update(ClaimLine)
        .where(ClaimLine.claim_id == claim.id, ClaimLine.decision == LineDecision.pending,
               ClaimLine.flagged_excess.is_(False))
        .values(decision=LineDecision.approved, decided_by=principal.subject, decided_at=utcnow()))
    approved = int(result.rowcount)  # type: ignore[attr-defined]
    if approved:
        await notify_bank(session, claim.bank_id, EventType.claim_lines_approved,
                          ClaimLinesApproved(claim_id=claim.id, approved_lines=approved))
    return approved


async def approve_claim(*, session: AsyncSession, principal: Principal, claim: SubsidyClaim) -> SubsidyClaim:
    _under_review(claim)
    pending = await session.scalar(select(func.count()).where(
        ClaimLine.claim_id == claim.id, ClaimLine.decision == LineDecision.pending))
    if pending:
        raise Conflict(f"{pending} lines still wait for a decision.", pending_lines=pending)
    moved = await session.execute(
        update(SubsidyClaim).where(SubsidyClaim.id == claim.id, SubsidyClaim.status == ClaimStatus.filed)
        .values(status=ClaimStatus.approved, approved_by=principal.subject, approved_at=utcnow()))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict("The claim changed meanwhile; reload it.")
    await session.refresh(claim)
    return claim


async def pay_claim(*, session: AsyncSession, claim: SubsidyClaim, voucher_number: str) -> SubsidyClaim:
    moved = await session.execute(
        update(SubsidyClaim).where(SubsidyClaim.id == claim.id, SubsidyClaim.status == ClaimStatus.approved)
        .values(status=ClaimStatus.paid, voucher_number=voucher_number, paid_at=utcnow()))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(f"The claim is {claim.status.value}; only an approved claim is paid.",
                       allowed_next_states=[ClaimStatus.paid.value] if claim.status is ClaimStatus.approved else [])
    await session.refresh(claim)
    approved_lines = (ClaimLine.claim_id == claim.id, ClaimLine.decision == LineDecision.approved)
    # Each loan keeps what its borrower has been spared; a claim is paid once (the conditional UPDATE above).
    await session.execute(
        update(Loan).where(Loan.id.in_(select(ClaimLine.loan_id).where(*approved_lines)))
        .values(subsidy_received=Loan.subsidy_received + select(ClaimLine.subsidy).where(
            *approved_lines, ClaimLine.loan_id == Loan.id).scalar_subquery())
        .execution_options(synchronize_session=False))
    approved = await session.scalar(select(func.coalesce(func.sum(ClaimLine.subsidy), 0)).where(*approved_lines))
    assert claim.paid_at is not None and claim.voucher_number is not None
    await notify_bank(session, claim.bank_id, EventType.claim_paid, ClaimPaid(
        claim_id=claim.id, year=claim.year, quarter=claim.quarter, approved_subsidy=Decimal(approved or 0),
        voucher_number=claim.voucher_number, paid_at=claim.paid_at))
    return claim
