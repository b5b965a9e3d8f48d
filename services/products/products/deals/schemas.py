import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from chassis.money import Kilograms, Money
from chassis.text import PlainText
from products.deals.lifecycle import DealAction, DealStatus
from products.fields import PricePerKg, Quantity

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=1000), PlainText]


class DealCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lot_id: uuid.UUID
    demand_id: uuid.UUID
    quantity_kg: Quantity
    price_per_kg: PricePerKg


class ActionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason | None = None


class Delivery(ActionBody):
    """What arrived: at most the deal's quantity; the rest goes back to the lot."""

    delivered_kg: Quantity


class DealTransitionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: DealAction
    from_status: DealStatus | None
    to_status: DealStatus
    # Shown to staff and to the actor; the other side sees the role and the name.
    actor_subject: str | None
    actor_role: str
    actor_name: str | None
    reason: str | None
    at: datetime


class DealRead(BaseModel):
    id: uuid.UUID
    status: DealStatus
    lot_id: uuid.UUID
    demand_id: uuid.UUID
    seller_id: uuid.UUID
    seller_name: str
    buyer_id: uuid.UUID
    buyer_name: str
    product_id: uuid.UUID
    product_name: str
    county_code: str
    county_name: str
    quantity_kg: Kilograms
    price_per_kg: Money
    # What the buyer pays: the quantity delivered (until then, the deal's) at the price per kg.
    amount: Money
    seller_accepted_at: datetime | None
    buyer_accepted_at: datetime | None
    delivered_kg: Kilograms | None
    created_at: datetime
    updated_at: datetime


class DealDetail(DealRead):
    transitions: list[DealTransitionRead]
    # What the caller may do now.
    allowed_actions: list[DealAction]
