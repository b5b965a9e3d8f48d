"""The clearing as a min-cost maximum flow: first the most produce that can move, then the cheapest way to move it.

Pure: lots, demands and the eligible pairs with their cost in, allocations out; no I/O, no framework.
Quantities are whole units of 0.01 kg (`to_units`, `to_kg`) and costs whole numbers per unit, so the answer is
exact and integral: no rounding, no fraction of a unit left on an arc.

The network: a node for each lot, supplying its remaining quantity; a node for each demand, taking at most its
remaining quantity; an arc for each eligible pair, as wide as the smaller of the two, at the pair's unit cost.
OR-Tools' `solve_max_flow_with_min_cost` finds the largest flow the arcs allow (supply and demand need not
balance) and, among the flows of that size, one of least total cost. A flow on an arc is an allocation: partial
fills, and a lot split across several buyers, fall out of it.

`solve` takes the network as arrays (a city's clearing has hundreds of thousands of pairs: no Python object per
pair); `clear` is the same over keyed records, for people and tests to read.
"""

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

K = TypeVar("K", bound=Hashable)
UNIT = Decimal("0.01")  # kg
Ints = npt.NDArray[np.int64]


def to_units(kg: Decimal) -> int:
    """A quantity in kg (at most two decimals, as the API takes them) as whole units of 0.01 kg."""
    units = kg / UNIT
    if units != units.to_integral_value():
        raise ValueError(f"{kg} kg has more than two decimals")
    return int(units)


def to_kg(units: int) -> Decimal:
    return (Decimal(units) * UNIT).quantize(UNIT)


class SolverFailed(Exception):
    """The solver did not prove its answer optimal (it should not happen on valid input)."""


@dataclass(frozen=True)
class Network:
    """Lots and demands by position, and the arcs between them: arc i runs from lot `arc_lot[i]` to demand
    `arc_demand[i]` at `arc_cost[i]` a unit."""

    supply: Ints  # units each lot has left
    wanted: Ints  # units each demand still wants
    arc_lot: Ints
    arc_demand: Ints
    arc_cost: Ints


@dataclass(frozen=True)
class Flow:
    units: Ints  # on each arc of the network, in its order
    total_units: int
    total_cost: int


def solve(network: Network) -> Flow:
    """The flow of largest total over the network's arcs and, among those, of least total cost. No lot gives more
    than its supply and no demand takes more than it wants. Raises ValueError on a negative quantity or cost, an
    arc naming no lot or demand, or the same pair twice."""
    supply, wanted = np.asarray(network.supply, np.int64), np.asarray(network.wanted, np.int64)
    arc_lot, arc_demand = np.asarray(network.arc_lot, np.int64), np.asarray(network.arc_demand, np.int64)
    arc_cost = np.asarray(network.arc_cost, np.int64)
    _check(supply, wanted, arc_lot, arc_demand, arc_cost)
    capacity = np.minimum(supply[arc_lot], wanted[arc_demand])
    used = np.flatnonzero(capacity > 0)
    flows = np.zeros(len(arc_lot), dtype=np.int64)
    if len(used) == 0:
        return Flow(units=flows, total_units=0, total_cost=0)

    mcf = min_cost_flow.SimpleMinCostFlow()
    lots = len(supply)
    mcf.add_arcs_with_capacity_and_unit_cost(
        arc_lot[used].astype(np.int32), (lots + arc_demand[used]).astype(np.int32), capacity[used],
        arc_cost[used])
    mcf.set_nodes_supplies(np.arange(lots + len(wanted), dtype=np.int32), np.concatenate([supply, -wanted]))
    status = mcf.solve_max_flow_with_min_cost()
    if status != mcf.OPTIMAL:
        raise SolverFailed(f"the min-cost flow ended {status.name}")
    flows[used] = mcf.flows(np.arange(len(used), dtype=np.int32))
    return Flow(units=flows, total_units=int(mcf.maximum_flow()), total_cost=int(mcf.optimal_cost()))


def _check(supply: Ints, wanted: Ints, arc_lot: Ints, arc_demand: Ints, arc_cost: Ints) -> None:
    if not len(arc_lot) == len(arc_demand) == len(arc_cost):
        raise ValueError("every arc needs a lot, a demand and a cost")
    if (supply < 0).any() or (wanted < 0).any():
        raise ValueError("a quantity is negative")
    if (arc_cost < 0).any():
        raise ValueError("an arc has a negative cost")
    if len(arc_lot) == 0:
        return
    if arc_lot.min() < 0 or arc_lot.max() >= len(supply) or arc_demand.min() < 0 or arc_demand.max() >= len(wanted):
        raise ValueError("an arc names an unknown lot or demand")
    if len(np.unique(arc_lot * len(wanted) + arc_demand)) != len(arc_lot):
        raise ValueError("a pair is given twice")


# --- the same over keyed records -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Supply(Generic[K]):
    """A lot as the solver sees it: what is left to sell."""

    key: K
    units: int


@dataclass(frozen=True, slots=True)
class Want(Generic[K]):
    """A demand as the solver sees it: what is still wanted."""

    key: K
    units: int


@dataclass(frozen=True, slots=True)
class Pair(Generic[K]):
    """An eligible (lot, demand) pair and what a unit sent along it costs (see cost.py)."""

    lot: K
    demand: K
    cost: int


@dataclass(frozen=True, slots=True)
class Allocation(Generic[K]):
    lot: K
    demand: K
    units: int


@dataclass(frozen=True, slots=True)
class Clearing(Generic[K]):
    allocations: list[Allocation[K]]
    total_units: int
    total_cost: int


def clear(lots: Sequence[Supply[K]], demands: Sequence[Want[K]], pairs: Iterable[Pair[K]]) -> Clearing[K]:
    """`solve` over keyed lots, demands and pairs; allocations come in the order of `pairs`."""
    lot_at = _positions([lot.key for lot in lots], "lot")
    demand_at = _positions([demand.key for demand in demands], "demand")
    pairs = list(pairs)
    try:
        arc_lot = [lot_at[pair.lot] for pair in pairs]
        arc_demand = [demand_at[pair.demand] for pair in pairs]
    except KeyError as unknown:
        raise ValueError(f"a pair names an unknown lot or demand: {unknown}") from None
    flow = solve(Network(
        supply=np.array([lot.units for lot in lots], dtype=np.int64),
        wanted=np.array([demand.units for demand in demands], dtype=np.int64),
        arc_lot=np.array(arc_lot, dtype=np.int64), arc_demand=np.array(arc_demand, dtype=np.int64),
        arc_cost=np.array([pair.cost for pair in pairs], dtype=np.int64)))
    return Clearing(
        allocations=[Allocation(lot=pair.lot, demand=pair.demand, units=int(units))
                     for pair, units in zip(pairs, flow.units, strict=True) if units > 0],
        total_units=flow.total_units, total_cost=flow.total_cost)


def _positions(keys: list[K], kind: str) -> dict[K, int]:
    positions = {key: at for at, key in enumerate(keys)}
    if len(positions) != len(keys):
        raise ValueError(f"a {kind} is given twice")
    return positions
