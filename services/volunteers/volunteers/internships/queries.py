"""Reading the 展翅计划: hosts, positions and placements, in scope.

Hosts and placements: county staff their county's hosts', city staff all; a student sees their own placements.
Positions are open to every caller (students look for one).
"""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.pagination import Page, PageParams, count_rows, fetch_page, page_of
from chassis.problems import NotFound
from volunteers.internships.models import InternshipHost, InternshipPlacement, InternshipPosition
from volunteers.internships.schemas import HostRead, PlacementRead, PositionRead
from volunteers.profiles.models import Profile


def hosts_visible_to(principal: Principal) -> ColumnElement[bool]:
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return InternshipHost.county_code == principal.county_code
        case _:
            return false()


def placements_visible_to(principal: Principal) -> ColumnElement[bool]:
    """Over placements joined to their position, host and profile."""
    if principal.role is Role.volunteer:
        return Profile.user_id == principal.subject
    return hosts_visible_to(principal)


async def list_hosts(*, session: AsyncSession, principal: Principal, page: PageParams) -> Page[HostRead]:
    statement = select(InternshipHost).where(hosts_visible_to(principal)).order_by(InternshipHost.name)
    rows, total = await fetch_page(session, statement, page)
    return page_of(HostRead, rows, total, page)


async def host_in_scope(session: AsyncSession, principal: Principal, host_id: uuid.UUID) -> InternshipHost:
    host = await session.scalar(select(InternshipHost).where(InternshipHost.id == host_id,
                                                             hosts_visible_to(principal)))
    if host is None:
        raise NotFound(f"No internship host {host_id}.")
    return host


def positions() -> Select[InternshipPosition, InternshipHost]:
    return select(InternshipPosition, InternshipHost).join(InternshipHost,
                                                           InternshipHost.id == InternshipPosition.host_id)


async def list_positions(*, session: AsyncSession, page: PageParams, year: int | None,
                         host_id: uuid.UUID | None) -> Page[PositionRead]:
    statement = positions().order_by(InternshipPosition.starts_on.desc(), InternshipPosition.title,
                                     InternshipPosition.id)
    if year is not None:
        statement = statement.where(InternshipPosition.starts_on.between(date(year, 1, 1), date(year, 12, 31)))
    if host_id is not None:
        statement = statement.where(InternshipPosition.host_id == host_id)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[position_read(p, h) for p, h in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def read_position(session: AsyncSession, position_id: uuid.UUID) -> PositionRead:
    row = (await session.execute(positions().where(InternshipPosition.id == position_id)
                                 .execution_options(populate_existing=True))).one()
    return position_read(row[0], row[1])


def placements() -> Select[InternshipPlacement, InternshipPosition, InternshipHost, Profile]:
    return (select(InternshipPlacement, InternshipPosition, InternshipHost, Profile)
            .join(InternshipPosition, InternshipPosition.id == InternshipPlacement.position_id)
            .join(InternshipHost, InternshipHost.id == InternshipPosition.host_id)
            .join(Profile, Profile.id == InternshipPlacement.profile_id))


async def list_placements(*, session: AsyncSession, principal: Principal, page: PageParams,
                          position_id: uuid.UUID | None) -> Page[PlacementRead]:
    statement = placements().where(placements_visible_to(principal)).order_by(
        InternshipPosition.starts_on.desc(), Profile.name, InternshipPlacement.id)
    if position_id is not None:
        statement = statement.where(InternshipPlacement.position_id == position_id)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[placement_read(row) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def read_placement(session: AsyncSession, principal: Principal, placement_id: uuid.UUID) -> PlacementRead:
    row = (await session.execute(placements().where(InternshipPlacement.id == placement_id,
                                                    placements_visible_to(principal))
                                 .execution_options(populate_existing=True))).first()
    if row is None:
        raise NotFound(f"No placement {placement_id}.")
    return placement_read(row)


def position_read(position: InternshipPosition, host: InternshipHost) -> PositionRead:
    return PositionRead(id=position.id, host_id=host.id, host_name=host.name, county_code=host.county_code,
                        title=position.title, places=position.places, filled=position.filled,
                        starts_on=position.starts_on, ends_on=position.ends_on, year=position.starts_on.year)


def placement_read(row: Any) -> PlacementRead:
    placement, position, host, profile = row
    return PlacementRead(
        id=placement.id, position_id=position.id, position_title=position.title, host_id=host.id,
        host_name=host.name, profile_id=profile.id, student_name=profile.name, university=profile.university,
        poor_family=placement.poor_family, starts_on=position.starts_on, ends_on=position.ends_on,
        rating=placement.rating, comment=placement.comment, evaluated_by=placement.evaluated_by,
        evaluated_at=placement.evaluated_at, created_at=placement.created_at)
