import uuid
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from chassis.text import PlainLine, PlainText
from volunteers.references.client import ReferenceKind
from volunteers.visits.models import VisitKind, VisitStatus

Organisation = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), PlainLine]
Report = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10000), PlainText]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), PlainText]


class VisitCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    team_id: uuid.UUID
    on: date
    kind: VisitKind
    organisation: Organisation
    loan_id: uuid.UUID | None = None
    seller_id: uuid.UUID | None = None
    findings: Report
    recommendations: Report


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: Note = ""


class Reference(BaseModel):
    """A loan or a seller of another service: its name when that service answered, else the id alone."""

    kind: ReferenceKind
    id: uuid.UUID
    name: str | None
    available: bool


class VisitRead(BaseModel):
    id: uuid.UUID
    team_id: uuid.UUID
    team_name: str
    on: date
    kind: VisitKind
    organisation: str
    loan_id: uuid.UUID | None
    seller_id: uuid.UUID | None
    reference: Reference | None
    findings: str
    recommendations: str
    status: VisitStatus
    review_note: str | None
    reviewed_by: str | None
    actions: list[str]
