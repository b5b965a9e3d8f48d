import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

from chassis.counties import CountyCode
from chassis.money import Kilograms, Money
from chassis.text import PlainLine, PlainText
from products.catalogue.models import ProductCategory
from products.fields import Day, PricePerKg, Quantity
from products.lots.lifecycle import LotAction, LotStatus

Town = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50), PlainLine]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500), PlainText]


class LotCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    seller_id: uuid.UUID | None = Field(default=None, description="Staff only: the seller they list for")
    product_id: uuid.UUID
    quantity_kg: Quantity
    floor_price_per_kg: PricePerKg
    harvest_date: Day
    best_before: Day | None = Field(default=None, description="Empty: harvest_date + the product's shelf life")
    county_code: CountyCode
    town: Town | None = None
    unsold: bool = Field(default=False, description="滞销: produce that is not selling")
    note: Note | None = None

    @field_validator("best_before")
    @classmethod
    def _not_before_harvest(cls, best_before: date | None, info: ValidationInfo) -> date | None:
        harvest = info.data.get("harvest_date")
        if best_before is not None and harvest is not None and best_before < harvest:
            raise ValueError("must not be before harvest_date")
        return best_before


class LotUpdate(BaseModel):
    """What the seller or staff may correct while the lot is on offer; only the fields sent change.

    `quantity_kg` is the lot's new total: what remains moves by the same amount, and it must stay above what deals
    have already taken (else withdraw the lot)."""

    model_config = ConfigDict(extra="forbid")

    quantity_kg: Quantity | None = None
    floor_price_per_kg: PricePerKg | None = None
    best_before: Day | None = None
    unsold: bool | None = None
    town: Town | None = None
    note: Note | None = None

    @field_validator("quantity_kg", "floor_price_per_kg", "best_before", "unsold", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("may be left out, not emptied")
        return value


class LotRead(BaseModel):
    """A lot as anyone who may see it sees it: a buyer sees its seller's name and county, never their contact."""

    id: uuid.UUID
    seller_id: uuid.UUID
    seller_name: str
    seller_county_code: str
    seller_county_name: str
    product_id: uuid.UUID
    product_name: str
    category: ProductCategory
    status: LotStatus
    quantity_kg: Kilograms
    remaining_kg: Kilograms
    floor_price_per_kg: Money
    harvest_date: date
    best_before: date
    county_code: str
    county_name: str
    town: str | None
    unsold: bool
    note: str | None
    created_at: datetime
    # What the caller may do now (the seller's and staff's withdraw button).
    allowed_actions: list[LotAction]
