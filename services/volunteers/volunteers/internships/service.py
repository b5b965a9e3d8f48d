"""Writing the 展翅计划: hosts, positions, placements, the host's evaluation.

A placement takes one of its position's places with one conditional UPDATE (`filled = filled + 1 WHERE filled <
places`), so however many staff place students at once, a position is never filled past its places (a CHECK
says so too); the place and the placement are written in one transaction.
"""

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.problems import Conflict, InvalidField, NotFound
from volunteers.internships import queries
from volunteers.internships.models import InternshipHost, InternshipPlacement, InternshipPosition
from volunteers.internships.schemas import (
    EvaluationIn,
    HostCreate,
    HostRead,
    PlacementCreate,
    PlacementRead,
    PositionCreate,
    PositionRead,
)
from volunteers.profiles.models import Profile
from volunteers.teams.membership import actor_name


async def create_host(*, session: AsyncSession, principal: Principal, data: HostCreate) -> HostRead:
    ensure_acts_in_county(principal, data.county_code)
    if await session.scalar(select(InternshipHost.id).where(InternshipHost.name == data.name)):
        raise Conflict(f"A host named {data.name} exists already.", reason="already-exists")
    host = InternshipHost(**data.model_dump())
    session.add(host)
    await session.flush()
    return HostRead.model_validate(host)


async def create_position(*, session: AsyncSession, principal: Principal, data: PositionCreate) -> PositionRead:
    host = await queries.host_in_scope(session, principal, data.host_id)
    position = InternshipPosition(**data.model_dump(), filled=0)
    session.add(position)
    await session.flush()
    return queries.position_read(position, host)


async def place(*, session: AsyncSession, principal: Principal, data: PlacementCreate) -> PlacementRead:
    position = await session.scalar(
        select(InternshipPosition).join(InternshipHost, InternshipHost.id == InternshipPosition.host_id)
        .where(InternshipPosition.id == data.position_id, queries.hosts_visible_to(principal)))
    if position is None:
        raise NotFound(f"No internship position {data.position_id}.")
    if await session.get(Profile, data.profile_id) is None:
        raise InvalidField("profile_id", f"there is no student profile {data.profile_id}")
    if await session.scalar(select(InternshipPlacement.id).where(
            InternshipPlacement.position_id == position.id, InternshipPlacement.profile_id == data.profile_id)):
        raise Conflict("The student is placed in this position already.", reason="already-placed")
    taken = await session.execute(
        update(InternshipPosition).where(InternshipPosition.id == position.id,
                                         InternshipPosition.filled < InternshipPosition.places)
        .values(filled=InternshipPosition.filled + 1).execution_options(synchronize_session=False))
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(f"All {position.places} places of this position are filled.", reason="places-full",
                       places=position.places)
    placement = InternshipPlacement(position_id=position.id, profile_id=data.profile_id,
                                    poor_family=data.poor_family, placed_by=principal.subject)
    try:
        async with session.begin_nested():
            session.add(placement)
    except IntegrityError as exc:  # the same student placed twice at the same moment
        raise Conflict("The student is placed in this position already.", reason="already-placed") from exc
    return await queries.read_placement(session, principal, placement.id)


async def evaluate(*, session: AsyncSession, principal: Principal, placement_id: uuid.UUID, data: EvaluationIn,
                   now: datetime) -> PlacementRead:
    """The host's evaluation, recorded by staff (a later one replaces it)."""
    await queries.read_placement(session, principal, placement_id)  # in scope, else 404
    await session.execute(update(InternshipPlacement).where(InternshipPlacement.id == placement_id).values(
        rating=data.rating, comment=data.comment or None, evaluated_by=actor_name(principal) or principal.subject,
        evaluated_at=now))
    return await queries.read_placement(session, principal, placement_id)
