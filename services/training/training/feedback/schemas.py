import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.text import PlainText

Score = Annotated[int, Field(ge=1, le=5)]
Comment = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500), PlainText]
Average = Annotated[float | None, Field(description="Rounded to two places; null when nobody answered")]


class FeedbackIn(BaseModel):
    """The short survey: 1 (poor) to 5 (excellent) on each, and a comment if they like."""

    model_config = ConfigDict(extra="forbid")

    content: Score
    lecturer: Score
    usefulness: Score
    comment: Comment = ""


class FeedbackRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    enrolment_id: uuid.UUID
    session_id: uuid.UUID
    content: int
    lecturer: int
    usefulness: int
    comment: str
    at: datetime


class FeedbackComment(BaseModel):
    comment: str
    at: datetime


class SessionFeedback(BaseModel):
    """A session's survey in sum: the averages, and the latest hundred comments."""

    session_id: uuid.UUID
    count: int
    content: Average
    lecturer: Average
    usefulness: Average
    comments: list[FeedbackComment]


class LecturerFeedback(BaseModel):
    """How trainees rated the sessions a lecturer taught (every lecturer of a session shares its ratings)."""

    lecturer_id: uuid.UUID
    name: str
    organisation: str
    sessions: int
    responses: int
    lecturer: Average
    content: Average
    usefulness: Average
