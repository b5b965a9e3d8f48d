import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from training.db import Base


class Notification(IdMixin, Base):
    """A message to a trainee (a waitlisted enrolment booked, say): kept here, shown on the phone, and sent by
    SMS through the pluggable sender after the transaction commits (`sent_at`)."""

    __tablename__ = "notification"

    trainee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(String(500))
    session_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    read_at: Mapped[datetime | None]
