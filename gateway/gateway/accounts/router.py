import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from chassis.auth.deps import CityStaff, Staff
from chassis.auth.principal import Role
from chassis.counties import CountyCode
from chassis.db import SessionDep, utcnow
from chassis.pagination import Page, PageDep
from gateway.accounts import service
from gateway.accounts.schemas import AccountCreate, AccountRead, AccountUpdate, AccountWithPassword

# Staff read accounts (county staff: their county's); admins and city staff change them.
router = APIRouter(prefix="/api/v1/auth/accounts", tags=["accounts"])


@router.get("", summary="List accounts")
async def list_accounts(
    session: SessionDep,
    staff: Staff,
    page: PageDep,
    role: Role | None = None,
    county: CountyCode | None = None,
    active: bool | None = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the username or display name")] = None,
) -> Page[AccountRead]:
    return await service.list_accounts(session=session, principal=staff, page=page, role=role, county_code=county,
                                       q=q, active=active)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Create an account (its temporary password is shown once)")
async def create_account(request: Request, session: SessionDep, staff: CityStaff,
                         data: AccountCreate) -> AccountWithPassword:
    return await service.create_account(session=session, connection=request, actor=staff, data=data)


@router.get("/{user_id}", summary="One account")
async def get_account(session: SessionDep, staff: Staff, user_id: uuid.UUID) -> AccountRead:
    return await service.read_account(session=session, principal=staff, user_id=user_id)


@router.patch("/{user_id}", summary="Change an account's name, role, county or bank")
async def update_account(request: Request, session: SessionDep, staff: CityStaff, user_id: uuid.UUID,
                         data: AccountUpdate) -> AccountRead:
    return await service.update_account(session=session, connection=request, actor=staff, user_id=user_id, data=data,
                                        now=utcnow())


@router.post("/{user_id}/disable", summary="Disable an account: its sessions end, it cannot log in")
async def disable_account(request: Request, session: SessionDep, staff: CityStaff, user_id: uuid.UUID) -> AccountRead:
    return await service.set_active(session=session, connection=request, actor=staff, user_id=user_id, active=False,
                                    now=utcnow())


@router.post("/{user_id}/enable", summary="Enable an account again")
async def enable_account(request: Request, session: SessionDep, staff: CityStaff, user_id: uuid.UUID) -> AccountRead:
    return await service.set_active(session=session, connection=request, actor=staff, user_id=user_id, active=True,
                                    now=utcnow())


@router.post("/{user_id}/password-reset",
             summary="Reset the password: a temporary one, shown once, to be changed at the next login")
async def reset_password(request: Request, session: SessionDep, staff: CityStaff,
                         user_id: uuid.UUID) -> AccountWithPassword:
    return await service.reset_password(session=session, connection=request, actor=staff, user_id=user_id,
                                        now=utcnow())
