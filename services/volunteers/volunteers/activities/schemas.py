import uuid
from datetime import date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

from chassis.counties import CountyCode, county_name
from chassis.text import Description, PlainLine
from volunteers.activities.models import ActivityKind
from volunteers.profiles.models import Skill

ActivityName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
PlaceName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]


class ActivityCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ActivityName
    kind: ActivityKind
    county_code: CountyCode
    town: PlaceName | None = None
    village: PlaceName = Field(description="The service point")
    recruit_from: date
    recruit_until: date
    places: int = Field(ge=1, le=500, description="Students wanted")
    starts_on: date = Field(description="The service period's first day")
    ends_on: date = Field(description="The service period's last day")
    skills_wanted: list[Skill] = Field(default_factory=list, max_length=8,
                                       description="Skills that score on the recruitment board")
    description: Description = ""

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.recruit_until < self.recruit_from:
            raise ValueError("recruit_until must not be before recruit_from")
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on must not be before starts_on")
        return self


class ActivityRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    kind: ActivityKind
    county_code: str
    town: str | None
    village: str
    recruit_from: date
    recruit_until: date
    places: int
    accepted: int = Field(description="Places taken")
    starts_on: date
    ends_on: date
    skills_wanted: list[Skill]
    description: str
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def meets_children(self) -> bool:
        return self.kind.meets_children

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)
