"""The solver: small cases worked by hand, then random small cases against a brute force over every integral flow."""

import itertools
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from products.clearing.solver import (
    Allocation,
    Clearing,
    Network,
    Pair,
    Supply,
    Want,
    clear,
    solve,
    to_kg,
    to_units,
)


def moved(clearing: Clearing[str]) -> set[tuple[str, str, int]]:
    return {(a.lot, a.demand, a.units) for a in clearing.allocations}


def test_a_greedy_first_match_would_strand_quantity_the_flow_does_not() -> None:
    # Lot A fits both buyers, lot B only x. Sending A to x first (cheapest, first listed) would leave B unsold.
    lots = [Supply("A", 10), Supply("B", 10)]
    demands = [Want("x", 10), Want("y", 10)]
    clearing = clear(lots, demands, [Pair("A", "x", 1), Pair("A", "y", 1), Pair("B", "x", 5)])
    assert moved(clearing) == {("A", "y", 10), ("B", "x", 10)}
    assert (clearing.total_units, clearing.total_cost) == (20, 60)


def test_one_lot_is_split_across_buyers() -> None:
    clearing = clear([Supply("A", 10)], [Want("x", 4), Want("y", 6)], [Pair("A", "x", 0), Pair("A", "y", 0)])
    assert moved(clearing) == {("A", "x", 4), ("A", "y", 6)}


def test_a_demand_larger_than_the_lots_is_partly_filled() -> None:
    clearing = clear([Supply("A", 3), Supply("B", 2)], [Want("x", 10)], [Pair("A", "x", 0), Pair("B", "x", 0)])
    assert moved(clearing) == {("A", "x", 3), ("B", "x", 2)}
    assert clearing.total_units == 5


def test_among_allocations_of_the_largest_total_the_cheapest_is_chosen() -> None:
    clearing = clear([Supply("near", 5), Supply("far", 5)], [Want("x", 5)],
                     [Pair("far", "x", 9), Pair("near", "x", 2)])
    assert moved(clearing) == {("near", "x", 5)}
    assert clearing.total_cost == 10


def test_cost_never_buys_a_smaller_total() -> None:
    # The only way to move all 8 units uses the dearest arc: quantity comes first.
    clearing = clear([Supply("A", 4), Supply("B", 4)], [Want("x", 4), Want("y", 4)],
                     [Pair("A", "x", 0), Pair("B", "x", 0), Pair("B", "y", 1_000)])
    assert moved(clearing) == {("A", "x", 4), ("B", "y", 4)}
    assert clearing.total_units == 8


def test_nothing_eligible_allocates_nothing() -> None:
    assert clear([Supply("A", 5)], [Want("x", 5)], []) == Clearing(allocations=[], total_units=0, total_cost=0)


def test_an_empty_lot_or_demand_gets_no_allocation() -> None:
    clearing = clear([Supply("A", 0), Supply("B", 2)], [Want("x", 5)], [Pair("A", "x", 0), Pair("B", "x", 0)])
    assert clearing.allocations == [Allocation("B", "x", 2)]


@pytest.mark.parametrize("pairs", [
    [Pair("A", "nobody", 0)],
    [Pair("A", "x", -1)],
    [Pair("A", "x", 0), Pair("A", "x", 1)],
])
def test_pairs_that_name_no_known_node_cost_less_than_nothing_or_repeat_are_refused(pairs: list[Pair[str]]) -> None:
    with pytest.raises(ValueError):
        clear([Supply("A", 5)], [Want("x", 5)], pairs)


def test_a_negative_quantity_is_refused() -> None:
    with pytest.raises(ValueError):
        clear([Supply("A", -1)], [Want("x", 5)], [])


def network(arc_lot: list[int], arc_demand: list[int], arc_cost: list[int]) -> Network:
    return Network(supply=np.array([5, 5]), wanted=np.array([6]), arc_lot=np.array(arc_lot),
                   arc_demand=np.array(arc_demand), arc_cost=np.array(arc_cost))


def test_the_arrays_give_the_flow_on_each_arc_in_its_order() -> None:
    flow = solve(network([1, 0], [0, 0], [3, 1]))
    assert flow.units.tolist() == [1, 5]
    assert (flow.total_units, flow.total_cost) == (6, 8)


@pytest.mark.parametrize(("arc_lot", "arc_demand"), [([2], [0]), ([0], [1]), ([0, 0], [0, 0])])
def test_arcs_to_no_lot_or_demand_or_twice_the_same_pair_are_refused(arc_lot: list[int],
                                                                       arc_demand: list[int]) -> None:
    with pytest.raises(ValueError):
        solve(network(arc_lot, arc_demand, [0] * len(arc_lot)))


def test_kilograms_are_whole_units_of_ten_grams_both_ways() -> None:
    assert to_units(Decimal("12.34")) == 1234
    assert to_units(Decimal("5")) == 500
    assert to_kg(1234) == Decimal("12.34")
    with pytest.raises(ValueError):
        to_units(Decimal("0.001"))


# --- against a brute force ---------------------------------------------------------------------------------


def brute_force(lots: list[Supply[str]], demands: list[Want[str]], pairs: list[Pair[str]]) -> tuple[int, int]:
    """The largest total and, at that total, the least cost, by trying every integral flow on every arc."""
    supply = {lot.key: lot.units for lot in lots}
    wanted = {demand.key: demand.units for demand in demands}
    ranges = [range(min(supply[p.lot], wanted[p.demand]) + 1) for p in pairs]
    best = (0, 0)
    for flows in itertools.product(*ranges):
        given_by = dict.fromkeys(supply, 0)
        taken_by = dict.fromkeys(wanted, 0)
        for pair, units in zip(pairs, flows, strict=True):
            given_by[pair.lot] += units
            taken_by[pair.demand] += units
        if any(given_by[k] > supply[k] for k in supply) or any(taken_by[k] > wanted[k] for k in wanted):
            continue
        total = sum(flows)
        cost = sum(p.cost * units for p, units in zip(pairs, flows, strict=True))
        if total > best[0] or (total == best[0] and cost < best[1]):
            best = (total, cost)
    return best


@st.composite
def instances(draw: st.DrawFn) -> tuple[list[Supply[str]], list[Want[str]], list[Pair[str]]]:
    lots = [Supply(f"L{i}", draw(st.integers(0, 3))) for i in range(draw(st.integers(1, 3)))]
    demands = [Want(f"D{j}", draw(st.integers(0, 3))) for j in range(draw(st.integers(1, 2)))]
    every = [(lot.key, demand.key) for lot in lots for demand in demands]
    chosen = draw(st.lists(st.sampled_from(every), unique=True, max_size=len(every)))
    return lots, demands, [Pair(lot, demand, draw(st.integers(0, 6))) for lot, demand in chosen]


@settings(max_examples=200, deadline=None)
@given(instances())
def test_random_small_cases_match_the_brute_force(
        instance: tuple[list[Supply[str]], list[Want[str]], list[Pair[str]]]) -> None:
    lots, demands, pairs = instance
    clearing = clear(lots, demands, pairs)
    assert (clearing.total_units, clearing.total_cost) == brute_force(lots, demands, pairs)
    costs = {(p.lot, p.demand): p.cost for p in pairs}
    assert clearing.total_units == sum(a.units for a in clearing.allocations)
    assert clearing.total_cost == sum(costs[(a.lot, a.demand)] * a.units for a in clearing.allocations)
    for lot in lots:
        assert sum(a.units for a in clearing.allocations if a.lot == lot.key) <= lot.units
    for demand in demands:
        assert sum(a.units for a in clearing.allocations if a.demand == demand.key) <= demand.units
