"""Reading demands: the row-level scope, the list, and the read model.

City staff see every demand; county staff those delivered in their county; a buyer their own. Whoever may not
see a demand is told it does not exist.
"""

import uuid

from sqlalchemy import ColumnElement, Row, Select, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from products.catalogue.models import FeaturedProduct, ProductCategory
from products.demands.lifecycle import BY_PEOPLE, DemandAction, DemandStatus, allowed_actions
from products.demands.models import Demand
from products.demands.recurrence import Recurrence
from products.demands.schemas import DemandRead
from products.parties.models import Buyer

Following = aliased(Demand, name="following")


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """The demands the caller may see (over demands joined to their buyers)."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Demand.county_code == principal.county_code
        case Role.buyer:
            return Buyer.user_id == principal.subject
        case _:
            return false()


def demands_with_names() -> Select[Demand, str, str | None, str | None, uuid.UUID | None]:
    return (select(Demand, Buyer.name, Buyer.user_id, FeaturedProduct.name, Following.id)
            .join(Buyer, Buyer.id == Demand.buyer_id)
            .outerjoin(FeaturedProduct, FeaturedProduct.id == Demand.product_id)
            .outerjoin(Following, Following.previous_id == Demand.id))


def may_change(principal: Principal, demand: Demand, buyer_user_id: str | None) -> bool:
    """The buyer cancels their own demand; staff of its county, or city staff, any they see."""
    if principal.role is Role.buyer:
        return buyer_user_id is not None and buyer_user_id == principal.subject
    return principal.sees_whole_city or (
        principal.role is Role.county_staff and principal.county_code == demand.county_code)


def actions_for(principal: Principal, demand: Demand, buyer_user_id: str | None) -> list[DemandAction]:
    if not may_change(principal, demand, buyer_user_id):
        return []
    return [action for action in allowed_actions(demand.status) if action in BY_PEOPLE]


async def get_demand(*, session: AsyncSession, principal: Principal,
                     demand_id: uuid.UUID) -> tuple[Demand, str | None]:
    """The demand, if the caller may see it, and its buyer's account (None: the buyer has none)."""
    row = (await session.execute(
        select(Demand, Buyer.user_id).join(Buyer, Buyer.id == Demand.buyer_id)
        .where(Demand.id == demand_id, visible_to(principal)))).one_or_none()
    if row is None:
        raise NotFound(f"No demand {demand_id}.")
    return row[0], row[1]


async def read_demand(*, session: AsyncSession, principal: Principal, demand_id: uuid.UUID) -> DemandRead:
    row = (await session.execute(demands_with_names().where(Demand.id == demand_id, visible_to(principal)))
           ).one_or_none()
    if row is None:
        raise NotFound(f"No demand {demand_id}.")
    return demand_read(row, principal)


async def list_demands(*, session: AsyncSession, principal: Principal, page: PageParams,
                       status: DemandStatus | None, product_id: uuid.UUID | None, category: ProductCategory | None,
                       county_code: str | None, buyer_id: uuid.UUID | None, recurrence: Recurrence | None,
                       q: str | None) -> Page[DemandRead]:
    statement = demands_with_names().where(visible_to(principal)).order_by(Demand.created_at.desc(), Demand.id)
    for column, value in ((Demand.status, status), (Demand.product_id, product_id), (Demand.category, category),
                          (Demand.county_code, county_code), (Demand.buyer_id, buyer_id),
                          (Demand.recurrence, recurrence)):
        if value is not None:
            statement = statement.where(column == value)
    if q:
        statement = statement.where(or_(FeaturedProduct.name.contains(q, autoescape=True),
                                        Buyer.name.contains(q, autoescape=True)))
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[demand_read(row, principal) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


def demand_read(row: Row[Demand, str, str | None, str | None, uuid.UUID | None],
                principal: Principal) -> DemandRead:
    """A row of `demands_with_names()` as the caller sees it."""
    demand, buyer_name, buyer_user_id, product_name, next_id = row
    return DemandRead(
        id=demand.id, buyer_id=demand.buyer_id, buyer_name=buyer_name, product_id=demand.product_id,
        product_name=product_name, category=demand.category, status=demand.status, quantity_kg=demand.quantity_kg,
        remaining_kg=demand.remaining_kg, ceiling_price_per_kg=demand.ceiling_price_per_kg,
        wanted_from=demand.wanted_from, wanted_until=demand.wanted_until, county_code=demand.county_code,
        county_name=county_name(demand.county_code), max_distance_km=demand.max_distance_km,
        recurrence=demand.recurrence, previous_id=demand.previous_id, next_id=next_id,
        cancel_reason=demand.cancel_reason, created_at=demand.created_at,
        allowed_actions=actions_for(principal, demand, buyer_user_id),
    )
