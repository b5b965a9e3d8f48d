import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.text import PlainLine
from training.enrolments.models import EnrolmentStatus, EventKind

Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), PlainLine]


class EnrolmentCreate(BaseModel):
    """Staff name the trainee; a trainee enrolling themself sends `{}`."""

    model_config = ConfigDict(extra="forbid")

    trainee_id: uuid.UUID | None = None


class Cancellation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason | None = None


class RosterAdd(BaseModel):
    """Staff enrol many trainees at once (a sign-up sheet): seats in the order given, then the waitlist."""

    model_config = ConfigDict(extra="forbid")

    trainee_ids: list[uuid.UUID] = Field(min_length=1, max_length=2000)


class RosterAdded(BaseModel):
    booked: int
    waitlisted: int
    already: int = Field(description="Already enrolled: left as they were")
    refused: int = Field(description="Not in the session's target groups")


class EnrolmentRead(BaseModel):
    id: uuid.UUID
    session_id: uuid.UUID
    trainee_id: uuid.UUID
    trainee_name: str
    trainee_mobile: str = Field(description="Masked")
    poor_household: bool
    status: EnrolmentStatus
    waitlist_position: int | None = Field(description="While waitlisted: 1 is next. Null otherwise")
    priority: int = Field(description="0 goes first on the waitlist (poor households, or the session's groups)")
    requested_at: datetime
    booked_at: datetime | None
    cancelled_at: datetime | None


class EventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    kind: EventKind
    actor_role: str
    note: str | None
    at: datetime
