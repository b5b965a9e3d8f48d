import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from products.db import Base


class Video(IdMixin, TimestampMixin, Base):
    """A promotion video shot under 山生山世·星计划: of one featured product, or (no product) of the brand itself."""

    __tablename__ = "video"

    title: Mapped[str] = mapped_column(String(100))
    # An https link to where the video is published.
    url: Mapped[str] = mapped_column(String(500))
    shot_on: Mapped[date] = mapped_column(index=True)
    views: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("featured_product.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
