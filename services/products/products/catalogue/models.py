import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import JSON, ColumnElement, Enum, ForeignKey, String, Text, or_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from chassis.db import IdMixin, TimestampMixin
from products.db import Base


class ProductCategory(StrEnum):
    fruit = "fruit"
    tea = "tea"
    grain = "grain"
    meat = "meat"
    nuts = "nuts"
    vegetable = "vegetable"
    processed = "processed"
    other = "other"


class StorageClass(StrEnum):
    """How the product must be kept on its way to the buyer."""

    ambient = "ambient"
    chilled = "chilled"
    frozen = "frozen"


class CertificationType(StrEnum):
    geographical_indication = "geographical_indication"
    organic = "organic"
    green_food = "green_food"
    other = "other"


class Certification(IdMixin, TimestampMixin, Base):
    """A certificate a featured product holds: geographical indication, organic, green food, ..."""

    __tablename__ = "certification"

    product_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("featured_product.id", ondelete="CASCADE"), index=True)
    cert_type: Mapped[CertificationType] = mapped_column(
        Enum(CertificationType, native_enum=False, length=30))
    number: Mapped[str] = mapped_column(String(100))
    issuer: Mapped[str] = mapped_column(String(100))
    # None: the certificate does not expire (a geographical-indication protection, for one).
    expires_on: Mapped[date | None]

    product: Mapped["FeaturedProduct"] = relationship(back_populates="certifications", lazy="raise")


class FeaturedProduct(IdMixin, TimestampMixin, Base):
    """A county's featured farm product in the catalogue; `brand` if promoted under 山生山世·星计划."""

    __tablename__ = "featured_product"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[ProductCategory] = mapped_column(
        Enum(ProductCategory, native_enum=False, length=20), index=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    unit: Mapped[str] = mapped_column(String(10))
    # The months (1..12, ascending) in which the product is harvested or on sale.
    season_months: Mapped[list[int]] = mapped_column(JSON, default=list)
    brand: Mapped[bool] = mapped_column(default=False)
    storage_class: Mapped[StorageClass] = mapped_column(
        Enum(StorageClass, native_enum=False, length=10), default=StorageClass.ambient, server_default="ambient")
    # Days from harvest (or making) to best-before: a lot's best_before defaults to harvest_date + this.
    shelf_life_days: Mapped[int] = mapped_column(default=30, server_default="30")
    description: Mapped[str] = mapped_column(Text, default="")

    certifications: Mapped[list[Certification]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="raise",
        order_by=[Certification.cert_type, Certification.number])


def in_force(today: date) -> ColumnElement[bool]:
    """A certificate counts (stats, matching) until it expires; one without an expiry date always does."""
    return or_(Certification.expires_on.is_(None), Certification.expires_on >= today)
