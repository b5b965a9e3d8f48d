"""A market around the catalogue: sellers, buyers, lots, demands and a season of deals, dated from today."""

from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.crypto import FieldCipher
from products.catalogue.models import ProductCategory
from products.deals.lifecycle import DealAction
from products.deals.models import Deal
from products.deals.schemas import ActionBody, DealCreate, Delivery
from products.deals.service import act as act_on_deal
from products.deals.service import create as propose_deal
from products.demands.models import Demand
from products.demands.recurrence import Recurrence
from products.demands.schemas import DemandCreate
from products.demands.service import post_demand
from products.demo.people import (
    DEMO_BUYER,
    DEMO_ENTREPRENEUR,
    county_staff,
    demo_id,
    demo_product_id,
)
from products.lots.models import Lot
from products.lots.schemas import LotCreate
from products.lots.service import list_lot
from products.parties.lifecycle import SellerAction
from products.parties.models import Buyer, BuyerKind, Seller, SellerKind
from products.parties.schemas import BuyerCreate, SellerCreate
from products.parties.service import apply_action, create_buyer, create_seller

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


