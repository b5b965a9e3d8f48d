"""The arcs over arrays are matching's eligibility rule and cost.py's cost, pair by pair."""

import uuid
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from products.catalogue.models import ProductCategory
from products.clearing.cost import pair_cost
from products.clearing.pairs import DemandEntry, LotEntry, eligible_arcs
from products.demands.lifecycle import DemandStatus
from products.lots.lifecycle import LotStatus
from products.matching.distance import county_distance_km
from products.matching.eligibility import DemandFacts, LotFacts, eligible
from products.matching.score import delivery_start
from products.parties.lifecycle import SellerStatus

TODAY = date(2026, 11, 30)
PRODUCTS = {uuid.UUID(int=1): ProductCategory.fruit, uuid.UUID(int=2): ProductCategory.fruit,
            uuid.UUID(int=3): ProductCategory.tea}
COUNTIES = ["441802", "441821", "441825", "441882"]
days = st.integers(-10, 40).map(lambda n: TODAY + timedelta(days=n))
prices = st.integers(300, 900).map(lambda cents: Decimal(cents) / 100)
kilograms = st.sampled_from([Decimal(0), Decimal("0.01"), Decimal("12.50")])


@st.composite
def lots(draw: st.DrawFn) -> LotEntry:
    product = draw(st.sampled_from(sorted(PRODUCTS)))
    harvest = draw(days)
    return LotEntry(id=uuid.uuid4(), seller_id=uuid.uuid4(), unsold=draw(st.booleans()), facts=LotFacts(
        status=draw(st.sampled_from(LotStatus)), remaining_kg=draw(kilograms), product_id=product,
        category=PRODUCTS[product], floor_price_per_kg=draw(prices), harvest_date=harvest,
        best_before=harvest + timedelta(days=draw(st.integers(0, 30))), county_code=draw(st.sampled_from(COUNTIES)),
        seller_status=draw(st.sampled_from(SellerStatus))))


@st.composite
def demands(draw: st.DrawFn) -> DemandEntry:
    by_category = draw(st.booleans())
    wanted_from = draw(days)
    return DemandEntry(id=uuid.uuid4(), buyer_id=uuid.uuid4(), facts=DemandFacts(
        status=draw(st.sampled_from(DemandStatus)), remaining_kg=draw(kilograms),
        product_id=None if by_category else draw(st.sampled_from(sorted(PRODUCTS))),
        category=draw(st.sampled_from(ProductCategory)) if by_category else None,
        ceiling_price_per_kg=draw(prices), wanted_from=wanted_from,
        wanted_until=wanted_from + timedelta(days=draw(st.integers(0, 20))),
        county_code=draw(st.sampled_from(COUNTIES)),
        max_distance_km=draw(st.one_of(st.none(), st.sampled_from([0, 50, 100, 150])))))


@settings(max_examples=300, deadline=None)
@given(st.lists(lots(), min_size=1, max_size=8), st.lists(demands(), min_size=1, max_size=5))
def test_the_arcs_are_the_eligible_pairs_at_their_cost(lot_list: list[LotEntry],
                                                       demand_list: list[DemandEntry]) -> None:
    arcs = eligible_arcs(lot_list, demand_list, TODAY)
    found = {(int(lot), int(demand), int(cost)) for lot, demand, cost in zip(arcs.lot, arcs.demand, arcs.cost,
                                                                             strict=True)}
    expected = {
        (i, j, pair_cost(unsold=lot.unsold, best_before=lot.facts.best_before,
                         delivery_start=delivery_start(demand.facts.wanted_from, TODAY),
                         distance_km=county_distance_km(lot.facts.county_code, demand.facts.county_code)))
        for i, lot in enumerate(lot_list) for j, demand in enumerate(demand_list) if eligible(lot.facts, demand.facts)
    }
    assert found == expected
    assert len(found) == len(arcs)


def test_no_lots_or_no_demands_make_no_arcs() -> None:
    assert len(eligible_arcs([], [], TODAY)) == 0
