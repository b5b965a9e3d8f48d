"""A clearing run: the lots on offer in a scope against the demands still wanted, solved exactly, as proposed deals.

Set-based throughout: the lots and demands are read as columns in two queries, the eligible pairs and their
costs worked out in memory (pairs.py), the allocation solved in one call (solver.py), and the run, its deals,
their audit rows and the allocations written in one statement each. A new run withdraws the proposals of the
earlier runs in the same scope that neither side has accepted yet: the market has moved since, and the new run
proposes afresh from what remains. The proposals that stand (made by hand, accepted by one side, or from a run of
another scope) are respected: a run never proposes a pair that has one again, and the kilograms they propose are
held back from the lot and the demand, so that a buyer is not offered the same produce twice.
"""

import asyncio
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.problems import InvalidField
from products.catalogue.models import FeaturedProduct, ProductCategory
from products.clearing import solver
from products.clearing.models import ClearingAllocation, ClearingRun
from products.clearing.pairs import Arcs, DemandEntry, LotEntry, eligible_arcs
from products.clearing.queries import read_run
from products.clearing.schemas import ClearingRunRead, ClearingScope
from products.deals.lifecycle import DealStatus
from products.deals.models import Deal
from products.deals.service import Proposal, propose, withdraw_unaccepted
from products.demands.lifecycle import WANTED
from products.demands.models import Demand
from products.lots.lifecycle import ON_OFFER
from products.lots.models import Lot
from products.matching.eligibility import DemandFacts, LotFacts
from products.parties.lifecycle import SellerStatus
from products.parties.models import Seller


async def run(*, session: AsyncSession, principal: Principal, scope: ClearingScope,
              today: date) -> ClearingRunRead:
    """Staff run a clearing: county staff for their county's lots (theirs when the scope names no county), city
    staff for any scope."""
    if scope.county_code is None and not principal.sees_whole_city:
        scope = scope.model_copy(update={"county_code": principal.county_code})
    ensure_acts_in_county(principal, scope.county_code)
    clearing = await clear(session=session, principal=principal, scope=scope, today=today)
    return await read_run(session=session, principal=principal, run_id=clearing.id)


async def clear(*, session: AsyncSession, principal: Principal, scope: ClearingScope, today: date) -> ClearingRun:
    await _check_scope(session, scope)
    run_id = uuid.uuid4()
    withdrawn = await _withdraw_earlier_proposals(session, principal, scope, run_id)
    lots = await _lots(session, scope)
    demands = await _demands(session, scope, lots)
    standing = await _standing_proposals(session)
    # A second or so of CPU for a whole city: off the event loop.
    arcs, flow = await asyncio.to_thread(_solve, lots, demands, standing, today)

    clearing = ClearingRun(id=run_id, product_id=scope.product_id, category=scope.category,
                           county_code=scope.county_code, lots_considered=len(lots), demands_considered=len(demands),
                           eligible_pairs=len(arcs), total_kg=solver.to_kg(flow.total_units),
                           total_cost=flow.total_cost, withdrawn_deals=withdrawn, run_by=principal.subject,
                           run_by_name=principal.name)
    session.add(clearing)
    await session.flush()
    moved = np.flatnonzero(flow.units)
    allocated = [(lots[int(arcs.lot[i])], demands[int(arcs.demand[i])], int(flow.units[i]), int(arcs.cost[i]))
                 for i in moved]
    proposals = [Proposal(lot_id=lot.id, demand_id=demand.id, seller_id=lot.seller_id, buyer_id=demand.buyer_id,
                          product_id=lot.facts.product_id, county_code=lot.facts.county_code,
                          quantity_kg=solver.to_kg(units), price_per_kg=lot.facts.floor_price_per_kg)
                 for lot, demand, units, _ in allocated]
    deal_ids = await propose(session=session, principal=principal, proposals=proposals,
                             reason=f"Proposed by clearing run {run_id}.")
    if proposals:
        await session.execute(insert(ClearingAllocation), [
            {"id": uuid.uuid4(), "run_id": run_id, "lot_id": p.lot_id, "demand_id": p.demand_id, "deal_id": deal_id,
             "quantity_kg": p.quantity_kg, "price_per_kg": p.price_per_kg, "unit_cost": cost}
            for p, deal_id, (_, _, _, cost) in zip(proposals, deal_ids, allocated, strict=True)])
    return clearing


@dataclass(frozen=True)
class Standing:
    """The proposals that stand outside this run: the kilograms they propose from each lot and to each demand,
    and their (lot, demand) pairs."""

    by_lot: dict[uuid.UUID, Decimal]
    by_demand: dict[uuid.UUID, Decimal]
    pairs: set[tuple[uuid.UUID, uuid.UUID]]


async def _standing_proposals(session: AsyncSession) -> Standing:
    by_lot: dict[uuid.UUID, Decimal] = defaultdict(Decimal)
    by_demand: dict[uuid.UUID, Decimal] = defaultdict(Decimal)
    pairs = set()
    for lot_id, demand_id, quantity in await session.execute(
            select(Deal.lot_id, Deal.demand_id, Deal.quantity_kg).where(Deal.status == DealStatus.proposed)):
        by_lot[lot_id] += quantity
        by_demand[demand_id] += quantity
        pairs.add((lot_id, demand_id))
    return Standing(by_lot=by_lot, by_demand=by_demand, pairs=pairs)


def _solve(lots: list[LotEntry], demands: list[DemandEntry], standing: Standing,
           today: date) -> tuple[Arcs, solver.Flow]:
    arcs = _without(eligible_arcs(lots, demands, today), lots, demands, standing.pairs)
    flow = solver.solve(solver.Network(
        supply=np.array([solver.to_units(max(Decimal(0), lot.facts.remaining_kg - standing.by_lot.get(lot.id, 0)))
                         for lot in lots], dtype=np.int64),
        wanted=np.array([solver.to_units(max(Decimal(0), d.facts.remaining_kg - standing.by_demand.get(d.id, 0)))
                         for d in demands], dtype=np.int64),
        arc_lot=arcs.lot, arc_demand=arcs.demand, arc_cost=arcs.cost))
    return arcs, flow


def _without(arcs: Arcs, lots: list[LotEntry], demands: list[DemandEntry],
             pairs: set[tuple[uuid.UUID, uuid.UUID]]) -> Arcs:
    """The arcs less the pairs that already have a proposal standing."""
    lot_index = {lot.id: i for i, lot in enumerate(lots)}
    demand_index = {demand.id: i for i, demand in enumerate(demands)}
    taken = [lot_index[lot] * len(demands) + demand_index[demand] for lot, demand in pairs
             if lot in lot_index and demand in demand_index]
    if not taken:
        return arcs
    keep = ~np.isin(arcs.lot * len(demands) + arcs.demand, np.array(taken, dtype=np.int64))
    return Arcs(lot=arcs.lot[keep], demand=arcs.demand[keep], cost=arcs.cost[keep])


async def _check_scope(session: AsyncSession, scope: ClearingScope) -> None:
    if scope.product_id is None:
        return
    category = await session.scalar(select(FeaturedProduct.category).where(FeaturedProduct.id == scope.product_id))
    if category is None:
        raise InvalidField("product_id", "no such product in the catalogue")
    if scope.category is not None and scope.category is not category:
        raise InvalidField("category", f"the product is of the category {category.value}")


def _same(column: Any, value: Any) -> ColumnElement[bool]:
    result: ColumnElement[bool] = column.is_(None) if value is None else column == value
    return result


async def _withdraw_earlier_proposals(session: AsyncSession, principal: Principal, scope: ClearingScope,
                                      run_id: uuid.UUID) -> int:
    earlier = await session.scalars(
        select(ClearingAllocation.deal_id)
        .join(ClearingRun, ClearingRun.id == ClearingAllocation.run_id)
        .join(Deal, Deal.id == ClearingAllocation.deal_id)
        .where(_same(ClearingRun.product_id, scope.product_id), _same(ClearingRun.category, scope.category),
               _same(ClearingRun.county_code, scope.county_code), Deal.status == DealStatus.proposed,
               Deal.seller_accepted_at.is_(None), Deal.buyer_accepted_at.is_(None)))
    return await withdraw_unaccepted(session=session, principal=principal, deal_ids=list(earlier),
                                     reason=f"Replaced by clearing run {run_id}.")


async def _lots(session: AsyncSession, scope: ClearingScope) -> list[LotEntry]:
    """The lots on offer in the scope, with something left, from admitted sellers."""
    statement = (
        select(Lot.id, Lot.seller_id, Lot.status, Lot.remaining_kg, Lot.product_id, FeaturedProduct.category,
               Lot.floor_price_per_kg, Lot.harvest_date, Lot.best_before, Lot.county_code, Lot.unsold, Seller.status)
        .join(Seller, Seller.id == Lot.seller_id).join(FeaturedProduct, FeaturedProduct.id == Lot.product_id)
        .where(Lot.status.in_(ON_OFFER), Lot.remaining_kg > 0, Seller.status == SellerStatus.admitted)
        .order_by(Lot.id))
    for column, value in ((Lot.product_id, scope.product_id), (FeaturedProduct.category, scope.category),
                          (Lot.county_code, scope.county_code)):
        if value is not None:
            statement = statement.where(column == value)
    return [LotEntry(id=lot_id, seller_id=seller_id, unsold=unsold, facts=LotFacts(
                status=status, remaining_kg=remaining, product_id=product_id, category=category,
                floor_price_per_kg=floor, harvest_date=harvest, best_before=best_before, county_code=county,
                seller_status=seller_status))
            for (lot_id, seller_id, status, remaining, product_id, category, floor, harvest, best_before, county,
                 unsold, seller_status) in await session.execute(statement)]


async def _demands(session: AsyncSession, scope: ClearingScope, lots: list[LotEntry]) -> list[DemandEntry]:
    """The demands still wanted that could take one of the lots: for one of their products, or their category."""
    if not lots:
        return []
    products = {lot.facts.product_id for lot in lots}
    categories: set[ProductCategory] = {lot.facts.category for lot in lots}
    statement = (
        select(Demand.id, Demand.buyer_id, Demand.status, Demand.remaining_kg, Demand.product_id, Demand.category,
               Demand.ceiling_price_per_kg, Demand.wanted_from, Demand.wanted_until, Demand.county_code,
               Demand.max_distance_km)
        .where(Demand.status.in_(WANTED), Demand.remaining_kg > 0)
        .order_by(Demand.id))
    if scope.product_id is not None or scope.category is not None:
        statement = statement.where(or_(Demand.product_id.in_(products), Demand.category.in_(categories)))
    return [DemandEntry(id=demand_id, buyer_id=buyer_id, facts=DemandFacts(
                status=status, remaining_kg=remaining, product_id=product_id, category=category,
                ceiling_price_per_kg=ceiling, wanted_from=wanted_from, wanted_until=wanted_until, county_code=county,
                max_distance_km=max_distance_km))
            for (demand_id, buyer_id, status, remaining, product_id, category, ceiling, wanted_from, wanted_until,
                 county, max_distance_km) in await session.execute(statement)]
