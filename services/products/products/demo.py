"""Demo data: the seven featured products the committee promoted in 2020. Idempotent: a second run adds nothing.

Only 英德红茶 carries a certification: it is a national geographical-indication product. No other product is
assumed to hold a GI or any other certificate; those are records staff add when they have the certificate.
"""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from products.catalogue.models import CertificationType, FeaturedProduct, ProductCategory
from products.catalogue.schemas import CertificationCreate, FeaturedProductCreate
from products.catalogue.service import create_product

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/products")
LOADER = Principal(subject="demo-loader", role=Role.admin)
ALL_YEAR = list(range(1, 13))

# The national GI protection of 英德红茶 (granted 2006) is real; the announcement number here is illustrative:
# confirm it against the official announcement before the record is shown to the public.
YINGDE_TEA_GI = CertificationCreate(
    cert_type=CertificationType.geographical_indication,
    number="国家质检总局公告2006年第96号",
    issuer="国家质量监督检验检疫总局",
    expires_on=None,
)

DEMO_PRODUCTS: list[tuple[str, str, ProductCategory, str, str, list[int], str, list[CertificationCreate]]] = [
    ("lianzhou-shatangju", "连州砂糖橘", ProductCategory.fruit, "441882", "斤", [1, 11, 12],
     "连州山地果园种植，果皮薄、易剥、汁多清甜，冬季上市。", []),
    ("fengyang-beef-jerky", "丰阳牛肉干", ProductCategory.meat, "441882", "袋", ALL_YEAR,
     "连州市丰阳镇传统工艺制作的牛肉干，风味浓郁，常年供应。", []),
    ("fogang-macadamia", "佛冈澳洲坚果", ProductCategory.nuts, "441821", "斤", [8, 9, 10],
     "佛冈县山地种植的澳洲坚果（夏威夷果），秋季采收，奶香浓郁。", []),
    ("fogang-watermelon-guava", "西瓜芭乐", ProductCategory.fruit, "441821", "斤", [6, 7, 8, 9, 10],
     "佛冈县种植的红心番石榴，果肉似西瓜红，脆甜多汁。", []),
    ("yingde-black-tea", "英德红茶", ProductCategory.tea, "441881", "盒", [4, 5, 6, 7, 8, 9, 10],
     "国家地理标志保护产品，香气高锐、汤色红艳，英德茶区春夏秋三季采制。", [YINGDE_TEA_GI]),
    ("yingde-dried-sweet-potato", "红薯干", ProductCategory.processed, "441881", "斤", [1, 2, 11, 12],
     "英德农家冬季晾晒的红薯干，软糯香甜，无添加。", []),
    ("lianshan-organic-rice", "连山有机米", ProductCategory.grain, "441825", "kg", [7, 8, 10, 11],
     "连山壮族瑶族自治县高山梯田种植的大米，山泉灌溉，一年两季。", []),
]


def demo_product_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, slug)


async def load_demo(session: AsyncSession) -> str:
    added = 0
    for slug, name, category, county_code, unit, months, description, certifications in DEMO_PRODUCTS:
        if await session.scalar(select(FeaturedProduct.id).where(FeaturedProduct.name == name)):
            continue
        data = FeaturedProductCreate(name=name, category=category, county_code=county_code, unit=unit,
                                     season_months=months, brand=True, description=description,
                                     certifications=certifications)
        await create_product(session=session, principal=LOADER, data=data,
                             product_id=demo_product_id(slug))
        added += 1
    return f"products: {added} featured products added"
