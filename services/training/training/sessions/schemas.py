import uuid
from datetime import UTC, datetime
from decimal import Decimal
from itertools import pairwise
from typing import Annotated, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

from chassis.counties import CountyCode, county_name
from chassis.money import Money
from chassis.text import PlainLine
from training.groups import TargetGroup
from training.sessions.models import SessionLevel, SessionMode

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Town = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Venue = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]


class SessionDateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    starts_at: AwareDatetime
    ends_at: AwareDatetime

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.ends_at <= self.starts_at:
            raise ValueError("a date's ends_at must be after its starts_at")
        self.starts_at, self.ends_at = self.starts_at.astimezone(UTC), self.ends_at.astimezone(UTC)
        return self


class TrainingSessionCreate(BaseModel):
    """A session. Everything after `capacity` is optional: one date from starts_at to ends_at, at a venue, for
    all, enrolment open from now until the start, cancellable until 24 hours before it, no cost recorded."""

    model_config = ConfigDict(extra="forbid")

    programme_id: uuid.UUID
    title: Title
    level: SessionLevel
    county_code: CountyCode | None = Field(default=None, description="Required for county and town level")
    town: Town | None = Field(default=None, description="Required for town level, only there")
    venue: Venue
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    capacity: int = Field(ge=1, le=2000)
    dates: list[SessionDateIn] | None = Field(
        default=None, min_length=1, max_length=30,
        description="The session's days, within starts_at..ends_at, not overlapping; one date spanning it if none")
    mode: SessionMode = SessionMode.offline
    enrolment_opens_at: AwareDatetime | None = Field(default=None, description="Default: when it is created")
    enrolment_closes_at: AwareDatetime | None = Field(default=None, description="Default: starts_at")
    cancellation_cutoff_at: AwareDatetime | None = Field(default=None, description="Default: 24 h before starts_at")
    target_groups: list[TargetGroup] = Field(default_factory=lambda: [TargetGroup.all], min_length=1, max_length=5)
    lecturer_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    cost: Money = Field(default=Decimal(0), ge=0, description="What holding it cost, CNY")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        self.starts_at, self.ends_at = self.starts_at.astimezone(UTC), self.ends_at.astimezone(UTC)
        if self.level is SessionLevel.city and (self.county_code or self.town):
            raise ValueError("a city-level session has neither county_code nor town")
        if self.level is not SessionLevel.city and self.county_code is None:
            raise ValueError(f"a {self.level.value}-level session needs a county_code")
        if (self.level is SessionLevel.town) != (self.town is not None):
            raise ValueError("a town is given for town-level sessions, and only for them")
        for name in ("enrolment_opens_at", "enrolment_closes_at", "cancellation_cutoff_at"):
            if (value := getattr(self, name)) is not None:
                setattr(self, name, value.astimezone(UTC))
        if self.enrolment_opens_at and self.enrolment_closes_at and self.enrolment_closes_at <= self.enrolment_opens_at:
            raise ValueError("enrolment_closes_at must be after enrolment_opens_at")
        if self.dates:
            days = sorted(self.dates, key=lambda d: d.starts_at)
            if days[0].starts_at < self.starts_at or days[-1].ends_at > self.ends_at:
                raise ValueError("every date lies within starts_at..ends_at")
            if any(b.starts_at < a.ends_at for a, b in pairwise(days)):
                raise ValueError("the dates overlap")
            self.dates = days
        if len(set(self.target_groups)) != len(self.target_groups):
            raise ValueError("target_groups are listed once each")
        if TargetGroup.all in self.target_groups and len(self.target_groups) > 1:
            raise ValueError("a session for all names no other group")
        return self


class SessionDateRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime


class LecturerBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    organisation: str


class TrainingSessionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    programme_id: uuid.UUID
    programme_name: str
    title: str
    level: SessionLevel
    county_code: str | None
    town: str | None
    venue: str
    mode: SessionMode
    starts_at: datetime
    ends_at: datetime
    dates: list[SessionDateRead]
    capacity: int
    booked_count: int
    waitlist_count: int
    enrolment_opens_at: datetime
    enrolment_closes_at: datetime
    cancellation_cutoff_at: datetime
    target_groups: list[TargetGroup]
    lecturers: list[LecturerBrief]
    cost: Money
    completed_at: datetime | None
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str | None:
        return county_name(self.county_code) if self.county_code else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def seats_left(self) -> int:
        return max(self.capacity - self.booked_count, 0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def enrolment_open(self) -> bool:
        """Whether a trainee may enrol now: inside the window, and the session not closed."""
        now = datetime.now(UTC)
        return self.completed_at is None and self.enrolment_opens_at <= now < self.enrolment_closes_at


class CapacityChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    capacity: int = Field(ge=1, le=2000, description="Not below the seats booked; more seats book the waitlist")
