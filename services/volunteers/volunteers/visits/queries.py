"""Reading site visits: the row-level scope, the list and one visit, with the names of what they reference.

Staff see their county's teams' visits (city staff all); a student their own teams'. Whoever may not see a
visit is told it does not exist.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from volunteers.references.client import Lookup, ReferenceKind, References
from volunteers.teams.membership import teams_visible_to
from volunteers.teams.models import Team
from volunteers.visits import rules
from volunteers.visits.models import SiteVisit
from volunteers.visits.schemas import Reference, VisitRead


def visits_for(principal: Principal) -> Select[SiteVisit, str]:
    return (select(SiteVisit, Team.name).join(Team, Team.id == SiteVisit.team_id)
            .where(teams_visible_to(principal)))


async def list_visits(*, session: AsyncSession, principal: Principal, references: References, page: PageParams,
                      team_id: uuid.UUID | None) -> Page[VisitRead]:
    statement = visits_for(principal).order_by(SiteVisit.on.desc(), SiteVisit.created_at.desc(), SiteVisit.id)
    if team_id is not None:
        statement = statement.where(SiteVisit.team_id == team_id)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=await reads(principal, references, [(visit, name) for visit, name in rows]),
                total=await count_rows(session, statement), limit=page.limit, offset=page.offset)


async def read_visit(*, session: AsyncSession, principal: Principal, references: References,
                     visit_id: uuid.UUID) -> VisitRead:
    row = (await session.execute(visits_for(principal).where(SiteVisit.id == visit_id))).first()
    if row is None:
        raise NotFound(f"No site visit {visit_id}.")
    return (await reads(principal, references, [(row[0], row[1])]))[0]


async def reads(principal: Principal, references: References,
                rows: Sequence[tuple[SiteVisit, str]]) -> list[VisitRead]:
    """The read models of `rows`, the names of their loans and sellers asked for at once."""
    names = await references.lookup_many(key for visit, _ in rows if (key := reference_key(visit)) is not None)
    return [visit_read(visit, team_name, principal, names) for visit, team_name in rows]


def reference_key(visit: SiteVisit) -> tuple[ReferenceKind, uuid.UUID] | None:
    if visit.loan_id is not None:
        return ReferenceKind.loan, visit.loan_id
    if visit.seller_id is not None:
        return ReferenceKind.seller, visit.seller_id
    return None


def visit_read(visit: SiteVisit, team_name: str, principal: Principal,
               names: dict[tuple[ReferenceKind, uuid.UUID], Lookup]) -> VisitRead:
    key = reference_key(visit)
    reference = None
    if key is not None:
        lookup = names.get(key, Lookup(available=False))
        reference = Reference(kind=key[0], id=key[1], name=lookup.name, available=lookup.available)
    actions = [a for a in rules.allowed_actions(visit.status)
               if (a in rules.STAFF_ACTIONS) == principal.is_staff]
    return VisitRead(id=visit.id, team_id=visit.team_id, team_name=team_name, on=visit.on, kind=visit.kind,
                     organisation=visit.organisation, loan_id=visit.loan_id, seller_id=visit.seller_id,
                     reference=reference, findings=visit.findings, recommendations=visit.recommendations,
                     status=visit.status, review_note=visit.review_note, reviewed_by=visit.reviewed_by,
                     actions=actions)
