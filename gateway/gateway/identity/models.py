import uuid

from sqlalchemy import Enum, String, Uuid
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
