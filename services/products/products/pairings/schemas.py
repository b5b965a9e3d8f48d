import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field

from chassis.counties import CountyCode, county_name
from chassis.money import Money
from chassis.text import Name, PlainLine
from products.fields import Day

Place = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Funds = Annotated[Money, Field(le=1_000_000_000)]


class PairingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enterprise: Name
    county_code: CountyCode
    town: Place | None = Field(default=None, examples=["连江口镇"])
    village: Place = Field(examples=["连樟村"])
    paired_on: Day
    funds_pledged: Funds
    funds_received: Funds = Decimal("0.00")


class PairingUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    funds_received: Funds = Field(description="What has arrived in all so far")


class PairingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    enterprise: str
    county_code: str
    town: str | None
    village: str
    paired_on: date
    funds_pledged: Money
    funds_received: Money
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)
