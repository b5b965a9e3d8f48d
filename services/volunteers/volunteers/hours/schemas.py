import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.text import PlainText
from volunteers.hours.models import HoursKind, HoursStatus

Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=32)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=1000), PlainText]


class TeamCode(BaseModel):
    """What the leader's phone shows: the code, when it turns, and the link a member's phone opens (QR)."""

    code: str
    valid_until: datetime
    check_in_url: str
    svg: str = Field(description="The link as a QR code (SVG) for the members' phones to scan")


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    team_id: uuid.UUID
    code: Code


class AdjustmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile_id: uuid.UUID
    team_id: uuid.UUID
    minutes: int = Field(ge=-6000, le=6000, description="Minutes to add (or, negative, to take away); not 0")
    reason: Reason


class ReasonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class HoursEntryRead(BaseModel):
    id: uuid.UUID
    profile_id: uuid.UUID
    volunteer_name: str
    team_id: uuid.UUID
    team_name: str
    kind: HoursKind
    status: HoursStatus
    check_in_at: datetime | None
    check_out_at: datetime | None
    minutes: int
    reason: str | None = Field(description="Why staff adjusted or reversed")
    reverses_id: uuid.UUID | None
    requested_by_name: str | None
    approved_by_name: str | None
    decision_reason: str | None = Field(description="Why it was rejected")
    decided_at: datetime | None
    created_at: datetime


class MyHours(BaseModel):
    approved_minutes: int
    pending_minutes: int
    entries: list[HoursEntryRead]
