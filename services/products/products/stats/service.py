"""The products figures, computed from the records: never a typed-in total.

A deal counts once both sides have accepted it (accepted, shipped, delivered, disputed, settled), for what was
delivered if it has been delivered, else for what was agreed. Unsold produce is cleared by such deals on lots
marked unsold; the days to clear run from the lot's listing to the deal's acceptance (the later of the two).
"""

import statistics
import uuid
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.counties import counties
from chassis.money import round_fen
from chassis.stats import by_county, figure
from chassis.timezone import business_today
from products.catalogue.models import Certification, FeaturedProduct, in_force
from products.deals.lifecycle import DealStatus
from products.deals.models import Deal
from products.lots.models import Lot
from products.notices.models import Notice
from products.pairings.models import Pairing
from products.platforms.models import Platform
from products.promotion.models import Video
from products.stats.schemas import Amount, ProductAmount, ProductStats, YearFigures

MADE = (DealStatus.accepted, DealStatus.shipped, DealStatus.delivered, DealStatus.disputed, DealStatus.settled)


def median_days(spans: list[float]) -> Decimal:
    return round_fen(Decimal(str(statistics.median(spans)))) if spans else Decimal("0.00")


def clearance_rate(listed: Decimal, cleared: Decimal) -> Decimal:
    """Cleared as a percentage of listed (0 when nothing is listed)."""
    return round_fen(cleared * 100 / listed) if listed > 0 else Decimal("0.00")


async def product_stats(*, session: AsyncSession, today: date) -> ProductStats:
    featured, brand = (await session.execute(
        select(func.count(), func.count().filter(FeaturedProduct.brand.is_(True))).select_from(FeaturedProduct)
    )).one()
    # A product counts as certified while at least one of its certificates is in force.
    certified = await session.scalar(select(func.count(func.distinct(Certification.product_id)))
                                     .where(in_force(today)))
    per_county = await session.execute(
        select(FeaturedProduct.county_code, func.count()).group_by(FeaturedProduct.county_code))

    unsold_listed = await session.scalar(select(func.coalesce(func.sum(Lot.quantity_kg), 0)).where(Lot.unsold))
    deals = (await session.execute(
        select(Deal.county_code, Deal.product_id, FeaturedProduct.name, func.coalesce(Deal.delivered_kg,
                                                                                      Deal.quantity_kg),
               Deal.price_per_kg, Deal.seller_accepted_at, Deal.buyer_accepted_at, Lot.unsold, Lot.created_at)
        .join(Lot, Lot.id == Deal.lot_id).join(FeaturedProduct, FeaturedProduct.id == Deal.product_id)
        .where(Deal.status.in_(MADE)))).all()
    by_county_value: dict[str, Decimal] = defaultdict(Decimal)
    by_product: dict[tuple[uuid.UUID, str], Decimal] = defaultdict(Decimal)
    by_month: dict[str, Decimal] = defaultdict(Decimal)
    cleared, spans = Decimal(0), []
    for county, product_id, product, quantity, price, seller_at, buyer_at, unsold, listed_at in deals:
        value = round_fen(Decimal(quantity) * Decimal(price))
        accepted_at = max(at for at in (seller_at, buyer_at) if at is not None)
        by_county_value[county] += value
        by_product[(product_id, product)] += value
        by_month[business_today(accepted_at).strftime("%Y-%m")] += value
        if unsold:
            cleared += Decimal(quantity)
            spans.append((accepted_at - listed_at).total_seconds() / 86400)

    published = (await session.scalars(select(Notice.published_at).where(Notice.published_at.is_not(None)))).all()
    pairings = (await session.execute(select(Pairing.county_code, Pairing.village, Pairing.paired_on,
                                             Pairing.funds_pledged, Pairing.funds_received))).all()
    videos = Counter(day.year for day in (await session.scalars(select(Video.shot_on))).all())
    notices = Counter(business_today(at).year for at in published if at is not None)
    # A village is its name in its county (the town is not always recorded).
    villages: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for county, village, paired_on, _, _ in pairings:
        villages[paired_on.year].add((county, village))
    platforms = await session.scalar(select(func.count()).select_from(Platform))
    names = {c.code: c.name for c in counties().values()}
    listed = Decimal(unsold_listed or 0)
    return ProductStats(
        service="products",
        figures=[
            figure("featured_products", featured, "products"),
            figure("brand_products", brand, "products"),
            figure("certified_products", certified or 0, "products"),
            figure("promotion_videos", sum(videos.values()), "videos"),
            figure("ecommerce_platforms", platforms or 0, "platforms"),
            figure("notices_published", len(published), "notices"),
            figure("unsold_listed_kg", round_fen(listed), "kg"),
            figure("unsold_cleared_kg", round_fen(cleared), "kg"),
            figure("unsold_clearance_rate", clearance_rate(listed, cleared), "percent"),
            figure("median_days_to_clear", median_days(spans), "days"),
            figure("deals_made", len(deals), "deals"),
            figure("deal_value", round_fen(sum(by_county_value.values(), Decimal(0))), "CNY"),
            figure("villages_paired", len({v for year in villages.values() for v in year}), "villages"),
            figure("pairing_funds_pledged", round_fen(sum((p[3] for p in pairings), Decimal(0))), "CNY"),
            figure("pairing_funds_raised", round_fen(sum((p[4] for p in pairings), Decimal(0))), "CNY"),
        ],
        by_county=by_county((code, count) for code, count in per_county),
        deal_value_by_county=[Amount(key=code, label=names.get(code, code), value=value)
                              for code, value in sorted(by_county_value.items())],
        deal_value_by_product=[ProductAmount(product_id=pid, product_name=name, value=value)
                               for (pid, name), value in sorted(by_product.items(), key=lambda i: i[0][1])],
        deal_value_by_month=[Amount(key=month, label=month, value=value) for month, value in sorted(by_month.items())],
        by_year=[YearFigures(year=year, videos=videos[year], notices_published=notices[year],
                             villages_paired=len(villages[year]))
                 for year in sorted(set(videos) | set(notices) | set(villages))],
    )
