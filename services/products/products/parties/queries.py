"""Reading sellers and buyers: the row-level scope, the lists, and the read models.

City staff see every party; county staff those of their county; an entrepreneur their own seller, a buyer
their own buyer. Whoever may not see a party is told it does not exist.
"""

import uuid
from decimal import Decimal

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.crypto import FieldCipher
from chassis.money import round_fen
from chassis.pagination import Page, PageParams, fetch_page
from chassis.problems import NotFound
from products.parties.lifecycle import SellerStatus, allowed_actions
from products.parties.models import Buyer, BuyerKind, Seller, SellerKind, SellerTransition
from products.parties.schemas import BuyerRead, SellerDetail, SellerRead, SellerTransitionRead


def sellers_visible_to(principal: Principal) -> ColumnElement[bool]:
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Seller.county_code == principal.county_code
        case Role.entrepreneur:
            return Seller.user_id == principal.subject
        case _:
            return false()


def buyers_visible_to(principal: Principal) -> ColumnElement[bool]:
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return Buyer.county_code == principal.county_code
        case Role.buyer:
            return Buyer.user_id == principal.subject
        case _:
            return false()


# --- sellers -------------------------------------------------------------------------------------------------


async def get_seller(*, session: AsyncSession, principal: Principal, seller_id: uuid.UUID) -> Seller:
    seller = await session.scalar(select(Seller).where(Seller.id == seller_id, sellers_visible_to(principal)))
    if seller is None:
        raise NotFound(f"No seller {seller_id}.")
    return seller


async def own_seller(*, session: AsyncSession, principal: Principal) -> Seller:
    seller = await session.scalar(select(Seller).where(Seller.user_id == principal.subject))
    if seller is None:
        raise NotFound("Register as a seller first.")
    return seller


async def list_sellers(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, page: PageParams,
                       status: SellerStatus | None, kind: SellerKind | None, county_code: str | None,
                       q: str | None) -> Page[SellerRead]:
    statement = select(Seller).where(sellers_visible_to(principal)).order_by(Seller.created_at.desc(), Seller.id)
    for column, value in ((Seller.status, status), (Seller.kind, kind), (Seller.county_code, county_code)):
        if value is not None:
            statement = statement.where(column == value)
    if q:
        statement = statement.where(Seller.name.contains(q, autoescape=True))
    rows, total = await fetch_page(session, statement, page)
    return Page(items=[seller_read(s, principal, cipher) for s in rows], total=total, limit=page.limit,
                offset=page.offset)


async def read_seller(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                      seller_id: uuid.UUID) -> SellerDetail:
    seller = await get_seller(session=session, principal=principal, seller_id=seller_id)
    return await seller_detail(session=session, principal=principal, cipher=cipher, seller=seller)


async def read_own_seller(*, session: AsyncSession, principal: Principal, cipher: FieldCipher) -> SellerDetail:
    seller = await own_seller(session=session, principal=principal)
    return await seller_detail(session=session, principal=principal, cipher=cipher, seller=seller)


def may_admit(principal: Principal, seller: Seller) -> bool:
    """Staff of the seller's county admit, suspend and reinstate it; city staff anywhere."""
    return principal.sees_whole_city or (
        principal.role is Role.county_staff and principal.county_code == seller.county_code)


async def seller_detail(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                        seller: Seller) -> SellerDetail:
    transitions = await session.scalars(select(SellerTransition).where(SellerTransition.seller_id == seller.id)
                                        .order_by(SellerTransition.at, SellerTransition.id))
    return SellerDetail(
        **seller_read(seller, principal, cipher).model_dump(),
        transitions=[_transition_read(t, principal) for t in transitions],
        allowed_actions=allowed_actions(seller.status) if may_admit(principal, seller) else [],
    )


def _transition_read(transition: SellerTransition, principal: Principal) -> SellerTransitionRead:
    read = SellerTransitionRead.model_validate(transition)
    return read if principal.is_staff else read.model_copy(update={"actor_subject": None})


def sees_contact(principal: Principal, seller: Seller) -> bool:
    return principal.sees_whole_city or (seller.user_id is not None and principal.subject == seller.user_id)


def seller_read(seller: Seller, principal: Principal, cipher: FieldCipher) -> SellerRead:
    return SellerRead(
        id=seller.id, user_id=seller.user_id, kind=seller.kind, name=seller.name, county_code=seller.county_code,
        county_name=county_name(seller.county_code), town=seller.town,
        contact=cipher.decrypt(seller.contact_encrypted) if sees_contact(principal, seller) else seller.contact_masked,
        status=seller.status, created_at=seller.created_at,
    )


# --- buyers --------------------------------------------------------------------------------------------------


async def get_buyer(*, session: AsyncSession, principal: Principal, buyer_id: uuid.UUID) -> Buyer:
    buyer = await session.scalar(select(Buyer).where(Buyer.id == buyer_id, buyers_visible_to(principal)))
    if buyer is None:
        raise NotFound(f"No buyer {buyer_id}.")
    return buyer


async def own_buyer(*, session: AsyncSession, principal: Principal) -> Buyer:
    buyer = await session.scalar(select(Buyer).where(Buyer.user_id == principal.subject))
    if buyer is None:
        raise NotFound("Register as a buyer first.")
    return buyer


async def list_buyers(*, session: AsyncSession, principal: Principal, page: PageParams, kind: BuyerKind | None,
                      county_code: str | None, q: str | None) -> Page[BuyerRead]:
    statement = select(Buyer).where(buyers_visible_to(principal)).order_by(Buyer.created_at.desc(), Buyer.id)
    for column, value in ((Buyer.kind, kind), (Buyer.county_code, county_code)):
        if value is not None:
            statement = statement.where(column == value)
    if q:
        statement = statement.where(Buyer.name.contains(q, autoescape=True))
    rows, total = await fetch_page(session, statement, page)
    return Page(items=[buyer_read(b) for b in rows], total=total, limit=page.limit, offset=page.offset)


async def read_buyer(*, session: AsyncSession, principal: Principal, buyer_id: uuid.UUID) -> BuyerRead:
    return buyer_read(await get_buyer(session=session, principal=principal, buyer_id=buyer_id))


async def read_own_buyer(*, session: AsyncSession, principal: Principal) -> BuyerRead:
    return buyer_read(await own_buyer(session=session, principal=principal))


PROGRESS_SHOWN_UP_TO = Decimal("999999.99")


def pledge_progress(pledge: Decimal | None, purchased: Decimal) -> Decimal | None:
    """What the buyer has bought in the pledge's year as a percentage of the pledge (above 100 when exceeded)."""
    if pledge is None or pledge <= 0:
        return None
    return min(round_fen(purchased * 100 / pledge), PROGRESS_SHOWN_UP_TO)


def buyer_read(buyer: Buyer) -> BuyerRead:
    return BuyerRead.model_validate({
        **{name: getattr(buyer, name) for name in BuyerRead.model_fields if hasattr(buyer, name)},
        "county_name": county_name(buyer.county_code),
        "pledge_progress": pledge_progress(buyer.yearly_pledge, buyer.pledge_purchased),
    })
