from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from training.db import Base


class Trainee(IdMixin, TimestampMixin, Base):
    """A young person who takes training: registered by staff (or imported), or by themself on the phone.

    Mobile and ID-card numbers are encrypted at rest (`chassis.crypto`), kept unique by a keyed hash and shown
    masked to all but city staff and the trainee. `user_id` is their gateway account, when they have one.
    """

    __tablename__ = "trainee"

    user_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    mobile_encrypted: Mapped[str] = mapped_column(String(255))
    mobile_hash: Mapped[str] = mapped_column(String(64), unique=True)
    mobile_masked: Mapped[str] = mapped_column(String(11))
    id_card_encrypted: Mapped[str | None] = mapped_column(String(255))
    id_card_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    id_card_masked: Mapped[str | None] = mapped_column(String(18))
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    town: Mapped[str | None] = mapped_column(String(50))
    poor_household: Mapped[bool]
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)


class ImportStatus(StrEnum):
    running = "running"
    done = "done"
    failed = "failed"


class TraineeImport(IdMixin, TimestampMixin, Base):
    """One Excel import of trainees: its progress while it runs, and what came of it."""

    __tablename__ = "trainee_import"

    filename: Mapped[str] = mapped_column(String(200))
    status: Mapped[ImportStatus] = mapped_column(Enum(ImportStatus, native_enum=False, length=10))
    total: Mapped[int]
    done: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(String(500))
    actor_subject: Mapped[str] = mapped_column(String(64))
    county_code: Mapped[str | None] = mapped_column(String(6))
    finished_at: Mapped[datetime | None]
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
