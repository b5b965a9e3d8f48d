"""The committee's training, 2018 to 2020, as the report tells it (pure: what to load, not how).

The counts are the report's: 52 领头雁 sessions at city, county and town level over three years, paid from the
city's special funding of 4.4 million CNY (here: 200,000 a city session, 100,000 a county one, 50,000 a town
one); five of the 2020 town sessions were for one group each (registered poor households, homestay owners,
e-commerce youth, rural entrepreneurs: 45 places each, some 220 trainees); 20 青农大讲堂 lectures; 23 e-commerce
classes; and 135 young entrepreneurs in the province's online learning in 2020. Capacities are chosen so that,
full and with a few no-shows, the person-times are the report's (7,000+, 1,700+ and 18,000+). Towns are real
towns of each county; titles, dates, venues and lecturers are illustrative.
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from chassis.counties import county_name
from chassis.timezone import BUSINESS_TZ
from training.groups import TargetGroup
from training.programmes.models import ProgrammeKind
from training.sessions.models import SessionLevel, SessionMode

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/training")
YEARS = (2018, 2019, 2020)
LEAD_GOOSE_BUDGET = Decimal("4400000.00")


@dataclass(frozen=True, slots=True)
class DemoProgramme:
    slug: str
    name: str
    kind: ProgrammeKind
    description: str
    funding_source: str = ""
    budget: Decimal | None = None
    completion_min_dates: int | None = None


PROGRAMMES = [
    DemoProgramme("lead-goose", "“领头雁”农村创业青年人才培育工程", ProgrammeKind.lead_goose,
                  "以建档立卡贫困户为重点，覆盖不同农业领域、不同层次的农村创业青年，开展市、县、镇三级领头雁培训。",
                  "市级专项资金（2018—2020年）", LEAD_GOOSE_BUDGET),
    DemoProgramme("lecture-hall", "青农大讲堂", ProgrammeKind.lecture_hall,
                  "团市委联合市农学会举办的农业技术与经营管理专题讲座。"),
    DemoProgramme("ecommerce", "青年电商创业培训班", ProgrammeKind.ecommerce_class,
                  "青年电商创业引导工程的培训班，培育清远农产品电商主力军。"),
    DemoProgramme("online", "广东省“领头雁”线上扶智学习", ProgrammeKind.online,
                  "组织农村创业青年参加广东省“领头雁”线上扶智学习。", "省级线上学习平台"),
]

LECTURERS = [
    ("lin", "林志坚", "清远市农学会", ["砂糖橘", "柑橘病虫害防控"]),
    ("huang", "黄晓明", "英德市茶叶产业协会", ["英德红茶", "茶园管理"]),
    ("he", "何丽萍", "清远职业技术学院", ["农产品电商", "短视频运营"]),
    ("zhou", "周国强", "清远市农业农村局", ["农业政策", "创业贷款与贴息"]),
    ("liang", "梁振华", "连州市农业技术推广中心", ["蔬菜种植", "水肥一体化"]),
    ("chen", "陈美玲", "清远市旅游协会", ["乡村民宿", "乡村旅游"]),
    ("wu", "吴建新", "华南农业大学", ["生猪养殖", "动物防疫"]),
    ("deng", "邓海燕", "清远市供销合作联社", ["合作社经营", "农产品品牌"]),
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
    "441823": ("有劳力建档立卡贫困户专场", TargetGroup.poor_household),
    "441825": ("民宿主专场", TargetGroup.homestay_owner),
    "441826": ("农村电商青年专场", TargetGroup.ecommerce_youth),
    "441881": ("有劳力建档立卡贫困户专场", TargetGroup.poor_household),
    "441882": ("农村创业青年专场", TargetGroup.entrepreneur),
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
    first_day: date
    days: int
    hours: tuple[time, time]
    capacity: int
    cost: Decimal = Decimal(0)
    target: TargetGroup = TargetGroup.all
    lecturers: tuple[str, ...] = ()
    mode: SessionMode = SessionMode.offline

    def dates(self) -> list[tuple[datetime, datetime]]:
        return [(datetime.combine(self.first_day + timedelta(days=n), self.hours[0], tzinfo=BUSINESS_TZ),
                 datetime.combine(self.first_day + timedelta(days=n), self.hours[1], tzinfo=BUSINESS_TZ))
                for n in range(self.days)]


DAY = (time(9), time(17))
AFTERNOON = (time(14, 30), time(17))


def year_and_index(i: int, per_year: tuple[int, int, int]) -> tuple[int, int]:
    """The year of the i-th of a run of sessions spread `per_year` over YEARS, and its index in that year."""
    for year, count in zip(YEARS, per_year, strict=True):
        if i < count:
            return year, i
        i -= count
    raise ValueError("more sessions than the years hold")


def lead_goose() -> Iterator[DemoSession]:
    for n, (day, title, venue) in enumerate(CITY_LEAD_GOOSE, 1):
        yield DemoSession(f"lead-goose-city-{n}", "lead-goose", title, SessionLevel.city, None, None, venue, day, 3,
                          DAY, 300, Decimal(200_000), lecturers=("zhou", "he"))
    for i, code in enumerate(COUNTIES):
        name = county_name(code)
        for y, year in enumerate(YEARS):
            yield DemoSession(f"lead-goose-{code}-{year}", "lead-goose", f"{year}年{name}“领头雁”农村创业青年培训班",
                              SessionLevel.county, code, None, f"中共{name}委党校", date(year, 5 + i, 15), 2, DAY, 150,
                              Decimal(100_000), lecturers=("zhou",))
            town = TOWNS[code][y]
            group, target = GROUP_SESSIONS_2020.get(code, (None, TargetGroup.all)) if year == 2020 else (None,
                                                                                                         TargetGroup.all)
            title = f"{year}年{town}“领头雁”培训：{group}" if group else f"{year}年{town}“领头雁”农村青年创业培训"
            yield DemoSession(f"lead-goose-{code}-{year}-town", "lead-goose", title, SessionLevel.town, code, town,
                              f"{town}综合文化站", date(year, 6 + i % 6, 22), 1, DAY, 45 if group else 120,
                              Decimal(50_000), target)


def lecture_hall() -> Iterator[DemoSession]:
    for i, topic in enumerate(LECTURE_TOPICS):
        year, k = year_and_index(i, (6, 7, 7))
        code = None if i % 2 == 0 else COUNTIES[(i // 2) % len(COUNTIES)]
        level, venue = (SessionLevel.city, "中共清远市委党校") if code is None else (
            SessionLevel.county, f"中共{county_name(code)}委党校")
        yield DemoSession(f"lecture-hall-{i + 1}", "lecture-hall", f"青农大讲堂第{i + 1}期：{topic}", level, code,
                          None, venue, date(year, (5 if year == 2020 else 3) + k, 18), 1, AFTERNOON, 90,
                          lecturers=(LECTURERS[i % len(LECTURERS)][0],))


def ecommerce_classes() -> Iterator[DemoSession]:
    for i in range(23):
        year, k = year_and_index(i, (7, 8, 8))
        code = COUNTIES[i % len(COUNTIES)]
        name, theme = county_name(code), ECOMMERCE_THEMES[i % len(ECOMMERCE_THEMES)]
        yield DemoSession(f"ecommerce-{i + 1}", "ecommerce", f"{year}年{name}青年电商创业培训班：{theme}",
                          SessionLevel.county, code, None, f"{name}电子商务公共服务中心", date(year, 4 + k, 10), 1,
                          DAY, 1000 if i % 2 == 0 else 600, lecturers=("he",))


def online_learning() -> Iterator[DemoSession]:
    yield DemoSession("online-2020", "online", "2020年广东省“领头雁”线上扶智学习（清远学员）", SessionLevel.city, None,
                      None, "广东省“领头雁”线上学习平台", date(2020, 4, 1), 1, (time(0), time(23, 59)), 135,
                      mode=SessionMode.online)


def history() -> list[DemoSession]:
    return [*lead_goose(), *lecture_hall(), *ecommerce_classes(), *online_learning()]


def upcoming(today: date) -> list[DemoSession]:
    """Sessions open for enrolment now, so the demo can be used: one with seats, one full with a waitlist."""
    return [
        DemoSession("upcoming-xiniu", "lead-goose", f"{today.year}年冬季西牛镇“领头雁”农村青年创业培训",
                    SessionLevel.town, "441881", "西牛镇", "西牛镇综合文化站", today + timedelta(days=14), 1, DAY, 60,
                    lecturers=("huang",)),
        DemoSession("upcoming-lecture", "lecture-hall", "青农大讲堂第21期：冬季柑橘园管理", SessionLevel.city, None,
                    None, "中共清远市委党校", today + timedelta(days=7), 1, AFTERNOON, 30, lecturers=("lin",)),
        DemoSession("upcoming-ecommerce", "ecommerce", f"{today.year}年英德市青年电商创业培训班：直播带货实操",
                    SessionLevel.county, "441881", None, "英德市电子商务公共服务中心", today + timedelta(days=21), 2,
                    DAY, 100, lecturers=("he",)),
    ]


def demo_id(kind: str, slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}/{slug}")
