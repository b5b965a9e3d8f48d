import uuid
from datetime import datetime

from sqlalchemy import Enum, String, Text, Uuid, false
from sqlalchemy.orm import Mapped, mapped_column

from chassis.auth.principal import Role
from chassis.db import IdMixin, TimestampMixin
from gateway.db import Base


class User(IdMixin, TimestampMixin, Base):
    """A person who logs in: committee staff, a bank officer, an entrepreneur, a buyer, a volunteer."""

    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20))
    # County staff act for one county; bank officers for one bank.
    county_code: Mapped[str | None] = mapped_column(String(6))
    bank_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    is_active: Mapped[bool] = mapped_column(default=True)
    # Self-registered users log in with their mobile number: encrypted, found by a keyed hash, shown masked.
    mobile_encrypted: Mapped[str | None] = mapped_column(Text)
    mobile_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    mobile_masked: Mapped[str | None] = mapped_column(String(11))
    # Set by a staff reset (and for accounts staff create): the next login must choose a new password.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    password_changed_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
