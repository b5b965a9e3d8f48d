from fastapi import APIRouter, status

from chassis.auth.deps import AnyCaller, CityStaff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from loans.policies import service
from loans.policies.schemas import PolicyVersionCreate, PolicyVersionRead

router = APIRouter(prefix="/api/v1/loans/policies", tags=["policies"])


@router.get("", summary="Subsidy policy versions, newest first")
async def list_policies(session: SessionDep, _: AnyCaller, page: PageDep) -> Page[PolicyVersionRead]:
    policies, total = await service.list_policies(session=session, page=page)
    return page_of(PolicyVersionRead, policies, total, page)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Add a policy version (later loans take it)")
async def add_policy(session: SessionDep, _: CityStaff, data: PolicyVersionCreate) -> PolicyVersionRead:
    return PolicyVersionRead.model_validate(await service.add_policy(session=session, data=data))
