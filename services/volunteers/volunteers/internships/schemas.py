import uuid
from datetime import date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

from chassis.counties import CountyCode, county_name
from chassis.text import PlainLine, PlainText
from volunteers.internships.models import HostKind

HostName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Contact = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Comment = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), PlainText]


class HostCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: HostName
    county_code: CountyCode
    kind: HostKind
    contact: Contact = Field(description="Who to call there, and how")


class HostRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    county_code: str
    kind: HostKind
    contact: str
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)


class PositionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host_id: uuid.UUID
    title: Title
    places: int = Field(ge=1, le=1000)
    starts_on: date
    ends_on: date

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on must not be before starts_on")
        return self


class PositionRead(BaseModel):
    id: uuid.UUID
    host_id: uuid.UUID
    host_name: str
    county_code: str
    title: str
    places: int
    filled: int
    starts_on: date
    ends_on: date
    year: int


class PlacementCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    position_id: uuid.UUID
    profile_id: uuid.UUID
    poor_family: bool = Field(description="From a registered poor household (建档立卡贫困户)")


class EvaluationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rating: int = Field(ge=1, le=5)
    comment: Comment = ""


class PlacementRead(BaseModel):
    id: uuid.UUID
    position_id: uuid.UUID
    position_title: str
    host_id: uuid.UUID
    host_name: str
    profile_id: uuid.UUID
    student_name: str
    university: str
    poor_family: bool
    starts_on: date
    ends_on: date
    rating: int | None
    comment: str | None
    evaluated_by: str | None
    evaluated_at: datetime | None
    created_at: datetime
