"""The loan another service names, in the caller's scope (county staff: their county; a service's client: any)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.problems import NotFound
from loans.applications.models import LoanApplication
from loans.loans.models import Loan
from loans.references.schemas import LoanReference


async def read_loan_reference(*, session: AsyncSession, principal: Principal, loan_id: uuid.UUID) -> LoanReference:
    statement = (select(Loan.id, LoanApplication.project_name, LoanApplication.county_code)
                 .join(LoanApplication, LoanApplication.id == Loan.application_id).where(Loan.id == loan_id))
    if principal.role is Role.county_staff:
        statement = statement.where(LoanApplication.county_code == principal.county_code)
    row = (await session.execute(statement)).first()
    if row is None:
        raise NotFound(f"No loan {loan_id}.")
    return LoanReference(id=row[0], name=row[1], county_code=row[2])
