from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Enum, Numeric, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from training.db import Base


class ProgrammeKind(StrEnum):
    lead_goose = "lead_goose"  # 领头雁 training for rural youth entrepreneurs
    lecture_hall = "lecture_hall"  # 青农大讲堂, the youth farmer lecture hall
    ecommerce_class = "ecommerce_class"  # e-commerce classes for young entrepreneurs
    online = "online"  # online learning


class Programme(IdMixin, TimestampMixin, Base):
    """A training programme the committee runs; its sessions are held at city, county or town level.

    Completion rule: a trainee completes a session by attending `completion_min_dates` of its dates (all of them
    when None); a partial attendance (late, left early) counts only when `partial_counts`.
    """

    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[ProgrammeKind] = mapped_column(Enum(ProgrammeKind, native_enum=False, length=20), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    funding_source: Mapped[str] = mapped_column(String(100), default="", server_default="")
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["all"])
    completion_min_dates: Mapped[int | None]
    partial_counts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
