from typing import Annotated

from fastapi import APIRouter, Depends

from chassis.auth.deps import require_roles
from chassis.auth.principal import STAFF_ROLES, Principal, Role
from chassis.db import SessionDep
from loans.lpr.service import fixing_in_force
from loans.policies.service import policy_in_force
from loans.policies.tenor import LprTenor
from loans.subsidy.calculator import quote_subsidy
from loans.subsidy.schemas import SubsidyQuoteRead, SubsidyQuoteRequest

router = APIRouter(prefix="/api/v1/loans/subsidy", tags=["subsidy"])

# Banks quote before they file a claim; staff check a claim line with it.
SubsidyQuoter = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.bank_officer))]


@router.post("/quote", summary="The subsidy of one loan over one claim period (nothing is recorded)")
async def quote(session: SessionDep, _: SubsidyQuoter, data: SubsidyQuoteRequest) -> SubsidyQuoteRead:
    fixing = await fixing_in_force(session=session, on=data.contract_date)
    policy = await policy_in_force(session=session, on=data.contract_date)
    lpr_pct = fixing.lpr_1y_pct if policy.lpr_tenor == LprTenor.one_year else fixing.lpr_5y_pct
    return SubsidyQuoteRead.of(quote_subsidy(data.subsidy_input(policy=policy, lpr_pct=lpr_pct)), policy)
