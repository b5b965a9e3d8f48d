import uuid
from datetime import date
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

from chassis.counties import CountyCode, county_name
from chassis.text import Description, PlainLine
from volunteers.activities.models import ActivityKind
from volunteers.teams.models import PlanStatus

PlaceName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
TeamName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100), PlainLine]


class ServicePointCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: CountyCode
    town: PlaceName | None = None
    village: PlaceName
    latitude: float | None = Field(None, ge=23.0, le=25.6, description="Qingyuan lies between 23° and 25.6° N")
    longitude: float | None = Field(None, ge=111.8, le=114.0)


class ServicePointRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    county_code: str
    town: str | None
    village: str
    latitude: float | None
    longitude: float | None
    teams: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)


class TeamCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    activity_id: uuid.UUID
    service_point_id: uuid.UUID
    name: TeamName
    advising_teacher: PlaceName
    starts_on: date
    ends_on: date

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on must not be before starts_on")
        return self


class MemberAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    application_id: uuid.UUID = Field(description="An accepted application to the team's activity")
    leader: bool = False


class PlanWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan: Annotated[str, StringConstraints(strip_whitespace=True, min_length=10, max_length=5000)]


class PlanDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: Description = ""


class TeamRead(BaseModel):
    id: uuid.UUID
    activity_id: uuid.UUID
    activity_name: str
    kind: ActivityKind
    service_point: ServicePointRead
    name: str
    advising_teacher: str
    leader_name: str | None
    starts_on: date
    ends_on: date
    plan_status: PlanStatus
    members_count: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def year(self) -> int:
        return self.starts_on.year


class MemberRead(BaseModel):
    id: uuid.UUID
    profile_id: uuid.UUID
    name: str
    university: str
    leader: bool


class TeamCamp(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date


class TeamDetail(TeamRead):
    members: list[MemberRead]
    plan: str | None
    plan_note: str | None
    plan_decided_by: str | None
    camps: list[TeamCamp]
    i_lead: bool = Field(description="The caller leads this team")
