from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from training.db import Base


class Lecturer(IdMixin, TimestampMixin, Base):
    """The lecturer register: who teaches (experts of the city's agricultural society, entrepreneurs, officials)."""

    __tablename__ = "lecturer"

    name: Mapped[str] = mapped_column(String(50))
    organisation: Mapped[str] = mapped_column(String(100))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
