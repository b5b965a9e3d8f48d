"""The programme's statistics, computed from the records by SQL aggregates (never typed-in totals)."""

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Select, case, cast, extract, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.counties import counties
from chassis.problems import Forbidden
from chassis.stats import by_county, figure
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.models import LoanApplication
from loans.banks.models import PartnerBank
from loans.claims.models import ClaimLine, ClaimStatus, LineDecision, SubsidyClaim
from loans.loans.models import Loan
from loans.lpr.models import LprFixing
from loans.stats.schemas import Breakdown, LoanStats, StatusCount

USE_LABELS = {"planting": "种植", "livestock": "养殖", "processing": "加工", "ecommerce": "电商", "homestay": "民宿",
              "rural_tourism": "乡村旅游", "other": "其他"}


def _subsidy_paid_per_loan() -> Any:
    return (select(ClaimLine.loan_id, func.sum(ClaimLine.subsidy).label("paid"))
            .join(SubsidyClaim, ClaimLine.claim_id == SubsidyClaim.id)
            .where(ClaimLine.decision == LineDecision.approved, SubsidyClaim.status == ClaimStatus.paid)
            .group_by(ClaimLine.loan_id).subquery())


def _breakdown_query(dimension: Any, year: int | None, county_code: str | None) -> Select[Any]:
    paid = _subsidy_paid_per_loan()
    overdue = LoanApplication.status == ApplicationStatus.overdue
    statement = (
        select(dimension.label("key"),
               func.count(Loan.id).label("loans"),
               func.coalesce(func.sum(Loan.principal), 0).label("amount"),
               func.count(func.distinct(LoanApplication.id)).label("projects"),
               func.coalesce(func.sum(LoanApplication.poor_households_driven), 0).label("households"),
               func.coalesce(func.sum(paid.c.paid), 0).label("subsidy"),
               func.coalesce(func.sum(case((overdue, 1), else_=0)), 0).label("overdue_loans"),
               func.coalesce(func.sum(case((overdue, Loan.outstanding_principal), else_=0)), 0).label("overdue_amount"))
        .select_from(Loan)
        .join(LoanApplication, Loan.application_id == LoanApplication.id)
        .join(PartnerBank, Loan.bank_id == PartnerBank.id)
        .outerjoin(paid, paid.c.loan_id == Loan.id)
        .group_by(dimension).order_by(dimension)
    )
    if year is not None:
        statement = statement.where(extract("year", Loan.contract_date) == year)
    if county_code is not None:
        statement = statement.where(LoanApplication.county_code == county_code)
    return statement


async def _breakdown(session: AsyncSession, dimension: Any, year: int | None, labels: dict[str, str],
                     county_code: str | None) -> list[Breakdown]:
    rows = await session.execute(_breakdown_query(dimension, year, county_code))
    return [Breakdown(key=str(row.key), label=labels.get(str(row.key), str(row.key)), loans=row.loans,
                      amount_disbursed=Decimal(row.amount), projects=row.projects,
                      poor_households_driven=int(row.households), subsidy_paid=Decimal(row.subsidy),
                      overdue_loans=int(row.overdue_loans), overdue_amount=Decimal(row.overdue_amount))
            for row in rows]


async def loan_stats(*, session: AsyncSession, principal: Principal, today: date, year: int | None) -> LoanStats:
    """County staff see their county's figures; city staff the whole city's."""
    county = None if principal.sees_whole_city else principal.county_code
    if not principal.sees_whole_city and county is None:
        raise Forbidden("County staff without a county see no statistics.")
    status_query = select(LoanApplication.status, func.count()).group_by(LoanApplication.status)
    if county is not None:
        status_query = status_query.where(LoanApplication.county_code == county)
    if year is not None:
        status_query = status_query.where(extract("year", LoanApplication.created_at) == year)
    by_status = (await session.execute(status_query)).all()
    bank_names = {str(b.id): b.name for b in await session.scalars(select(PartnerBank))}
    county_names = {code: c.name for code, c in counties().items()}
    years = await _breakdown(session, cast(extract("year", Loan.contract_date), Integer), None, {}, county)
    detail = await _breakdown(session, LoanApplication.county_code, year, county_names, county)
    totals = _total(detail)
    banks = await session.scalar(select(func.count()).select_from(PartnerBank))
    fixings = await session.scalar(select(func.count()).select_from(LprFixing))
    current = await session.scalar(select(LprFixing.lpr_1y_pct).where(LprFixing.effective_date <= today)
                                   .order_by(LprFixing.effective_date.desc()).limit(1))
    return LoanStats(
        service="loans",
        year=year,
        figures=[
            figure("loans_disbursed", totals.loans, "loans"),
            figure("amount_disbursed", f"{totals.amount_disbursed:.2f}", "CNY"),
            figure("projects", totals.projects, "projects"),
            figure("poor_households_driven", totals.poor_households_driven, "households"),
            figure("subsidy_paid", f"{totals.subsidy_paid:.2f}", "CNY"),
            figure("overdue_loans", totals.overdue_loans, "loans"),
            figure("partner_banks", banks or 0, "banks"),
            figure("lpr_fixings", fixings or 0, "fixings"),
            figure("lpr_1y_current", f"{current:.2f}" if current is not None else "-", "percent"),
        ],
        by_county=by_county((b.key, b.loans) for b in detail),
        applications_by_status=[StatusCount(status=status, applications=count) for status, count in by_status],
        by_year=years,
        by_county_detail=detail,
        by_use=await _breakdown(session, LoanApplication.project_use, year, USE_LABELS, county),
        by_bank=await _breakdown(session, Loan.bank_id, year, bank_names, county),
    )


def _total(rows: list[Breakdown]) -> Breakdown:
    zero = Decimal("0.00")
    return Breakdown(
        key="total", label="合计", loans=sum(r.loans for r in rows),
        amount_disbursed=sum((r.amount_disbursed for r in rows), zero), projects=sum(r.projects for r in rows),
        poor_households_driven=sum(r.poor_households_driven for r in rows),
        subsidy_paid=sum((r.subsidy_paid for r in rows), zero), overdue_loans=sum(r.overdue_loans for r in rows),
        overdue_amount=sum((r.overdue_amount for r in rows), zero))
