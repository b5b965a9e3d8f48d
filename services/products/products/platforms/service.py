"""Youth e-commerce service platforms: staff add them in their county; anyone logged in reads them."""

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, InvalidField, NotFound
from products.catalogue.models import FeaturedProduct
from products.platforms.models import Platform
from products.platforms.schemas import PlatformCreate


def platforms() -> Select[Platform]:
    return select(Platform).options(selectinload(Platform.products))


async def list_platforms(*, session: AsyncSession, page: PageParams, county_code: str | None,
                         product_id: uuid.UUID | None) -> tuple[list[Platform], int]:
    statement = platforms().order_by(Platform.county_code, Platform.name, Platform.id)
    if county_code is not None:
        statement = statement.where(Platform.county_code == county_code)
    if product_id is not None:
        statement = statement.where(Platform.products.any(FeaturedProduct.id == product_id))
    return await fetch_page(session, statement, page)


async def get_platform(*, session: AsyncSession, platform_id: uuid.UUID) -> Platform:
    platform = await session.scalar(platforms().where(Platform.id == platform_id))
    if platform is None:
        raise NotFound(f"No platform {platform_id}.")
    return platform


async def create_platform(*, session: AsyncSession, principal: Principal, data: PlatformCreate,
                          platform_id: uuid.UUID | None = None) -> Platform:
    ensure_acts_in_county(principal, data.county_code)
    await _name_free(session, data.name)
    platform = Platform(id=platform_id or uuid.uuid4(), name=data.name, county_code=data.county_code,
                        operator=data.operator, created_by=principal.subject,
                        products=await _products(session, data.product_ids))
    session.add(platform)
    await session.flush()
    return platform


async def update_platform(*, session: AsyncSession, principal: Principal, platform_id: uuid.UUID,
                          data: PlatformCreate) -> Platform:
    """Staff of its county (before and after the change) correct a platform: its name, operator, products."""
    platform = await get_platform(session=session, platform_id=platform_id)
    ensure_acts_in_county(principal, platform.county_code)
    ensure_acts_in_county(principal, data.county_code)
    await _name_free(session, data.name, but=platform.id)
    platform.name, platform.county_code, platform.operator = data.name, data.county_code, data.operator
    platform.products = await _products(session, data.product_ids)
    await session.flush()
    return platform


async def _name_free(session: AsyncSession, name: str, but: uuid.UUID | None = None) -> None:
    taken = select(Platform.id).where(Platform.name == name)
    if but is not None:
        taken = taken.where(Platform.id != but)
    if await session.scalar(taken) is not None:
        raise Conflict(f"A platform named {name} already exists.")


async def _products(session: AsyncSession, product_ids: list[uuid.UUID]) -> list[FeaturedProduct]:
    wanted = set(product_ids)
    products = list(await session.scalars(select(FeaturedProduct).where(FeaturedProduct.id.in_(wanted))))
    if len(products) != len(wanted):
        unknown = sorted(str(i) for i in wanted - {p.id for p in products})
        raise InvalidField("product_ids", f"no featured product {', '.join(unknown)}")
    return products
