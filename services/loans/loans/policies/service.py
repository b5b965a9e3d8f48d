from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from loans.policies.models import PolicyVersion
from loans.policies.schemas import PolicyVersionCreate


async def list_policies(*, session: AsyncSession, page: PageParams) -> tuple[list[PolicyVersion], int]:
    return await fetch_page(session, select(PolicyVersion).order_by(PolicyVersion.effective_from.desc()), page)


async def policy_in_force(*, session: AsyncSession, on: date) -> PolicyVersion:
    """The version whose dates hold `on`: the latest that started on or before it and has not ended."""
    policy = await session.scalar(
        select(PolicyVersion)
        .where(PolicyVersion.effective_from <= on,
               or_(PolicyVersion.effective_to.is_(None), PolicyVersion.effective_to >= on))
        .order_by(PolicyVersion.effective_from.desc()).limit(1)
    )
    if policy is None:
        raise NotFound(f"No subsidy policy is in force on {on.isoformat()}.")
    return policy


async def add_policy(*, session: AsyncSession, data: PolicyVersionCreate) -> PolicyVersion:
    if await session.scalar(select(PolicyVersion.id).where(PolicyVersion.effective_from == data.effective_from)):
        raise Conflict(f"A policy version already starts on {data.effective_from.isoformat()}.")
    policy = PolicyVersion(**data.model_dump(mode="python"))
    policy.eligible_uses = [use.value for use in data.eligible_uses]
    policy.lpr_tenor = data.lpr_tenor.value
    session.add(policy)
    await session.flush()
    return policy
