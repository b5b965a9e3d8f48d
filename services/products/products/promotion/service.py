"""Promotion videos: staff add them (county staff for their county's products, city staff also for the brand);
anyone logged in reads them."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, fetch_page
from chassis.problems import InvalidField, NotFound
from products.catalogue.models import FeaturedProduct
from products.promotion.models import Video
from products.promotion.schemas import VideoCreate


async def list_videos(*, session: AsyncSession, page: PageParams, product_id: uuid.UUID | None,
                      year: int | None) -> tuple[list[Video], int]:
    statement = select(Video).order_by(Video.shot_on.desc(), Video.id)
    if product_id is not None:
        statement = statement.where(Video.product_id == product_id)
    if year is not None:
        statement = statement.where(Video.shot_on.between(date(year, 1, 1), date(year, 12, 31)))
    return await fetch_page(session, statement, page)


async def get_video(*, session: AsyncSession, video_id: uuid.UUID) -> Video:
    video = await session.get(Video, video_id)
    if video is None:
        raise NotFound(f"No video {video_id}.")
    return video


async def _county_of(session: AsyncSession, product_id: uuid.UUID | None) -> str | None:
    """The county a video counts in: its product's (None: a video of the brand itself, the city's)."""
    if product_id is None:
        return None
    county_code = await session.scalar(select(FeaturedProduct.county_code).where(FeaturedProduct.id == product_id))
    if county_code is None:
        raise InvalidField("product_id", f"no featured product {product_id}")
    return county_code


async def create_video(*, session: AsyncSession, principal: Principal, data: VideoCreate,
                       video_id: uuid.UUID | None = None) -> Video:
    ensure_acts_in_county(principal, await _county_of(session, data.product_id))
    video = Video(id=video_id or uuid.uuid4(), title=data.title, url=str(data.url), shot_on=data.shot_on,
                  views=data.views, product_id=data.product_id, created_by=principal.subject)
    session.add(video)
    await session.flush()
    return video


async def update_video(*, session: AsyncSession, principal: Principal, video_id: uuid.UUID,
                       data: VideoCreate) -> Video:
    """Staff correct a video (its views as they grow, a title, a link): staff of the county it counts in, before
    and after the change; a brand video, city staff."""
    video = await get_video(session=session, video_id=video_id)
    ensure_acts_in_county(principal, await _county_of(session, video.product_id))
    ensure_acts_in_county(principal, await _county_of(session, data.product_id))
    video.title, video.url, video.shot_on = data.title, str(data.url), data.shot_on
    video.views, video.product_id = data.views, data.product_id
    await session.flush()
    return video
