"""What the teams did, made through the service functions: hours checked in and out against the leader's
code on the days of service (and approved), site visits with their survey reports (reviewed), and the
spread-wings (展翅计划) internships: 3,120 positions for students from poor families, some placed and evaluated."""

import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from chassis import checkin
from chassis.auth.principal import Principal
from chassis.timezone import BUSINESS_TZ
from volunteers.activities.models import Activity, ActivityKind
from volunteers.config import Settings
from volunteers.demo.history import LOADER, Loader, members
from volunteers.hours.schemas import CheckIn
from volunteers.hours.service import check_in, check_out, decide
from volunteers.internships.models import HostKind
from volunteers.internships.schemas import EvaluationIn, HostCreate, PlacementCreate, PositionCreate
from volunteers.internships.service import create_host, create_position, evaluate, place
from volunteers.profiles.models import Profile
from volunteers.references.client import References
from volunteers.teams.models import Team
from volunteers.visits.models import VisitAction, VisitKind
from volunteers.visits.schemas import VisitCreate
from volunteers.visits.service import create_visit, perform

# The products demo's sellers have these ids (uuid5 of their slugs there): a visit names one, and the volunteers
# service reads its name through the gateway.
PRODUCTS_DEMO = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/products")
FENGYANG_COOPERATIVE = uuid.uuid5(PRODUCTS_DEMO, "seller:fengyang-cooperative")
INTERNSHIP_POSITIONS = 3120


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BUSINESS_TZ).astimezone(UTC)


async def a_day(loader: Loader, settings: Settings, team_id: uuid.UUID, day: date, people: list[Principal],
                *, approve: bool) -> None:
    """Everyone on the team checks in in the morning and out in the afternoon, against the leader's code of
    that moment; the leader approves the members' hours and staff the leader's."""
    secret = settings.checkin_secret.get_secret_value()
    entries = []
    for n, person in enumerate(people):
        arrive, leave = at(day, 8, 30 + n % 20), at(day, 17, n % 25)
        code = checkin.code_for(secret, team_id, checkin.window_of(arrive))
        await check_in(session=loader.session, principal=person, settings=settings,
                       data=CheckIn(team_id=team_id, code=code), now=arrive)
        code = checkin.code_for(secret, team_id, checkin.window_of(leave))
        entries.append((await check_out(session=loader.session, principal=person, settings=settings,
                                        data=CheckIn(team_id=team_id, code=code), now=leave)).id)
    if approve:
        for n, entry_id in enumerate(entries):
            await decide(session=loader.session, principal=LOADER if n == 0 else people[0], entry_id=entry_id,
                         approve=True, reason=None, now=at(day, 21))


async def hours(loader: Loader, today: date) -> None:
    """Two days of every past team (the first and the last); this season's camps: each day so far, today's
    still waiting for the leader."""
    settings = Settings()
    teams = (await loader.session.execute(select(Team.id, Team.starts_on, Team.ends_on)
                                          .order_by(Team.starts_on, Team.name))).all()
    for team_id, starts, ends in teams:
        people = await members(loader, team_id)
        if ends < today:
            for day in (starts, ends):
                await a_day(loader, settings, team_id, day, people, approve=True)
        elif starts <= today:
            for offset in range((today - starts).days + 1):
                day = starts + timedelta(days=offset)
                await a_day(loader, settings, team_id, day, people, approve=day < today)


VISITS = [
    (VisitKind.cooperative, "连州市丰阳镇青年果蔬专业合作社", FENGYANG_COOPERATIVE,
     "合作社砂糖橘滞销约3吨，冷库容量不足，电商渠道单一。",
     "对接产业园食堂与社区团购平台；建议申报冷链补贴并开展直播培训。"),
    (VisitKind.enterprise, "英德市连江口镇红茶加工厂", None,
     "红茶品质好但包装陈旧，线上销量占比不足一成。",
     "重新设计“连樟红”礼盒包装，由服务队拍摄产品短视频并上架电商平台。"),
    (VisitKind.cooperative, "村集体经济合作社", None,
     "民宿与农家乐客源集中在节假日，平日入住率低。", "设计研学旅游线路，联合学校开展周末亲子活动。"),
]


async def visits(loader: Loader) -> None:
    """Three visits of each past service team, submitted by its leader and reviewed by staff."""
    references = References(Settings())
    teams = (await loader.session.execute(
        select(Team.id, Team.ends_on, Team.starts_on).join(Activity, Activity.id == Team.activity_id)
        .where(Activity.kind == ActivityKind.service_team).order_by(Team.starts_on, Team.name))).all()
    for team_id, ends, starts in teams:
        if ends >= date.today():
            continue
        leader = (await members(loader, team_id))[0]
        for n, (kind, organisation, seller_id, findings, recommendations) in enumerate(VISITS):
            visit = await create_visit(session=loader.session, principal=leader, references=references,
                                       data=VisitCreate(
                team_id=team_id, on=starts + timedelta(days=2 + 4 * n), kind=VisitKind.seller if seller_id else kind,
                organisation=organisation, seller_id=seller_id, findings=findings, recommendations=recommendations))
            await perform(session=loader.session, principal=leader, references=references, visit_id=visit.id,
                          action=VisitAction.submit, note=None)
            await perform(session=loader.session, principal=LOADER, references=references, visit_id=visit.id,
                          action=VisitAction.review, note="调研扎实，建议已转交县团委跟进。")


HOSTS = [
    ("清远市人民医院", "441802", HostKind.public_institution, ["导医服务见习", "医务管理见习"]),
    ("清远市清城区人民政府办公室", "441802", HostKind.government, ["政务服务见习"]),
    ("广东清远高新技术产业开发区管委会", "441802", HostKind.government, ["招商服务见习", "企业服务见习"]),
    ("清远市第一中学", "441802", HostKind.public_institution, ["助教见习"]),
    ("英德市英红镇茶叶专业合作社", "441881", HostKind.cooperative, ["茶叶电商运营见习", "品控见习"]),
    ("英德市人民政府办公室", "441881", HostKind.government, ["政务服务见习"]),
    ("连州市丰阳镇青年果蔬专业合作社", "441882", HostKind.cooperative, ["农产品营销见习"]),
    ("连州市人民医院", "441882", HostKind.public_institution, ["护理见习", "药房见习"]),
    ("佛冈县汤塘镇人民政府", "441821", HostKind.government, ["基层治理见习"]),
    ("阳山县农业农村局", "441823", HostKind.government, ["农技推广见习"]),
    ("连山壮族瑶族自治县文化馆", "441825", HostKind.public_institution, ["非遗传承见习"]),
    ("连南瑶族自治县三排镇人民政府", "441826", HostKind.government, ["乡村旅游见习"]),
    ("清新区太和镇社区服务中心", "441803", HostKind.social_organisation, ["社区服务见习", "社工见习"]),
    ("清远市青年企业家协会会员企业", "441802", HostKind.enterprise, ["行政文员见习", "财务见习", "新媒体运营见习"]),
]


async def internships(loader: Loader) -> None:
    """Positions over the 2020 summer whose places add up to the report's 3,120; 120 students placed (from the
    camps' applicants, all from poor families), the first 60 evaluated by their hosts."""
    titles = [(name, county, kind, title) for name, county, kind, titles in HOSTS for title in titles]
    places = [INTERNSHIP_POSITIONS // len(titles) + (1 if n < INTERNSHIP_POSITIONS % len(titles) else 0)
              for n in range(len(titles))]
    hosts: dict[str, uuid.UUID] = {}
    positions = []
    for (name, county, kind, title), count in zip(titles, places, strict=True):
        if name not in hosts:
            hosts[name] = (await create_host(session=loader.session, principal=LOADER, data=HostCreate(
                name=name, county_code=county, kind=kind, contact=f"人事科 {loader.names.phone()}"))).id
        positions.append((await create_position(session=loader.session, principal=LOADER, data=PositionCreate(
            host_id=hosts[name], title=title, places=count, starts_on=date(2020, 7, 6),
            ends_on=date(2020, 8, 28)))).id)
    students = (await loader.session.scalars(select(Profile.id).order_by(Profile.name, Profile.id).limit(120))).all()
    rnd = loader.names.random
    for n, profile_id in enumerate(students):
        placement = await place(session=loader.session, principal=LOADER, data=PlacementCreate(
            position_id=positions[n % len(positions)], profile_id=profile_id, poor_family=True))
        if n < 60:
            await evaluate(session=loader.session, principal=LOADER, placement_id=placement.id, now=at(
                date(2020, 8, 28), 16), data=EvaluationIn(rating=rnd.choice([4, 5, 5, 3]),
                                                          comment="工作认真负责，沟通能力强。"))
