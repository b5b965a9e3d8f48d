import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.counties import CountyCode
from chassis.identity_numbers import MobileNumber
from chassis.text import PlainLine
from volunteers.profiles.models import Skill

PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100), PlainLine]


class ProfileWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: PersonName
    phone: MobileNumber
    university: Line
    major: Line
    year: int = Field(ge=1, le=8, description="Year of study (1 to 8)")
    hometown_county_code: CountyCode | None = Field(None, description="A Qingyuan county: natives are preferred")
    hometown: Annotated[str, StringConstraints(strip_whitespace=True, max_length=50), PlainLine] | None = None
    skills: list[Skill] = Field(default_factory=list, max_length=8)
    emergency_contact_name: PersonName
    emergency_contact_phone: MobileNumber
    insurance_policy: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100),
                                PlainLine] | None = None
    insurance_until: date | None = None
    safeguarding_trained_on: date | None = None
    declaration_no_record: bool = Field(
        False, description="I declare I have no record of crimes against minors (Minors Protection Law); ticking it "
                           "records today's date, unticking it withdraws the declaration")


class ProfileCreate(ProfileWrite):
    user_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
                       PlainLine] | None = Field(None, description="The student's account; empty: none yet")


class ProfileRead(BaseModel):
    id: uuid.UUID
    user_id: str
    name: str
    phone: str
    university: str
    major: str
    year: int
    hometown_county_code: str | None
    hometown: str | None
    native: bool = Field(description="A Qingyuan native (preferred in selection)")
    skills: list[Skill]
    emergency_contact_name: str
    emergency_contact_phone: str
    insurance_policy: str | None
    insurance_until: date | None
    safeguarding_trained_on: date | None
    declared_no_record_on: date | None
    may_meet_children: bool = Field(description="The no-criminal-record declaration is on file")
    created_at: datetime
