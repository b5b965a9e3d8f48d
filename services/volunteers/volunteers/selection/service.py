"""Applications: applying, the ranked board, interviews and decisions. Places are taken with one conditional
UPDATE on the activity (`accepted < places`), so no number of parallel acceptances can exceed them."""

import uuid
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.db import utcnow
from chassis.problems import Conflict, NotFound
from chassis.timezone import business_today
from chassis.transitions import move
from volunteers.activities.models import Activity
from volunteers.activities.schemas import ActivityRead
from volunteers.activities.service import get_activity
from volunteers.profiles.models import Profile, Skill
from volunteers.profiles.service import require_own_profile
from volunteers.selection import lifecycle, scoring
from volunteers.selection.lifecycle import ApplicationAction, ApplicationStatus
from volunteers.selection.models import Application, ApplicationTransition, Notice
from volunteers.selection.schemas import (
    ApplicantSummary,
    ApplicationCreate,
    ApplicationRead,
    Board,
    BoardRow,
    MyApplication,
    NoticeRead,
    ScorePartsRead,
)

NOTICE_TITLES = {
    ApplicationStatus.accepted: "录取通知：{activity}",
    ApplicationStatus.waitlisted: "候补通知：{activity}",
    ApplicationStatus.rejected: "结果通知：{activity}",
}
NOTICE_BODIES = {
    ApplicationStatus.accepted: "恭喜你被录取！请留意团队安排与行前培训通知。",
    ApplicationStatus.waitlisted: "你已进入候补名单，如有名额空出将按排名依次递补。",
    ApplicationStatus.rejected: "感谢你的报名。本次名额有限，未能录取，欢迎关注后续活动。",
}


def _parts(application: Application, activity: Activity, profile: Profile) -> scoring.ScoreParts:
    return scoring.score(native=profile.hometown_county_code is not None, skills=profile.skills,
                         wanted=activity.skills_wanted, interview=application.interview_score)


def _read(application: Application, activity: Activity, profile: Profile, principal: Principal) -> ApplicationRead:
    own = profile.user_id == principal.subject
    actions = lifecycle.available_actions(application.status, staff=principal.is_staff) \
        if principal.is_staff or own else []
    return ApplicationRead(
        id=application.id, activity_id=activity.id, activity_name=activity.name, profile_id=profile.id,
        applicant_name=profile.name, status=application.status, motivation=application.motivation,
        interview_score=application.interview_score, score=application.score, created_at=application.created_at,
        decided_at=application.decided_at, actions=actions)


async def apply(*, session: AsyncSession, principal: Principal, activity_id: uuid.UUID, data: ApplicationCreate,
                today: date | None = None) -> ApplicationRead:
    """`today`: the date the application is made on (the demo's past summers; the API: today)."""
    activity = await get_activity(session=session, activity_id=activity_id)
    profile = await require_own_profile(session, principal)
    today = today or business_today()
    if not activity.recruit_from <= today <= activity.recruit_until:
        raise Conflict(f"This activity recruits from {activity.recruit_from} to {activity.recruit_until}.",
                       reason="recruitment-closed")
    if await session.scalar(select(Application.id).where(Application.activity_id == activity.id,
                                                         Application.profile_id == profile.id)):
        raise Conflict("You have already applied to this activity.", reason="already-applied")
    application = Application(id=uuid.uuid4(), activity_id=activity.id, profile_id=profile.id,
                              status=ApplicationStatus.applied, motivation=data.motivation, interview_score=None)
    application.score = _parts(application, activity, profile).total
    session.add(application)
    await session.flush()
    _transition(session, application, ApplicationAction.apply, ApplicationStatus.applied, principal, None)
    return _read(application, activity, profile, principal)


async def my_applications(*, session: AsyncSession, principal: Principal) -> list[MyApplication]:
    rows = (await session.execute(
        select(Application, Activity, Profile).join(Activity, Application.activity_id == Activity.id)
        .join(Profile, Application.profile_id == Profile.id).where(Profile.user_id == principal.subject)
        .order_by(Application.created_at.desc()))).all()
    return [MyApplication(**_read(a, act, p, principal).model_dump(), recruit_until=act.recruit_until,
                          starts_on=act.starts_on, ends_on=act.ends_on) for a, act, p in rows]


async def my_notices(*, session: AsyncSession, principal: Principal) -> list[NoticeRead]:
    notices = await session.scalars(select(Notice).where(Notice.user_id == principal.subject)
                                    .order_by(Notice.created_at.desc()).limit(50))
    return [NoticeRead.model_validate(n) for n in notices]


async def board(*, session: AsyncSession, principal: Principal, activity_id: uuid.UUID) -> Board:
    activity = await get_activity(session=session, activity_id=activity_id)
    ensure_acts_in_county(principal, activity.county_code)
    rows = (await session.execute(
        select(Application, Profile).join(Profile, Application.profile_id == Profile.id)
        .where(Application.activity_id == activity.id)
        .order_by(Application.score.desc(), Application.created_at, Application.id))).all()
    items = []
    for rank, (application, profile) in enumerate(rows, start=1):
        parts = _parts(application, activity, profile)
        items.append(BoardRow(
            **_read(application, activity, profile, principal).model_dump(), rank=rank,
            score_parts=ScorePartsRead(native=parts.native, skills=parts.skills, interview=parts.interview),
            profile=ApplicantSummary(
                name=profile.name, university=profile.university, major=profile.major, year=profile.year,
                native=profile.hometown_county_code is not None, hometown_county_code=profile.hometown_county_code,
                skills=[Skill(s) for s in profile.skills],
                may_meet_children=profile.declared_no_record_on is not None)))
    return Board(activity=ActivityRead.model_validate(activity), places=activity.places, accepted=activity.accepted,
                 applicants=len(items), items=items)


async def _load(session: AsyncSession, application_id: uuid.UUID) -> tuple[Application, Activity, Profile]:
    row = (await session.execute(
        select(Application, Activity, Profile).join(Activity, Application.activity_id == Activity.id)
        .join(Profile, Application.profile_id == Profile.id).where(Application.id == application_id))).first()
    if row is None:
        raise NotFound(f"No application {application_id}.")
    return row[0], row[1], row[2]


async def _load_for(session: AsyncSession, principal: Principal,
                    application_id: uuid.UUID) -> tuple[Application, Activity, Profile]:
    application, activity, profile = await _load(session, application_id)
    if principal.is_staff:
        ensure_acts_in_county(principal, activity.county_code)
    elif profile.user_id != principal.subject:
        raise NotFound(f"No application {application_id}.")
    return application, activity, profile


async def set_interview(*, session: AsyncSession, principal: Principal, application_id: uuid.UUID,
                        interview_score: int) -> ApplicationRead:
    application, activity, profile = await _load_for(session, principal, application_id)
    application.interview_score = interview_score
    application.score = _parts(application, activity, profile).total
    await session.flush()
    return _read(application, activity, profile, principal)


async def act(*, session: AsyncSession, principal: Principal, application_id: uuid.UUID,
              action: ApplicationAction, reason: str | None) -> ApplicationRead:
    application, activity, profile = await _load_for(session, principal, application_id)
    if action not in lifecycle.available_actions(application.status, staff=principal.is_staff):
        raise Conflict(f"An application that is {application.status.value} cannot be moved by {action.value}.",
                       reason="transition-not-allowed")
    target = lifecycle.next_status(application.status, action)
    assert target is not None
    if target is ApplicationStatus.accepted and activity.kind.meets_children \
            and profile.declared_no_record_on is None:
        raise Conflict("This activity works with children: the student must first declare no relevant criminal "
                       "record (Minors Protection Law) in their profile.", reason="declaration-missing")
    origin = application.status
    if not await move(session, application, target, decided_at=utcnow()):
        raise Conflict(f"The application was just moved to {application.status.value} by someone else.",
                       reason="transition-not-allowed")
    if target is ApplicationStatus.accepted:
        await _take_place(session, activity)
    elif origin is ApplicationStatus.accepted:
        await session.execute(update(Activity).where(Activity.id == activity.id, Activity.accepted > 0)
                              .values(accepted=Activity.accepted - 1).execution_options(synchronize_session=False))
    _transition(session, application, action, origin, principal, reason)
    if target in lifecycle.NOTIFIED:
        session.add(Notice(id=uuid.uuid4(), user_id=profile.user_id, application_id=application.id,
                           title=NOTICE_TITLES[target].format(activity=activity.name),
                           body=NOTICE_BODIES[target] + (f"\n{reason}" if reason else "")))
    await session.flush()
    return _read(application, activity, profile, principal)


async def _take_place(session: AsyncSession, activity: Activity) -> None:
    taken = await session.execute(
        update(Activity).where(Activity.id == activity.id, Activity.accepted < Activity.places)
        .values(accepted=Activity.accepted + 1).execution_options(synchronize_session=False))
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(f"All {activity.places} places of this activity are taken.", reason="places-full")


def _transition(session: AsyncSession, application: Application, action: ApplicationAction,
                origin: ApplicationStatus, principal: Principal, reason: str | None) -> None:
    session.add(ApplicationTransition(
        id=uuid.uuid4(), application_id=application.id, action=action, from_status=origin,
        to_status=application.status, actor_subject=principal.subject, actor_role=principal.role.value,
        actor_name=principal.name, reason=reason))
