import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from volunteers.db import Base


class Camp(IdMixin, TimestampMixin, Base):
    """A summer camp for left-behind children, held by a team at its service point."""

    __tablename__ = "camp"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_in_order"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    starts_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date] = mapped_column(index=True)
