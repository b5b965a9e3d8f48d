import uuid
from datetime import UTC, datetime
from typing import Annotated, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

from chassis.counties import CountyCode, county_name
from chassis.text import PlainLine
from training.sessions.models import SessionLevel

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Town = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Venue = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]


class TrainingSessionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    programme_id: uuid.UUID
    title: Title
    level: SessionLevel
    county_code: CountyCode | None = Field(default=None, description="Required for county and town level")
    town: Town | None = Field(default=None, description="Required for town level, only there")
    venue: Venue
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    capacity: int = Field(ge=1, le=2000)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        self.starts_at, self.ends_at = self.starts_at.astimezone(UTC), self.ends_at.astimezone(UTC)
        if self.level is SessionLevel.city and (self.county_code or self.town):
            raise ValueError("a city-level session has neither county_code nor town")
        if self.level is not SessionLevel.city and self.county_code is None:
            raise ValueError(f"a {self.level.value}-level session needs a county_code")
        if (self.level is SessionLevel.town) != (self.town is not None):
            raise ValueError("a town is given for town-level sessions, and only for them")
        return self


class TrainingSessionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    programme_id: uuid.UUID
    programme_name: str
    title: str
    level: SessionLevel
    county_code: str | None
    town: str | None
    venue: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str | None:
        return county_name(self.county_code) if self.county_code else None
