import uuid
from datetime import date

from pydantic import BaseModel, Field

from chassis.money import Kilograms, Money


class ScoreParts(BaseModel):
    """Why a lot ranks where it does: each part in [0, 1] (see matching/score.py for how each is made)."""

    quantity: float = Field(ge=0, le=1)
    price: float = Field(ge=0, le=1)
    distance: float = Field(ge=0, le=1)
    freshness: float = Field(ge=0, le=1)
    unsold: float = Field(ge=0, le=1)
    certified: float = Field(ge=0, le=1)


class Match(BaseModel):
    """An eligible lot for a demand, with its score and the parts it is made of."""

    lot_id: uuid.UUID
    score: float = Field(ge=0, le=1)
    parts: ScoreParts
    distance_km: float = Field(ge=0, description="Between the county seats of the lot and the demand")
    product_id: uuid.UUID
    product_name: str
    seller_id: uuid.UUID
    seller_name: str
    seller_county_code: str
    seller_county_name: str
    county_code: str
    county_name: str
    remaining_kg: Kilograms
    floor_price_per_kg: Money
    harvest_date: date
    best_before: date
    unsold: bool


class MatchList(BaseModel):
    demand_id: uuid.UUID
    # The weight of each part in the score (they add up to 1).
    weights: dict[str, float]
    # Best first.
    items: list[Match]
