"""The documented cost: unsold produce first, then a day nearer best-before against a kilometre nearer."""

from datetime import date, timedelta

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from products.clearing.cost import FRESHNESS_HORIZON_DAYS, STOCK_POINTS, pair_cost, pair_costs

START = date(2026, 11, 30)


def cost(*, unsold: bool = False, days: int = 10, km: float = 0.0) -> int:
    return pair_cost(unsold=unsold, best_before=START + timedelta(days=days), delivery_start=START, distance_km=km)


def test_a_lot_that_is_not_unsold_costs_the_stock_points_more() -> None:
    assert cost(unsold=False) - cost(unsold=True) == STOCK_POINTS


def test_unsold_produce_wins_over_a_year_of_freshness_and_the_longest_trip() -> None:
    assert cost(unsold=True, days=FRESHNESS_HORIZON_DAYS, km=165.0) < cost(unsold=False, days=0, km=0.0)


def test_a_day_sooner_is_worth_a_kilometre_further() -> None:
    assert cost(days=9, km=31.0) == cost(days=10, km=30.0)


def test_days_past_best_before_count_as_none_and_beyond_a_year_as_a_year() -> None:
    assert cost(days=-5) == cost(days=0)
    assert cost(days=FRESHNESS_HORIZON_DAYS + 100) == cost(days=FRESHNESS_HORIZON_DAYS)


def test_kilometres_are_rounded_to_the_nearest() -> None:
    assert cost(km=12.4) == cost(km=12.0)
    assert cost(km=12.6) == cost(km=13.0)


@given(st.lists(st.tuples(st.booleans(), st.integers(-30, 500), st.floats(0, 200, allow_nan=False)), min_size=1))
def test_the_arrays_cost_the_same_as_one_pair_at_a_time(pairs: list[tuple[bool, int, float]]) -> None:
    unsold, days, km = zip(*pairs, strict=True)
    costs = pair_costs(unsold=np.array(unsold), days_left=np.array(days, dtype=np.int64), distance_km=np.array(km))
    assert costs.tolist() == [cost(unsold=u, days=d, km=k) for u, d, k in pairs]
