"""Children's records: the minimum fields, a guardian's consent, the ten ones, every access logged (PIPL)."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, Enum, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
from volunteers.db import Base


class TenOne(StrEnum):
    """十个一: the ten things every child of a camp gets, in the report's order."""

    health_check = "health_check"  # 一次健康体检
    art_class = "art_class"  # 一次艺术培训
    tutoring = "tutoring"  # 一次辅导学习
    games = "games"  # 一次游戏拓展
    home_visit = "home_visit"  # 一次家访探视
    cultural_activity = "cultural_activity"  # 一次文化宣传
    volunteer_service = "volunteer_service"  # 一次志愿服务
    red_education = "red_education"  # 一次红色教育
    personal_showcase = "personal_showcase"  # 一次个性展示
    safety_education = "safety_education"  # 一次防溺水等安全教育


class Gender(StrEnum):
    female = "female"
    male = "male"


class Child(IdMixin, TimestampMixin, Base):
    """A left-behind child at a camp. Anonymization (retention) clears the name, birth month, grade and the
    guardian; birth year, gender, village and the ten ones stay for the statistics."""

    __tablename__ = "child"
    __table_args__ = (
        CheckConstraint("birth_month IS NULL OR birth_month BETWEEN 1 AND 12", name="birth_month_range"),
        CheckConstraint("consent_records", name="consent_required"),
    )

    camp_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("camp.id"), index=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)  # the camp's, for scoping
    name: Mapped[str] = mapped_column(String(50))
    birth_year: Mapped[int]
    birth_month: Mapped[int | None]
    gender: Mapped[Gender] = mapped_column(Enum(Gender, native_enum=False, length=10))
    grade: Mapped[str | None] = mapped_column(String(20))
    village: Mapped[str] = mapped_column(String(50))
    guardian_name: Mapped[str | None] = mapped_column(String(50))
    guardian_relationship: Mapped[str | None] = mapped_column(String(20))
    guardian_phone_encrypted: Mapped[str | None] = mapped_column(Text)
    consent_records: Mapped[bool]
    consent_photos: Mapped[bool]
    consent_on: Mapped[date]
    consent_recorded_by: Mapped[str] = mapped_column(String(100))
    consent_recorded_by_subject: Mapped[str] = mapped_column(String(64))
    anonymized_at: Mapped[datetime | None]


class TenOneRecord(IdMixin, Base):
    """One of a child's ten ones, done: when, by which volunteer, and a note. One of each per child."""

    __tablename__ = "ten_one_record"
    __table_args__ = (UniqueConstraint("child_id", "item"),)

    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("child.id"), index=True)
    item: Mapped[TenOne] = mapped_column(Enum(TenOne, native_enum=False, length=30))
    on: Mapped[date]
    volunteer_subject: Mapped[str] = mapped_column(String(64))
    volunteer_name: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChildPhoto(IdMixin, Base):
    """A photo of a child at the camp, kept only with the guardian's photo consent."""

    __tablename__ = "child_photo"

    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("child.id"), index=True)
    media_type: Mapped[str] = mapped_column(String(20))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    caption: Mapped[str] = mapped_column(String(200), default="")
    uploaded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AccessVia(StrEnum):
    list = "list"
    detail = "detail"
    export = "export"
    photo = "photo"


class ChildAccess(IdMixin, Base):
    """Who read a child's record, when, how and which fields: written by every read, never changed."""

    __tablename__ = "child_access"

    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("child.id"), index=True)
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    via: Mapped[AccessVia] = mapped_column(Enum(AccessVia, native_enum=False, length=10))
    fields: Mapped[list[str]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class RetentionRun(IdMixin, Base):
    """One run of the anonymization job: the date it ran for, how long records were kept, how many it cleared."""

    __tablename__ = "retention_run"

    on: Mapped[date]
    keep_days: Mapped[int]
    anonymized: Mapped[int]
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    run_at: Mapped[datetime] = mapped_column(default=utcnow)
