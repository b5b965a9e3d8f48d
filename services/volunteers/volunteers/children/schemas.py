import uuid
from datetime import date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from chassis.identity_numbers import MobileNumber
from chassis.text import Description, PlainLine
from chassis.timezone import business_today
from volunteers.children.access import age_on
from volunteers.children.models import AccessVia, Gender, TenOne

MIN_AGE, MAX_AGE = 3, 17
ShortLine = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20), PlainLine]
PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]


class ChildWrite(BaseModel):
    """The minimum a camp needs to serve a child (PIPL Art. 6: no more than the purpose needs)."""

    model_config = ConfigDict(extra="forbid")

    camp_id: uuid.UUID
    name: PersonName
    birth_year: int = Field(ge=2000, le=2100)
    birth_month: int = Field(ge=1, le=12)
    gender: Gender
    grade: ShortLine | None = Field(None, description="School grade, e.g. 三年级")
    village: PersonName
    guardian_name: PersonName
    guardian_relationship: ShortLine = Field(description="e.g. 祖母, 父亲")
    guardian_phone: MobileNumber
    consent_records: bool = Field(description="The guardian consents to this record (required)")
    consent_photos: bool = Field(False, description="The guardian consents to photos of the child")
    consent_on: date = Field(description="When the guardian consented")

    @model_validator(mode="after")
    def _consented_child(self) -> Self:
        if not self.consent_records:
            raise ValueError("a guardian's consent to keep the child's record is required (PIPL Art. 31)")
        today = business_today()
        if self.consent_on > today:
            raise ValueError("consent_on must not be in the future")
        age = age_on(self.birth_year, self.birth_month, self.consent_on)
        if not MIN_AGE <= age <= MAX_AGE:
            raise ValueError(f"the child must be {MIN_AGE} to {MAX_AGE} years old (is {age})")
        return self


class TenOneCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item: TenOne
    on: date
    note: Description = ""


class TenOneRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    item: TenOne
    on: date
    volunteer_name: str
    note: str
    created_at: datetime


class ChildSummary(BaseModel):
    """A child in a list: no guardian, no phone."""

    id: uuid.UUID
    camp_id: uuid.UUID
    camp_name: str
    name: str
    age: int = Field(description="Years of age when the camp started")
    gender: Gender
    grade: str | None
    village: str
    done: list[TenOne]
    completion: float
    anonymized: bool


class ChildRead(ChildSummary):
    birth_year: int
    birth_month: int | None
    guardian_name: str | None
    guardian_relationship: str | None
    guardian_phone: str | None
    consent_records: bool
    consent_photos: bool
    consent_on: date
    consent_recorded_by: str
    ten_ones: list[TenOneRead]
    photos: list[uuid.UUID]


class AccessRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    at: datetime
    actor_subject: str
    actor_name: str | None
    actor_role: str
    via: AccessVia
    fields: list[str]


class PhotoRead(BaseModel):
    id: uuid.UUID
    caption: str
    uploaded_by: str
    created_at: datetime


class RetentionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    on: date = Field(ge=date(2019, 1, 1), le=date(2100, 12, 31),
                     description="Anonymize the records of camps that ended more than the kept days before this")


class RetentionRunRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    on: date
    keep_days: int
    anonymized: int
    actor_name: str | None
    run_at: datetime
