"""Proposing deals and carrying out their steps.

`perform` is the one way a person's step is carried out: who the caller is to the deal (transitions.py), what
the step needs (a reason, a delivered quantity), the transition itself (a conditional UPDATE and its audit row),
then what the step does to the lot and the demand (stock.py) or to the buyer's pledge. `propose` writes new
deals in bulk, for a person's proposal and for a clearing run alike; `withdraw_unaccepted` is the clearing's.
The API's functions return the deal as the caller now sees it.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.db import utcnow
from chassis.money import round_fen
from chassis.problems import Conflict, Forbidden, InvalidField, Unprocessable
from products.catalogue.models import FeaturedProduct
from products.deals import stock
from products.deals.lifecycle import HOLDS_QUANTITY, REASON_REQUIRED, DealAction, DealStatus, Party
from products.deals.models import Deal, DealTransition
from products.deals.queries import get_deal, read_deal
from products.deals.schemas import ActionBody, DealCreate, DealDetail, Delivery
from products.deals.transitions import accept, accepted_by, check_party, illegal, move, parties_of
from products.demands.models import Demand
from products.lots.models import Lot
from products.matching.eligibility import DemandFacts, LotFacts, failed_rules
from products.parties.models import Buyer, Seller
from products.parties.service import record_purchase


@dataclass(frozen=True, slots=True)
class Proposal:
    """A deal to propose: a quantity of a lot for a demand at a price, with the facts the deal keeps."""

    lot_id: uuid.UUID
    demand_id: uuid.UUID
    seller_id: uuid.UUID
    buyer_id: uuid.UUID
    product_id: uuid.UUID
    county_code: str
    quantity_kg: Decimal
    price_per_kg: Decimal


# --- the API: each returns the deal as the caller now sees it ------------------------------------------------


async def create(*, session: AsyncSession, principal: Principal, data: DealCreate) -> DealDetail:
    proposal = await check_proposal(session=session, principal=principal, data=data)
    [deal_id] = await propose(session=session, principal=principal, proposals=[proposal])
    return await read_deal(session=session, principal=principal, deal_id=deal_id)


async def act(*, session: AsyncSession, principal: Principal, deal_id: uuid.UUID, action: DealAction,
              body: ActionBody | None, today: date) -> DealDetail:
    deal, parties = await get_deal(session=session, principal=principal, deal_id=deal_id)
    await perform(session=session, principal=principal, deal=deal, parties=parties, action=action,
                  reason=body.reason if body else None,
                  delivered_kg=body.delivered_kg if isinstance(body, Delivery) else None, today=today)
    return await read_deal(session=session, principal=principal, deal_id=deal.id)


# --- the commands ------------------------------------------------------------------------------------------


async def check_proposal(*, session: AsyncSession, principal: Principal, data: DealCreate) -> Proposal:
    """A person's proposal: staff of the lot's county, the lot's seller or the demand's buyer; an eligible pair
    (matching/eligibility.py); a price between the lot's floor and the demand's ceiling; a quantity both still
    hold."""
    found_lot = (await session.execute(
        select(Lot, Seller.user_id, Seller.status, FeaturedProduct.category)
        .join(Seller, Seller.id == Lot.seller_id).join(FeaturedProduct, FeaturedProduct.id == Lot.product_id)
        .where(Lot.id == data.lot_id))).one_or_none()
    if found_lot is None:
        raise InvalidField("lot_id", "no such lot")
    found_demand = (await session.execute(
        select(Demand, Buyer.user_id).join(Buyer, Buyer.id == Demand.buyer_id)
        .where(Demand.id == data.demand_id))).one_or_none()
    if found_demand is None:
        raise InvalidField("demand_id", "no such demand")
    lot, seller_user_id, seller_status, category = found_lot
    demand, buyer_user_id = found_demand
    if not parties_of(principal, lot.county_code, seller_user_id, buyer_user_id):
        raise Forbidden("Deals are proposed by staff of the lot's county, the lot's seller or the demand's buyer.")
    failed = failed_rules(
        LotFacts(status=lot.status, remaining_kg=lot.remaining_kg, product_id=lot.product_id, category=category,
                 floor_price_per_kg=lot.floor_price_per_kg, harvest_date=lot.harvest_date,
                 best_before=lot.best_before, county_code=lot.county_code, seller_status=seller_status),
        DemandFacts(status=demand.status, remaining_kg=demand.remaining_kg, product_id=demand.product_id,
                    category=demand.category, ceiling_price_per_kg=demand.ceiling_price_per_kg,
                    wanted_from=demand.wanted_from, wanted_until=demand.wanted_until,
                    county_code=demand.county_code, max_distance_km=demand.max_distance_km))
    if failed:
        raise Unprocessable("The lot is not eligible for the demand.", failed_rules=failed)
    if not lot.floor_price_per_kg <= data.price_per_kg <= demand.ceiling_price_per_kg:
        raise InvalidField("price_per_kg", f"must be between the lot's floor price {lot.floor_price_per_kg} and "
                                           f"the demand's ceiling {demand.ceiling_price_per_kg}")
    if data.quantity_kg > min(lot.remaining_kg, demand.remaining_kg):
        raise Conflict(f"The lot has {lot.remaining_kg} kg left and the demand wants {demand.remaining_kg} kg "
                       f"more: less than {data.quantity_kg} kg.", lot_remaining_kg=str(lot.remaining_kg),
                       demand_remaining_kg=str(demand.remaining_kg))
    return Proposal(lot_id=lot.id, demand_id=demand.id, seller_id=lot.seller_id, buyer_id=demand.buyer_id,
                    product_id=lot.product_id, county_code=lot.county_code, quantity_kg=data.quantity_kg,
                    price_per_kg=data.price_per_kg)


async def propose(*, session: AsyncSession, principal: Principal, proposals: Sequence[Proposal],
                  reason: str | None = None) -> list[uuid.UUID]:
    """Writes the proposals as proposed deals, each with its audit row, in two statements whatever their number."""
    if not proposals:
        return []
    now = utcnow()
    ids = [uuid.uuid4() for _ in proposals]
    deals = [{"id": deal_id, "lot_id": p.lot_id, "demand_id": p.demand_id, "seller_id": p.seller_id,
              "buyer_id": p.buyer_id, "product_id": p.product_id, "county_code": p.county_code,
              "quantity_kg": p.quantity_kg, "price_per_kg": p.price_per_kg, "status": DealStatus.proposed,
              "proposed_by": principal.subject, "created_at": now, "updated_at": now}
             for deal_id, p in zip(ids, proposals, strict=True)]
    await session.execute(insert(Deal), deals)
    await _audit(session, ids, DealAction.propose, None, DealStatus.proposed, principal, reason)
    return ids


async def withdraw_unaccepted(*, session: AsyncSession, principal: Principal, deal_ids: Sequence[uuid.UUID],
                              reason: str) -> int:
    """Withdraws those of the deals that are still proposed and that neither side has accepted, in one
    conditional UPDATE (a deal a side accepts meanwhile is left alone); returns how many."""
    withdrawn: list[uuid.UUID] = []
    for start in range(0, len(deal_ids), 5_000):  # bounded IN lists
        withdrawn += (await session.scalars(
            update(Deal).where(Deal.id.in_(deal_ids[start:start + 5_000]), Deal.status == DealStatus.proposed,
                               Deal.seller_accepted_at.is_(None), Deal.buyer_accepted_at.is_(None))
            .values(status=DealStatus.withdrawn).returning(Deal.id)
            .execution_options(synchronize_session=False))).all()
    await _audit(session, withdrawn, DealAction.withdraw, DealStatus.proposed, DealStatus.withdrawn, principal,
                 reason)
    return len(withdrawn)


async def perform(*, session: AsyncSession, principal: Principal, deal: Deal, parties: frozenset[Party],
                  action: DealAction, today: date, reason: str | None = None,
                  delivered_kg: Decimal | None = None) -> Deal:
    """Carries out a person's step on the deal (see the module's note)."""
    check_party(action, parties)
    if action in REASON_REQUIRED and not reason:
        raise Unprocessable(f"{action.value} needs a reason.")
    origin = deal.status
    match action:
        case DealAction.accept:
            await _accept(session, principal, deal, parties, today)
        case DealAction.deliver:
            if delivered_kg is None or delivered_kg > deal.quantity_kg:
                raise InvalidField("delivered_kg", f"must be at most the deal's {deal.quantity_kg} kg")
            await move(session=session, deal=deal, action=action, principal=principal, reason=reason,
                       delivered_kg=delivered_kg)
            if delivered_kg < deal.quantity_kg:
                await stock.give_back_to_lot(session=session, lot_id=deal.lot_id,
                                             quantity_kg=deal.quantity_kg - delivered_kg)
        case DealAction.settle:
            await move(session=session, deal=deal, action=action, principal=principal, reason=reason)
            await record_purchase(session=session, buyer_id=deal.buyer_id, on=today,
                                  amount=round_fen((deal.delivered_kg or deal.quantity_kg) * deal.price_per_kg))
        case DealAction.cancel:
            await move(session=session, deal=deal, action=action, principal=principal, reason=reason)
            if origin in HOLDS_QUANTITY:
                await stock.give_back_to_lot(session=session, lot_id=deal.lot_id, quantity_kg=deal.quantity_kg)
                await stock.give_back_to_demand(session=session, demand_id=deal.demand_id,
                                                quantity_kg=deal.quantity_kg)
        case DealAction.ship | DealAction.dispute:
            await move(session=session, deal=deal, action=action, principal=principal, reason=reason)
        case _:
            raise illegal(deal, action)
    await session.flush()
    return deal


async def _accept(session: AsyncSession, principal: Principal, deal: Deal, parties: frozenset[Party],
                  today: date) -> None:
    """The caller accepts for their side; the second side's acceptance takes the quantity from the lot and the
    demand (a 409 from either rolls the whole request back: the deal stays proposed)."""
    sides = [side for side in (Party.seller, Party.buyer) if side in parties and not accepted_by(deal, side)]
    if not sides:
        raise illegal(deal, DealAction.accept, "You have accepted this deal already."
                      if deal.status is DealStatus.proposed else None)
    await accept(session=session, deal=deal, side=sides[0], principal=principal)
    if deal.status is DealStatus.accepted:
        await stock.take(session=session, lot_id=deal.lot_id, demand_id=deal.demand_id,
                         quantity_kg=deal.quantity_kg, today=today)


async def _audit(session: AsyncSession, deal_ids: Sequence[uuid.UUID], action: DealAction,
                 origin: DealStatus | None, target: DealStatus, principal: Principal, reason: str | None) -> None:
    if not deal_ids:
        return
    now = utcnow()
    await session.execute(insert(DealTransition), [
        {"id": uuid.uuid4(), "deal_id": deal_id, "action": action, "from_status": origin, "to_status": target,
         "actor_subject": principal.subject, "actor_role": principal.role.value, "actor_name": principal.name,
         "reason": reason, "at": now} for deal_id in deal_ids])
