"""万企帮万村 pairings: staff record them in their county (city staff anywhere), and the funds as they arrive."""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, fetch_page
from chassis.problems import NotFound
from products.pairings.models import Pairing
from products.pairings.schemas import PairingCreate, PairingUpdate


def visible_to(principal: Principal) -> ColumnElement[bool]:
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Pairing.county_code == principal.county_code
        case _:
            return false()


async def list_pairings(*, session: AsyncSession, principal: Principal, page: PageParams,
                        county_code: str | None, year: int | None) -> tuple[list[Pairing], int]:
    statement = select(Pairing).where(visible_to(principal)).order_by(Pairing.paired_on.desc(), Pairing.id)
    if county_code is not None:
        statement = statement.where(Pairing.county_code == county_code)
    if year is not None:
        statement = statement.where(Pairing.paired_on.between(date(year, 1, 1), date(year, 12, 31)))
    return await fetch_page(session, statement, page)


async def get_pairing(*, session: AsyncSession, principal: Principal, pairing_id: uuid.UUID) -> Pairing:
    pairing = await session.scalar(select(Pairing).where(Pairing.id == pairing_id, visible_to(principal)))
    if pairing is None:
        raise NotFound(f"No pairing {pairing_id}.")
    return pairing


async def create_pairing(*, session: AsyncSession, principal: Principal, data: PairingCreate,
                         pairing_id: uuid.UUID | None = None) -> Pairing:
    ensure_acts_in_county(principal, data.county_code)
    pairing = Pairing(id=pairing_id or uuid.uuid4(), **data.model_dump(), created_by=principal.subject)
    session.add(pairing)
    await session.flush()
    return pairing


async def update_pairing(*, session: AsyncSession, principal: Principal, pairing_id: uuid.UUID,
                         data: PairingUpdate) -> Pairing:
    pairing = await get_pairing(session=session, principal=principal, pairing_id=pairing_id)
    ensure_acts_in_county(principal, pairing.county_code)
    pairing.funds_received = Decimal(data.funds_received)
    await session.flush()
    await session.refresh(pairing)
    return pairing
