from datetime import date
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, Enum, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from volunteers.db import Base


class ActivityKind(StrEnum):
    summer_camp = "summer_camp"  # 关爱留守儿童公益夏令营
    service_team = "service_team"  # 大学生产业振兴服务队

    @property
    def meets_children(self) -> bool:
        """Whether its students work with children (and so need the no-criminal-record declaration)."""
        return self is ActivityKind.summer_camp


class Activity(IdMixin, TimestampMixin, Base):
    """A volunteer activity at a service point (a village) that recruits university students."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint("places BETWEEN 1 AND 500", name="places_range"),
        CheckConstraint("recruit_until >= recruit_from", name="recruitment_in_order"),
        CheckConstraint("ends_on >= starts_on", name="service_in_order"),
        CheckConstraint("accepted BETWEEN 0 AND places", name="accepted_within_places"),
    )

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[ActivityKind] = mapped_column(Enum(ActivityKind, native_enum=False, length=20), index=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    # Empty where the source names the village by its county only (the report's 寨背村 and 黄芒村).
    town: Mapped[str | None] = mapped_column(String(50))
    village: Mapped[str] = mapped_column(String(50))
    recruit_from: Mapped[date]
    recruit_until: Mapped[date]
    places: Mapped[int]
    # Places taken: moved only by a conditional UPDATE, so accepting never goes past `places`.
    accepted: Mapped[int] = mapped_column(default=0)
    # The service period (the camp or the team's weeks in the villages).
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    skills_wanted: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
