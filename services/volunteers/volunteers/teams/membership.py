"""Who is on which team: the queries every row-level rule about students starts from."""

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from volunteers.teams.models import TeamMember


def my_team_ids(user_id: str) -> Select[uuid.UUID]:
    """The teams a student is on now (as a subquery: `Team.id.in_(my_team_ids(...))`)."""
    return select(TeamMember.team_id).where(TeamMember.user_id == user_id, TeamMember.left_at.is_(None))


async def active_member(session: AsyncSession, team_id: uuid.UUID, user_id: str) -> TeamMember | None:
    return await session.scalar(select(TeamMember).where(TeamMember.team_id == team_id, TeamMember.user_id == user_id,
                                                         TeamMember.left_at.is_(None)))


async def leads(session: AsyncSession, team_id: uuid.UUID, user_id: str) -> bool:
    member = await active_member(session, team_id, user_id)
    return member is not None and member.leader
