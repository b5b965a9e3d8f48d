import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from gateway.db import Base


class UserSession(IdMixin, Base):
    """A login: the family of refresh tokens that one password login started. Logout revokes it."""

    __tablename__ = "user_session"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    client_address: Mapped[str] = mapped_column(String(64), default="")
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(40))


class RefreshToken(IdMixin, Base):
    """One refresh token of a family: opaque to the client, kept here only as its SHA-256, spent once."""

    __tablename__ = "refresh_token"

    session_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("user_session.id", ondelete="CASCADE"),
                                                  index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    # Set when the token is exchanged for the next one; presenting it again is reuse.
    used_at: Mapped[datetime | None]
