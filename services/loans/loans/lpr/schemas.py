import uuid
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from chassis.money import Percent

RatePct = Annotated[Percent, Field(gt=0, le=20)]


class LprFixingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    effective_date: date = Field(ge=date(2019, 8, 20), description="The reformed LPR starts on 2019-08-20")
    lpr_1y_pct: RatePct
    lpr_5y_pct: RatePct


class LprFixingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    effective_date: date
    lpr_1y_pct: Percent
    lpr_5y_pct: Percent
