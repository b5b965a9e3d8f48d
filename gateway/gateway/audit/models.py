import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from gateway.db import Base


class SecurityEvent(IdMixin, Base):
    """One thing that matters for security: a login, a lockout, a reused refresh token, a role change ..."""

    __tablename__ = "security_event"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    # Who acted: a user's or client's id, "anonymous" before login, "system" for jobs.
    actor: Mapped[str] = mapped_column(String(64))
    subject_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    subject_client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    client_address: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
