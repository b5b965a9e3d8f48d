import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from training.db import Base


class Certificate(IdMixin, Base):
    """A completion certificate (结业证书): one per completed enrolment, with a number anyone can verify.

    What it certifies is copied at issue (name, programme, session, date), so it reads the same for ever.
    """

    __tablename__ = "certificate"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolment.id", ondelete="RESTRICT"), unique=True)
    trainee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trainee.id", ondelete="RESTRICT"), index=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_session.id", ondelete="RESTRICT"),
                                                  index=True)
    trainee_name: Mapped[str] = mapped_column(String(50))
    programme_name: Mapped[str] = mapped_column(String(100))
    session_title: Mapped[str] = mapped_column(String(200))
    completed_on: Mapped[date]
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
