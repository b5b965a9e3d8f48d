"""The report's two summers (2019, 2020), made through the service functions the API calls.

Summer camps: 12 villages a year, 814 students applied and 160 took part (8 camps of 7 and 4 of 6 a year);
405 children in 2019 and 350 in the 2020 城乡少年手拉手 camps, 755 in all, nearly all with their ten ones.
Industry service teams: 13 teams, 173 students, over 20 service points with the camp villages.
"""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from volunteers.activities.models import ActivityKind
from volunteers.activities.schemas import ActivityCreate
from volunteers.activities.service import create_activity
from volunteers.camps.schemas import CampCreate
from volunteers.camps.service import create_camp
from volunteers.children.models import Gender, TenOne
from volunteers.children.schemas import ChildWrite, TenOneCreate
from volunteers.children.service import create_child, record_ten_one
from volunteers.demo.names import GRADES, OTHER_HOMETOWNS, RELATIONSHIPS, UNIVERSITIES, Names
from volunteers.demo.places import CAMP_VILLAGES, SERVICE_TEAMS
from volunteers.profiles.models import Profile
from volunteers.profiles.schemas import ProfileCreate
from volunteers.profiles.service import create_profile
from volunteers.selection.lifecycle import ApplicationAction
from volunteers.selection.schemas import ApplicationCreate
from volunteers.selection.service import act, apply, set_interview
from volunteers.teams.models import TeamMember
from volunteers.teams.schemas import MemberAdd, TeamCreate
from volunteers.teams.service import add_member, create_team

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/volunteers")
LOADER = Principal(subject="demo-loader", role=Role.admin, name="演示数据 demo loader")
CAMP_DESCRIPTION = ("清远籍大学生返乡，为留守儿童提供“十个一”关爱服务：健康体检、艺术培训、辅导学习、"
                    "游戏拓展、家访探视、文化宣传、志愿服务、红色教育、个性展示和防溺水等安全教育。")
CAMP_APPLICANTS = {2019: 396, 2020: 418}
CHILDREN = {2019: [34] * 9 + [33] * 3, 2020: [29] * 10 + [30] * 2}
SERVICE_APPLICANTS_PER_PLACE = 1.4


@dataclass
class Loader:
    session: AsyncSession
    cipher: FieldCipher
    names: Names
    points: dict[str, uuid.UUID]  # village -> service point

    def id(self, *parts: object) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, ":".join(map(str, parts)))

    async def student(self, key: str, *, declared: bool = True, native: bool | None = None) -> Principal:
        """A made-up student with a profile; returns them as a caller (a `volunteer` token would say the same)."""
        rnd = self.names.random
        major, skills = self.names.major()
        is_native = rnd.random() < 0.8 if native is None else native
        name = self.names.person()
        user_id = str(self.id("student", key))
        await create_profile(session=self.session, cipher=self.cipher, profile_id=self.id("profile", key),
                             data=ProfileCreate(
            user_id=user_id, name=name, phone=self.names.phone(), university=rnd.choice(UNIVERSITIES), major=major,
            year=rnd.randint(1, 4), hometown_county_code=rnd.choice(list(self.points_counties())) if is_native
            else None, hometown=None if is_native else rnd.choice(OTHER_HOMETOWNS), skills=skills,
            emergency_contact_name=self.names.person(), emergency_contact_phone=self.names.phone(),
            insurance_policy=f"学平险 {rnd.randint(100000, 999999)}", insurance_until=None,
            safeguarding_trained_on=None, declaration_no_record=declared))
        return Principal(subject=user_id, role=Role.volunteer, name=name)

    @staticmethod
    def points_counties() -> set[str]:
        return {county for county, _, _, _ in CAMP_VILLAGES}


async def recruit(loader: Loader, activity_id: uuid.UUID, places: int, applicants: int, applied_on: date,
                  key: str, undecided: int = 0) -> list[uuid.UUID]:
    """Applications to an activity, interviews for the best, and decisions: `places` accepted, the next as many
    waitlisted, the rest rejected or withdrawn but the `undecided` lowest. Returns the accepted, best first."""
    rnd = loader.names.random
    applications = []
    for n in range(applicants):
        student = await loader.student(f"{key}:{n}")
        applications.append(await apply(session=loader.session, principal=student, activity_id=activity_id,
                                         data=ApplicationCreate(motivation="希望回到家乡，用所学为乡村孩子做点事。"),
                                         today=applied_on))
    applications.sort(key=lambda a: -a.score)
    interviewed = sorted([await set_interview(session=loader.session, principal=LOADER, application_id=a.id,
                                              interview_score=rnd.randint(60, 98))
                          for a in applications[:places * 2]], key=lambda a: -a.score)
    decisions = [(a.id, ApplicationAction.accept if n < places else ApplicationAction.waitlist)
                 for n, a in enumerate(interviewed)]
    decisions += [(a.id, rnd.choice([ApplicationAction.reject] * 6 + [ApplicationAction.withdraw]))
                  for a in applications[places * 2:len(applications) - undecided]]
    for application_id, action in decisions:
        await act(session=loader.session, principal=LOADER, application_id=application_id, action=action,
                  reason="学生本人申请退出" if action is ApplicationAction.withdraw else None)
    return [application_id for application_id, action in decisions if action is ApplicationAction.accept]


async def team_of(loader: Loader, activity_id: uuid.UUID, name: str, village: str, starts: date, ends: date,
                  accepted: list[uuid.UUID]) -> uuid.UUID:
    team = await create_team(session=loader.session, principal=LOADER, team_id=loader.id("team", name), data=TeamCreate(
        activity_id=activity_id, service_point_id=loader.points[village], name=name,
        advising_teacher=loader.names.person() + "老师", starts_on=starts, ends_on=ends))
    for n, application_id in enumerate(accepted):
        await add_member(session=loader.session, principal=LOADER, team_id=team.id,
                         data=MemberAdd(application_id=application_id, leader=n == 0))
    return team.id


async def members(loader: Loader, team_id: uuid.UUID) -> list[Principal]:
    """The team's members as callers, the leader first."""
    rows = await loader.session.execute(
        select(TeamMember.user_id, Profile.name).join(Profile, Profile.id == TeamMember.profile_id)
        .where(TeamMember.team_id == team_id, TeamMember.left_at.is_(None))
        .order_by(TeamMember.leader.desc(), Profile.name))
    return [Principal(subject=user_id, role=Role.volunteer, name=name) for user_id, name in rows]


async def children_of(loader: Loader, camp_id: uuid.UUID, team_id: uuid.UUID, count: int, village: str,
                      starts: date, ends: date, *, recorded: float, key: str) -> None:
    """`count` made-up children; each of their ten ones done with probability `recorded`, recorded on the day by
    one of the team's volunteers."""
    team = await members(loader, team_id)
    rnd = loader.names.random
    for n in range(count):
        age = rnd.randint(6, 14)
        child = await create_child(session=loader.session, principal=LOADER, cipher=loader.cipher,
                                   child_id=loader.id("child", key, n), data=ChildWrite(
            camp_id=camp_id, name=loader.names.person(), birth_year=starts.year - age, birth_month=rnd.randint(1, 12),
            gender=rnd.choice(list(Gender)), grade=GRADES[min(max(age - 6, 0), len(GRADES) - 1)], village=village,
            guardian_name=loader.names.person(), guardian_relationship=rnd.choice(RELATIONSHIPS),
            guardian_phone=loader.names.phone(), consent_records=True, consent_photos=rnd.random() < 0.7,
            consent_on=starts - timedelta(days=rnd.randint(3, 20))))
        for i, item in enumerate(TenOne):
            if rnd.random() < recorded:
                on = min(starts + timedelta(days=i % max((ends - starts).days + 1, 1)), ends)
                await record_ten_one(session=loader.session, principal=team[(n + i) % len(team)],
                                     child_id=child.id, data=TenOneCreate(item=item, on=on, note=""), today=on)


async def summers(loader: Loader) -> None:
    for year in (2019, 2020):
        title = "清远籍大学生返乡关爱留守儿童公益夏令营" if year == 2019 else "“城乡少年手拉手”关爱留守儿童公益夏令营"
        per_camp = spread(CAMP_APPLICANTS[year], len(CAMP_VILLAGES))
        for i, (county, town, village, _) in enumerate(CAMP_VILLAGES):
            places = 7 if i < 8 else 6
            starts = date(year, 7, 6 + (i % 4) * 7)
            ends = starts + timedelta(days=9)
            name = f"{year}年{title}（{village}）"
            activity = await create_activity(session=loader.session, principal=LOADER, activity_id=loader.id(name),
                                             data=ActivityCreate(
                name=name, kind=ActivityKind.summer_camp, county_code=county, town=town, village=village,
                recruit_from=date(year, 5, 20), recruit_until=date(year, 6, 20), places=places, starts_on=starts,
                ends_on=ends, skills_wanted=["tutoring", "art", "medical"], description=CAMP_DESCRIPTION))
            accepted = await recruit(loader, activity.id, places, per_camp[i], date(year, 6, 1), f"camp:{year}:{i}")
            team_id = await team_of(loader, activity.id, f"{year}年{village}关爱留守儿童服务队", village, starts, ends,
                                    accepted)
            camp = await create_camp(session=loader.session, principal=LOADER, camp_id=loader.id("camp", name),
                                     data=CampCreate(team_id=team_id, name=name, starts_on=starts, ends_on=ends))
            await children_of(loader, camp.id, team_id, CHILDREN[year][i], village, starts, ends, recorded=0.97,
                              key=f"{year}:{i}")


async def service_teams(loader: Loader) -> None:
    for i, (year, county, town, village, focus) in enumerate(SERVICE_TEAMS):
        places = 14 if i < 4 else 13
        starts = date(year, 7, 13 + (i % 3) * 7)
        ends = starts + timedelta(days=20)
        name = f"{year}年清远大学生产业振兴服务队（{village}）"
        activity = await create_activity(session=loader.session, principal=LOADER, activity_id=loader.id(name),
                                         data=ActivityCreate(
            name=name, kind=ActivityKind.service_team, county_code=county, town=town, village=village,
            recruit_from=date(year, 5, 10), recruit_until=date(year, 6, 15), places=places, starts_on=starts,
            ends_on=ends, skills_wanted=["agriculture", "ecommerce", "photography"],
            description=f"7月至8月暑假期间进村入企、实地调研，围绕“{focus}”用专业知识助力现代农业发展。"))
        accepted = await recruit(loader, activity.id, places, round(places * SERVICE_APPLICANTS_PER_PLACE),
                                 date(year, 5, 20), f"team:{year}:{i}")
        await team_of(loader, activity.id, f"{year}年{village}产业振兴服务队", village, starts, ends, accepted)


def spread(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if n < total % parts else 0) for n in range(parts)]
