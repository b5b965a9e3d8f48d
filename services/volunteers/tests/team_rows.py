"""Rows the hours, certificates, visits and internships tests stand on: an activity, a service point, a team and
its students, written straight to the database (their own routes are tested in their folders).

Each call makes new rows with unique names: the database lives for the whole run.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from fastapi import FastAPI

from chassis.testing import auth_header
from chassis.timezone import business_today
from volunteers.activities.models import Activity, ActivityKind
from volunteers.profiles.models import Profile
from volunteers.teams.models import ServicePoint, Team, TeamMember

YINGDE = "441881"  # 英德市
LIANZHOU = "441882"  # 连州市
CITY = auth_header("city_staff")
YINGDE_STAFF = auth_header("county_staff", county=YINGDE)
LIANZHOU_STAFF = auth_header("county_staff", county=LIANZHOU)


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


@dataclass
class Student:
    profile_id: uuid.UUID
    user_id: str
    name: str

    @property
    def headers(self) -> dict[str, str]:
        return auth_header("volunteer", sub=self.user_id)


@dataclass
class TeamRows:
    id: uuid.UUID
    name: str
    county_code: str
    leader: Student
    members: list[Student] = field(default_factory=list)


async def new_student(app: FastAPI, name: str | None = None, university: str = "华南农业大学") -> Student:
    student = Student(uuid.uuid4(), str(uuid.uuid4()), name or unique("学生"))
    async with app.state.sessionmaker() as session, session.begin():
        session.add(Profile(id=student.profile_id, user_id=student.user_id, name=student.name, phone_encrypted="x",
                            university=university, major="农学", year=2, emergency_contact_name="家长",
                            emergency_contact_phone_encrypted="x"))
    return student


async def new_team(app: FastAPI, *, county_code: str = YINGDE, members: int = 2, starts_on: date | None = None,
                   ends_on: date | None = None) -> TeamRows:
    """A service team serving today (unless dates are given), with a leader and `members` other students."""
    today = business_today()
    starts_on = starts_on or today - timedelta(days=3)
    ends_on = ends_on or today + timedelta(days=10)
    leader = await new_student(app)
    students = [await new_student(app) for _ in range(members)]
    team = TeamRows(uuid.uuid4(), unique("产业振兴服务队"), county_code, leader, students)
    async with app.state.sessionmaker() as session, session.begin():
        activity = Activity(name=unique("测试服务队活动"), kind=ActivityKind.service_team, county_code=county_code,
                            village=unique("村"), recruit_from=starts_on - timedelta(days=60),
                            recruit_until=starts_on - timedelta(days=30), places=50, accepted=0, starts_on=starts_on,
                            ends_on=ends_on)
        point = ServicePoint(county_code=county_code, village=unique("服务点"))
        session.add_all([activity, point])
        await session.flush()
        session.add(Team(id=team.id, activity_id=activity.id, service_point_id=point.id, name=team.name,
                         county_code=county_code, advising_teacher="王老师", starts_on=starts_on, ends_on=ends_on))
        await session.flush()
        session.add_all([TeamMember(team_id=team.id, profile_id=s.profile_id, user_id=s.user_id, leader=s is leader)
                         for s in [leader, *students]])
    return team
