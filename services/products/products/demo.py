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
from datetime import UTC, date, datetime, timedelta
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
from products.deals.lifecycle import DealAction
from products.deals.models import Deal
from products.deals.schemas import ActionBody, DealCreate, Delivery
from products.deals.service import act as act_on_deal
from products.deals.service import create as propose_deal
from products.demands.models import Demand
from products.demands.recurrence import Recurrence
from products.demands.schemas import DemandCreate
from products.demands.service import post_demand
from products.lots.models import Lot
from products.lots.schemas import LotCreate
from products.lots.service import list_lot
from products.notices.lifecycle import NoticeAction
from products.notices.models import Inquiry, Notice
from products.notices.schemas import InquiryCreate, NoticeCreate
from products.notices.service import apply_action as act_on_notice
from products.notices.service import draft, inquire
from products.pairings.models import Pairing
from products.pairings.schemas import PairingCreate
from products.pairings.service import create_pairing
from products.parties.lifecycle import SellerAction
from products.parties.models import Buyer, BuyerKind, Seller, SellerKind
from products.parties.schemas import BuyerCreate, SellerCreate
from products.parties.service import apply_action, create_buyer, create_seller
from products.platforms.models import Platform
from products.platforms.schemas import PlatformCreate
from products.platforms.service import create_platform
from products.promotion.models import Video
from products.promotion.schemas import VideoCreate
from products.promotion.service import create_video

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/products")
# The gateway's demo accounts have these ids (uuid5 of the usernames there).
DEMO_USER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_ENTREPRENEUR = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "entrepreneur")), role=Role.entrepreneur,
                              name="创业青年 黄小龙")
DEMO_BUYER = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "buyer")), role=Role.buyer,
                       name="清远高新区食堂 采购 刘洋")
LOADER = Principal(subject="demo-loader", role=Role.admin)
CITY_STAFF = Principal(subject="demo-city-staff", role=Role.city_staff, name="团市委 工作人员")
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


# The season's trade between the two demo accounts: the entrepreneur's unsold lots, the canteen's demands for
# them, and deals between the two at every step (so each side has something to accept, ship or receive).
SEASON_LOTS: list[tuple[str, str, str, str, str, int, bool, str | None]] = [
    ("season-sweet-potato-unsold", "huang-xiaolong", "yingde-dried-sweet-potato", "800", "14.00", 12, True,
     "红薯干滞销，求企业食堂对接"),
    ("season-black-tea-unsold", "huang-xiaolong", "yingde-black-tea", "300", "260.00", 30, True, "春茶积压，求销路"),
]
SEASON_DEMANDS: list[tuple[str, str, str | ProductCategory, str, str, int, int, str, int | None, Recurrence]] = [
    ("canteen-sweet-potato", "hitech-zone-canteen", "yingde-dried-sweet-potato", "600", "18.00", 0, 20, "441802",
     None, Recurrence.none),
    ("canteen-tea", "hitech-zone-canteen", "yingde-black-tea", "100", "320.00", 0, 29, "441802", None,
     Recurrence.none),
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


async def load_lots(session: AsyncSession, today: date, lots: list[tuple[str, str, str, str, str, int, bool,
                                                                        str | None]] = LOTS) -> int:
    """The demo entrepreneur lists their own lots; county staff list the others' for them."""
    added = 0
    for slug, seller_slug, product, kg, floor, days_ago, unsold, note in lots:
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


async def load_demands(session: AsyncSession, today: date, demands: list[tuple[
        str, str, str | ProductCategory, str, str, int, int, str, int | None, Recurrence]] = DEMANDS) -> int:
    """The demo buyer posts its own demands; county staff post the others' for them."""
    added = 0
    for slug, buyer_slug, wanted, kg, ceiling, starts_in, lasts, county, max_km, recurrence in demands:
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


# (lot, demand, kg, price per kg, how far it goes: accepted, shipped, delivered or settled; None: proposed)
SEASON_DEALS = [
    ("season-sweet-potato-unsold", "canteen-sweet-potato", "300", "15.00", DealAction.settle),
    ("season-sweet-potato-unsold", "canteen-sweet-potato", "200", "14.50", DealAction.accept),
    ("season-black-tea-unsold", "canteen-tea", "50", "280.00", DealAction.ship),
    ("season-black-tea-unsold", "canteen-tea", "20", "300.00", None),
]
STEPS = [DealAction.accept, DealAction.ship, DealAction.deliver, DealAction.settle]


async def load_season(session: AsyncSession, today: date) -> int:
    """The canteen proposes; each side accepts for itself, the seller ships, the canteen takes delivery and the
    lot's county staff settle: every step through the deals API's own functions. Run once: when the demo
    canteen already has a deal, nothing is added."""
    added = await load_lots(session, today, SEASON_LOTS) + await load_demands(session, today, SEASON_DEMANDS)
    if await session.scalar(select(Deal.id).where(Deal.buyer_id == demo_id("buyer", "hitech-zone-canteen"))):
        return added
    yingde = county_staff("441881")
    for lot, demand, kg, price, last in SEASON_DEALS:
        deal = await propose_deal(session=session, principal=DEMO_BUYER, data=DealCreate(
            lot_id=demo_id("lot", lot), demand_id=demo_id("demand", demand), quantity_kg=Decimal(kg),
            price_per_kg=Decimal(price)))
        if last is None:
            continue
        await act_on_deal(session=session, principal=DEMO_ENTREPRENEUR, deal_id=deal.id, action=DealAction.accept,
                          body=None, today=today)
        for step in STEPS[:STEPS.index(last) + 1]:
            principal = {DealAction.accept: DEMO_BUYER, DealAction.ship: DEMO_ENTREPRENEUR,
                         DealAction.deliver: DEMO_BUYER, DealAction.settle: yingde}[step]
            body = Delivery(delivered_kg=Decimal(kg)) if step is DealAction.deliver else ActionBody()
            await act_on_deal(session=session, principal=principal, deal_id=deal.id, action=step, body=body,
                              today=today)
        added += 1
    return added


# --- the brand programme, e-commerce platforms, notices and pairings (the report's figures) ------------------

# 山生山世·星计划: seven videos in 2020, one for each featured product; 32 in all since 2017.
VIDEOS_2020 = [
    ("lianzhou-shatangju", "连州砂糖橘：山里的冬日甜蜜"), ("fengyang-beef-jerky", "丰阳牛肉干：老手艺新味道"),
    ("fogang-macadamia", "佛冈澳洲坚果：山坡上的奶香"), ("fogang-watermelon-guava", "西瓜芭乐：红心番石榴"),
    ("yingde-black-tea", "英德红茶：一杯红艳的英德"), ("yingde-dried-sweet-potato", "红薯干：农家冬日的晾晒"),
    ("lianshan-organic-rice", "连山有机米：梯田里的好米"),
]
EARLIER_VIDEOS = {2017: 5, 2018: 9, 2019: 11}  # 25 before 2020, of the brand and its products


def _videos() -> list[tuple[str, VideoCreate]]:
    videos = [(f"2020-{slug}", VideoCreate(title=title, url=f"https://video.xiangqing.example/2020/{slug}",
                                           shot_on=date(2020, 3 + n, 15), views=1200 * (n + 1),
                                           product_id=demo_product_id(slug)))
              for n, (slug, title) in enumerate(VIDEOS_2020)]
    for year, count in EARLIER_VIDEOS.items():
        for n in range(count):
            slug, _ = VIDEOS_2020[n % len(VIDEOS_2020)]
            brand = n % 3 == 0  # every third a video of the brand programme itself
            videos.append((f"{year}-{n}", VideoCreate(
                title=f"山生山世·星计划 {year} 第{n + 1}期", url=f"https://video.xiangqing.example/{year}/{n + 1}",
                shot_on=date(year, 1 + n, 10), views=800 + 100 * n,
                product_id=None if brand else demo_product_id(slug))))
    return videos


async def load_videos(session: AsyncSession) -> int:
    added = 0
    for slug, data in _videos():
        if await session.get(Video, demo_id("video", slug)) is None:
            await create_video(session=session, principal=CITY_STAFF, data=data, video_id=demo_id("video", slug))
            added += 1
    return added


# Ten youth e-commerce service platforms: one in each county, and a second in 英德 and in 连州.
PLATFORMS = [
    ("清城区青年电商服务平台", "441802", []), ("清新区青年电商服务平台", "441803", []),
    ("佛冈县青年电商服务平台", "441821", ["fogang-macadamia", "fogang-watermelon-guava"]),
    ("阳山县青年电商服务平台", "441823", []), ("连山青年电商服务平台", "441825", ["lianshan-organic-rice"]),
    ("连南青年电商服务平台", "441826", []),
    ("英德市青年电商服务平台", "441881", ["yingde-black-tea", "yingde-dried-sweet-potato"]),
    ("英德红茶青年电商直播基地", "441881", ["yingde-black-tea"]),
    ("连州市青年电商服务平台", "441882", ["lianzhou-shatangju", "fengyang-beef-jerky"]),
    ("连州丰阳青年电商服务站", "441882", ["fengyang-beef-jerky"]),
]


async def load_platforms(session: AsyncSession) -> int:
    added = 0
    for name, county, products in PLATFORMS:
        if await session.get(Platform, demo_id("platform", name)) is None:
            await create_platform(
                session=session, principal=county_staff(county), platform_id=demo_id("platform", name),
                data=PlatformCreate(name=name, county_code=county, operator=f"{county_name(county)}团委 青年电商工作站",
                                    product_ids=[demo_product_id(p) for p in products]))
            added += 1
    return added


# Three notices of unsold produce published in 2020 on the League's new-media platforms (the first since closed),
# each over lots of unsold produce.
NOTICES = [
    ("shatangju", "连州砂糖橘滞销信息", "441882", ["shatangju-unsold"], datetime(2020, 2, 12, 2, tzinfo=UTC), True),
    ("watermelon-guava", "佛冈西瓜芭乐滞销信息", "441821", ["watermelon-guava"], datetime(2020, 3, 6, 2, tzinfo=UTC),
     False),
    ("yingde", "英德红薯干、红茶滞销信息", "441881", ["season-sweet-potato-unsold", "season-black-tea-unsold"],
     datetime(2020, 4, 18, 2, tzinfo=UTC), False),
]


async def load_notices(session: AsyncSession, cipher: FieldCipher) -> int:
    added = 0
    for slug, title, county, lots, published_at, closed in NOTICES:
        if await session.get(Notice, demo_id("notice", slug)) is not None:
            continue
        notice = await draft(session=session, principal=county_staff(county), notice_id=demo_id("notice", slug),
                             data=NoticeCreate(title=title, county_code=county,
                                               body=f"{title}：受疫情影响，以下农产品销路受阻，欢迎企业、单位食堂和"
                                                    "社区电商平台对接采购。",
                                               lot_ids=[demo_id("lot", lot) for lot in lots]))
        await act_on_notice(session=session, principal=county_staff(county), notice=notice,
                            action=NoticeAction.publish, at=published_at)
        if closed:
            await act_on_notice(session=session, principal=county_staff(county), notice=notice,
                                action=NoticeAction.close, at=published_at + timedelta(days=60))
        added += 1
    if await session.scalar(select(Inquiry.id).where(Inquiry.notice_id == demo_id("notice", "yingde"))) is None:
        await inquire(session=session, cipher=cipher, notice_id=demo_id("notice", "yingde"), data=InquiryCreate(
            name="李经理", organisation="清远某工业园区食堂", mobile="13926000601",
            lot_id=demo_id("lot", "season-sweet-potato-unsold"), quantity_kg=Decimal("200"),
            message="想采购红薯干作员工福利，请联系。"))
    return added


# 万企帮万村, the first batch of 2020: four provincially designated poor villages, and 130,000 CNY raised for
# 寨背村 and 黄芒村. (The report names three of the villages' places; the fourth and the towns marked 待核实 are
# placeholders to confirm before the records are shown to the public.)
PAIRINGS = [
    ("heidi-zhaibei", "广东合地集团", "441881", "待核实", "寨背村", "80000.00"),
    ("youth-foundation-huangmang", "广州市青少年发展基金会", "441882", "待核实", "黄芒村", "30000.00"),
    ("jinletong-zhaibei", "广西锦乐通信工程公司", "441881", "待核实", "寨背村", "20000.00"),
    ("youth-chamber-lianzhang", "清远市青年商会", "441881", "连江口镇", "连樟村", "0.00"),
    ("youth-association-fourth", "清远市青年发展现代农业促进会", "441823", "待核实", "待核实村", "0.00"),
]


async def load_pairings(session: AsyncSession) -> int:
    added = 0
    for slug, enterprise, county, town, village, funds in PAIRINGS:
        if await session.get(Pairing, demo_id("pairing", slug)) is None:
            await create_pairing(session=session, principal=CITY_STAFF, pairing_id=demo_id("pairing", slug),
                                 data=PairingCreate(enterprise=enterprise, county_code=county, town=town,
                                                    village=village, paired_on=date(2020, 5, 20),
                                                    funds_pledged=Decimal(funds), funds_received=Decimal(funds)))
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
    season = await load_season(session, today)
    videos = await load_videos(session)
    platforms = await load_platforms(session)
    notices = await load_notices(session, cipher)
    pairings = await load_pairings(session)
    return (f"products: {products} featured products, {sellers} sellers, {buyers} buyers, {lots} lots, "
            f"{demands} demands, {season} season lots, demands and deals, {videos} videos, {platforms} platforms, "
            f"{notices} notices, {pairings} pairings added")
