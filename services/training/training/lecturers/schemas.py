import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.text import PlainLine

PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=50), PlainLine]
Organisation = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100), PlainLine]
Topic = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50), PlainLine]


class LecturerCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: PersonName
    organisation: Organisation
    topics: list[Topic] = Field(default_factory=list, max_length=10)


class LecturerRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    organisation: str
    topics: list[str]
    created_at: datetime
