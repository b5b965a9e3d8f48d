
from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from chassis.db import IdMixin, TimestampMixin
from products.catalogue.models import FeaturedProduct
from products.db import Base

# Which featured products are sold through which platform.
platform_product = Table(
    "platform_product", Base.metadata,
    Column("platform_id", ForeignKey("platform.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("featured_product.id"), primary_key=True, index=True),
)


class Platform(IdMixin, TimestampMixin, Base):
    """A youth e-commerce service platform (青年电商服务平台) in a county, and the featured products it sells."""

    __tablename__ = "platform"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    operator: Mapped[str] = mapped_column(String(100))
    created_by: Mapped[str] = mapped_column(String(64))

    products: Mapped[list[FeaturedProduct]] = relationship(secondary=platform_product, lazy="raise",
                                                           order_by=FeaturedProduct.name)
