"""Summer camps: held by a team at its service point; the dashboard shows each child's ten ones."""

import uuid
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.pagination import PageParams, count_rows
from chassis.problems import Conflict, NotFound
from chassis.timezone import business_today
from volunteers.activities.models import Activity
from volunteers.camps.schemas import CampCreate, CampDetail, CampRead, ChildProgress, ItemProgress
from volunteers.children.models import AccessVia, Child, TenOne
from volunteers.children.scope import visible as visible_children
from volunteers.children.service import camp_counts, completion, items_done, log_access
from volunteers.teams.membership import member_team_ids
from volunteers.teams.models import Camp, ServicePoint, Team
from volunteers.teams.schemas import ServicePointRead
from volunteers.teams.service import visible_team

Ts = TypeVarTuple("Ts")


def _visible(statement: Select[*Ts], principal: Principal) -> Select[*Ts]:
    if principal.sees_whole_city:
        return statement
    if principal.is_staff:
        return statement.where(Camp.county_code == principal.county_code)
    return statement.where(Camp.team_id.in_(member_team_ids(principal.subject)))


async def _reads(session: AsyncSession, statement: Select[Camp, Team, ServicePoint]) -> list[CampRead]:
    rows = (await session.execute(statement)).all()
    counts = await camp_counts(session, [camp.id for camp, _, _ in rows])
    return [CampRead(id=camp.id, team_id=team.id, team_name=team.name, name=camp.name,
                     service_point=ServicePointRead.model_validate(point), starts_on=camp.starts_on,
                     ends_on=camp.ends_on, children=counts[camp.id][0],
                     completion=round(counts[camp.id][1] / (counts[camp.id][0] * len(TenOne)), 3)
                     if counts[camp.id][0] else 0.0)
            for camp, team, point in rows]


def _joined() -> Select[Camp, Team, ServicePoint]:
    return (select(Camp, Team, ServicePoint).join(Team, Team.id == Camp.team_id)
            .join(ServicePoint, ServicePoint.id == Team.service_point_id))


async def create_camp(*, session: AsyncSession, principal: Principal, data: CampCreate,
                      camp_id: uuid.UUID | None = None) -> CampRead:
    team = await visible_team(session, principal, data.team_id)
    ensure_acts_in_county(principal, team.county_code)
    activity = await session.get(Activity, team.activity_id)
    if activity is None or not activity.kind.meets_children:
        raise Conflict("Camps are held by summer-camp teams.", reason="not-a-camp-team")
    if await session.scalar(select(Camp.id).where(Camp.name == data.name)):
        raise Conflict(f"A camp named {data.name} already exists.", reason="camp-exists")
    camp = Camp(id=camp_id or uuid.uuid4(), county_code=team.county_code, **data.model_dump())
    session.add(camp)
    await session.flush()
    return (await _reads(session, _joined().where(Camp.id == camp.id)))[0]


async def list_camps(*, session: AsyncSession, principal: Principal, page: PageParams, team_id: uuid.UUID | None,
                     year: int | None) -> tuple[list[CampRead], int]:
    statement = _visible(_joined(), principal)
    if team_id is not None:
        statement = statement.where(Camp.team_id == team_id)
    if year is not None:
        statement = statement.where(func.extract("year", Camp.starts_on) == year)
    total = await count_rows(session, statement)
    page_rows = statement.order_by(Camp.starts_on.desc(), Camp.name).limit(page.limit).offset(page.offset)
    return await _reads(session, page_rows), total


async def get_camp(*, session: AsyncSession, principal: Principal, camp_id: uuid.UUID) -> CampDetail:
    summary = await _reads(session, _visible(_joined(), principal).where(Camp.id == camp_id))
    if not summary:
        raise NotFound(f"No camp {camp_id}.")
    # The children's names only for those who may see them now (a volunteer: inside the camp's window).
    children = list(await session.scalars(visible_children(
        select(Child).join(Camp, Camp.id == Child.camp_id), principal, business_today())
        .where(Child.camp_id == camp_id).order_by(Child.name, Child.id)))
    done = await items_done(session, [child.id for child in children])
    log_access(session, principal, [child.id for child in children], AccessVia.list, ["name", "ten_ones"])
    by_item = {item: 0 for item in TenOne}
    for items in done.values():
        for item in items:
            by_item[item] += 1
    return CampDetail(
        **summary[0].model_dump(),
        progress=[ChildProgress(child_id=c.id, name=c.name, done=done.get(c.id, []),
                                completion=completion(len(done.get(c.id, [])))) for c in children],
        by_item=[ItemProgress(item=item, done=count) for item, count in by_item.items()])
