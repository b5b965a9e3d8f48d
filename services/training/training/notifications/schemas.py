import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict


class NotificationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: str
    text: str
    session_id: uuid.UUID | None
    created_at: datetime
    read_at: datetime | None
