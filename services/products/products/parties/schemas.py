import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.counties import CountyCode
from chassis.identity_numbers import MobileNumber
from chassis.money import Money, Percent
from chassis.text import Name, PlainLine, PlainText
from products.parties.lifecycle import SellerAction, SellerStatus
from products.parties.models import BuyerKind, SellerKind

Town = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50), PlainLine]
Address = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=1000), PlainText]
Pledge = Annotated[Money, Field(gt=0, le=10_000_000_000)]
Year = Annotated[int, Field(ge=2000, le=2100)]


class SellerCreate(BaseModel):
    """A seller registers pending: an entrepreneur for themselves, staff for a cooperative or a farm."""

    model_config = ConfigDict(extra="forbid")

    kind: SellerKind = SellerKind.entrepreneur
    name: Name
    county_code: CountyCode
    town: Town
    contact: MobileNumber


class SellerRead(BaseModel):
    id: uuid.UUID
    user_id: str | None
    kind: SellerKind
    name: str
    county_code: str
    county_name: str
    town: str
    # Masked unless the caller is city staff or the seller.
    contact: str
    status: SellerStatus
    created_at: datetime


class SellerTransitionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: SellerAction
    from_status: SellerStatus
    to_status: SellerStatus
    actor_role: str
    # Staff see who acted; the seller sees the role and name.
    actor_subject: str | None
    actor_name: str | None
    reason: str | None
    at: datetime


class SellerDetail(SellerRead):
    transitions: list[SellerTransitionRead]
    # What the caller may do now: the console shows exactly these buttons.
    allowed_actions: list[SellerAction]


class ActionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason | None = None


class BuyerCreate(BaseModel):
    """A buyer registers themselves; staff register one that has no account."""

    model_config = ConfigDict(extra="forbid")

    kind: BuyerKind
    name: Name
    county_code: CountyCode
    delivery_address: Address
    yearly_pledge: Pledge | None = Field(default=None, description="What the buyer pledges to buy in a year, CNY")
    pledge_year: Year | None = Field(default=None, description="The year of the pledge; empty: this year")


class BuyerRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    user_id: str | None
    kind: BuyerKind
    name: str
    county_code: str
    county_name: str
    delivery_address: str
    yearly_pledge: Money | None
    pledge_year: int | None
    # Bought in the pledge's year, and as a percentage of the pledge (deals add to it as they settle).
    pledge_purchased: Money
    pledge_progress: Percent | None
    created_at: datetime
