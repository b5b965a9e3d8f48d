"""Reading lots: the row-level scope, the list, and the read model (with the seller's name, never contact).

City staff see every lot; county staff the lots in their county; a seller their own; a buyer the lots on offer
from admitted sellers. Whoever may not see a lot is told it does not exist.
"""

import uuid

from sqlalchemy import ColumnElement, Row, Select, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound
from products.catalogue.models import FeaturedProduct, ProductCategory
from products.lots.lifecycle import BY_PEOPLE, ON_OFFER, LotAction, LotStatus, allowed_actions
from products.lots.models import Lot
from products.lots.schemas import LotRead
from products.parties.lifecycle import SellerStatus
from products.parties.models import Seller


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """The lots the caller may see (over lots joined to their sellers)."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Lot.county_code == principal.county_code
        case Role.entrepreneur:
            return Seller.user_id == principal.subject
        case Role.buyer:
            return (Seller.status == SellerStatus.admitted) & Lot.status.in_(ON_OFFER)
        case _:
            return false()


def lots_with_names() -> Select[Lot, str, str, str | None, str, ProductCategory]:
    return (select(Lot, Seller.name, Seller.county_code, Seller.user_id, FeaturedProduct.name,
                   FeaturedProduct.category)
            .join(Seller, Seller.id == Lot.seller_id).join(FeaturedProduct, FeaturedProduct.id == Lot.product_id))


def may_change(principal: Principal, lot: Lot, seller_user_id: str | None) -> bool:
    """The seller edits or withdraws their own lot; staff of the lot's county, or city staff, any they see."""
    if principal.role is Role.entrepreneur:
        return seller_user_id is not None and seller_user_id == principal.subject
    return principal.sees_whole_city or (
        principal.role is Role.county_staff and principal.county_code == lot.county_code)


def actions_for(principal: Principal, lot: Lot, seller_user_id: str | None) -> list[LotAction]:
    if not may_change(principal, lot, seller_user_id):
        return []
    return [action for action in allowed_actions(lot.status) if action in BY_PEOPLE]


async def get_lot(*, session: AsyncSession, principal: Principal, lot_id: uuid.UUID) -> tuple[Lot, str | None]:
    """The lot, if the caller may see it, and its seller's account (None: the seller has none)."""
    row = (await session.execute(
        select(Lot, Seller.user_id).join(Seller, Seller.id == Lot.seller_id)
        .where(Lot.id == lot_id, visible_to(principal)))).one_or_none()
    if row is None:
        raise NotFound(f"No lot {lot_id}.")
    return row[0], row[1]


async def read_lot(*, session: AsyncSession, principal: Principal, lot_id: uuid.UUID) -> LotRead:
    row = (await session.execute(lots_with_names().where(Lot.id == lot_id, visible_to(principal)))).one_or_none()
    if row is None:
        raise NotFound(f"No lot {lot_id}.")
    return lot_read(row, principal)


async def list_lots(*, session: AsyncSession, principal: Principal, page: PageParams, status: LotStatus | None,
                    product_id: uuid.UUID | None, category: ProductCategory | None, county_code: str | None,
                    seller_id: uuid.UUID | None, unsold: bool | None, q: str | None,
                    on_offer: bool | None = None) -> Page[LotRead]:
    statement = lots_with_names().where(visible_to(principal)).order_by(Lot.created_at.desc(), Lot.id)
    for column, value in ((Lot.status, status), (Lot.product_id, product_id), (FeaturedProduct.category, category),
                          (Lot.county_code, county_code), (Lot.seller_id, seller_id), (Lot.unsold, unsold)):
        if value is not None:
            statement = statement.where(column == value)
    if on_offer is not None:
        statement = statement.where(Lot.status.in_(ON_OFFER) if on_offer else Lot.status.not_in(ON_OFFER))
    if q:
        statement = statement.where(or_(FeaturedProduct.name.contains(q, autoescape=True),
                                        Seller.name.contains(q, autoescape=True)))
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[lot_read(row, principal) for row in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


def lot_read(row: Row[Lot, str, str, str | None, str, ProductCategory], principal: Principal) -> LotRead:
    """A row of `lots_with_names()` as the caller sees it."""
    lot, seller_name, seller_county, seller_user_id, product_name, category = row
    return LotRead(
        id=lot.id, seller_id=lot.seller_id, seller_name=seller_name, seller_county_code=seller_county,
        seller_county_name=county_name(seller_county), product_id=lot.product_id, product_name=product_name,
        category=category, status=lot.status, quantity_kg=lot.quantity_kg, remaining_kg=lot.remaining_kg,
        floor_price_per_kg=lot.floor_price_per_kg, harvest_date=lot.harvest_date, best_before=lot.best_before,
        county_code=lot.county_code, county_name=county_name(lot.county_code), town=lot.town, unsold=lot.unsold,
        note=lot.note, created_at=lot.created_at, allowed_actions=actions_for(principal, lot, seller_user_id),
    )
