"""The postal savings bank's subsidy claims: 2020 Q3 and Q4 paid, 2021 Q1 waiting for review.

A line claims the interest that accrued on the loan in the quarter at its contract rate; every tenth line
claims instead what the repayment records show paid in the quarter, which can run over (interest settled
across quarters) and is flagged for the reviewer.
"""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.db import utcnow
from loans.claims import service as claims
from loans.claims.lines import LoanTerms, PolicyTerms, line_figures
from loans.claims.models import ClaimLine, LineDecision, SubsidyClaim
from loans.claims.schemas import ClaimFiling, ClaimLineIn
from loans.demo.banks import demo_bank_id
from loans.demo.people import BANK_SYSTEM, CITY_REVIEWER
from loans.loans.models import Loan
from loans.repayments.models import Repayment
from loans.subsidy.calculator import PrincipalRepayment

PAID = [(2020, 3, "QYGK-2020-1018"), (2020, 4, "QYGK-2021-0115")]
UNDER_REVIEW = [(2021, 1)]


async def _file(session: AsyncSession, bank: Principal, year: int, quarter: int) -> SubsidyClaim:
    start, end = claims.quarter_bounds(year, quarter)
    rows = await session.execute(
        select(Repayment.loan_id, func.sum(Repayment.interest))
        .join(Loan, Repayment.loan_id == Loan.id)
        .where(Loan.bank_id == bank.bank_id, Repayment.paid_on >= start, Repayment.paid_on <= end)
        .group_by(Repayment.loan_id))
    paid_in_quarter = dict(rows.all())
    accrued = await _accrued_interest(session, list(paid_in_quarter), start, end)
    lines = [ClaimLineIn(loan_id=loan_id, interest_paid=paid if n % 10 == 0 else accrued[loan_id])
             for n, (loan_id, paid) in enumerate(sorted(paid_in_quarter.items()))]
    return await claims.file_claim(session=session, principal=bank, data=ClaimFiling(
        year=year, quarter=quarter, lines=lines))


async def _accrued_interest(session: AsyncSession, loan_ids: list[uuid.UUID], start: date,
                            end: date) -> dict[uuid.UUID, Decimal]:
    """What each loan's contract rate accrues over the quarter: the figure a bank's interest system gives."""
    loans = (await session.scalars(select(Loan).where(Loan.id.in_(loan_ids)))).all()
    accrued = {}
    for loan in loans:
        repaid = tuple(PrincipalRepayment(r.paid_on, r.principal) for r in await session.scalars(
            select(Repayment).where(Repayment.loan_id == loan.id, Repayment.paid_on <= end)))
        terms = LoanTerms(loan.principal, loan.annual_rate_pct, loan.contract_date, loan.term_months, loan.lpr_pct,
                          None)
        policy = PolicyTerms(principal_cap=loan.principal, spread_bp=0, subsidised_term_months=loan.term_months)
        accrued[loan.id] = line_figures(loan=terms, policy=policy, repayments=repaid, period_start=start,
                                        period_end=end, interest_paid=Decimal("0.00")).contract_interest
    return accrued


async def load_claims(session: AsyncSession) -> int:
    bank = Principal(subject="demo-bank-system", role=Role.bank_officer, bank_id=demo_bank_id("psbc-qingyuan"),
                     name=BANK_SYSTEM)
    city = Principal(subject="demo-city-staff", role=Role.city_staff, name=CITY_REVIEWER)
    for year, quarter, voucher in PAID:
        claim = await _file(session, bank, year, quarter)
        await claims.approve_unflagged(session=session, principal=city, claim=claim)
        await session.execute(
            update(ClaimLine).where(ClaimLine.claim_id == claim.id,
                                    ClaimLine.decision == LineDecision.pending)
            .values(decision=LineDecision.approved, reason="已核对银行结息流水，跨季结息，予以通过",
                    decided_by=city.subject, decided_at=utcnow()))
        await claims.approve_claim(session=session, principal=city, claim=claim)
        await claims.pay_claim(session=session, claim=claim, voucher_number=voucher)
    for year, quarter in UNDER_REVIEW:
        await _file(session, bank, year, quarter)
    return len(PAID) + len(UNDER_REVIEW)

