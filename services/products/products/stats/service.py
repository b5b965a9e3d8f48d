from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.stats import ServiceStats, by_county, figure
from products.catalogue.models import Certification, FeaturedProduct, in_force


async def product_stats(*, session: AsyncSession, today: date) -> ServiceStats:
    featured, brand = (await session.execute(
        select(func.count(), func.count().filter(FeaturedProduct.brand.is_(True)))
        .select_from(FeaturedProduct)
    )).one()
    # A product counts as certified while at least one of its certificates is in force.
    certified = await session.scalar(
        select(func.count(func.distinct(Certification.product_id)))
        .where(in_force(today))
    )
    per_county = await session.execute(
        select(FeaturedProduct.county_code, func.count()).group_by(FeaturedProduct.county_code))
    return ServiceStats(
        service="products",
        figures=[
            figure("featured_products", featured, "products"),
            figure("brand_products", brand, "products"),
            figure("certified_products", certified or 0, "products"),
        ],
        by_county=by_county((code, count) for code, count in per_county),
    )
