from pydantic import BaseModel

from chassis.money import Money
from chassis.stats import ServiceStats
from training.programmes.models import ProgrammeKind
from training.sessions.models import SessionLevel


class ProgrammeFigures(BaseModel):
    programme_id: str
    name: str
    kind: ProgrammeKind
    sessions: int
    person_times: int
    trainees: int
    budget: Money | None
    cost: Money
    cost_per_person_time: Money | None


class LevelFigures(BaseModel):
    level: SessionLevel
    sessions: int
    person_times: int


class YearFigures(BaseModel):
    year: int
    sessions: int
    person_times: int
    trainees: int
    poor_households: int


class CountyFigures(BaseModel):
    county_code: str
    county_name: str
    sessions: int
    person_times: int
    trainees: int


class TrainingStats(ServiceStats):
    """Sessions held (closed by staff), person-times (a trainee attending a session: at least one date, in full or
    in part) against unique trainees, by programme, level, year and county."""

    by_programme: list[ProgrammeFigures]
    by_level: list[LevelFigures]
    by_year: list[YearFigures]
    by_county_detail: list[CountyFigures]
