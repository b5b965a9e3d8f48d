import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.money import Money
from chassis.text import PlainLine, PlainText
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.borrowers.schemas import BorrowerRead
from loans.policies.uses import LoanUse

Text100 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100), PlainLine]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=1000), PlainText]
ProjectDescription = Annotated[str, StringConstraints(strip_whitespace=True, min_length=10, max_length=4000), PlainText]
Location = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Village = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100), PlainLine]
Amount = Annotated[Money, Field(gt=0, le=5_000_000)]
Count = Annotated[int, Field(ge=0, le=100_000)]


class ProjectFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    project_name: Text100
    project_use: LoanUse
    project_description: ProjectDescription
    project_location: Location
    amount_requested: Amount
    jobs_created: Count = 0
    poor_households_driven: Count = 0
    households_village: Village | None = None
    epidemic_affected: bool = False
    demonstration: bool = False


class ApplicationCreate(ProjectFields):
    """A new draft: the project; the borrower is the caller's profile."""


class ApplicationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    project_name: Text100 | None = None
    project_use: LoanUse | None = None
    project_description: ProjectDescription | None = None
    project_location: Location | None = None
    amount_requested: Amount | None = None
    jobs_created: Count | None = None
    poor_households_driven: Count | None = None
    households_village: Village | None = None
    epidemic_affected: bool | None = None
    demonstration: bool | None = None


class ActionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason | None = None


class Referral(ActionBody):
    bank_id: uuid.UUID


class ApplicationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: ApplicationStatus
    borrower_name: str
    county_code: str
    county_name: str
    project_name: str
    project_use: LoanUse
    project_description: str
    project_location: str
    amount_requested: Money
    jobs_created: int
    poor_households_driven: int
    households_village: str | None
    epidemic_affected: bool
    demonstration: bool
    bank_id: uuid.UUID | None
    bank_name: str | None
    submitted_at: datetime | None
    created_at: datetime
    updated_at: datetime


class TransitionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: Action
    from_status: ApplicationStatus
    to_status: ApplicationStatus
    actor_role: str
    # Staff and the actor see who acted (a user's or an API client's id); a borrower sees a bank's name only.
    actor_subject: str | None
    actor_name: str | None
    reason: str | None
    at: datetime


class ApplicationDetail(ApplicationRead):
    borrower: BorrowerRead
    transitions: list[TransitionRead]
    # What the caller may do now: the SPA shows exactly these buttons.
    allowed_actions: list[Action]
    loan_id: uuid.UUID | None
