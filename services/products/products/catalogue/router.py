import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import AnyCaller, Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from products.catalogue import service
from products.catalogue.models import ProductCategory
from products.catalogue.schemas import FeaturedProductCreate, FeaturedProductRead

router = APIRouter(prefix="/api/v1/products/products", tags=["products"])


@router.get("", summary="The featured-product catalogue")
async def list_products(
    session: SessionDep,
    _: AnyCaller,
    page: PageDep,
    category: ProductCategory | None = None,
    county_code: CountyCode | None = None,
    brand: Annotated[bool | None, Query(description="Only products of the collective brand")] = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the product's name")] = None,
) -> Page[FeaturedProductRead]:
    products, total = await service.list_products(session=session, page=page, category=category,
                                                  county_code=county_code, brand=brand, q=q)
    return page_of(FeaturedProductRead, products, total, page)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Add a featured product (county staff: in their own county)")
async def create_product(session: SessionDep, principal: Staff,
                                  data: FeaturedProductCreate) -> FeaturedProductRead:
    return FeaturedProductRead.model_validate(
        await service.create_product(session=session, principal=principal, data=data))


@router.get("/{product_id}", summary="One featured product")
async def get_product(session: SessionDep, _: AnyCaller,
                               product_id: uuid.UUID) -> FeaturedProductRead:
    return FeaturedProductRead.model_validate(
        await service.get_product(session=session, product_id=product_id))
