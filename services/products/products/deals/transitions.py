"""Carrying out one step of a deal: who the caller is to it, whether the state allows the step, the audit row.

Every change of status is a conditional UPDATE (`WHERE status = <the state we read>`; an acceptance also `AND
<this side's acceptance> IS NULL`), so two people acting at once cannot both move the deal: the second gets 409
with what is allowed now.
"""

from typing import Any

from sqlalchemy import case, literal, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from chassis import transitions
from chassis.auth.principal import Principal, Role
from chassis.db import utcnow
from chassis.problems import Conflict, Forbidden
from products.deals.lifecycle import (
    WHO,
    DealAction,
    DealStatus,
    IllegalTransition,
    Party,
    allowed_actions,
    next_state,
)
from products.deals.models import Deal, DealTransition

# Done by the clearing, never from a button.
NOT_BY_PEOPLE = frozenset({DealAction.propose, DealAction.withdraw})


def parties_of(principal: Principal, county_code: str, seller_user_id: str | None,
               buyer_user_id: str | None) -> frozenset[Party]:
    """What the caller is to a deal: its seller (the lot's), its buyer (the demand's), staff of its county (the
    lot's)."""
    parties = set()
    if principal.role is Role.entrepreneur and seller_user_id is not None and seller_user_id == principal.subject:
        parties.add(Party.seller)
    if principal.role is Role.buyer and buyer_user_id is not None and buyer_user_id == principal.subject:
        parties.add(Party.buyer)
    if principal.sees_whole_city or (
            principal.role is Role.county_staff and principal.county_code == county_code):
        parties.add(Party.staff)
    return frozenset(parties)


def accepted_by(deal: Deal, party: Party) -> bool:
    return (deal.seller_accepted_at if party is Party.seller else deal.buyer_accepted_at) is not None


def actions_for(deal: Deal, parties: frozenset[Party]) -> list[DealAction]:
    """What the caller may do now: the state's next steps that are theirs (an acceptance only once a side)."""
    return [action for action in allowed_actions(deal.status)
            if action not in NOT_BY_PEOPLE and WHO[action] & parties
            and not (action is DealAction.accept
                     and all(accepted_by(deal, side) for side in WHO[action] & parties))]


def illegal(deal: Deal, action: DealAction, detail: str | None = None) -> Conflict:
    return Conflict(
        detail or f"The deal is {deal.status.value}; {action.value} is not possible now.",
        status_now=deal.status.value,
        allowed_actions=[a.value for a in allowed_actions(deal.status) if a not in NOT_BY_PEOPLE],
    )


def check_party(action: DealAction, parties: frozenset[Party]) -> None:
    if not WHO[action] & parties:
        who = " or ".join(sorted(party.value for party in WHO[action]))
        raise Forbidden(f"Only the deal's {who} may {action.value} it.")


async def move(*, session: AsyncSession, deal: Deal, action: DealAction, principal: Principal,
               reason: str | None = None, **values: Any) -> Deal:
    """Moves the deal by `action` from the state it was read in (setting `values` with it), or 409."""
    try:
        target = next_state(deal.status, action)
    except IllegalTransition:
        raise illegal(deal, action) from None
    origin = deal.status
    if not await transitions.move(session, deal, target, **values):
        raise illegal(deal, action)
    record(session, deal, action, origin, target, principal, reason)
    return deal


async def accept(*, session: AsyncSession, deal: Deal, side: Party, principal: Principal) -> Deal:
    """One side accepts: the deal stays proposed until the other side has accepted too. Conditional on the
    deal being proposed and this side not having accepted yet; the new status is worked out in the same UPDATE
    from the other side's acceptance as it stands then, so two sides accepting at once accept the deal once."""
    if deal.status is not DealStatus.proposed:
        raise illegal(deal, DealAction.accept)
    mine, theirs = ((Deal.seller_accepted_at, Deal.buyer_accepted_at) if side is Party.seller
                    else (Deal.buyer_accepted_at, Deal.seller_accepted_at))
    status_type = Deal.status.type
    row = (await session.execute(
        update(Deal).where(Deal.id == deal.id, Deal.status == DealStatus.proposed, mine.is_(None))
        .values({mine: utcnow(), Deal.status: case(
            (theirs.is_not(None), literal(DealStatus.accepted, status_type)),
            else_=literal(DealStatus.proposed, status_type))})
        .returning(Deal.status, Deal.seller_accepted_at, Deal.buyer_accepted_at)
        .execution_options(synchronize_session=False))).one_or_none()
    if row is None:
        await session.refresh(deal)
        if deal.status is DealStatus.proposed:
            raise illegal(deal, DealAction.accept, f"The {side.value} has accepted this deal already.")
        raise illegal(deal, DealAction.accept)
    status, seller_at, buyer_at = row
    for name, value in (("status", DealStatus(status)), ("seller_accepted_at", seller_at),
                        ("buyer_accepted_at", buyer_at)):
        set_committed_value(deal, name, value)
    record(session, deal, DealAction.accept, DealStatus.proposed, deal.status, principal, None)
    return deal


def record(session: AsyncSession, deal: Deal, action: DealAction, origin: DealStatus | None, target: DealStatus,
           principal: Principal, reason: str | None) -> None:
    session.add(DealTransition(
        deal_id=deal.id, action=action, from_status=origin, to_status=target, actor_subject=principal.subject,
        actor_role=principal.role.value, actor_name=principal.name, reason=reason))
