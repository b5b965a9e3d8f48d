"""Who is on which team, as hours, visits and certificates need to know it (reads over the teams' tables).

A student acts for a team while a member (`left_at` empty); they keep seeing what they did there after leaving.
County staff act for their county's teams (a team's county is its service point's), city staff for all.
"""

import uuid

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.problems import NotFound
from volunteers.teams.models import Team, TeamMember


def member_team_ids(user_id: str, *, current: bool = True, leader: bool = False) -> Select[uuid.UUID]:
    """The teams a user is on (now, or ever with current=False), or leads now with leader=True."""
    statement = select(TeamMember.team_id).where(TeamMember.user_id == user_id)
    if current or leader:
        statement = statement.where(TeamMember.left_at.is_(None))
    if leader:
        statement = statement.where(TeamMember.leader.is_(True))
    return statement


def teams_visible_to(principal: Principal) -> ColumnElement[bool]:
    """The teams a caller may see (over `team`): staff their county's or all; a student those they were on."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Team.county_code == principal.county_code
        case Role.volunteer:
            return Team.id.in_(member_team_ids(principal.subject, current=False))
        case _:
            return false()


async def staff_team(session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> Team:
    """A team the staff member acts for; any other is not found."""
    team = await session.scalar(select(Team).where(Team.id == team_id, teams_visible_to(principal)))
    if team is None or not principal.is_staff:
        raise NotFound(f"No team {team_id}.")
    return team


async def membership(session: AsyncSession, team_id: uuid.UUID, user_id: str) -> TeamMember | None:
    """The user's current place on the team, if they have one."""
    return await session.scalar(select(TeamMember).where(
        TeamMember.team_id == team_id, TeamMember.user_id == user_id, TeamMember.left_at.is_(None)))


async def leads(session: AsyncSession, team_id: uuid.UUID, user_id: str) -> bool:
    member = await membership(session, team_id, user_id)
    return member is not None and member.leader


async def was_member(session: AsyncSession, team_id: uuid.UUID, profile_id: uuid.UUID) -> bool:
    """Whether the student is or was on the team (staff adjust the hours of former members too)."""
    return await session.scalar(select(TeamMember.id).where(
        TeamMember.team_id == team_id, TeamMember.profile_id == profile_id)) is not None


def actor_name(principal: Principal) -> str | None:
    """How an audit names the caller: the name the token carries (tests' tokens carry none)."""
    return principal.name
