import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin, utcnow
from products.db import Base
from products.parties.lifecycle import SellerAction, SellerStatus


class SellerKind(StrEnum):
    entrepreneur = "entrepreneur"  # a youth entrepreneur (the `entrepreneur` accounts)
    cooperative = "cooperative"
    family_farm = "family_farm"
    association_member = "association_member"  # a member enterprise of the youth agriculture association


class BuyerKind(StrEnum):
    industrial_park = "industrial_park"
    enterprise_canteen = "enterprise_canteen"
    work_unit_canteen = "work_unit_canteen"
    community_group_buying = "community_group_buying"
    supermarket = "supermarket"
    other = "other"


class Seller(IdMixin, TimestampMixin, Base):
    """Who lists lots: admitted by county staff before buyers see or are matched with their lots."""

    __tablename__ = "seller"

    # The account that acts for the seller (the token's subject), when they have one.
    user_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[SellerKind] = mapped_column(Enum(SellerKind, native_enum=False, length=20))
    name: Mapped[str] = mapped_column(String(100))
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    town: Mapped[str] = mapped_column(String(50))
    # A mobile number: encrypted at rest, masked for all but city staff and the seller; buyers never see it.
    contact_encrypted: Mapped[str] = mapped_column(String(255))
    contact_masked: Mapped[str] = mapped_column(String(11))
    status: Mapped[SellerStatus] = mapped_column(Enum(SellerStatus, native_enum=False, length=10),
                                                 default=SellerStatus.pending)
    registered_by: Mapped[str] = mapped_column(String(64))


class SellerTransition(IdMixin, Base):
    """The audit of a seller's admission: who, when, from, to, and why."""

    __tablename__ = "seller_transition"

    seller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seller.id"), index=True)
    action: Mapped[SellerAction] = mapped_column(Enum(SellerAction, native_enum=False, length=10))
    from_status: Mapped[SellerStatus] = mapped_column(Enum(SellerStatus, native_enum=False, length=10))
    to_status: Mapped[SellerStatus] = mapped_column(Enum(SellerStatus, native_enum=False, length=10))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    # As the token named the actor when they acted.
    actor_name: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Buyer(IdMixin, TimestampMixin, Base):
    """Who posts demands: an industrial park, a canteen, a group-buying platform, a supermarket."""

    __tablename__ = "buyer"

    user_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[BuyerKind] = mapped_column(Enum(BuyerKind, native_enum=False, length=30))
    name: Mapped[str] = mapped_column(String(100))
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    delivery_address: Mapped[str] = mapped_column(String(200))
    # A yearly purchase pledge (保供稳价 / 万企帮万村) in CNY, and what the buyer has bought in that year:
    # deals add to it as they settle (`parties.service.record_purchase`).
    yearly_pledge: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    pledge_year: Mapped[int | None]
    pledge_purchased: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0), server_default="0")
    registered_by: Mapped[str] = mapped_column(String(64))
