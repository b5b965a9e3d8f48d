from enum import StrEnum

from sqlalchemy import Enum, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from training.db import Base


class ProgrammeKind(StrEnum):
    lead_goose = "lead_goose"  # 领头雁 training for rural youth entrepreneurs
    lecture_hall = "lecture_hall"  # 青农大讲堂, the youth farmer lecture hall
    ecommerce_class = "ecommerce_class"  # e-commerce classes for young entrepreneurs
    online = "online"  # online learning


class Programme(IdMixin, TimestampMixin, Base):
    """A training programme the committee runs; its sessions are held at city, county or town level."""

    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[ProgrammeKind] = mapped_column(Enum(ProgrammeKind, native_enum=False, length=20), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
