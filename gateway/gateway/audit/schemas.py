import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class SecurityEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    at: datetime
    kind: str
    actor: str
    subject_user_id: uuid.UUID | None
    subject_client_id: uuid.UUID | None
    client_address: str
    detail: dict[str, Any]
