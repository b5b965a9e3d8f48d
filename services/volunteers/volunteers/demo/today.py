"""This season, dated from the day the demo is loaded, so the privacy rules can be seen working today.

The demo `volunteer` account (张悦 of 华南农业大学) leads the 连樟村 team, whose weekend camp started two days ago:
its children are theirs to see and to record. The 黄芒村 team's camp runs at the same time; its children are
not theirs, and the API answers as if they did not exist. A service team at 连樟村 recruits now, for the
student to apply to.
"""

import uuid
from datetime import date, timedelta

from chassis.auth.principal import Principal, Role
from volunteers.activities.models import ActivityKind
from volunteers.activities.schemas import ActivityCreate
from volunteers.activities.service import create_activity
from volunteers.camps.schemas import CampCreate
from volunteers.camps.service import create_camp
from volunteers.demo.history import CAMP_DESCRIPTION, LOADER, Loader, children_of, recruit, team_of
from volunteers.profiles.schemas import ProfileCreate
from volunteers.profiles.service import create_profile
from volunteers.selection.lifecycle import ApplicationAction
from volunteers.selection.schemas import ApplicationCreate
from volunteers.selection.service import act, apply

DEMO_USERS = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_VOLUNTEER = Principal(subject=str(uuid.uuid5(DEMO_USERS, "volunteer")), role=Role.volunteer, name="张悦")
# (village, county code, town, the demo volunteer's team?)
CAMPS_NOW = [("连樟村", "441881", "连江口镇", True), ("黄芒村", "441882", None, False)]


async def demo_volunteer(loader: Loader) -> Principal:
    await create_profile(session=loader.session, cipher=loader.cipher, profile_id=loader.id("profile", "volunteer"),
                         data=ProfileCreate(
        user_id=DEMO_VOLUNTEER.subject, name="张悦", phone="13800138000", university="华南农业大学",
        major="农林经济管理", year=3, hometown_county_code="441881", skills=["tutoring", "art", "photography"],
        emergency_contact_name="张建国", emergency_contact_phone="13902200220", insurance_policy="学平险 310042",
        insurance_until=date.today() + timedelta(days=200), safeguarding_trained_on=date.today() - timedelta(days=30),
        declaration_no_record=True))
    return DEMO_VOLUNTEER


async def this_season(loader: Loader, today: date) -> None:
    volunteer = await demo_volunteer(loader)
    year = today.year
    for village, county, town, mine in CAMPS_NOW:
        starts, ends = today - timedelta(days=2), today + timedelta(days=5)
        name = f"{year}年冬季“城乡少年手拉手”周末营（{village}）"
        activity = await create_activity(session=loader.session, principal=LOADER, activity_id=loader.id(name),
                                         data=ActivityCreate(
            name=name, kind=ActivityKind.summer_camp, county_code=county, town=town, village=village,
            recruit_from=today - timedelta(days=20), recruit_until=today + timedelta(days=10), places=8,
            starts_on=starts, ends_on=ends, skills_wanted=["tutoring", "art"], description=CAMP_DESCRIPTION))
        accepted = await recruit(loader, activity.id, 3, 14, today - timedelta(days=15), f"now:{village}",
                                 undecided=5)
        if mine:  # the demo volunteer applied first and leads the team
            application = await apply(session=loader.session, principal=volunteer, activity_id=activity.id,
                                      data=ApplicationCreate(motivation="我是英德人，想在假期陪家乡的孩子。"),
                                      today=today - timedelta(days=18))
            await act(session=loader.session, principal=LOADER, application_id=application.id,
                      action=ApplicationAction.accept, reason=None)
            accepted.insert(0, application.id)
        team_id = await team_of(loader, activity.id, f"{year}年冬季{village}关爱留守儿童服务队", village, starts, ends,
                                accepted)
        camp = await create_camp(session=loader.session, principal=LOADER, camp_id=loader.id("camp", name),
                                 data=CampCreate(team_id=team_id, name=name, starts_on=starts, ends_on=ends))
        await children_of(loader, camp.id, team_id, 12, village, starts, min(today, ends), recorded=0.25,
                          key=f"now:{village}")
    name = f"{year}年冬季清远大学生产业振兴服务队（连樟村）"
    activity = await create_activity(session=loader.session, principal=LOADER, activity_id=loader.id(name),
                                     data=ActivityCreate(
        name=name, kind=ActivityKind.service_team, county_code="441881", town="连江口镇", village="连樟村",
        recruit_from=today - timedelta(days=7), recruit_until=today + timedelta(days=21), places=12,
        starts_on=today + timedelta(days=30), ends_on=today + timedelta(days=44),
        skills_wanted=["ecommerce", "photography", "agriculture"],
        description="寒假进村入企，为连樟村农产品电商与乡村旅游做调研和直播推广。"))
    accepted = await recruit(loader, activity.id, 4, 16, today - timedelta(days=5), "now:service", undecided=8)
    await team_of(loader, activity.id, f"{year}年冬季连樟村产业振兴服务队", "连樟村", today + timedelta(days=30),
                  today + timedelta(days=44), accepted)
