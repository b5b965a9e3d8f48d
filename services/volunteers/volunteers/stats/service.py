"""The programme's figures, counted from the records: who applied and was accepted, the teams and the
villages they served, the camps, the children and their ten ones, by year and kind of activity."""

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.stats import by_county, figure
from volunteers.activities.models import Activity, ActivityKind
from volunteers.children.models import Child, TenOne, TenOneRecord
from volunteers.hours.models import HoursEntry, HoursStatus
from volunteers.internships.models import InternshipPosition
from volunteers.selection.lifecycle import ApplicationStatus
from volunteers.selection.models import Application
from volunteers.stats.schemas import ActivityFigures, VolunteerStats, YearFigures
from volunteers.teams.models import Camp, Team, TeamMember

YEAR = func.extract("year", Activity.starts_on)


async def _by_year(session: AsyncSession, statement: Any) -> dict[tuple[int, ActivityKind], int]:
    return {(int(year), ActivityKind(kind)): int(value) for year, kind, value in await session.execute(
        statement.group_by(YEAR, Activity.kind))}


async def volunteer_stats(*, session: AsyncSession) -> VolunteerStats:
    accepted_only = Application.status == ApplicationStatus.accepted
    activities = await _by_year(session, select(YEAR, Activity.kind, func.count()))
    applicants = await _by_year(session, select(YEAR, Activity.kind, func.count(distinct(Application.profile_id)))
                                .join(Application, Application.activity_id == Activity.id))
    accepted = await _by_year(session, select(YEAR, Activity.kind, func.count()).join(
        Application, Application.activity_id == Activity.id).where(accepted_only))
    team_of = select(YEAR, Activity.kind).join(Team, Team.activity_id == Activity.id)
    teams = await _by_year(session, team_of.add_columns(func.count(distinct(Team.id))))
    points = await _by_year(session, team_of.add_columns(func.count(distinct(Team.service_point_id))))
    students = await _by_year(session, team_of.add_columns(func.count(distinct(TeamMember.profile_id)))
                              .join(TeamMember, TeamMember.team_id == Team.id).where(TeamMember.left_at.is_(None)))
    camps = await _by_year(session, team_of.add_columns(func.count(distinct(Camp.id))).join(Camp,
                                                                                             Camp.team_id == Team.id))
    children = await _by_year(session, team_of.add_columns(func.count(distinct(Child.id)))
                              .join(Camp, Camp.team_id == Team.id).join(Child, Child.camp_id == Camp.id))
    done = await _by_year(session, team_of.add_columns(func.count(TenOneRecord.id)).join(Camp, Camp.team_id == Team.id)
                          .join(Child, Child.camp_id == Camp.id).join(TenOneRecord, TenOneRecord.child_id == Child.id))
    by_year = [YearFigures(
        year=year, kind=kind, activities=count, applicants=applicants.get((year, kind), 0),
        accepted=accepted.get((year, kind), 0), teams=teams.get((year, kind), 0),
        students=students.get((year, kind), 0), service_points=points.get((year, kind), 0),
        camps=camps.get((year, kind), 0), children=children.get((year, kind), 0),
        ten_ones_completion=round(done.get((year, kind), 0) / (children[(year, kind)] * len(TenOne)), 3)
        if children.get((year, kind)) else 0.0) for (year, kind), count in sorted(activities.items())]

    per_activity: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0])
    for activity_id, status, count in await session.execute(
            select(Application.activity_id, Application.status, func.count())
            .group_by(Application.activity_id, Application.status)):
        per_activity[activity_id][0] += count
        if status is ApplicationStatus.accepted:
            per_activity[activity_id][1] += count
    all_activities = (await session.scalars(select(Activity).order_by(Activity.starts_on.desc(), Activity.name))).all()
    by_activity = [ActivityFigures(activity_id=a.id, name=a.name, kind=a.kind, year=a.starts_on.year, places=a.places,
                                   applicants=per_activity[a.id][0], accepted=per_activity[a.id][1])
                   for a in all_activities]

    total_children = await session.scalar(select(func.count()).select_from(Child)) or 0
    total_done = await session.scalar(select(func.count()).select_from(TenOneRecord)) or 0
    per_county = await session.execute(select(Team.county_code, func.count()).group_by(Team.county_code))
    # Reversals are entries of their own (negative minutes), so the sum of the approved is what stands.
    approved_minutes = int(await session.scalar(select(func.coalesce(func.sum(HoursEntry.minutes), 0))
                                                .where(HoursEntry.status == HoursStatus.approved)) or 0)
    positions = int(await session.scalar(select(func.coalesce(func.sum(InternshipPosition.places), 0))) or 0)
    return VolunteerStats(
        service="volunteers",
        figures=[
            figure("applicants", await session.scalar(select(func.count(distinct(Application.profile_id)))) or 0,
                   "students"),
            figure("accepted", await session.scalar(select(func.count()).where(accepted_only)) or 0, "students"),
            figure("participants", await session.scalar(select(func.count(distinct(TeamMember.profile_id)))
                                                        .where(TeamMember.left_at.is_(None))) or 0, "students"),
            figure("teams", await session.scalar(select(func.count()).select_from(Team)) or 0, "teams"),
            figure("service_points", await session.scalar(select(func.count(distinct(Team.service_point_id))))
                   or 0, "villages"),
            figure("camps", await session.scalar(select(func.count()).select_from(Camp)) or 0, "camps"),
            figure("children_served", total_children, "children"),
            figure("approved_hours", approved_minutes // 60, "hours"),
            figure("internship_positions", positions, "positions"),
            figure("ten_ones_completion", f"{100 * total_done / (total_children * len(TenOne)):.1f}" if total_children
                   else "0.0", "percent"),
        ],
        by_county=by_county((code, count) for code, count in per_county),
        by_year=by_year, by_activity=by_activity)
