import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from products.promotion import service
from products.promotion.schemas import VideoCreate, VideoRead

router = APIRouter(prefix="/api/v1/products/videos", tags=["videos"])


@router.get("", summary="Promotion videos of the brand programme, newest first")
async def list_videos(session: SessionDep, _: AnyCaller, page: PageDep, product_id: uuid.UUID | None = None,
                      year: Annotated[int | None, Query(ge=2000, le=2100, description="Shot in this year")] = None,
                      ) -> Page[VideoRead]:
    videos, total = await service.list_videos(session=session, page=page, product_id=product_id, year=year)
    return page_of(VideoRead, videos, total, page)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Add a promotion video (county staff: of their county's products; the brand's: city staff)")
async def create_video(session: SessionDep, principal: Staff, data: VideoCreate) -> VideoRead:
    return VideoRead.model_validate(await service.create_video(session=session, principal=principal, data=data))


@router.put("/{video_id}", summary="Correct a promotion video: its views, title, link, date or product")
async def update_video(session: SessionDep, principal: Staff, video_id: uuid.UUID, data: VideoCreate) -> VideoRead:
    return VideoRead.model_validate(await service.update_video(session=session, principal=principal,
                                                               video_id=video_id, data=data))


@router.get("/{video_id}", summary="One promotion video")
async def get_video(session: SessionDep, _: AnyCaller, video_id: uuid.UUID) -> VideoRead:
    return VideoRead.model_validate(await service.get_video(session=session, video_id=video_id))
