"""Writing site visits: a member (or staff) records one, a member submits the report, staff review or return it.

Each move is a conditional UPDATE (`chassis.transitions.move`) with its audit row, so two reviewers pressing at
once move it once. A loan or seller the other service says does not exist is refused (422); when that service
cannot be asked, the visit is saved with the id alone.
"""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.problems import Conflict, Forbidden, InvalidField, NotFound
from chassis.transitions import move
from volunteers.references.client import References
from volunteers.teams.membership import actor_name, membership, staff_team
from volunteers.teams.models import Team
from volunteers.visits import queries, rules
from volunteers.visits.models import SiteVisit, VisitAction, VisitTransition
from volunteers.visits.schemas import VisitCreate, VisitRead


async def create_visit(*, session: AsyncSession, principal: Principal, references: References,
                       data: VisitCreate) -> VisitRead:
    team = await _team_to_act_for(session, principal, data.team_id)
    if (problem := rules.reference_problem(data.kind, data.loan_id, data.seller_id)) is not None:
        raise InvalidField(*problem)
    visit = SiteVisit(**data.model_dump(), created_by=principal.subject)
    if (key := queries.reference_key(visit)) is not None:
        lookup = await references.lookup(*key)
        if lookup.available and not lookup.exists:
            raise InvalidField(f"{key[0].value}_id", f"there is no {key[0].value} {key[1]}")
    session.add(visit)
    await session.flush()
    return (await queries.reads(principal, references, [(visit, team.name)]))[0]


async def perform(*, session: AsyncSession, principal: Principal, references: References, visit_id: uuid.UUID,
                  action: VisitAction, note: str | None) -> VisitRead:
    row = (await session.execute(queries.visits_for(principal).where(SiteVisit.id == visit_id))).first()
    if row is None:
        raise NotFound(f"No site visit {visit_id}.")
    visit, team_name = row[0], row[1]
    if action in rules.STAFF_ACTIONS:
        if not principal.is_staff:
            raise Forbidden("Staff review visit reports.")
        if action is VisitAction.return_ and not note:
            raise InvalidField("note", "say what the team should change")
    elif await membership(session, visit.team_id, principal.subject) is None:
        raise Forbidden("A member of the team submits its report.")
    origin = visit.status
    target = rules.next_status(origin, action)
    values = {"review_note": note or None, "reviewed_by": actor_name(principal) or principal.subject} \
        if action in rules.STAFF_ACTIONS else {}
    if target is None or not await move(session, visit, target, **values):
        raise Conflict(f"A {visit.status.value} visit does not allow {action.value}.", reason="transition-not-allowed",
                       status_now=visit.status.value, allowed_actions=rules.allowed_actions(visit.status))
    session.add(VisitTransition(visit_id=visit.id, action=action, from_status=origin, to_status=target,
                                actor_subject=principal.subject, actor_role=principal.role.value,
                                actor_name=actor_name(principal), note=note or None))
    return (await queries.reads(principal, references, [(visit, team_name)]))[0]


async def _team_to_act_for(session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> Team:
    """Staff for their county's teams; a student for a team they are on now."""
    if principal.is_staff:
        return await staff_team(session, principal, team_id)
    team = await session.get(Team, team_id)
    if team is None or await membership(session, team_id, principal.subject) is None:
        raise NotFound(f"No team {team_id} that you are on.")
    return team
