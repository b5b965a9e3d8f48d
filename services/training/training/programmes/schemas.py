import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.money import Money
from chassis.text import Description, Name, PlainLine
from training.groups import TargetGroup
from training.programmes.models import ProgrammeKind

ProgrammeName = Name
FundingSource = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100), PlainLine]


class ProgrammeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ProgrammeName
    kind: ProgrammeKind
    description: Description = ""
    funding_source: FundingSource = Field(default="", description="e.g. 市级专项资金")
    budget: Money | None = Field(default=None, ge=0, description="CNY over the programme's life")
    target_groups: list[TargetGroup] = Field(default_factory=lambda: [TargetGroup.all], min_length=1, max_length=5)
    completion_min_dates: int | None = Field(
        default=None, ge=1, le=30, description="Dates a trainee must attend to complete a session; all when null")
    partial_counts: bool = Field(default=False, description="Whether a partial attendance counts as attended")


class ProgrammeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    kind: ProgrammeKind
    description: str
    funding_source: str
    budget: Money | None
    target_groups: list[TargetGroup]
    completion_min_dates: int | None
    partial_counts: bool
    created_at: datetime


