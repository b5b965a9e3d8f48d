"""The seven featured products the committee promoted in 2020 (only 英德红茶 holds a certificate: a GI)."""

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from products.catalogue.models import CertificationType, FeaturedProduct, ProductCategory, StorageClass
from products.catalogue.schemas import CertificationCreate, FeaturedProductCreate
from products.catalogue.service import create_product
from products.demo.people import (
    ALL_YEAR,
    LOADER,
    demo_product_id,
)

# --- the catalogue ---------------------------------------------------------------------------------------------

# The national GI protection of 英德红茶 (granted 2006) is real; the announcement number here is illustrative:
# confirm it against the official announcement before the record is shown to the public.
YINGDE_TEA_GI = CertificationCreate(
    cert_type=CertificationType.geographical_indication,
    number="国家质检总局公告2006年第96号",
    issuer="国家质量监督检验检疫总局",
    expires_on=None,
)


class DemoProduct(NamedTuple):
    slug: str
    name: str
    category: ProductCategory
    county_code: str
    unit: str
    months: list[int]
    storage_class: StorageClass
    shelf_life_days: int
    description: str
    certifications: list[CertificationCreate]


DEMO_PRODUCTS = [
    DemoProduct("lianzhou-shatangju", "连州砂糖橘", ProductCategory.fruit, "441882", "斤", [1, 11, 12],
                StorageClass.chilled, 30, "连州山地果园种植，果皮薄、易剥、汁多清甜，冬季上市。", []),
    DemoProduct("fengyang-beef-jerky", "丰阳牛肉干", ProductCategory.meat, "441882", "袋", ALL_YEAR,
                StorageClass.ambient, 180, "连州市丰阳镇传统工艺制作的牛肉干，风味浓郁，常年供应。", []),
    DemoProduct("fogang-macadamia", "佛冈澳洲坚果", ProductCategory.nuts, "441821", "斤", [8, 9, 10],
                StorageClass.ambient, 270, "佛冈县山地种植的澳洲坚果（夏威夷果），秋季采收，奶香浓郁。", []),
    DemoProduct("fogang-watermelon-guava", "西瓜芭乐", ProductCategory.fruit, "441821", "斤", [6, 7, 8, 9, 10],
                StorageClass.chilled, 10, "佛冈县种植的红心番石榴，果肉似西瓜红，脆甜多汁。", []),
    DemoProduct("yingde-black-tea", "英德红茶", ProductCategory.tea, "441881", "盒", [4, 5, 6, 7, 8, 9, 10],
                StorageClass.ambient, 730, "国家地理标志保护产品，香气高锐、汤色红艳，英德茶区春夏秋三季采制。",
                [YINGDE_TEA_GI]),
    DemoProduct("yingde-dried-sweet-potato", "红薯干", ProductCategory.processed, "441881", "斤", [1, 2, 11, 12],
                StorageClass.ambient, 180, "英德农家冬季晾晒的红薯干，软糯香甜，无添加。", []),
    DemoProduct("lianshan-organic-rice", "连山有机米", ProductCategory.grain, "441825", "kg", [7, 8, 10, 11],
                StorageClass.ambient, 365, "连山壮族瑶族自治县高山梯田种植的大米，山泉灌溉，一年两季。", []),
]


async def load_products(session: AsyncSession) -> int:
    added = 0
    for p in DEMO_PRODUCTS:
        if await session.scalar(select(FeaturedProduct.id).where(FeaturedProduct.name == p.name)):
            continue
        data = FeaturedProductCreate(name=p.name, category=p.category, county_code=p.county_code, unit=p.unit,
                                     season_months=p.months, brand=True, storage_class=p.storage_class,
                                     shelf_life_days=p.shelf_life_days, description=p.description,
                                     certifications=p.certifications)
        await create_product(session=session, principal=LOADER, data=data, product_id=demo_product_id(p.slug))
        added += 1
    return added


