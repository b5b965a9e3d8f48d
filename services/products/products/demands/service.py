"""Posting a demand, cancelling it, filling it and expiring it; a closed recurring demand makes the next one.

Every status change is a conditional UPDATE (`WHERE status = <what we read>`; a fill also `AND remaining_kg >=
<what it fills>`): two people or two deals acting at once cannot both move a demand, the loser gets 409 with
what is allowed now. `close` is the one place a demand closes (filled or cancelled): it makes the follower of a
weekly or monthly demand (recurrence.py), once (`previous_id` is unique).
"""

import uuid
from datetime import date
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
from products.demands.lifecycle import (
    BY_PEOPLE,
    CLOSING,
    TRANSITIONS,
    WANTED,
    DemandAction,
    DemandStatus,
    allowed_actions,
    allowed_next_states,
)
from products.demands.models import Demand
from products.demands.queries import get_demand, may_change, read_demand
from products.demands.recurrence import next_window
from products.demands.schemas import CancelBody, DemandCreate, DemandRead, DemandUpdate
from products.fields import ExpiryReport
from products.parties.models import Buyer
from products.parties.queries import buyers_visible_to, own_buyer

# --- the API: each returns the demand as the caller now sees it ------------------------------------------------


async def create(*, session: AsyncSession, principal: Principal, data: DemandCreate) -> DemandRead:
    demand = await post_demand(session=session, principal=principal, data=data)
    return await read_demand(session=session, principal=principal, demand_id=demand.id)


async def cancel(*, session: AsyncSession, principal: Principal, demand_id: uuid.UUID, body: CancelBody | None,
                 today: date) -> DemandRead:
    demand, buyer_user_id = await get_demand(session=session, principal=principal, demand_id=demand_id)
    if not may_change(principal, demand, buyer_user_id):
        raise Forbidden("Only the buyer or staff of the demand's county cancel it.")
    body = body or CancelBody()
    await move(session=session, demand=demand, action=DemandAction.cancel, cancelled_by=principal.subject,
               cancelled_at=utcnow(), cancel_reason=body.reason)
    await close(session=session, demand=demand, today=today, recur=not body.end_recurrence)
    return await read_demand(session=session, principal=principal, demand_id=demand.id)


async def edit(*, session: AsyncSession, principal: Principal, demand_id: uuid.UUID,
               data: DemandUpdate) -> DemandRead:
    """The buyer or staff correct a demand still wanted, in one conditional UPDATE: still wanted, and (for a new
    quantity) still above what deals have filled by the time it is written."""
    demand, buyer_user_id = await get_demand(session=session, principal=principal, demand_id=demand_id)
    if not may_change(principal, demand, buyer_user_id):
        raise Forbidden("Only the buyer or staff of the demand's county edit it.")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("wanted_until", demand.wanted_until) < changes.get("wanted_from", demand.wanted_from):
        raise InvalidField("wanted_until", "must not be before wanted_from")
    if not await quantities.correct(session, demand, changes, live=WANTED):
        if demand.status in WANTED:
            filled = demand.quantity_kg - demand.remaining_kg
            raise Conflict(f"Deals have filled {filled} kg of the demand: its quantity must stay above that.",
                           status_now=demand.status.value, filled_kg=str(filled))
        raise _illegal(demand, DemandAction.edit)
    return await read_demand(session=session, principal=principal, demand_id=demand.id)


async def expire(*, session: AsyncSession, principal: Principal, today: date) -> ExpiryReport:
    """Staff run the expiry now: county staff for their county's demands, city staff for all."""
    county = None if principal.sees_whole_city else principal.county_code
    ensure_acts_in_county(principal, county)
    return ExpiryReport(expired=await expire_demands(session=session, today=today, county_code=county))


# --- the commands ----------------------------------------------------------------------------------------------


async def post_demand(*, session: AsyncSession, principal: Principal, data: DemandCreate,
                      demand_id: uuid.UUID | None = None) -> Demand:
    """A buyer posts their own demand; staff post one for a buyer they see, in their county."""
    buyer = await _buyer_posting(session, principal, data.buyer_id)
    if principal.is_staff:
        ensure_acts_in_county(principal, data.county_code)
    if data.product_id is not None and await session.get(FeaturedProduct, data.product_id) is None:
        raise InvalidField("product_id", "no such product in the catalogue")
    demand = Demand(id=demand_id or uuid.uuid4(), buyer_id=buyer.id, status=DemandStatus.open,
                    posted_by=principal.subject, remaining_kg=data.quantity_kg,
                    **data.model_dump(exclude={"buyer_id"}))
    session.add(demand)
    await session.flush()
    return demand


async def _buyer_posting(session: AsyncSession, principal: Principal, buyer_id: uuid.UUID | None) -> Buyer:
    if principal.role is Role.buyer:
        if buyer_id is not None:
            raise InvalidField("buyer_id", "only staff name the buyer; a buyer posts as themselves")
        return await own_buyer(session=session, principal=principal)
    if buyer_id is None:
        raise InvalidField("buyer_id", "staff name the buyer they post for")
    buyer = await session.scalar(select(Buyer).where(Buyer.id == buyer_id, buyers_visible_to(principal)))
    if buyer is None:
        raise InvalidField("buyer_id", "no such buyer in your county")
    return buyer


def _illegal(demand: Demand, action: DemandAction) -> Conflict:
    return Conflict(
        f"The demand is {demand.status.value}; {action.value} is not possible now.",
        status_now=demand.status.value,
        allowed_next_states=[s.value for s in allowed_next_states(demand.status)],
        allowed_actions=[a.value for a in allowed_actions(demand.status) if a in BY_PEOPLE],
    )


async def move(*, session: AsyncSession, demand: Demand, action: DemandAction, **values: Any) -> Demand:
    """Moves the demand by `action` from the state it was read in (and sets `values` with it), or 409."""
    target = TRANSITIONS.get((demand.status, action))
    if target is None:
        raise _illegal(demand, action)
    if not await transitions.move(session, demand, target, **values):
        raise _illegal(demand, action)
    return demand


async def close(*, session: AsyncSession, demand: Demand, today: date, recur: bool = True) -> Demand | None:
    """A demand has just closed (filled or cancelled): a weekly or monthly one makes the next, for the next
    window not yet over, with the same product, quantity, ceiling and place. Returns it (None: none made)."""
    if demand.status not in CLOSING or not recur:
        return None
    window = next_window(demand.wanted_from, demand.wanted_until, demand.recurrence, today)
    if window is None:
        return None
    follower = Demand(buyer_id=demand.buyer_id, product_id=demand.product_id, category=demand.category,
                      quantity_kg=demand.quantity_kg, remaining_kg=demand.quantity_kg,
                      ceiling_price_per_kg=demand.ceiling_price_per_kg, wanted_from=window[0],
                      wanted_until=window[1], county_code=demand.county_code,
                      max_distance_km=demand.max_distance_km, recurrence=demand.recurrence,
                      status=DemandStatus.open, previous_id=demand.id, posted_by=demand.posted_by)
    session.add(follower)
    await session.flush()
    return follower


async def fill(*, session: AsyncSession, demand_id: uuid.UUID, quantity_kg: Decimal, today: date) -> Demand:
    """The hook for deals: fills `quantity_kg` of what a wanted demand still wants, in one conditional UPDATE
    (partly filled, or filled when nothing remains, which closes it). 409 if it is no longer wanted or wants
    less."""
    if quantity_kg <= 0:
        raise InvalidField("quantity_kg", "must be more than 0")
    moved = await session.execute(
        update(Demand).where(Demand.id == demand_id, Demand.status.in_(WANTED), Demand.remaining_kg >= quantity_kg)
        .values(quantities.taken(Demand.remaining_kg, Demand.status, quantity_kg, partly=DemandStatus.partly_filled,
                                 none_left=DemandStatus.filled))
        .execution_options(synchronize_session=False))
    demand = await session.get(Demand, demand_id, populate_existing=True)
    if demand is None:
        raise InvalidField("demand_id", "no such demand")
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        if demand.status in WANTED:
            raise Conflict(f"The demand wants {demand.remaining_kg} kg more, less than {quantity_kg} kg.",
                           status_now=demand.status.value, remaining_kg=str(demand.remaining_kg))
        raise _illegal(demand, DemandAction.fill_part)
    await close(session=session, demand=demand, today=today)
    return demand


async def expire_demands(*, session: AsyncSession, today: date, county_code: str | None = None) -> int:
    """The daily job: every demand still wanted whose window has ended (before `today`) expires, set-based."""
    statement = update(Demand).where(Demand.status.in_(WANTED), Demand.wanted_until < today)
    if county_code is not None:
        statement = statement.where(Demand.county_code == county_code)
    result = await session.execute(statement.values(status=DemandStatus.expired)
                                   .execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]
