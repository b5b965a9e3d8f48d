"""The report's figures from records: brand videos, e-commerce platforms, unsold-produce notices, pairings."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.counties import county_name
from chassis.crypto import FieldCipher
from products.demo.people import (
    CITY_STAFF,
    county_staff,
    demo_id,
    demo_product_id,
)
from products.notices.lifecycle import NoticeAction
from products.notices.models import Inquiry, Notice
from products.notices.schemas import InquiryCreate, NoticeCreate
from products.notices.service import apply_action as act_on_notice
from products.notices.service import draft, inquire
from products.pairings.models import Pairing
from products.pairings.schemas import PairingCreate
from products.pairings.service import create_pairing
from products.platforms.models import Platform
from products.platforms.schemas import PlatformCreate
from products.platforms.service import create_platform
from products.promotion.models import Video
from products.promotion.schemas import VideoCreate
from products.promotion.service import create_video

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


# 万企帮万村, the first batch of 2020, as the report tells it: four provincially designated poor villages, of which
# it names 英德寨背村 and 连州黄芒村; 广东合地集团, 广州市青少年发展基金会 and 广西锦乐通信工程公司 raised 130,000
# CNY, all for those two; the city's youth chamber of commerce and young farmers' association (市青商会, 市青农会)
# brought their members in. The report gives neither the towns, nor the other two villages' names, nor how the
# 130,000 was split: the towns are left empty, the other two villages are recorded under the names below, and the
# split is the demo's own.
PAIRINGS = [
    ("heidi-zhaibei", "广东合地集团", "441881", "寨背村", "60000.00"),
    ("youth-foundation-huangmang", "广州市青少年发展基金会", "441882", "黄芒村", "40000.00"),
    ("jinletong-zhaibei", "广西锦乐通信工程公司", "441881", "寨背村", "30000.00"),
    ("youth-chamber-third", "清远市青年商会", "441881", "第一批结对村（三）", "0.00"),
    ("youth-farmers-fourth", "清远市青年发展现代农业促进会", "441882", "第一批结对村（四）", "0.00"),
]


async def load_pairings(session: AsyncSession) -> int:
    added = 0
    for slug, enterprise, county, village, funds in PAIRINGS:
        if await session.get(Pairing, demo_id("pairing", slug)) is None:
            await create_pairing(session=session, principal=CITY_STAFF, pairing_id=demo_id("pairing", slug),
                                 data=PairingCreate(enterprise=enterprise, county_code=county,
                                                    village=village, paired_on=date(2020, 5, 20),
                                                    funds_pledged=Decimal(funds), funds_received=Decimal(funds)))
            added += 1
    return added


