"""The shapes lots and demands share: a day, a quantity in kilograms, a price per kg, the expiry's report."""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field

from chassis.money import Kilograms, Money

# Bounds every date a trader types: enough for any real harvest or need, and date arithmetic stays in range.
Day = Annotated[date, Field(ge=date(2000, 1, 1), le=date(2100, 12, 31))]
Quantity = Annotated[Kilograms, Field(gt=0, le=100_000_000)]
PricePerKg = Annotated[Money, Field(gt=0, le=1_000_000)]


class ExpiryReport(BaseModel):
    expired: int = Field(description="How many records this run marked expired")
