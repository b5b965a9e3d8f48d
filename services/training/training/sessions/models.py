import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from chassis.db import IdMixin, TimestampMixin
from training.db import Base
from training.programmes.models import Programme


class SessionLevel(StrEnum):
    """The committee's three levels (市/县/镇): who holds the session, and where."""

    city = "city"
    county = "county"
    town = "town"


class TrainingSession(IdMixin, TimestampMixin, Base):
    """One session (场次) of a programme: a city-level session has no county; a town-level one names its town."""

    __tablename__ = "training_session"
    __table_args__ = (
        CheckConstraint("capacity BETWEEN 1 AND 2000", name="capacity_range"),
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint(
            "(level = 'city' AND county_code IS NULL AND town IS NULL)"
            " OR (level = 'county' AND county_code IS NOT NULL AND town IS NULL)"
            " OR (level = 'town' AND county_code IS NOT NULL AND town IS NOT NULL)",
            name="place_by_level"),
    )

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[SessionLevel] = mapped_column(Enum(SessionLevel, native_enum=False, length=10))
    county_code: Mapped[str | None] = mapped_column(String(6), index=True)
    town: Mapped[str | None] = mapped_column(String(50))
    venue: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    capacity: Mapped[int]

    programme: Mapped[Programme] = relationship(lazy="raise")

    @property
    def programme_name(self) -> str:
        return self.programme.name
