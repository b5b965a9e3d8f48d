"""Which lots may go to which demands, and at what cost a unit: the arcs the solver works on.

Pure: no I/O. The rule is matching/eligibility.py's, rule by rule, over arrays: a clearing over the whole city
weighs hundreds of thousands of pairs, too many for a Python call each. The product rule makes the candidates
(each demand against the lots of its product, or of its category); the others are masks over them. The tests
hold this to `eligibility.eligible` and `cost.pair_cost` pair by pair, as matching's tests hold its SQL.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from chassis.counties import counties
from products.clearing.cost import pair_costs
from products.demands.lifecycle import WANTED
from products.lots.lifecycle import ON_OFFER
from products.matching.distance import county_distance_km
from products.matching.eligibility import DemandFacts, LotFacts
from products.matching.score import delivery_start
from products.parties.lifecycle import SellerStatus

Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class LotEntry:
    id: uuid.UUID
    seller_id: uuid.UUID
    facts: LotFacts
    unsold: bool


@dataclass(frozen=True, slots=True)
class DemandEntry:
    id: uuid.UUID
    buyer_id: uuid.UUID
    facts: DemandFacts


@dataclass(frozen=True)
class Arcs:
    """The eligible pairs: arc i joins lots[lot[i]] to demands[demand[i]] at cost[i] a unit (cost.py)."""

    lot: Ints
    demand: Ints
    cost: Ints

    def __len__(self) -> int:
        return len(self.lot)


def eligible_arcs(lots: Sequence[LotEntry], demands: Sequence[DemandEntry], today: date) -> Arcs:
    """Every eligible (lot, demand) pair with its cost a unit, demand by demand in the order of the lots."""
    lot_side = [lot.facts for lot in lots]
    demand_side = [demand.facts for demand in demands]
    # The rules of one side alone: on offer with something left from an admitted seller; still wanted.
    lot_ok = [lot.status in ON_OFFER and lot.remaining_kg > 0 and lot.seller_status is SellerStatus.admitted
              for lot in lot_side]
    demand_ok = [demand.status in WANTED and demand.remaining_kg > 0 for demand in demand_side]

    # The product rule: a demand names the lot's product, or the lot's product is of the demand's category.
    lots_of_product: dict[uuid.UUID, list[int]] = defaultdict(list)
    lots_of_category: dict[str, list[int]] = defaultdict(list)
    for at, lot_facts in enumerate(lot_side):
        if lot_ok[at]:
            lots_of_product[lot_facts.product_id].append(at)
            lots_of_category[lot_facts.category.value].append(at)
    of_product = {key: np.array(positions, dtype=np.int64) for key, positions in lots_of_product.items()}
    of_category = {key: np.array(positions, dtype=np.int64) for key, positions in lots_of_category.items()}
    nothing = np.zeros(0, dtype=np.int64)
    pieces_lot, pieces_demand = [], []
    for at, facts in enumerate(demand_side):
        if not demand_ok[at]:
            continue
        if facts.product_id is not None:
            candidates = of_product.get(facts.product_id, nothing)
        else:
            candidates = of_category.get(facts.category.value, nothing) if facts.category is not None else nothing
        if len(candidates):
            pieces_lot.append(candidates)
            pieces_demand.append(np.full(len(candidates), at, dtype=np.int64))
    if not pieces_lot:
        return Arcs(lot=nothing, demand=nothing, cost=nothing)
    lot, demand = np.concatenate(pieces_lot), np.concatenate(pieces_demand)

    county_at = {code: at for at, code in enumerate(sorted(counties()))}
    km = np.array([[county_distance_km(a, b) for b in county_at] for a in county_at])
    floor = np.array([float(f.floor_price_per_kg) for f in lot_side])
    harvest = np.array([f.harvest_date.toordinal() for f in lot_side], dtype=np.int64)
    best_before = np.array([f.best_before.toordinal() for f in lot_side], dtype=np.int64)
    lot_county = np.array([county_at[f.county_code] for f in lot_side], dtype=np.int64)
    unsold = np.array([entry.unsold for entry in lots], dtype=np.bool_)
    ceiling = np.array([float(f.ceiling_price_per_kg) for f in demand_side])
    wanted_from = np.array([f.wanted_from.toordinal() for f in demand_side], dtype=np.int64)
    wanted_until = np.array([f.wanted_until.toordinal() for f in demand_side], dtype=np.int64)
    start = np.array([delivery_start(f.wanted_from, today).toordinal() for f in demand_side], dtype=np.int64)
    demand_county = np.array([county_at[f.county_code] for f in demand_side], dtype=np.int64)
    max_km = np.array([np.inf if f.max_distance_km is None else f.max_distance_km for f in demand_side])

    distance = km[lot_county[lot], demand_county[demand]]
    eligible = (
        (floor[lot] <= ceiling[demand])  # price
        & (best_before[lot] >= wanted_from[demand])  # still good when the buyer starts wanting it
        & (harvest[lot] <= wanted_until[demand])  # harvested by the time they stop
        & (distance <= max_km[demand])  # within the demand's reach, if it has one
    )
    lot, demand, distance = lot[eligible], demand[eligible], distance[eligible]
    cost = pair_costs(unsold=unsold[lot], days_left=best_before[lot] - start[demand], distance_km=distance)
    return Arcs(lot=lot, demand=demand, cost=cost)
