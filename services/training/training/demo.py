"""Demo data: the committee's training programmes and their sessions, 2018 to 2020. Idempotent.

The counts are the report's: 52 领头雁 sessions at city, county and town level over three years (five of the
2020 town sessions were for poor households, young entrepreneurs, homestay owners and e-commerce youth, some
220 trainees), 20 青农大讲堂 lectures and 23 e-commerce classes; the online programme (135 young entrepreneurs in
the province's online learning) is recorded without sessions of ours. Capacities are chosen so that their sums
cover the report's person-times (7,000+, 1,700+ and 18,000+). Towns are real towns of each county; titles,
dates and venues are illustrative.
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.timezone import BUSINESS_TZ
from training.programmes.models import Programme, ProgrammeKind
from training.programmes.schemas import ProgrammeCreate
from training.programmes.service import create_programme
from training.sessions.models import SessionLevel, TrainingSession
from training.sessions.schemas import TrainingSessionCreate
from training.sessions.service import create_session

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/training")
LOADER = Principal(subject="demo-loader", role=Role.admin)
YEARS = (2018, 2019, 2020)

PROGRAMMES = [
    ("lead-goose", "“领头雁”农村创业青年人才培育工程", ProgrammeKind.lead_goose,
     "以建档立卡贫困户为重点，覆盖不同农业领域、不同层次的农村创业青年，开展市、县、镇三级领头雁培训。"),
    ("lecture-hall", "青农大讲堂", ProgrammeKind.lecture_hall,
     "团市委联合市农学会举办的农业技术与经营管理专题讲座。"),
    ("ecommerce", "青年电商创业培训班", ProgrammeKind.ecommerce_class,
     "青年电商创业引导工程的培训班，培育清远农产品电商主力军。"),
    ("online", "广东省“领头雁”线上扶智学习", ProgrammeKind.online,
     "组织农村创业青年参加广东省“领头雁”线上扶智学习。"),
]

# Three real towns of each county: the 领头雁 town session of 2018, 2019 and 2020.
TOWNS = {
    "441802": ("石角镇", "飞来峡镇", "源潭镇"),
    "441803": ("太和镇", "山塘镇", "浸潭镇"),
    "441821": ("汤塘镇", "迳头镇", "龙山镇"),
    "441823": ("黎埠镇", "七拱镇", "杜步镇"),
    "441825": ("吉田镇", "太保镇", "永和镇"),
    "441826": ("三江镇", "寨岗镇", "三排镇"),
    "441881": ("西牛镇", "九龙镇", "连江口镇"),
    "441882": ("东陂镇", "保安镇", "丰阳镇"),
}
COUNTIES = list(TOWNS)
# 2020's town sessions in these five counties were each for one group (45 places each).
GROUP_SESSIONS_2020 = {
    "441823": "有劳力建档立卡贫困户专场",
    "441825": "民宿主专场",
    "441826": "农村电商青年专场",
    "441881": "有劳力建档立卡贫困户专场",
    "441882": "农村创业青年专场",
}
CITY_LEAD_GOOSE = [
    (date(2018, 6, 12), "2018年清远市“领头雁”农村创业青年培训班", "中共清远市委党校"),
    (date(2019, 5, 21), "2019年清远市“领头雁”农村创业青年培训班", "中共清远市委党校"),
    (date(2020, 7, 7), "2020年清远市“领头雁”农村创业青年培训班（第一期）", "连樟村乡村振兴学院"),
    (date(2020, 11, 17), "2020年清远市“领头雁”农村创业青年培训班（第二期）", "中共清远市委党校"),
]
LECTURE_TOPICS = [
    "砂糖橘黄龙病综合防控", "英德红茶标准化种植与加工", "家庭农场经营与财务管理", "生猪养殖疫病防控",
    "农民专业合作社规范化建设", "稻田综合种养技术", "连州菜心绿色种植", "农产品品牌打造与包装设计",
    "乡村民宿经营与服务", "创业贷款与贴息政策解读", "澳洲坚果栽培管理", "山地鸡生态养殖",
    "农产品质量安全与认证", "水肥一体化技术应用", "乡村旅游项目策划", "冷链物流与农产品保鲜",
    "溪黄草等中药材种植", "疫情下农业企业复工复产", "社区团购与农产品上行", "农业保险与风险防范",
]
ECOMMERCE_THEMES = ["农产品网店运营", "短视频与直播带货", "社区团购运营", "农产品包装与品牌", "电商客服与物流"]


@dataclass(frozen=True, slots=True)
class DemoSession:
    slug: str
    programme: str
    title: str
    level: SessionLevel
    county_code: str | None
    town: str | None
    venue: str
    starts_at: datetime
    ends_at: datetime
    capacity: int


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BUSINESS_TZ)


def year_and_index(i: int, per_year: tuple[int, int, int]) -> tuple[int, int]:
    """The year of the i-th of a run of sessions spread `per_year` over YEARS, and its index in that year."""
    for year, count in zip(YEARS, per_year, strict=True):
        if i < count:
            return year, i
        i -= count
    raise ValueError("more sessions than the years hold")


def lead_goose() -> Iterator[DemoSession]:
    for n, (day, title, venue) in enumerate(CITY_LEAD_GOOSE, 1):
        yield DemoSession(f"lead-goose-city-{n}", "lead-goose", title, SessionLevel.city, None, None, venue,
                          at(day, 9), at(day + timedelta(days=2), 17), 300)
    for i, code in enumerate(COUNTIES):
        name = county_name(code)
        for y, year in enumerate(YEARS):
            day = date(year, 5 + i, 15)
            yield DemoSession(f"lead-goose-{code}-{year}", "lead-goose", f"{year}年{name}“领头雁”农村创业青年培训班",
                              SessionLevel.county, code, None, f"中共{name}委党校",
                              at(day, 9), at(day + timedelta(days=1), 17), 150)
            town, day = TOWNS[code][y], date(year, 6 + i % 6, 22)
            group = GROUP_SESSIONS_2020.get(code) if year == 2020 else None
            title = f"{year}年{town}“领头雁”培训：{group}" if group else f"{year}年{town}“领头雁”农村青年创业培训"
            yield DemoSession(f"lead-goose-{code}-{year}-town", "lead-goose", title, SessionLevel.town, code, town,
                              f"{town}综合文化站", at(day, 9), at(day, 17), 45 if group else 120)


def lecture_hall() -> Iterator[DemoSession]:
    for i, topic in enumerate(LECTURE_TOPICS):
        year, k = year_and_index(i, (6, 7, 7))
        day = date(year, (5 if year == 2020 else 3) + k, 18)
        code = None if i % 2 == 0 else COUNTIES[(i // 2) % len(COUNTIES)]
        level, venue = (SessionLevel.city, "中共清远市委党校") if code is None else (
            SessionLevel.county, f"中共{county_name(code)}委党校")
        yield DemoSession(f"lecture-hall-{i + 1}", "lecture-hall", f"青农大讲堂第{i + 1}期：{topic}", level, code,
                          None, venue, at(day, 14, 30), at(day, 17), 90)


def ecommerce_classes() -> Iterator[DemoSession]:
    for i in range(23):
        year, k = year_and_index(i, (7, 8, 8))
        code, day = COUNTIES[i % len(COUNTIES)], date(year, 4 + k, 10)
        name, theme = county_name(code), ECOMMERCE_THEMES[i % len(ECOMMERCE_THEMES)]
        yield DemoSession(f"ecommerce-{i + 1}", "ecommerce", f"{year}年{name}青年电商创业培训班：{theme}",
                          SessionLevel.county, code, None, f"{name}电子商务公共服务中心",
                          at(day, 9), at(day + timedelta(days=1), 17), 1000 if i % 2 == 0 else 600)


def demo_id(kind: str, slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}/{slug}")


async def load_demo(session: AsyncSession) -> str:
    programme_ids: dict[str, uuid.UUID] = {}
    added_programmes = added_sessions = 0
    for slug, name, kind, description in PROGRAMMES:
        existing = await session.scalar(select(Programme.id).where(Programme.name == name))
        if existing is None:
            programme = ProgrammeCreate(name=name, kind=kind, description=description)
            existing = (await create_programme(session=session, data=programme,
                                               programme_id=demo_id("programme", slug))).id
            added_programmes += 1
        programme_ids[slug] = existing
    demo = [*lead_goose(), *lecture_hall(), *ecommerce_classes()]
    loaded = set(await session.scalars(
        select(TrainingSession.id).where(TrainingSession.id.in_([demo_id("session", s.slug) for s in demo]))))
    for s in demo:
        if demo_id("session", s.slug) in loaded:
            continue
        data = TrainingSessionCreate(programme_id=programme_ids[s.programme], title=s.title, level=s.level,
                                     county_code=s.county_code, town=s.town, venue=s.venue,
                                     starts_at=s.starts_at, ends_at=s.ends_at, capacity=s.capacity)
        await create_session(session=session, principal=LOADER, data=data, session_id=demo_id("session", s.slug))
        added_sessions += 1
    return f"training: {added_programmes} programmes and {added_sessions} sessions added"
