import uuid

from fastapi import APIRouter, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from products.platforms import service
from products.platforms.schemas import PlatformCreate, PlatformRead

router = APIRouter(prefix="/api/v1/products/platforms", tags=["platforms"])


@router.get("", summary="Youth e-commerce service platforms")
async def list_platforms(session: SessionDep, _: AnyCaller, page: PageDep, county_code: CountyCode | None = None,
                         product_id: uuid.UUID | None = None) -> Page[PlatformRead]:
    platforms, total = await service.list_platforms(session=session, page=page, county_code=county_code,
                                                    product_id=product_id)
    return page_of(PlatformRead, platforms, total, page)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Add a youth e-commerce service platform (county staff: in their own county)")
async def create_platform(session: SessionDep, principal: Staff, data: PlatformCreate) -> PlatformRead:
    return PlatformRead.model_validate(
        await service.create_platform(session=session, principal=principal, data=data))


@router.put("/{platform_id}", summary="Correct a platform: its name, county, operator or products")
async def update_platform(session: SessionDep, principal: Staff, platform_id: uuid.UUID,
                          data: PlatformCreate) -> PlatformRead:
    return PlatformRead.model_validate(
        await service.update_platform(session=session, principal=principal, platform_id=platform_id, data=data))


@router.get("/{platform_id}", summary="One youth e-commerce service platform")
async def get_platform(session: SessionDep, _: AnyCaller, platform_id: uuid.UUID) -> PlatformRead:
    return PlatformRead.model_validate(await service.get_platform(session=session, platform_id=platform_id))
