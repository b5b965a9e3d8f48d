import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Enum, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from gateway.db import Base


class ClientKind(StrEnum):
    bank = "bank"
    service = "service"


class ApiClient(IdMixin, TimestampMixin, Base):
    """A system that gets tokens with OAuth2 client credentials: a partner bank's, or one of our services.

    The id is the client_id. Secrets are random (256 bits), so a SHA-256 of them is enough to keep.
    """

    __tablename__ = "api_client"

    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[ClientKind] = mapped_column(Enum(ClientKind, native_enum=False, length=10))
    bank_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    service_name: Mapped[str | None] = mapped_column(String(20))
    # Space-separated scopes the client may ask for (a bank: "loans").
    scope: Mapped[str] = mapped_column(String(200))
    secret_hash: Mapped[str] = mapped_column(String(64))
    # After a rotation the previous secret still works until previous_secret_expires_at.
    previous_secret_hash: Mapped[str | None] = mapped_column(String(64))
    previous_secret_expires_at: Mapped[datetime | None]
    secret_rotated_at: Mapped[datetime | None]
    is_active: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    last_used_at: Mapped[datetime | None]
