import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from chassis.counties import CountyCode
from chassis.identity_numbers import IdCardNumber, MobileNumber
from chassis.text import PlainLine
from loans.borrowers.models import Education

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Place = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50), PlainLine]


class BorrowerProfile(BaseModel):
    """What an entrepreneur fills in once; applications take it from here."""

    model_config = ConfigDict(extra="forbid")

    name: Name
    id_card: IdCardNumber
    mobile: MobileNumber
    county_code: CountyCode
    town: Place
    village: Place
    poor_household: bool = False
    education: Education


class BorrowerRead(BaseModel):
    """ID-card and mobile numbers are masked unless the caller is city staff or the borrower."""

    id: uuid.UUID
    name: str
    id_card: str
    mobile: str
    birth_date: date
    age: int
    gender: str
    county_code: str
    county_name: str
    town: str
    village: str
    poor_household: bool
    education: Education
    # Since the first submission, name, ID-card number and county change only through staff.
    identity_frozen: bool
    # Staff only (null for others): the ID-card number is also on another borrower's profile.
    identity_disputed: bool | None = None


class IdentityCorrection(BaseModel):
    """Staff correct a borrower's frozen identity; each correction is kept with its reason."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    id_card: IdCardNumber | None = None
    county_code: CountyCode | None = None
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=4, max_length=500)]


class CorrectionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    borrower_id: uuid.UUID
    # {field: {"from": ..., "to": ...}}, ID-card numbers masked.
    changes: dict[str, dict[str, str]]
    reason: str
    actor_role: str
    actor_name: str | None
    at: datetime
