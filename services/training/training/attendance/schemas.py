import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from training.attendance.models import AttendanceMethod, AttendanceStatus
from training.enrolments.models import EnrolmentStatus

MAX_MARKS = 2000


class CheckInCode(BaseModel):
    """What the session's screen shows: the code, the link a phone opens, that link as a QR code (SVG)."""

    session_id: uuid.UUID
    session_date_id: uuid.UUID
    code: str
    url: str
    svg: str
    expires_at: datetime
    period_seconds: int


class CheckInIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=32)]


class CheckInRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    enrolment_id: uuid.UUID
    session_date_id: uuid.UUID
    status: AttendanceStatus
    method: AttendanceMethod
    at: datetime


class Mark(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enrolment_id: uuid.UUID
    session_date_id: uuid.UUID
    status: AttendanceStatus


class MarksIn(BaseModel):
    """Staff's marks for a session: the last mark of an enrolment on a date stands."""

    model_config = ConfigDict(extra="forbid")

    marks: list[Mark] = Field(min_length=1, max_length=MAX_MARKS)


class Marked(BaseModel):
    marked: int


class SheetDate(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime


class SheetRow(BaseModel):
    enrolment_id: uuid.UUID
    trainee_id: uuid.UUID
    trainee_name: str
    status: EnrolmentStatus = Field(description="booked, or completed/incomplete once the session is closed")
    marks: dict[uuid.UUID, AttendanceStatus] = Field(description="By session date id; a date unmarked is absent")


class AttendanceSheet(BaseModel):
    """The register: the session's dates across, its booked (or closed) trainees down, by name."""

    dates: list[SheetDate]
    rows: list[SheetRow]
