import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

from chassis.counties import CountyCode, county_name
from chassis.identity_numbers import IdCardNumber, MobileNumber
from chassis.text import PlainLine
from training.trainees.models import ImportStatus

PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Town = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]


class TraineeGroup(StrEnum):
    """What a trainee is, besides a registered poor household (which is `poor_household`)."""

    homestay_owner = "homestay_owner"
    ecommerce_youth = "ecommerce_youth"
    entrepreneur = "entrepreneur"


class TraineeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: PersonName
    mobile: MobileNumber
    county_code: CountyCode
    town: Town | None = None
    poor_household: bool = False
    groups: list[TraineeGroup] = Field(default_factory=list, max_length=3)
    id_card: IdCardNumber | None = Field(default=None,
                                         description="On PUT /trainees/me, omitted keeps the one on record")

    @model_validator(mode="after")
    def _groups_once(self) -> Self:
        self.groups = sorted(set(self.groups))
        return self


class TraineeRead(BaseModel):
    """Mobile and ID-card numbers are masked unless the caller is city staff or the trainee."""

    id: uuid.UUID
    name: str
    mobile: str
    id_card: str | None
    county_code: str
    town: str | None
    poor_household: bool
    groups: list[TraineeGroup]
    has_account: bool
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)


class RowProblem(BaseModel):
    field: str
    message: str


class ImportRow(BaseModel):
    """One row of an imported sheet as read, with what is wrong with it (nothing, when it can be imported)."""

    row: int = Field(description="The row's number in the sheet (the header is row 1)")
    name: str | None
    mobile: str | None = Field(description="Masked")
    county_code: str | None
    county_name: str | None
    town: str | None
    poor_household: bool | None
    groups: list[str]
    problems: list[RowProblem]


class ImportPreview(BaseModel):
    total: int
    valid: int
    invalid: int
    rows: list[ImportRow]


class TraineeImportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    filename: str
    status: ImportStatus
    total: int
    done: int
    error: str | None
    created_at: datetime
    finished_at: datetime | None
