import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

from products.catalogue.models import ProductCategory
from products.demands.lifecycle import DemandStatus
from products.lots.lifecycle import LotStatus
from products.matching.eligibility import DemandFacts, LotFacts, eligible, failed_rules
from products.parties.lifecycle import SellerStatus

ORANGE = uuid.uuid4()
LOT = LotFacts(status=LotStatus.open, remaining_kg=Decimal("1000.00"), product_id=ORANGE,
               category=ProductCategory.fruit, floor_price_per_kg=Decimal("5.00"), harvest_date=date(2026, 11, 20),
               best_before=date(2026, 12, 20), county_code="441882", seller_status=SellerStatus.admitted)
DEMAND = DemandFacts(status=DemandStatus.open, remaining_kg=Decimal("500.00"), product_id=ORANGE, category=None,
                     ceiling_price_per_kg=Decimal("7.00"), wanted_from=date(2026, 12, 1),
                     wanted_until=date(2026, 12, 7), county_code="441802", max_distance_km=None)


def test_a_lot_that_meets_every_rule_is_eligible() -> None:
    assert failed_rules(LOT, DEMAND) == []
    assert eligible(LOT, DEMAND)


def test_a_partly_sold_lot_and_a_partly_filled_demand_are_still_in_the_market() -> None:
    assert eligible(replace(LOT, status=LotStatus.partly_sold), replace(DEMAND, status=DemandStatus.partly_filled))


def test_a_lot_no_longer_on_offer_is_not() -> None:
    for status in (LotStatus.sold_out, LotStatus.expired, LotStatus.withdrawn):
        assert failed_rules(replace(LOT, status=status), DEMAND) == ["lot_on_offer"], status


def test_a_lot_with_nothing_left_is_not() -> None:
    assert failed_rules(replace(LOT, remaining_kg=Decimal(0)), DEMAND) == ["lot_on_offer"]


def test_a_demand_no_longer_wanted_is_not() -> None:
    for status in (DemandStatus.filled, DemandStatus.cancelled, DemandStatus.expired):
        assert failed_rules(LOT, replace(DEMAND, status=status)) == ["demand_wanted"], status
    assert failed_rules(LOT, replace(DEMAND, remaining_kg=Decimal(0))) == ["demand_wanted"]


def test_a_seller_not_admitted_is_not() -> None:
    for status in (SellerStatus.pending, SellerStatus.suspended):
        assert failed_rules(replace(LOT, seller_status=status), DEMAND) == ["seller_admitted"], status


def test_another_product_is_not() -> None:
    assert failed_rules(replace(LOT, product_id=uuid.uuid4()), DEMAND) == ["product"]


def test_a_product_of_the_demands_category_is() -> None:
    by_category = replace(DEMAND, product_id=None, category=ProductCategory.fruit)
    assert eligible(replace(LOT, product_id=uuid.uuid4()), by_category)
    assert failed_rules(replace(LOT, category=ProductCategory.tea), by_category) == ["product"]


def test_a_floor_above_the_ceiling_is_not_and_one_at_it_is() -> None:
    assert failed_rules(replace(LOT, floor_price_per_kg=Decimal("7.01")), DEMAND) == ["price"]
    assert eligible(replace(LOT, floor_price_per_kg=Decimal("7.00")), DEMAND)


def test_a_lot_gone_off_before_the_window_opens_is_not() -> None:
    assert failed_rules(replace(LOT, best_before=date(2026, 11, 30)), DEMAND) == ["best_before"]
    assert eligible(replace(LOT, best_before=date(2026, 12, 1)), DEMAND)


def test_a_lot_harvested_after_the_window_closes_is_not() -> None:
    assert failed_rules(replace(LOT, harvest_date=date(2026, 12, 8)), DEMAND) == ["harvest_date"]
    assert eligible(replace(LOT, harvest_date=date(2026, 12, 7)), DEMAND)


def test_a_lot_beyond_the_demands_radius_is_not() -> None:
    # 连州 to 清城 is about 139 km between the seats.
    assert failed_rules(LOT, replace(DEMAND, max_distance_km=100)) == ["distance"]
    assert eligible(LOT, replace(DEMAND, max_distance_km=140))


def test_a_radius_of_zero_keeps_the_demands_own_county() -> None:
    assert eligible(replace(LOT, county_code="441802"), replace(DEMAND, max_distance_km=0))


def test_every_failed_rule_is_named() -> None:
    lot = replace(LOT, status=LotStatus.withdrawn, floor_price_per_kg=Decimal("9.00"),
                  seller_status=SellerStatus.pending)
    assert failed_rules(lot, replace(DEMAND, max_distance_km=10)) == [
        "lot_on_offer", "seller_admitted", "price", "distance"]
