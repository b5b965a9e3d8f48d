"""Demo data: the seven featured products the committee promoted in 2020, and a market around them (sellers,
buyers, lots on offer, demands), through the same service functions as the API. Idempotent: a second run adds
nothing.

Only 英德红茶 carries a certification: it is a national geographical-indication product. No other product is
assumed to hold a GI or any other certificate; those are records staff add when they have the certificate.

The gateway's demo `entrepreneur` account is an admitted seller and its `buyer` account a buyer: their user ids
are uuid5 of the usernames there. The people, firms and numbers of the market are made up; its dates are
counted from the day the demo is loaded, so the lots are fresh and the demands wanted.
"""

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.crypto import FieldCipher
from chassis.timezone import business_today
from products.catalogue.models import CertificationType, FeaturedProduct, ProductCategory, StorageClass
from products.catalogue.schemas import CertificationCreate, FeaturedProductCreate
from products.catalogue.service import create_product
from products.config import Settings
from products.demands.models import Demand
from products.demands.recurrence import Recurrence
from products.demands.schemas import DemandCreate
from products.demands.service import post_demand
from products.lots.models import Lot
from products.lots.schemas import LotCreate
from products.lots.service import list_lot
from products.parties.lifecycle import SellerAction
from products.parties.models import Buyer, BuyerKind, Seller, SellerKind
from products.parties.schemas import BuyerCreate, SellerCreate
from products.parties.service import apply_action, create_buyer, create_seller

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/products")
# The gateway's demo accounts have these ids (uuid5 of the usernames there).
DEMO_USER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_ENTREPRENEUR = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "entrepreneur")), role=Role.entrepreneur,
                              name="创业青年 黄小龙")
DEMO_BUYER = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "buyer")), role=Role.buyer,
                       name="清远高新区食堂 采购 刘洋")
LOADER = Principal(subject="demo-loader", role=Role.admin)
ALL_YEAR = list(range(1, 13))


def demo_id(kind: str, slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{slug}")


def demo_product_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, slug)


def county_staff(county_code: str) -> Principal:
    return Principal(subject=f"demo-county-staff-{county_code}", role=Role.county_staff, county_code=county_code,
                     name=f"{county_name(county_code)}团委 工作人员")


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


# --- the market ------------------------------------------------------------------------------------------------


class DemoSeller(NamedTuple):
    slug: str
    registered_by: Principal | None  # None: the staff of its county
    kind: SellerKind
    name: str
    county_code: str
    town: str
    contact: str
    admitted: bool


class DemoBuyer(NamedTuple):
    slug: str
    registered_by: Principal | None  # None: the staff of its county
    kind: BuyerKind
    name: str
    county_code: str
    delivery_address: str
    yearly_pledge: Decimal | None


SELLERS = [
    DemoSeller("huang-xiaolong", DEMO_ENTREPRENEUR, SellerKind.entrepreneur, "黄小龙", "441881", "连江口镇",
               "13926000501", True),
    DemoSeller("fengyang-cooperative", None, SellerKind.cooperative, "连州市丰阳镇青年果蔬专业合作社", "441882",
               "丰阳镇", "13926000502", True),
    DemoSeller("tangtang-family-farm", None, SellerKind.family_farm, "佛冈县汤塘镇青农家庭农场", "441821", "汤塘镇",
               "13926000503", True),
    DemoSeller("lianshan-terrace-rice", None, SellerKind.association_member, "连山青农会 梯田米业有限公司",
               "441825", "太保镇", "13926000504", True),
    DemoSeller("qigong-family-farm", None, SellerKind.family_farm, "阳山县七拱镇青年种养家庭农场", "441823", "七拱镇",
               "13926000505", False),
]
BUYERS = [
    DemoBuyer("hitech-zone-canteen", DEMO_BUYER, BuyerKind.industrial_park, "清远高新区企业联合食堂", "441802",
              "清城区清远高新区创兴大道18号", Decimal("600000.00")),
    DemoBuyer("qingxin-group-buying", None, BuyerKind.community_group_buying, "清新区社区团购服务站", "441803",
              "清新区太和镇新城社区服务中心", None),
    DemoBuyer("yingde-agency-canteen", None, BuyerKind.work_unit_canteen, "英德市机关饭堂", "441881",
              "英德市英城街道行政中心", Decimal("200000.00")),
]
SELLER = {seller.slug: seller for seller in SELLERS}
BUYER = {buyer.slug: buyer for buyer in BUYERS}

# (slug, seller, product, kg, floor price per kg, harvested days ago, unsold, note)
LOTS = [
    ("shatangju-unsold", "fengyang-cooperative", "lianzhou-shatangju", "3000", "5.00", 5, True,
     "果园滞销，望对接企业食堂"),
    ("shatangju", "fengyang-cooperative", "lianzhou-shatangju", "1500", "6.50", 2, False, None),
    ("beef-jerky", "fengyang-cooperative", "fengyang-beef-jerky", "200", "80.00", 20, False, None),
    ("macadamia", "tangtang-family-farm", "fogang-macadamia", "800", "30.00", 30, False, None),
    ("watermelon-guava", "tangtang-family-farm", "fogang-watermelon-guava", "1200", "8.00", 1, True,
     "今年丰产，销路不畅"),
    ("black-tea", "huang-xiaolong", "yingde-black-tea", "150", "300.00", 40, False, "连樟村青年茶园 春茶"),
    ("sweet-potato", "huang-xiaolong", "yingde-dried-sweet-potato", "500", "16.00", 10, False, None),
    ("terrace-rice", "lianshan-terrace-rice", "lianshan-organic-rice", "5000", "9.00", 15, False, None),
]

# (slug, buyer, a product's slug or a category, kg, ceiling per kg, wanted from (days from now), for days,
#  delivered to, max km, recurrence)
DEMANDS: list[tuple[str, str, str | ProductCategory, str, str, int, int, str, int | None, Recurrence]] = [
    ("canteen-shatangju", "hitech-zone-canteen", "lianzhou-shatangju", "2000", "7.00", 0, 6, "441802", None,
     Recurrence.weekly),
    ("canteen-fruit", "hitech-zone-canteen", ProductCategory.fruit, "1000", "10.00", 0, 13, "441802", 150,
     Recurrence.monthly),
    ("canteen-rice", "hitech-zone-canteen", "lianshan-organic-rice", "3000", "10.00", 0, 29, "441802", None,
     Recurrence.none),
    ("group-buying-nuts", "qingxin-group-buying", ProductCategory.nuts, "300", "35.00", 3, 14, "441803", 80,
     Recurrence.none),
    ("agency-rice", "yingde-agency-canteen", "lianshan-organic-rice", "2000", "9.50", 0, 29, "441881", None,
     Recurrence.monthly),
]


async def load_sellers(session: AsyncSession, cipher: FieldCipher) -> int:
    """Each registers pending (the entrepreneur from the phone, the others by their county's staff); county
    staff admit all but one, which waits for them."""
    added = 0
    for s in SELLERS:
        if await session.get(Seller, demo_id("seller", s.slug)) is not None:
            continue
        seller = await create_seller(
            session=session, principal=s.registered_by or county_staff(s.county_code), cipher=cipher,
            seller_id=demo_id("seller", s.slug),
            data=SellerCreate(kind=s.kind, name=s.name, county_code=s.county_code, town=s.town, contact=s.contact))
        if s.admitted:
            await apply_action(session=session, principal=county_staff(s.county_code), seller=seller,
                               action=SellerAction.admit, reason="经县团委实地走访推荐")
        added += 1
    return added


async def load_buyers(session: AsyncSession) -> int:
    added = 0
    for b in BUYERS:
        if await session.get(Buyer, demo_id("buyer", b.slug)) is not None:
            continue
        await create_buyer(session=session, principal=b.registered_by or county_staff(b.county_code),
                           buyer_id=demo_id("buyer", b.slug),
                           data=BuyerCreate(kind=b.kind, name=b.name, county_code=b.county_code,
                                            delivery_address=b.delivery_address, yearly_pledge=b.yearly_pledge))
        added += 1
    return added


async def load_lots(session: AsyncSession, today: date) -> int:
    """The demo entrepreneur lists their own lots; county staff list the others' for them."""
    added = 0
    for slug, seller_slug, product, kg, floor, days_ago, unsold, note in LOTS:
        if await session.get(Lot, demo_id("lot", slug)) is not None:
            continue
        seller = SELLER[seller_slug]
        by_staff = seller.registered_by is None
        await list_lot(session=session, principal=county_staff(seller.county_code) if by_staff else DEMO_ENTREPRENEUR,
                       lot_id=demo_id("lot", slug), data=LotCreate(
            seller_id=demo_id("seller", seller_slug) if by_staff else None, product_id=demo_product_id(product),
            quantity_kg=Decimal(kg), floor_price_per_kg=Decimal(floor), harvest_date=today - timedelta(days=days_ago),
            county_code=seller.county_code, unsold=unsold, note=note))
        added += 1
    return added


async def load_demands(session: AsyncSession, today: date) -> int:
    """The demo buyer posts its own demands; county staff post the others' for them."""
    added = 0
    for slug, buyer_slug, wanted, kg, ceiling, starts_in, lasts, county, max_km, recurrence in DEMANDS:
        if await session.get(Demand, demo_id("demand", slug)) is not None:
            continue
        buyer = BUYER[buyer_slug]
        by_staff = buyer.registered_by is None
        wanted_from = today + timedelta(days=starts_in)
        await post_demand(session=session, principal=county_staff(county) if by_staff else DEMO_BUYER,
                          demand_id=demo_id("demand", slug), data=DemandCreate(
            buyer_id=demo_id("buyer", buyer_slug) if by_staff else None,
            product_id=None if isinstance(wanted, ProductCategory) else demo_product_id(wanted),
            category=wanted if isinstance(wanted, ProductCategory) else None,
            quantity_kg=Decimal(kg), ceiling_price_per_kg=Decimal(ceiling), wanted_from=wanted_from,
            wanted_until=wanted_from + timedelta(days=lasts), county_code=county, max_distance_km=max_km,
            recurrence=recurrence))
        added += 1
    return added


async def load_demo(session: AsyncSession) -> str:
    cipher = FieldCipher(Settings().field_encryption_key.get_secret_value())
    today = business_today()
    products = await load_products(session)
    sellers = await load_sellers(session, cipher)
    buyers = await load_buyers(session)
    lots = await load_lots(session, today)
    demands = await load_demands(session, today)
    return (f"products: {products} featured products, {sellers} sellers, {buyers} buyers, {lots} lots, "
            f"{demands} demands added")
