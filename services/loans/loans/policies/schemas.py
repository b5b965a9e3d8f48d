import uuid
from datetime import date
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from chassis.money import Money
from chassis.text import Name
from loans.policies.tenor import LprTenor
from loans.policies.uses import LoanUse


class PolicyVersionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    effective_from: date
    effective_to: date | None = None
    principal_cap: Annotated[Money, Field(gt=0, le=10_000_000)]
    spread_bp: int = Field(ge=0, le=1000)
    lpr_tenor: LprTenor = LprTenor.one_year
    subsidised_term_months: int = Field(ge=1, le=120)
    age_min: int = Field(ge=16, le=60)
    age_max: int = Field(ge=16, le=70)
    eligible_uses: list[LoanUse] = Field(min_length=1)

    @model_validator(mode="after")
    def _ranges(self) -> Self:
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("effective_to is before effective_from")
        if self.age_max < self.age_min:
            raise ValueError("age_max is below age_min")
        return self


class PolicyVersionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    effective_from: date
    effective_to: date | None
    principal_cap: Money
    spread_bp: int
    lpr_tenor: LprTenor
    subsidised_term_months: int
    age_min: int
    age_max: int
    eligible_uses: list[LoanUse]
