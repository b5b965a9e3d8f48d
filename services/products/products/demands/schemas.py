import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

from chassis.counties import CountyCode
from chassis.money import Kilograms, Money
from chassis.text import PlainText
from products.catalogue.models import ProductCategory
from products.demands.lifecycle import DemandAction, DemandStatus
from products.demands.recurrence import Recurrence
from products.fields import Day, PricePerKg, Quantity

Distance = Annotated[int, Field(ge=0, le=1000, description="Kilometres between county seats; 0: the same county")]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=1000), PlainText]


class DemandCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    buyer_id: uuid.UUID | None = Field(default=None, description="Staff only: the buyer they post for")
    product_id: uuid.UUID | None = Field(default=None, description="This product; or give a category")
    category: ProductCategory | None = Field(default=None, validate_default=True,
                                             description="Any product of this category; or give a product_id")
    quantity_kg: Quantity
    ceiling_price_per_kg: PricePerKg
    wanted_from: Day
    wanted_until: Day
    county_code: CountyCode
    max_distance_km: Distance | None = None
    recurrence: Recurrence = Recurrence.none

    @field_validator("category")
    @classmethod
    def _product_or_category(cls, category: ProductCategory | None,
                             info: ValidationInfo) -> ProductCategory | None:
        if "product_id" in info.data and (info.data["product_id"] is None) == (category is None):
            raise ValueError("give exactly one of product_id and category")
        return category

    @field_validator("wanted_until")
    @classmethod
    def _not_before_wanted_from(cls, wanted_until: date, info: ValidationInfo) -> date:
        wanted_from = info.data.get("wanted_from")
        if wanted_from is not None and wanted_until < wanted_from:
            raise ValueError("must not be before wanted_from")
        return wanted_until


class DemandUpdate(BaseModel):
    """What the buyer or staff may correct while the demand is wanted; only the fields sent change.

    `quantity_kg` is the new total: what is still wanted moves by the same amount, and it must stay above what
    deals have already filled (else cancel the demand). `max_distance_km` may be emptied (any distance)."""

    model_config = ConfigDict(extra="forbid")

    quantity_kg: Quantity | None = None
    ceiling_price_per_kg: PricePerKg | None = None
    wanted_from: Day | None = None
    wanted_until: Day | None = None
    max_distance_km: Distance | None = None

    @field_validator("quantity_kg", "ceiling_price_per_kg", "wanted_from", "wanted_until", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("may be left out, not emptied")
        return value


class CancelBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason | None = None
    end_recurrence: bool = Field(default=False, description="Make no next demand of a weekly or monthly one")


class DemandRead(BaseModel):
    id: uuid.UUID
    buyer_id: uuid.UUID
    buyer_name: str
    product_id: uuid.UUID | None
    product_name: str | None
    category: ProductCategory | None
    status: DemandStatus
    quantity_kg: Kilograms
    remaining_kg: Kilograms
    ceiling_price_per_kg: Money
    wanted_from: date
    wanted_until: date
    county_code: str
    county_name: str
    max_distance_km: int | None
    recurrence: Recurrence
    # The demand this one follows, and the one made when it closed (a weekly or monthly demand).
    previous_id: uuid.UUID | None
    next_id: uuid.UUID | None
    cancel_reason: str | None
    created_at: datetime
    # What the caller may do now (the buyer's and staff's cancel button).
    allowed_actions: list[DemandAction]
