import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from products.catalogue.models import Certification, FeaturedProduct, ProductCategory
from products.catalogue.schemas import FeaturedProductCreate


def catalogue() -> Select[FeaturedProduct]:
    return select(FeaturedProduct).options(selectinload(FeaturedProduct.certifications))


async def list_products(*, session: AsyncSession, page: PageParams, category: ProductCategory | None,
                        county_code: str | None, brand: bool | None,
                        q: str | None) -> tuple[list[FeaturedProduct], int]:
    statement = catalogue().order_by(FeaturedProduct.name, FeaturedProduct.id)
    if category is not None:
        statement = statement.where(FeaturedProduct.category == category)
    if county_code is not None:
        statement = statement.where(FeaturedProduct.county_code == county_code)
    if brand is not None:
        statement = statement.where(FeaturedProduct.brand.is_(brand))
    if q:
        statement = statement.where(FeaturedProduct.name.contains(q, autoescape=True))
    return await fetch_page(session, statement, page)


async def get_product(*, session: AsyncSession, product_id: uuid.UUID) -> FeaturedProduct:
    product = await session.scalar(catalogue().where(FeaturedProduct.id == product_id))
    if product is None:
        raise NotFound(f"No featured product {product_id}.")
    return product


async def create_product(*, session: AsyncSession, principal: Principal, data: FeaturedProductCreate,
                         product_id: uuid.UUID | None = None) -> FeaturedProduct:
    ensure_acts_in_county(principal, data.county_code)
    if await session.scalar(select(FeaturedProduct.id).where(FeaturedProduct.name == data.name)):
        raise Conflict(f"A featured product named {data.name} already exists.")
    product = FeaturedProduct(
        id=product_id or uuid.uuid4(),
        **data.model_dump(exclude={"certifications"}),
        certifications=[Certification(**c.model_dump()) for c in data.certifications],
    )
    session.add(product)
    await session.flush()
    return product
