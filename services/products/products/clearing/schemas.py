import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from chassis.counties import CountyCode
from chassis.money import Kilograms, Money
from products.catalogue.models import ProductCategory


class ClearingScope(BaseModel):
    """What a run clears: the lots of a product, of a category, in a county; any left out: all of them."""

    model_config = ConfigDict(extra="forbid")

    product_id: uuid.UUID | None = None
    category: ProductCategory | None = None
    county_code: CountyCode | None = Field(
        default=None, description="The lots' county; empty: the whole city (county staff: their own county)")


class AllocationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    lot_id: uuid.UUID
    demand_id: uuid.UUID
    quantity_kg: Kilograms
    price_per_kg: Money
    # The deal proposed for it, and its cost per 0.01 kg (clearing/cost.py).
    deal_id: uuid.UUID
    unit_cost: int


class ClearingRunSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    product_id: uuid.UUID | None
    category: ProductCategory | None
    county_code: str | None
    lots_considered: int
    demands_considered: int
    eligible_pairs: int
    total_kg: Kilograms
    total_cost: int = Field(description="Sum of units (0.01 kg) times their cost per unit (clearing/cost.py)")
    withdrawn_deals: int = Field(description="Unaccepted proposals of earlier runs in the same scope withdrawn")
    run_by_name: str | None
    created_at: datetime


class ClearingRunRead(ClearingRunSummary):
    allocations: list[AllocationRead]
