"""The subsidy quote: the pure calculator fed with the LPR and the policy of the contract date."""

from sqlalchemy.ext.asyncio import AsyncSession

from loans.lpr.service import fixing_in_force
from loans.policies.service import policy_in_force
from loans.policies.tenor import LprTenor
from loans.subsidy.calculator import quote_subsidy
from loans.subsidy.schemas import SubsidyQuoteRead, SubsidyQuoteRequest


async def quote(*, session: AsyncSession, data: SubsidyQuoteRequest) -> SubsidyQuoteRead:
    fixing = await fixing_in_force(session=session, on=data.contract_date)
    policy = await policy_in_force(session=session, on=data.contract_date)
    lpr_pct = fixing.lpr_1y_pct if policy.lpr_tenor == LprTenor.one_year else fixing.lpr_5y_pct
    return SubsidyQuoteRead.of(quote_subsidy(data.subsidy_input(policy=policy, lpr_pct=lpr_pct)), policy)
