import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from volunteers.db import Base


class HoursCertificate(IdMixin, Base):
    """A certificate of service hours (志愿服务时长证明) with a number anyone can verify.

    What it certifies (the name, the approved minutes) is copied at issue, so it reads the same for ever; a new
    one is issued when the approved minutes have changed since the last.
    """

    __tablename__ = "hours_certificate"
    __table_args__ = (CheckConstraint("minutes > 0", name="minutes_positive"),)

    number: Mapped[str] = mapped_column(String(20), unique=True)
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    holder_name: Mapped[str] = mapped_column(String(50))
    minutes: Mapped[int]
    issued_on: Mapped[date]
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
