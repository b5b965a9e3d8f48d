import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from chassis.text import Description
from volunteers.activities.schemas import ActivityRead
from volunteers.profiles.models import Skill
from volunteers.selection.lifecycle import ApplicationAction, ApplicationStatus


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    motivation: Description = Field("", description="Why I want to take part")


class InterviewScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interview_score: int = Field(ge=0, le=100)


class ActionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Description | None = None


class ApplicationRead(BaseModel):
    id: uuid.UUID
    activity_id: uuid.UUID
    activity_name: str
    profile_id: uuid.UUID
    applicant_name: str
    status: ApplicationStatus
    motivation: str
    interview_score: int | None
    score: int
    created_at: datetime
    decided_at: datetime | None
    actions: list[ApplicationAction] = Field(description="What the caller may do with it now")


class ScorePartsRead(BaseModel):
    native: int
    skills: int
    interview: int


class ApplicantSummary(BaseModel):
    name: str
    university: str
    major: str
    year: int
    native: bool
    hometown_county_code: str | None
    skills: list[Skill]
    may_meet_children: bool


class BoardRow(ApplicationRead):
    rank: int
    profile: ApplicantSummary
    score_parts: ScorePartsRead


class Board(BaseModel):
    activity: ActivityRead
    places: int
    accepted: int
    applicants: int
    items: list[BoardRow] = Field(description="Best score first; ties: who applied first")


class NoticeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    application_id: uuid.UUID | None
    title: str
    body: str
    created_at: datetime


class MyApplication(ApplicationRead):
    recruit_until: date
    starts_on: date
    ends_on: date
