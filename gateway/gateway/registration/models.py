from datetime import datetime

from sqlalchemy import Enum, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.auth.principal import Role
from chassis.db import IdMixin, utcnow
from gateway.db import Base


class Registration(IdMixin, Base):
    """A self-registration waiting for its six-digit code; the code is kept only as a keyed hash."""

    __tablename__ = "registration"

    mobile_hash: Mapped[str] = mapped_column(String(64), index=True)
    mobile_encrypted: Mapped[str] = mapped_column(Text)
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20))
    display_name: Mapped[str] = mapped_column(String(100))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    confirmed_at: Mapped[datetime | None]
    client_address: Mapped[str] = mapped_column(String(64), default="")
