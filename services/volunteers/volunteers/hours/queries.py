"""Reading hours: the row-level scope, the list, a student's own total.

Staff see their county's teams' entries (city staff all); a team's leader their team's; a student their own.
Whoever may not see an entry is told it does not exist.
"""

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, case, false, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from volunteers.hours.models import HoursEntry, HoursStatus
from volunteers.hours.schemas import HoursEntryRead, MyHours
from volunteers.profiles.models import Profile
from volunteers.teams.membership import member_team_ids
from volunteers.teams.models import Team

MAX_OWN_ENTRIES = 1000


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """The entries a caller may see (over entries joined to their team and profile)."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Team.county_code == principal.county_code
        case Role.volunteer:
            return or_(Profile.user_id == principal.subject,
                       HoursEntry.team_id.in_(member_team_ids(principal.subject, leader=True)))
        case _:
            return false()


def entries() -> Select[HoursEntry, str, str]:
    return (select(HoursEntry, Profile.name, Team.name).join(Profile, Profile.id == HoursEntry.profile_id)
            .join(Team, Team.id == HoursEntry.team_id))


async def list_entries(*, session: AsyncSession, principal: Principal, page: PageParams,
                       status: HoursStatus | None, team_id: uuid.UUID | None) -> Page[HoursEntryRead]:
    statement = entries().where(visible_to(principal)).order_by(HoursEntry.created_at.desc(), HoursEntry.id)
    if status is not None:
        statement = statement.where(HoursEntry.status == status)
    if team_id is not None:
        statement = statement.where(HoursEntry.team_id == team_id)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[entry_read(row) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def my_hours(*, session: AsyncSession, principal: Principal) -> MyHours:
    """A student's approved and pending minutes and their entries, newest first (an account without a profile
    has none)."""
    own = Profile.user_id == principal.subject
    totals = (await session.execute(
        select(_sum_when(HoursStatus.approved), _sum_when(HoursStatus.pending))
        .select_from(HoursEntry).join(Profile, Profile.id == HoursEntry.profile_id).where(own))).one()
    rows = (await session.execute(entries().where(own).order_by(HoursEntry.created_at.desc(), HoursEntry.id)
                                  .limit(MAX_OWN_ENTRIES))).all()
    return MyHours(approved_minutes=int(totals[0] or 0), pending_minutes=int(totals[1] or 0),
                   entries=[entry_read(row) for row in rows])


async def approved_minutes(session: AsyncSession, profile_id: uuid.UUID) -> int:
    total = await session.scalar(select(func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
        HoursEntry.profile_id == profile_id, HoursEntry.status == HoursStatus.approved))
    return int(total or 0)


async def read_entry(session: AsyncSession, principal: Principal, entry_id: uuid.UUID) -> HoursEntryRead:
    row = (await session.execute(entries().where(HoursEntry.id == entry_id, visible_to(principal)))).first()
    if row is None:
        raise NotFound(f"No hours entry {entry_id}.")
    return entry_read(row)


def entry_read(row: Row[HoursEntry, str, str] | Any) -> HoursEntryRead:
    entry, volunteer_name, team_name = row
    return HoursEntryRead(
        id=entry.id, profile_id=entry.profile_id, volunteer_name=volunteer_name, team_id=entry.team_id,
        team_name=team_name, kind=entry.kind, status=entry.status, check_in_at=entry.check_in_at,
        check_out_at=entry.check_out_at, minutes=entry.minutes, reason=entry.reason, reverses_id=entry.reverses_id,
        requested_by_name=entry.requested_by_name,
        approved_by_name=entry.decided_by_name if entry.status is HoursStatus.approved else None,
        decision_reason=entry.decision_reason, decided_at=entry.decided_at, created_at=entry.created_at)


def _sum_when(status: HoursStatus) -> Any:
    return func.sum(case((HoursEntry.status == status, HoursEntry.minutes), else_=0))
