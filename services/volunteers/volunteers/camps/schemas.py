import uuid
from datetime import date
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from chassis.text import PlainLine
from volunteers.children.models import TenOne
from volunteers.teams.schemas import ServicePointRead

CampName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]


class CampCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    team_id: uuid.UUID
    name: CampName
    starts_on: date
    ends_on: date

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on must not be before starts_on")
        return self


class CampRead(BaseModel):
    id: uuid.UUID
    team_id: uuid.UUID
    team_name: str
    name: str
    service_point: ServicePointRead
    starts_on: date
    ends_on: date
    children: int
    completion: float = Field(description="Ten ones done over ten per child, 0 to 1")


class ChildProgress(BaseModel):
    child_id: uuid.UUID
    name: str
    done: list[TenOne]
    completion: float


class ItemProgress(BaseModel):
    item: TenOne
    done: int


class CampDetail(CampRead):
    progress: list[ChildProgress]
    by_item: list[ItemProgress]
