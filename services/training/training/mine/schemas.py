import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from training.enrolments.models import EnrolmentStatus
from training.sessions.models import SessionMode


class MyEnrolment(BaseModel):
    """One of a trainee's enrolments as the phone shows it."""

    id: uuid.UUID
    session_id: uuid.UUID
    session_title: str
    programme_name: str
    venue: str
    mode: SessionMode
    county_name: str | None
    starts_at: datetime
    ends_at: datetime
    status: EnrolmentStatus
    waitlist_position: int | None = Field(description="While waitlisted: 1 is next")
    cancellable: bool = Field(description="Booked or waitlisted, and before the cancellation cut-off")
    certificate_number: str | None
    feedback_given: bool
