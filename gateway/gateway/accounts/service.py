"""Accounts as staff manage them: create, list (county staff: their county's), change, disable, reset.

Admins manage everyone; city staff everyone but admins (and cannot make one). Nobody disables themselves
or changes their own role. Role-level changes, disabling and resets end the person's sessions.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from chassis.auth.principal import Principal, Role
from chassis.pagination import Page, PageParams, fetch_page, page_of
from chassis.problems import Conflict, Forbidden, NotFound, Unprocessable
from gateway.accounts.schemas import AccountCreate, AccountRead, AccountUpdate, AccountWithPassword, check_assignment
from gateway.audit.events import SYSTEM, EventKind, record
from gateway.guard.addresses import client_address
from gateway.identity.models import User
from gateway.identity.passwords import hash_password_async, temporary_password
from gateway.sessions import service as sessions


def visible_accounts(principal: Principal) -> Select[User]:
    """The accounts a staff member may see: all of them, or (county staff) their own county's."""
    statement = select(User)
    if not principal.sees_whole_city:
        statement = statement.where(User.county_code == principal.county_code)
    return statement


async def list_accounts(*, session: AsyncSession, principal: Principal, page: PageParams, role: Role | None,
                        county_code: str | None, q: str | None, active: bool | None) -> Page[AccountRead]:
    statement = visible_accounts(principal).order_by(User.created_at.desc(), User.id)
    if role is not None:
        statement = statement.where(User.role == role)
    if county_code is not None:
        statement = statement.where(User.county_code == county_code)
    if active is not None:
        statement = statement.where(User.is_active.is_(active))
    if q:
        pattern = f"%{q.lower()}%"
        statement = statement.where(or_(User.username.ilike(pattern), User.display_name.ilike(pattern)))
    rows, total = await fetch_page(session, statement, page)
    return page_of(AccountRead, rows, total, page)


async def read_account(*, session: AsyncSession, principal: Principal, user_id: uuid.UUID) -> AccountRead:
    return AccountRead.model_validate(await get_account(session=session, principal=principal, user_id=user_id))


async def get_account(*, session: AsyncSession, principal: Principal, user_id: uuid.UUID) -> User:
    user = await session.scalar(visible_accounts(principal).where(User.id == user_id))
    if user is None:
        raise NotFound("No such account.")
    return user


def _ensure_may_manage(actor: Principal, target: User | None, role: str | None = None) -> None:
    if actor.role is Role.admin:
        return
    if (target is not None and target.role is Role.admin) or role == Role.admin:
        raise Forbidden("Only an administrator manages administrators.")


async def create_account(*, session: AsyncSession, connection: HTTPConnection, actor: Principal,
                         data: AccountCreate) -> AccountWithPassword:
    _ensure_may_manage(actor, None, data.role)
    if await session.scalar(select(User.id).where(User.username == data.username)):
        raise Conflict(f"The username {data.username} is taken.")
    password = temporary_password()
    user = User(id=uuid.uuid4(), username=data.username, display_name=data.display_name, role=Role(data.role),
                county_code=data.county_code, bank_id=data.bank_id, password_hash=await hash_password_async(password),
                must_change_password=True)
    session.add(user)
    await session.flush()
    record(session, EventKind.account_created, actor=actor.subject, client_address=client_address(connection),
           user_id=user.id, role=user.role.value, county_code=user.county_code, bank_id=_text(user.bank_id))
    return AccountWithPassword(account=AccountRead.model_validate(user), temporary_password=password)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


async def update_account(*, session: AsyncSession, connection: HTTPConnection, actor: Principal,
                         user_id: uuid.UUID, data: AccountUpdate, now: datetime) -> AccountRead:
    user = await get_account(session=session, principal=actor, user_id=user_id)
    given = data.model_fields_set
    role = Role(data.role) if data.role is not None else user.role
    _ensure_may_manage(actor, user, role)
    if role is not user.role and str(user.id) == actor.subject:
        raise Forbidden("You may not change your own role.")
    county = data.county_code if "county_code" in given else user.county_code if role is Role.county_staff else None
    bank = data.bank_id if "bank_id" in given else user.bank_id if role is Role.bank_officer else None
    try:
        check_assignment(role, county, bank)
    except ValueError as exc:
        raise Unprocessable(str(exc)) from exc
    before = {"role": user.role.value, "county_code": user.county_code, "bank_id": _text(user.bank_id)}
    after = {"role": role.value, "county_code": county, "bank_id": _text(bank)}
    address = client_address(connection)
    if data.display_name is not None and data.display_name != user.display_name:
        record(session, EventKind.account_updated, actor=actor.subject, client_address=address, user_id=user.id,
               display_name={"from": user.display_name, "to": data.display_name})
        user.display_name = data.display_name
    if before != after:
        user.role, user.county_code, user.bank_id = role, county, bank
        # What the person may see changed: their tokens and sessions end, they log in again as the new role.
        ended = await sessions.revoke(session=session, user_id=user.id, reason="role_changed", now=now)
        record(session, EventKind.role_changed, actor=actor.subject, client_address=address, user_id=user.id,
               before=before, after=after, sessions_ended=ended)
    return AccountRead.model_validate(user)


async def set_active(*, session: AsyncSession, connection: HTTPConnection, actor: Principal, user_id: uuid.UUID,
                     active: bool, now: datetime) -> AccountRead:
    user = await get_account(session=session, principal=actor, user_id=user_id)
    _ensure_may_manage(actor, user)
    if not active and str(user.id) == actor.subject:
        raise Forbidden("You may not disable your own account.")
    if user.is_active == active:
        return AccountRead.model_validate(user)
    user.is_active = active
    ended = 0 if active else await sessions.revoke(session=session, user_id=user.id, reason="disabled", now=now)
    record(session, EventKind.account_enabled if active else EventKind.account_disabled, actor=actor.subject,
           client_address=client_address(connection), user_id=user.id, sessions_ended=ended)
    return AccountRead.model_validate(user)


async def reset_password(*, session: AsyncSession, connection: HTTPConnection, actor: Principal,
                         user_id: uuid.UUID, now: datetime) -> AccountWithPassword:
    user = await get_account(session=session, principal=actor, user_id=user_id)
    _ensure_may_manage(actor, user)
    password = temporary_password()
    user.password_hash = await hash_password_async(password)
    user.must_change_password = True
    ended = await sessions.revoke(session=session, user_id=user.id, reason="password_reset", now=now)
    record(session, EventKind.password_reset, actor=actor.subject, client_address=client_address(connection),
           user_id=user.id, sessions_ended=ended)
    return AccountWithPassword(account=AccountRead.model_validate(user), temporary_password=password)


async def create_first_admin(*, session: AsyncSession, username: str, display_name: str) -> str:
    """`python -m gateway create-admin`: the administrator a new installation starts from (demo accounts are never
    made in production, and only an administrator makes accounts). Refused once an administrator exists; the
    temporary password is shown once and must be changed at the first login."""
    if await session.scalar(select(User.id).where(User.role == Role.admin).limit(1)):
        raise Conflict("An administrator exists already: administrators make further accounts in the console.")
    if await session.scalar(select(User.id).where(User.username == username)):
        raise Conflict(f"The username {username} is taken.")
    password = temporary_password()
    user = User(id=uuid.uuid4(), username=username, display_name=display_name, role=Role.admin,
                password_hash=await hash_password_async(password), must_change_password=True)
    session.add(user)
    await session.flush()
    record(session, EventKind.account_created, actor=SYSTEM, user_id=user.id, role=user.role.value)
    return password
