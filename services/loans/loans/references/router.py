"""A loan as another service names it (the volunteers' site visits to loan-funded projects): its id, the
project's name and its county, nothing more. For services' own clients and staff (county staff: their county)."""

import uuid

from fastapi import APIRouter

from chassis.auth.deps import StaffOrService
from chassis.db import SessionDep
from loans.references.queries import read_loan_reference
from loans.references.schemas import LoanReference

router = APIRouter(prefix="/api/v1/loans/references", tags=["references"])


@router.get("/loans/{loan_id}", summary="A loan's project name and county, for another service to show")
async def loan_reference(session: SessionDep, principal: StaffOrService, loan_id: uuid.UUID) -> LoanReference:
    return await read_loan_reference(session=session, principal=principal, loan_id=loan_id)
