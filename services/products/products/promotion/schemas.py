import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl

from chassis.text import Name
from products.fields import Day


def _https(url: HttpUrl) -> HttpUrl:
    if url.scheme != "https":
        raise ValueError("the link must be an https URL")
    return url


Link = Annotated[HttpUrl, Field(max_length=500), AfterValidator(_https)]


class VideoCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Name
    url: Link = Field(examples=["https://v.qq.com/x/page/lianzhou-sugar-orange.html"])
    shot_on: Day
    views: int = Field(default=0, ge=0, le=10_000_000_000)
    product_id: uuid.UUID | None = Field(default=None, description="Empty: a video of the brand programme itself")


class VideoRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str
    url: str
    shot_on: date
    views: int
    product_id: uuid.UUID | None
    created_at: datetime
