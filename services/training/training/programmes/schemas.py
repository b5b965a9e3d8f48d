import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from training.programmes.models import ProgrammeKind

ProgrammeName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100)]


class ProgrammeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ProgrammeName
    kind: ProgrammeKind
    description: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""


class ProgrammeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    kind: ProgrammeKind
    description: str
    created_at: datetime
