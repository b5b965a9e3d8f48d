"""Demo data: two summers (2019, 2020) of student volunteers in Qingyuan's villages. Idempotent.

The report's counts: summer camps for left-behind children in 12 villages a year (24 camps, 160 students in
all) and 13 industry revitalization service teams (170-odd students) over 20 service points. 连樟村, 寨背村
and 黄芒村 are the report's villages (the report names the last two by county only, so no town is recorded);
the other villages are illustrative, in real towns of their counties. No child's data is recorded here.
"""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from volunteers.activities.models import Activity, ActivityKind
from volunteers.activities.schemas import ActivityCreate
from volunteers.activities.service import create_activity

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/volunteers")
LOADER = Principal(subject="demo-loader", role=Role.admin)

# (county code, town, village): the twelve camp villages, the same both summers.
CAMP_VILLAGES = [
    ("441881", "连江口镇", "连樟村"),
    ("441881", None, "寨背村"),
    ("441882", None, "黄芒村"),
    ("441826", "三排镇", "南岗村"),
    ("441826", "三排镇", "油岭村"),
    ("441882", "保安镇", "卿罡村"),
    ("441823", "黎埠镇", "水井村"),
    ("441825", "永和镇", "大旭村"),
    ("441821", "迳头镇", "井冈村"),
    ("441803", "浸潭镇", "黄坑村"),
    ("441802", "飞来峡镇", "江口村"),
    ("441881", "九龙镇", "活石村"),
]
# (year, county code, town, village, the team's focus): five camp villages and eight more.
SERVICE_TEAMS = [
    (2019, "441881", "连江口镇", "连樟村", "乡村旅游与农产品电商"),
    (2019, "441881", None, "寨背村", "特色种植与合作社经营"),
    (2019, "441882", None, "黄芒村", "特色养殖与产品销售"),
    (2019, "441881", "英红镇", "锦潭村", "英德红茶品牌推广"),
    (2019, "441882", "丰阳镇", "畔水村", "牛肉干加工与包装"),
    (2019, "441821", "汤塘镇", "新联村", "澳洲坚果种植调研"),
    (2020, "441826", "三排镇", "南岗村", "瑶寨民宿与乡村旅游"),
    (2020, "441882", "保安镇", "卿罡村", "古村文旅策划"),
    (2020, "441823", "杜步镇", "新城村", "农产品直播带货"),
    (2020, "441825", "太保镇", "欧家村", "有机稻米品牌打造"),
    (2020, "441803", "太平镇", "龙湾村", "蔬菜基地数字化管理"),
    (2020, "441802", "源潭镇", "青龙村", "社区团购与农产品上行"),
    (2020, "441826", "寨岗镇", "金坑村", "山地特色农业调研"),
]
CAMP_DESCRIPTION = ("清远籍大学生返乡，为留守儿童提供“十个一”关爱服务：健康体检、艺术培训、辅导学习、"
                    "游戏拓展、家访探视、文化宣传、志愿服务、红色教育、个性展示和防溺水等安全教育。")


def summer_camps() -> list[ActivityCreate]:
    camps = []
    for year in (2019, 2020):
        for i, (county_code, town, village) in enumerate(CAMP_VILLAGES):
            camps.append(ActivityCreate(
                name=f"{year}年“城乡少年手拉手”关爱留守儿童公益夏令营（{village}）", kind=ActivityKind.summer_camp,
                county_code=county_code, town=town, village=village, recruit_from=date(year, 5, 20),
                recruit_until=date(year, 6, 20), places=7 if i < 8 else 6, description=CAMP_DESCRIPTION))
    return camps


def service_teams() -> list[ActivityCreate]:
    return [
        ActivityCreate(
            name=f"{year}年清远大学生产业振兴服务队（{village}）", kind=ActivityKind.service_team,
            county_code=county_code, town=town, village=village, recruit_from=date(year, 5, 10),
            recruit_until=date(year, 6, 15), places=14 if i < 4 else 13,
            description=f"7月至8月暑假期间进村入企、实地调研，围绕“{focus}”用专业知识助力现代农业发展。")
        for i, (year, county_code, town, village, focus) in enumerate(SERVICE_TEAMS)
    ]


async def load_demo(session: AsyncSession) -> str:
    added = 0
    for data in (*summer_camps(), *service_teams()):
        if await session.scalar(select(Activity.id).where(Activity.name == data.name)):
            continue
        await create_activity(session=session, principal=LOADER, data=data,
                              activity_id=uuid.uuid5(DEMO_NAMESPACE, data.name))
        added += 1
    return f"volunteers: {added} activities added"
