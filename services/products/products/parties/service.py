"""Registering sellers and buyers, and a seller's admission.

`apply_action` carries out every change of a seller's status: who may (staff of the seller's county, city staff),
whether the state allows it (lifecycle.py), the conditional UPDATE (two staff pressing at once cannot both move
it: the second gets 409 with what is allowed now) and the audit row. The API's functions return what the caller
sees (`queries`); the demo calls the commands below them.
"""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import transitions
from chassis.auth.principal import Principal, Role
from chassis.auth.scoping import ensure_acts_in_county
from chassis.crypto import FieldCipher
from chassis.identity_numbers import mask_mobile
from chassis.problems import Conflict, Forbidden, InvalidField
from chassis.timezone import business_today
from products.parties.lifecycle import (
    REASON_REQUIRED,
    IllegalTransition,
    SellerAction,
    SellerStatus,
    allowed_actions,
    allowed_next_states,
    next_state,
)
from products.parties.models import Buyer, Seller, SellerTransition
from products.parties.queries import buyer_read, get_seller, may_admit, seller_detail
from products.parties.schemas import ActionBody, BuyerCreate, BuyerRead, SellerCreate, SellerDetail

# --- the API: each returns the record as the caller now sees it ----------------------------------------------


async def register_seller(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                          data: SellerCreate) -> SellerDetail:
    seller = await create_seller(session=session, principal=principal, cipher=cipher, data=data)
    return await seller_detail(session=session, principal=principal, cipher=cipher, seller=seller)


async def act(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, seller_id: uuid.UUID,
              action: SellerAction, body: ActionBody | None = None) -> SellerDetail:
    seller = await get_seller(session=session, principal=principal, seller_id=seller_id)
    await apply_action(session=session, principal=principal, seller=seller, action=action,
                       reason=body.reason if body else None)
    return await seller_detail(session=session, principal=principal, cipher=cipher, seller=seller)


async def register_buyer(*, session: AsyncSession, principal: Principal, data: BuyerCreate) -> BuyerRead:
    return buyer_read(await create_buyer(session=session, principal=principal, data=data))


# --- the commands ----------------------------------------------------------------------------------------------


async def create_seller(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, data: SellerCreate,
                        seller_id: uuid.UUID | None = None) -> Seller:
    """An entrepreneur registers themselves (one seller per account); staff register a seller without an
    account (a cooperative, a family farm) in their county. Either way the seller starts pending."""
    user_id = None
    if principal.role is Role.entrepreneur:
        if await session.scalar(select(Seller.id).where(Seller.user_id == principal.subject)) is not None:
            raise Conflict("You are already registered as a seller.")
        user_id = principal.subject
    else:
        ensure_acts_in_county(principal, data.county_code)
    seller = Seller(id=seller_id or uuid.uuid4(), user_id=user_id, kind=data.kind, name=data.name,
                    county_code=data.county_code, town=data.town, contact_encrypted=cipher.encrypt(data.contact),
                    contact_masked=mask_mobile(data.contact), status=SellerStatus.pending,
                    registered_by=principal.subject)
    session.add(seller)
    await session.flush()
    return seller


def _illegal(seller: Seller, action: SellerAction) -> Conflict:
    return Conflict(
        f"The seller is {seller.status.value}; {action.value} is not possible now.",
        status_now=seller.status.value,
        allowed_next_states=[s.value for s in allowed_next_states(seller.status)],
        allowed_actions=[a.value for a in allowed_actions(seller.status)],
    )


async def apply_action(*, session: AsyncSession, principal: Principal, seller: Seller, action: SellerAction,
                       reason: str | None = None) -> Seller:
    if not may_admit(principal, seller):
        raise Forbidden(f"You may not {action.value} this seller.")
    if action in REASON_REQUIRED and not reason:
        raise InvalidField("reason", f"{action.value} needs a reason")
    try:
        target = next_state(seller.status, action)
    except IllegalTransition:
        raise _illegal(seller, action) from None
    origin = seller.status
    if not await transitions.move(session, seller, target):
        raise _illegal(seller, action)
    session.add(SellerTransition(seller_id=seller.id, action=action, from_status=origin, to_status=target,
                                 actor_subject=principal.subject, actor_role=principal.role.value,
                                 actor_name=principal.name, reason=reason))
    await session.flush()
    return seller


async def create_buyer(*, session: AsyncSession, principal: Principal, data: BuyerCreate,
                       buyer_id: uuid.UUID | None = None) -> Buyer:
    """A buyer's account registers itself (one buyer per account); staff register a buyer in their county."""
    if data.pledge_year is not None and data.yearly_pledge is None:
        raise InvalidField("pledge_year", "a pledge year needs a yearly_pledge")
    user_id = None
    if principal.role is Role.buyer:
        if await session.scalar(select(Buyer.id).where(Buyer.user_id == principal.subject)) is not None:
            raise Conflict("You are already registered as a buyer.")
        user_id = principal.subject
    else:
        ensure_acts_in_county(principal, data.county_code)
    pledge_year = data.pledge_year or (business_today().year if data.yearly_pledge is not None else None)
    buyer = Buyer(id=buyer_id or uuid.uuid4(), user_id=user_id, kind=data.kind, name=data.name,
                  county_code=data.county_code, delivery_address=data.delivery_address,
                  yearly_pledge=data.yearly_pledge, pledge_year=pledge_year, pledge_purchased=Decimal(0),
                  registered_by=principal.subject)
    session.add(buyer)
    await session.flush()
    return buyer


async def record_purchase(*, session: AsyncSession, buyer_id: uuid.UUID, amount: Decimal, on: date) -> None:
    """The hook for deals: a settled purchase on `on` counts towards the buyer's pledge of that year (one
    UPDATE, so purchases settling at once all count). Nothing is counted without a pledge for that year."""
    await session.execute(
        update(Buyer).where(Buyer.id == buyer_id, Buyer.pledge_year == on.year)
        .values(pledge_purchased=Buyer.pledge_purchased + amount).execution_options(synchronize_session=False))
