"""Demo data for `make run`: idempotent (a second run adds nothing), never loaded in production."""

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from chassis.timezone import business_today
from loans.applications.models import LoanApplication
from loans.config import Settings
from loans.demo.banks import load_banks
from loans.demo.claims import load_claims
from loans.demo.lending import WRITTEN_OFF, load_lending
from loans.demo.people import CITY_REVIEWER
from loans.demo.pipeline import load_pipeline
from loans.loans import queries as loan_queries
from loans.loans import service as loan_service
from loans.loans.models import Loan


async def load_demo(session: AsyncSession) -> str:
    banks = await load_banks(session)
    if await session.scalar(select(func.count()).select_from(LoanApplication)):
        return f"loans: {banks} partner banks added, applications already there"
    cipher = FieldCipher(Settings().field_encryption_key.get_secret_value())
    loans = await load_lending(session, cipher)
    claims = await load_claims(session)
    overdue = await loan_service.mark_overdue(session=session, today=business_today())
    written_off = await session.scalar(select(Loan).where(Loan.contract_number == f"QY2020{WRITTEN_OFF + 1:04d}"))
    if written_off is not None:
        city = Principal(subject="demo-city-staff", role=Role.city_staff, name=CITY_REVIEWER)
        loan, application, _ = await loan_queries.get_loan(session=session, principal=city, loan_id=written_off.id)
        await loan_service.write_off(session=session, principal=city, loan=loan, application=application,
                                  reason="借款人经营失败且失联，经催收无果，按程序核销", on=business_today())
    pipeline = await load_pipeline(session, cipher)
    return (f"loans: {banks} partner banks, {loans} loans of 2020, {claims} subsidy claims, "
            f"{overdue['became_overdue']} overdue, {pipeline} applications in progress added")
