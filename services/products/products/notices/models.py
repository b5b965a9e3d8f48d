import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, Enum, ForeignKey, Numeric, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, UTCDateTime, utcnow
from products.db import Base
from products.notices.lifecycle import NoticeAction, NoticeStatus

# The lots a notice covers.
notice_lot = Table(
    "notice_lot", Base.metadata,
    Column("notice_id", ForeignKey("notice.id", ondelete="CASCADE"), primary_key=True),
    Column("lot_id", ForeignKey("lot.id"), primary_key=True, index=True),
)


class Notice(IdMixin, TimestampMixin, Base):
    """A notice of unsold produce (滞销农产品信息) that staff publish on the public page."""

    __tablename__ = "notice"

    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    # The county whose staff manage it; None: a city-wide notice (city staff).
    county_code: Mapped[str | None] = mapped_column(String(6), index=True)
    status: Mapped[NoticeStatus] = mapped_column(Enum(NoticeStatus, native_enum=False, length=10),
                                                 default=NoticeStatus.draft, index=True)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class NoticeTransition(IdMixin, Base):
    """The audit of a notice's status: who, when, from, to."""

    __tablename__ = "notice_transition"

    notice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("notice.id"), index=True)
    action: Mapped[NoticeAction] = mapped_column(Enum(NoticeAction, native_enum=False, length=10))
    from_status: Mapped[NoticeStatus] = mapped_column(Enum(NoticeStatus, native_enum=False, length=10))
    to_status: Mapped[NoticeStatus] = mapped_column(Enum(NoticeStatus, native_enum=False, length=10))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Inquiry(IdMixin, TimestampMixin, Base):
    """"I want to buy": a member of the public asks about a published notice (one of its lots, or all of it).

    Staff and the lot's seller answer through the platform; the inquirer never learns the seller's number."""

    __tablename__ = "inquiry"

    notice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("notice.id"), index=True)
    lot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lot.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str | None] = mapped_column(String(100))
    # Encrypted at rest, masked for all but city staff and the lot's seller, like a seller's contact; the
    # keyed hash counts one number's inquiries (at most INQUIRIES_PER_DAY a day).
    mobile_encrypted: Mapped[str] = mapped_column(String(255))
    mobile_masked: Mapped[str] = mapped_column(String(11))
    mobile_hash: Mapped[str] = mapped_column(String(64), index=True)
    quantity_kg: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    message: Mapped[str] = mapped_column(Text)
