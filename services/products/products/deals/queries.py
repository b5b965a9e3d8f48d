"""Reading deals: the row-level scope, the list, and the detail with its timeline and the caller's next steps.

City staff see every deal; county staff the deals on lots in their county; a seller the deals on their lots; a
buyer the deals on their demands. Whoever may not see a deal is told it does not exist.
"""

import uuid

from sqlalchemy import ColumnElement, Row, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.money import round_fen
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from products.catalogue.models import FeaturedProduct
from products.deals.lifecycle import DealStatus, Party
from products.deals.models import Deal, DealTransition
from products.deals.schemas import DealDetail, DealRead, DealTransitionRead
from products.deals.transitions import actions_for, parties_of
from products.parties.models import Buyer, Seller


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """The deals the caller may see (over deals joined to their sellers and buyers)."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Deal.county_code == principal.county_code
        case Role.entrepreneur:
            return Seller.user_id == principal.subject
        case Role.buyer:
            return Buyer.user_id == principal.subject
        case _:
            return false()


# A deal with its seller's name and account, its buyer's name and account, and its product's name.
DealRow = Row[Deal, str, str | None, str, str | None, str]


def deals_with_names() -> Select[Deal, str, str | None, str, str | None, str]:
    return (select(Deal, Seller.name, Seller.user_id, Buyer.name, Buyer.user_id, FeaturedProduct.name)
            .join(Seller, Seller.id == Deal.seller_id).join(Buyer, Buyer.id == Deal.buyer_id)
            .join(FeaturedProduct, FeaturedProduct.id == Deal.product_id))


async def get_deal(*, session: AsyncSession, principal: Principal,
                   deal_id: uuid.UUID) -> tuple[Deal, frozenset[Party]]:
    """The deal, if the caller may see it, and what the caller is to it."""
    row = (await session.execute(
        select(Deal, Seller.user_id, Buyer.user_id)
        .join(Seller, Seller.id == Deal.seller_id).join(Buyer, Buyer.id == Deal.buyer_id)
        .where(Deal.id == deal_id, visible_to(principal)))).one_or_none()
    if row is None:
        raise NotFound(f"No deal {deal_id}.")
    deal, seller_user_id, buyer_user_id = row
    return deal, parties_of(principal, deal.county_code, seller_user_id, buyer_user_id)


async def list_deals(*, session: AsyncSession, principal: Principal, page: PageParams, status: DealStatus | None,
                     lot_id: uuid.UUID | None, demand_id: uuid.UUID | None, seller_id: uuid.UUID | None,
                     buyer_id: uuid.UUID | None, product_id: uuid.UUID | None,
                     county_code: str | None) -> Page[DealRead]:
    statement = deals_with_names().where(visible_to(principal)).order_by(Deal.created_at.desc(), Deal.id)
    for column, value in ((Deal.status, status), (Deal.lot_id, lot_id), (Deal.demand_id, demand_id),
                          (Deal.seller_id, seller_id), (Deal.buyer_id, buyer_id), (Deal.product_id, product_id),
                          (Deal.county_code, county_code)):
        if value is not None:
            statement = statement.where(column == value)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[deal_read(row) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def read_deal(*, session: AsyncSession, principal: Principal, deal_id: uuid.UUID) -> DealDetail:
    """The deal with its timeline and what the caller may do now (404 for whoever may not see it)."""
    row = (await session.execute(deals_with_names().where(Deal.id == deal_id, visible_to(principal))
                                 .execution_options(populate_existing=True))).one_or_none()
    if row is None:
        raise NotFound(f"No deal {deal_id}.")
    deal, _, seller_user_id, _, buyer_user_id, _ = row
    parties = parties_of(principal, deal.county_code, seller_user_id, buyer_user_id)
    transitions = await session.scalars(select(DealTransition).where(DealTransition.deal_id == deal.id)
                                        .order_by(DealTransition.at, DealTransition.id))
    return DealDetail(**deal_read(row).model_dump(),
                      transitions=[_transition_read(t, principal) for t in transitions],
                      allowed_actions=actions_for(deal, parties))


def deal_read(row: DealRow) -> DealRead:
    """A row of `deals_with_names()`."""
    deal, seller_name, _, buyer_name, _, product_name = row
    return DealRead(
        id=deal.id, status=deal.status, lot_id=deal.lot_id, demand_id=deal.demand_id, seller_id=deal.seller_id,
        seller_name=seller_name, buyer_id=deal.buyer_id, buyer_name=buyer_name, product_id=deal.product_id,
        product_name=product_name, county_code=deal.county_code, county_name=county_name(deal.county_code),
        quantity_kg=deal.quantity_kg, price_per_kg=deal.price_per_kg,
        amount=round_fen((deal.delivered_kg or deal.quantity_kg) * deal.price_per_kg),
        seller_accepted_at=deal.seller_accepted_at, buyer_accepted_at=deal.buyer_accepted_at,
        delivered_kg=deal.delivered_kg, created_at=deal.created_at, updated_at=deal.updated_at,
    )


def _transition_read(transition: DealTransition, principal: Principal) -> DealTransitionRead:
    """Staff and the actor see who acted by id; the other side by role and name."""
    read = DealTransitionRead.model_validate(transition)
    if principal.is_staff or transition.actor_subject == principal.subject:
        return read
    return read.model_copy(update={"actor_subject": None})
