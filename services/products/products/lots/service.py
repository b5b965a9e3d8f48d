"""Listing a lot, withdrawing it, selling from it and expiring it.

Every status change is a conditional UPDATE (`WHERE status = <what we read>`; a sale also `AND remaining_kg >=
<what it takes>`), so two people or two deals acting at once cannot both move a lot: the loser gets 409 with
what is allowed now, and nothing changes. The API's functions return the lot as the caller sees it.
"""

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import transitions
from chassis.auth.principal import Principal, Role
from chassis.auth.scoping import ensure_acts_in_county
from chassis.db import utcnow
from chassis.problems import Conflict, Forbidden, InvalidField
from products import quantities
from products.catalogue.models import FeaturedProduct
from products.fields import ExpiryReport
from products.lots.lifecycle import (
    BY_PEOPLE,
    ON_OFFER,
    TRANSITIONS,
    LotAction,
    LotStatus,
    allowed_actions,
    allowed_next_states,
)
from products.lots.models import Lot
from products.lots.queries import get_lot, may_change, read_lot
from products.lots.schemas import LotCreate, LotRead, LotUpdate
from products.parties.lifecycle import SellerStatus
from products.parties.models import Seller
from products.parties.queries import own_seller, sellers_visible_to

# --- the API: each returns the lot as the caller now sees it ---------------------------------------------------


async def create(*, session: AsyncSession, principal: Principal, data: LotCreate) -> LotRead:
    lot = await list_lot(session=session, principal=principal, data=data)
    return await read_lot(session=session, principal=principal, lot_id=lot.id)


async def withdraw(*, session: AsyncSession, principal: Principal, lot_id: uuid.UUID) -> LotRead:
    lot, seller_user_id = await get_lot(session=session, principal=principal, lot_id=lot_id)
    if not may_change(principal, lot, seller_user_id):
        raise Forbidden("Only the seller or staff of the lot's county withdraw it.")
    await move(session=session, lot=lot, action=LotAction.withdraw, withdrawn_by=principal.subject,
               withdrawn_at=utcnow())
    return await read_lot(session=session, principal=principal, lot_id=lot.id)


async def edit(*, session: AsyncSession, principal: Principal, lot_id: uuid.UUID, data: LotUpdate) -> LotRead:
    """The seller or staff correct a lot on offer, in one conditional UPDATE: still on offer, and (for a new
    quantity) still above what deals have taken by the time it is written."""
    lot, seller_user_id = await get_lot(session=session, principal=principal, lot_id=lot_id)
    if not may_change(principal, lot, seller_user_id):
        raise Forbidden("Only the seller or staff of the lot's county edit it.")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("best_before") is not None and changes["best_before"] < lot.harvest_date:
        raise InvalidField("best_before", "must not be before harvest_date")
    if not await quantities.correct(session, lot, changes, live=ON_OFFER):
        if lot.status in ON_OFFER:
            sold = lot.quantity_kg - lot.remaining_kg
            raise Conflict(f"Deals have taken {sold} kg of the lot: its quantity must stay above that.",
                           status_now=lot.status.value, sold_kg=str(sold))
        raise _illegal(lot, LotAction.edit)
    return await read_lot(session=session, principal=principal, lot_id=lot.id)


async def expire(*, session: AsyncSession, principal: Principal, today: date) -> ExpiryReport:
    """Staff run the expiry now: county staff for their county's lots, city staff for all."""
    county = None if principal.sees_whole_city else principal.county_code
    ensure_acts_in_county(principal, county)
    return ExpiryReport(expired=await expire_lots(session=session, today=today, county_code=county))


# --- the commands ----------------------------------------------------------------------------------------------


async def list_lot(*, session: AsyncSession, principal: Principal, data: LotCreate,
                   lot_id: uuid.UUID | None = None) -> Lot:
    """A seller lists their own lot; staff list one for a seller they see, in their county. The best-before
    defaults to the harvest date plus the product's shelf life."""
    seller = await _seller_listing(session, principal, data.seller_id)
    if principal.is_staff:
        ensure_acts_in_county(principal, data.county_code)
    product = await session.get(FeaturedProduct, data.product_id)
    if product is None:
        raise InvalidField("product_id", "no such product in the catalogue")
    lot = Lot(id=lot_id or uuid.uuid4(), seller_id=seller.id, status=LotStatus.open, listed_by=principal.subject,
              remaining_kg=data.quantity_kg,
              **data.model_dump(exclude={"seller_id", "best_before"}),
              best_before=data.best_before or data.harvest_date + timedelta(days=product.shelf_life_days))
    session.add(lot)
    await session.flush()
    return lot


async def _seller_listing(session: AsyncSession, principal: Principal, seller_id: uuid.UUID | None) -> Seller:
    if principal.role is Role.entrepreneur:
        if seller_id is not None:
            raise InvalidField("seller_id", "only staff name the seller; a seller lists as themselves")
        seller = await own_seller(session=session, principal=principal)
    else:
        if seller_id is None:
            raise InvalidField("seller_id", "staff name the seller they list for")
        found = await session.scalar(select(Seller).where(Seller.id == seller_id, sellers_visible_to(principal)))
        if found is None:
            raise InvalidField("seller_id", "no such seller in your county")
        seller = found
    if seller.status is SellerStatus.suspended:
        raise Conflict("The seller is suspended: they list again once staff reinstate them.",
                       status_now=seller.status.value)
    return seller


def _illegal(lot: Lot, action: LotAction) -> Conflict:
    return Conflict(
        f"The lot is {lot.status.value}; {action.value} is not possible now.",
        status_now=lot.status.value,
        allowed_next_states=[s.value for s in allowed_next_states(lot.status)],
        allowed_actions=[a.value for a in allowed_actions(lot.status) if a in BY_PEOPLE],
    )


async def move(*, session: AsyncSession, lot: Lot, action: LotAction, **values: Any) -> Lot:
    """Moves the lot by `action` from the state it was read in (and sets `values` with it), or 409."""
    target = TRANSITIONS.get((lot.status, action))
    if target is None:
        raise _illegal(lot, action)
    if not await transitions.move(session, lot, target, **values):
        raise _illegal(lot, action)
    return lot


async def sell(*, session: AsyncSession, lot_id: uuid.UUID, quantity_kg: Decimal) -> Lot:
    """The hook for deals: takes `quantity_kg` from what remains of a lot on offer, in one conditional UPDATE
    (partly sold, or sold out when nothing remains). 409 if the lot is no longer on offer or has too little."""
    if quantity_kg <= 0:
        raise InvalidField("quantity_kg", "must be more than 0")
    moved = await session.execute(
        update(Lot).where(Lot.id == lot_id, Lot.status.in_(ON_OFFER), Lot.remaining_kg >= quantity_kg)
        .values(quantities.taken(Lot.remaining_kg, Lot.status, quantity_kg, partly=LotStatus.partly_sold,
                                 none_left=LotStatus.sold_out))
        .execution_options(synchronize_session=False))
    lot = await session.get(Lot, lot_id, populate_existing=True)
    if lot is None:
        raise InvalidField("lot_id", "no such lot")
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        if lot.status in ON_OFFER:
            raise Conflict(f"The lot has {lot.remaining_kg} kg left, less than {quantity_kg} kg.",
                           status_now=lot.status.value, remaining_kg=str(lot.remaining_kg))
        raise _illegal(lot, LotAction.sell_part)
    return lot


async def expire_lots(*, session: AsyncSession, today: date, county_code: str | None = None) -> int:
    """The daily job: every lot on offer whose best-before has passed (before `today`) expires, set-based."""
    statement = update(Lot).where(Lot.status.in_(ON_OFFER), Lot.best_before < today)
    if county_code is not None:
        statement = statement.where(Lot.county_code == county_code)
    result = await session.execute(statement.values(status=LotStatus.expired)
                                   .execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]
