import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from chassis.text import Description, Name
from training.programmes.models import ProgrammeKind

ProgrammeName = Name


class ProgrammeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ProgrammeName
    kind: ProgrammeKind
    description: Description = ""


class ProgrammeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    kind: ProgrammeKind
    description: str
    created_at: datetime
