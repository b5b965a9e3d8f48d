"""Whether a lot may fill a demand: one rule per line, each named, so a test (or a person) sees which failed.

Pure: no I/O. matching/queries.py applies the same rules in SQL to find a demand's lots; this module is the
statement of them, and the tests hold the two together.
"""

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from products.catalogue.models import ProductCategory
from products.demands.lifecycle import WANTED, DemandStatus
from products.lots.lifecycle import ON_OFFER, LotStatus
from products.matching.distance import county_distance_km
from products.parties.lifecycle import SellerStatus


@dataclass(frozen=True, slots=True)
class LotFacts:
    status: LotStatus
    remaining_kg: Decimal
    product_id: uuid.UUID
    category: ProductCategory
    floor_price_per_kg: Decimal
    harvest_date: date
    best_before: date
    county_code: str
    seller_status: SellerStatus


@dataclass(frozen=True, slots=True)
class DemandFacts:
    status: DemandStatus
    remaining_kg: Decimal
    product_id: uuid.UUID | None
    category: ProductCategory | None
    ceiling_price_per_kg: Decimal
    wanted_from: date
    wanted_until: date
    county_code: str
    max_distance_km: int | None


def failed_rules(lot: LotFacts, demand: DemandFacts) -> list[str]:
    """The names of the rules the pair fails; empty: the lot is eligible for the demand."""
    rules = {
        # Both still in the market, with something left to sell and to buy.
        "lot_on_offer": lot.status in ON_OFFER and lot.remaining_kg > 0,
        "demand_wanted": demand.status in WANTED and demand.remaining_kg > 0,
        # Only an admitted seller's lots are matched.
        "seller_admitted": lot.seller_status is SellerStatus.admitted,
        # The demand names the lot's product, or the lot's product is of the demand's category.
        "product": lot.product_id == demand.product_id if demand.product_id is not None
        else lot.category == demand.category,
        "price": lot.floor_price_per_kg <= demand.ceiling_price_per_kg,
        # Still good when the buyer starts wanting it, and harvested by the time they stop.
        "best_before": lot.best_before >= demand.wanted_from,
        "harvest_date": lot.harvest_date <= demand.wanted_until,
        "distance": demand.max_distance_km is None
        or county_distance_km(lot.county_code, demand.county_code) <= demand.max_distance_km,
    }
    return [rule for rule, passed in rules.items() if not passed]


def eligible(lot: LotFacts, demand: DemandFacts) -> bool:
    return not failed_rules(lot, demand)
