import uuid

from pydantic import BaseModel, Field

from chassis.stats import ServiceStats
from volunteers.activities.models import ActivityKind


class YearFigures(BaseModel):
    year: int
    kind: ActivityKind
    activities: int
    applicants: int = Field(description="Students who applied (each once)")
    accepted: int
    teams: int
    students: int = Field(description="Students on the teams")
    service_points: int
    camps: int
    children: int
    ten_ones_completion: float = Field(description="Ten ones done over ten per child, 0 to 1")


class ActivityFigures(BaseModel):
    activity_id: uuid.UUID
    name: str
    kind: ActivityKind
    year: int
    places: int
    applicants: int
    accepted: int


class VolunteerStats(ServiceStats):
    """The dashboard's figures (ServiceStats, which the gateway reads), and the breakdowns behind them."""

    by_year: list[YearFigures]
    by_activity: list[ActivityFigures]
