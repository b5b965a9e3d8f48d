"""Service points, teams, their members and plans. Staff see their county's teams (the city's: all); a
student sees the teams they are on; anyone else's team is 404."""

import uuid
from typing import Any, TypeVarTuple

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.db import utcnow
from chassis.pagination import PageParams, count_rows
from chassis.problems import Conflict, NotFound
from volunteers.activities.models import Activity
from volunteers.profiles.models import Profile
from volunteers.selection.lifecycle import ApplicationStatus
from volunteers.selection.models import Application
from volunteers.teams.membership import member_team_ids, membership
from volunteers.teams.models import Camp, PlanStatus, ServicePoint, Team, TeamMember
from volunteers.teams.schemas import (
    MemberAdd,
    MemberRead,
    PlanWrite,
    ServicePointCreate,
    ServicePointRead,
    TeamCamp,
    TeamCreate,
    TeamDetail,
    TeamRead,
)

Ts = TypeVarTuple("Ts")


async def create_service_point(*, session: AsyncSession, principal: Principal, data: ServicePointCreate,
                               point_id: uuid.UUID | None = None) -> ServicePointRead:
    ensure_acts_in_county(principal, data.county_code)
    if await session.scalar(select(ServicePoint.id).where(ServicePoint.county_code == data.county_code,
                                                          ServicePoint.village == data.village)):
        raise Conflict(f"{data.village} is already a service point.", reason="service-point-exists")
    point = ServicePoint(id=point_id or uuid.uuid4(), **data.model_dump())
    session.add(point)
    await session.flush()
    return ServicePointRead.model_validate(point)


async def list_service_points(*, session: AsyncSession) -> list[ServicePointRead]:
    teams = select(Team.service_point_id, func.count().label("teams")).group_by(Team.service_point_id).subquery()
    rows = await session.execute(select(ServicePoint, func.coalesce(teams.c.teams, 0))
                                 .outerjoin(teams, teams.c.service_point_id == ServicePoint.id)
                                 .order_by(ServicePoint.county_code, ServicePoint.village))
    return [ServicePointRead.model_validate(point).model_copy(update={"teams": count}) for point, count in rows]


async def create_team(*, session: AsyncSession, principal: Principal, data: TeamCreate,
                      team_id: uuid.UUID | None = None) -> TeamRead:
    if await session.get(Activity, data.activity_id) is None:
        raise NotFound(f"No activity {data.activity_id}.")
    point = await session.get(ServicePoint, data.service_point_id)
    if point is None:
        raise NotFound(f"No service point {data.service_point_id}.")
    ensure_acts_in_county(principal, point.county_code)
    if await session.scalar(select(Team.id).where(Team.name == data.name)):
        raise Conflict(f"A team named {data.name} already exists.", reason="team-exists")
    team = Team(id=team_id or uuid.uuid4(), county_code=point.county_code, plan_status=PlanStatus.none,
                **data.model_dump())
    session.add(team)
    await session.flush()
    return (await _reads(session, select(Team).where(Team.id == team.id)))[0]


def _visible(statement: Select[*Ts], principal: Principal) -> Select[*Ts]:
    if principal.sees_whole_city:
        return statement
    if principal.is_staff:
        return statement.where(Team.county_code == principal.county_code)
    return statement.where(Team.id.in_(member_team_ids(principal.subject)))


async def _reads(session: AsyncSession, statement: Select[Any]) -> list[TeamRead]:
    members = (select(TeamMember.team_id, func.count().label("members")).where(TeamMember.left_at.is_(None))
               .group_by(TeamMember.team_id).subquery())
    leader = (select(TeamMember.team_id, Profile.name.label("leader_name"))
              .join(Profile, Profile.id == TeamMember.profile_id)
              .where(TeamMember.leader, TeamMember.left_at.is_(None)).subquery())
    teams = statement.subquery()
    rows = await session.execute(
        select(Team, Activity, ServicePoint, func.coalesce(members.c.members, 0), leader.c.leader_name)
        .join(teams, teams.c.id == Team.id)
        .join(Activity, Activity.id == Team.activity_id).join(ServicePoint, ServicePoint.id == Team.service_point_id)
        .outerjoin(members, members.c.team_id == Team.id).outerjoin(leader, leader.c.team_id == Team.id)
        .order_by(Team.starts_on.desc(), Team.name))
    return [TeamRead(id=team.id, activity_id=activity.id, activity_name=activity.name, kind=activity.kind,
                     service_point=ServicePointRead.model_validate(point), name=team.name,
                     advising_teacher=team.advising_teacher, leader_name=leader_name, starts_on=team.starts_on,
                     ends_on=team.ends_on, plan_status=team.plan_status, members_count=count)
            for team, activity, point, count, leader_name in rows]


async def list_teams(*, session: AsyncSession, principal: Principal, page: PageParams, activity_id: uuid.UUID | None,
                     year: int | None) -> tuple[list[TeamRead], int]:
    statement = _visible(select(Team.id), principal)
    if activity_id is not None:
        statement = statement.where(Team.activity_id == activity_id)
    if year is not None:
        statement = statement.where(func.extract("year", Team.starts_on) == year)
    total = await count_rows(session, statement)
    ids = statement.order_by(Team.starts_on.desc(), Team.name).limit(page.limit).offset(page.offset)
    return await _reads(session, select(Team).where(Team.id.in_(ids))), total


async def visible_team(session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> Team:
    team = await session.scalar(_visible(select(Team), principal).where(Team.id == team_id))
    if team is None:
        raise NotFound(f"No team {team_id}.")
    return team


async def get_team(*, session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> TeamDetail:
    team = await visible_team(session, principal, team_id)
    return await _detail(session, principal, team)


async def my_teams(*, session: AsyncSession, principal: Principal) -> list[TeamDetail]:
    teams = await session.scalars(select(Team).where(Team.id.in_(member_team_ids(principal.subject)))
                                  .order_by(Team.starts_on.desc()))
    return [await _detail(session, principal, team) for team in teams]


async def _detail(session: AsyncSession, principal: Principal, team: Team) -> TeamDetail:
    summary = (await _reads(session, select(Team).where(Team.id == team.id)))[0]
    members = (await session.execute(
        select(TeamMember, Profile).join(Profile, Profile.id == TeamMember.profile_id)
        .where(TeamMember.team_id == team.id, TeamMember.left_at.is_(None))
        .order_by(TeamMember.leader.desc(), Profile.name))).all()
    camps = await session.scalars(select(Camp).where(Camp.team_id == team.id).order_by(Camp.starts_on))
    return TeamDetail(
        **summary.model_dump(exclude={"year"}), plan=team.plan, plan_note=team.plan_note,
        plan_decided_by=team.plan_decided_by, camps=[TeamCamp.model_validate(c) for c in camps],
        members=[MemberRead(id=m.id, profile_id=p.id, name=p.name, university=p.university, leader=m.leader)
                 for m, p in members],
        i_lead=any(m.leader and m.user_id == principal.subject for m, _ in members))


async def _staff_team(session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> Team:
    team = await visible_team(session, principal, team_id)
    ensure_acts_in_county(principal, team.county_code)
    return team


async def add_member(*, session: AsyncSession, principal: Principal, team_id: uuid.UUID,
                     data: MemberAdd) -> TeamDetail:
    team = await _staff_team(session, principal, team_id)
    row = (await session.execute(
        select(Application, Profile, Activity).join(Profile, Profile.id == Application.profile_id)
        .join(Activity, Activity.id == Application.activity_id).where(Application.id == data.application_id))).first()
    if row is None:
        raise NotFound(f"No application {data.application_id}.")
    application, profile, activity = row
    if application.activity_id != team.activity_id or application.status is not ApplicationStatus.accepted:
        raise Conflict("Only a student accepted to the team's activity can join it.", reason="not-accepted")
    if activity.kind.meets_children and profile.declared_no_record_on is None:
        raise Conflict("This team works with children: the student must first declare no relevant criminal "
                       "record in their profile.", reason="declaration-missing")
    member = await session.scalar(select(TeamMember).where(TeamMember.team_id == team.id,
                                                           TeamMember.profile_id == profile.id))
    if member is not None and member.left_at is None:
        raise Conflict(f"{profile.name} is already on this team.", reason="already-member")
    if data.leader:  # one leader a team
        for other in await session.scalars(select(TeamMember).where(TeamMember.team_id == team.id,
                                                                    TeamMember.leader)):
            other.leader = False
    if member is None:
        session.add(TeamMember(id=uuid.uuid4(), team_id=team.id, profile_id=profile.id, user_id=profile.user_id,
                               leader=data.leader))
    else:
        member.left_at, member.leader = None, data.leader
    await session.flush()
    return await _detail(session, principal, team)


async def leave(*, session: AsyncSession, principal: Principal, team_id: uuid.UUID,
                member_id: uuid.UUID) -> TeamDetail:
    team = await _staff_team(session, principal, team_id)
    member = await session.get(TeamMember, member_id)
    if member is None or member.team_id != team.id or member.left_at is not None:
        raise NotFound(f"No member {member_id} on this team.")
    member.left_at, member.leader = utcnow(), False
    await session.flush()
    return await _detail(session, principal, team)


async def make_leader(*, session: AsyncSession, principal: Principal, team_id: uuid.UUID,
                      member_id: uuid.UUID) -> TeamDetail:
    """The member leads the team from now on; whoever led it before is a member again (one leader a team)."""
    team = await _staff_team(session, principal, team_id)
    member = await session.get(TeamMember, member_id)
    if member is None or member.team_id != team.id or member.left_at is not None:
        raise NotFound(f"No member {member_id} on this team.")
    for other in await session.scalars(select(TeamMember).where(TeamMember.team_id == team.id, TeamMember.leader)):
        other.leader = False
    member.leader = True
    await session.flush()
    return await _detail(session, principal, team)


async def file_plan(*, session: AsyncSession, principal: Principal, team_id: uuid.UUID, data: PlanWrite) -> TeamDetail:
    team = await visible_team(session, principal, team_id)
    if principal.is_staff:
        ensure_acts_in_county(principal, team.county_code)
    else:
        member = await membership(session, team.id, principal.subject)
        if member is None or not member.leader:
            raise Conflict("Only the team's leader files its plan.", reason="not-leader")
    if team.plan_status is PlanStatus.approved:
        raise Conflict("The plan is approved: it no longer changes.", reason="plan-approved")
    team.plan, team.plan_status, team.plan_note = data.plan, PlanStatus.filed, None
    await session.flush()
    return await _detail(session, principal, team)


async def decide_plan(*, session: AsyncSession, principal: Principal, team_id: uuid.UUID, approve: bool,
                      note: str) -> TeamDetail:
    team = await _staff_team(session, principal, team_id)
    if team.plan_status is not PlanStatus.filed:
        raise Conflict("Only a filed plan is approved or returned.", reason="plan-not-filed")
    target = PlanStatus.approved if approve else PlanStatus.returned
    moved = await session.execute(
        update(Team).where(Team.id == team.id, Team.plan_status == PlanStatus.filed)
        .values(plan_status=target, plan_note=note or None, plan_decided_by=principal.name or principal.subject)
        .execution_options(synchronize_session=False))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict("The plan was just decided by someone else.", reason="plan-not-filed")
    await session.refresh(team)
    return await _detail(session, principal, team)
