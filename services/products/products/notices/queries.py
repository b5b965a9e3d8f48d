"""Reading notices: staff's view (scoped), the public page (published notices, admitted sellers' open lots, no
contact), and the inquiries (staff of the notice's or the lot's county; a seller those on their lots)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Row, ScalarSelect, false, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.crypto import FieldCipher
from chassis.pagination import Page, PageParams, count_rows, fetch_page
from chassis.problems import NotFound
from products.catalogue.models import Certification, FeaturedProduct, in_force
from products.lots.lifecycle import ON_OFFER
from products.lots.models import Lot
from products.lots.queries import lot_read, lots_with_names
from products.notices.lifecycle import NoticeStatus, allowed_actions
from products.notices.models import Inquiry, Notice, NoticeTransition, notice_lot
from products.notices.schemas import (
    InquiryRead,
    NoticeDetail,
    NoticeRead,
    NoticeTransitionRead,
    PublicCertification,
    PublicLot,
    PublicNotice,
)
from products.parties.lifecycle import SellerStatus
from products.parties.models import Seller


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """City staff see every notice; county staff their county's and the city-wide ones."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return or_(Notice.county_code == principal.county_code, Notice.county_code.is_(None))
        case _:
            return false()


def may_act(principal: Principal, notice: Notice) -> bool:
    return principal.sees_whole_city or (
        principal.role is Role.county_staff and notice.county_code is not None
        and notice.county_code == principal.county_code)


async def get_notice(*, session: AsyncSession, principal: Principal, notice_id: uuid.UUID) -> Notice:
    notice = await session.scalar(select(Notice).where(Notice.id == notice_id, visible_to(principal)))
    if notice is None:
        raise NotFound(f"No notice {notice_id}.")
    return notice


def _lot_count() -> ScalarSelect[int]:
    return (select(func.count()).where(notice_lot.c.notice_id == Notice.id)
            .correlate(Notice).scalar_subquery())


def _notice_read(notice: Notice, lot_count: int) -> NoticeRead:
    return NoticeRead(id=notice.id, title=notice.title, body=notice.body, county_code=notice.county_code,
                      status=notice.status, published_at=notice.published_at, closed_at=notice.closed_at,
                      created_at=notice.created_at, lot_count=lot_count)


async def list_notices(*, session: AsyncSession, principal: Principal, page: PageParams, status: NoticeStatus | None,
                       county_code: str | None, q: str | None) -> Page[NoticeRead]:
    """Newest first; `county_code` keeps one county's notices (with the city-wide ones out), `q` a title's part."""
    statement = select(Notice).where(visible_to(principal)).order_by(Notice.created_at.desc(), Notice.id)
    if status is not None:
        statement = statement.where(Notice.status == status)
    if county_code is not None:
        statement = statement.where(Notice.county_code == county_code)
    if q:
        statement = statement.where(Notice.title.contains(q, autoescape=True))
    rows = (await session.execute(statement.add_columns(_lot_count()).limit(page.limit).offset(page.offset))).all()
    return Page(items=[_notice_read(notice, count) for notice, count in rows],
                total=await count_rows(session, statement), limit=page.limit, offset=page.offset)


async def notice_detail(*, session: AsyncSession, principal: Principal, notice: Notice) -> NoticeDetail:
    """The notice with its history and every one of its lots: whoever sees a notice sees what it covers (a
    city-wide notice shows county staff other counties' lots too, as the public page would, with no action on
    them), each lot with what remains of it."""
    lot_ids = list(await session.scalars(select(notice_lot.c.lot_id).where(notice_lot.c.notice_id == notice.id)
                                         .order_by(notice_lot.c.lot_id)))
    lots = (await session.execute(lots_with_names().where(Lot.id.in_(lot_ids))
                                  .order_by(Lot.unsold.desc(), Lot.best_before, Lot.id))).all()
    transitions = await session.scalars(select(NoticeTransition).where(NoticeTransition.notice_id == notice.id)
                                        .order_by(NoticeTransition.at, NoticeTransition.id))
    return NoticeDetail(
        **_notice_read(notice, len(lot_ids)).model_dump(), lot_ids=lot_ids,
        lots=[lot_read(row, principal) for row in lots],
        transitions=[NoticeTransitionRead.model_validate(t) for t in transitions],
        allowed_actions=allowed_actions(notice.status) if may_act(principal, notice) else [],
    )


async def read_notice(*, session: AsyncSession, principal: Principal, notice_id: uuid.UUID) -> NoticeDetail:
    notice = await get_notice(session=session, principal=principal, notice_id=notice_id)
    return await notice_detail(session=session, principal=principal, notice=notice)


# --- the public page -------------------------------------------------------------------------------------------


def offered_publicly() -> ColumnElement[bool]:
    """What the public page may show of a lot: on offer, from an admitted seller."""
    return Lot.status.in_(ON_OFFER) & (Seller.status == SellerStatus.admitted)


async def public_lots(session: AsyncSession, notice_ids: Sequence[uuid.UUID],
                      today: date) -> dict[uuid.UUID, list[PublicLot]]:
    rows = (await session.execute(
        select(notice_lot.c.notice_id, Lot.id, Lot.product_id, FeaturedProduct.name, FeaturedProduct.category,
               Lot.county_code, Seller.name, Lot.remaining_kg, Lot.floor_price_per_kg, Lot.best_before)
        .join(Lot, Lot.id == notice_lot.c.lot_id).join(Seller, Seller.id == Lot.seller_id)
        .join(FeaturedProduct, FeaturedProduct.id == Lot.product_id)
        .where(notice_lot.c.notice_id.in_(notice_ids), offered_publicly())
        .order_by(FeaturedProduct.name, Lot.best_before, Lot.id))).all()
    certificates: dict[uuid.UUID, list[PublicCertification]] = defaultdict(list)
    for cert in await session.scalars(select(Certification).where(
            Certification.product_id.in_({row[2] for row in rows}), in_force(today))
            .order_by(Certification.cert_type, Certification.number)):
        certificates[cert.product_id].append(PublicCertification(
            cert_type=cert.cert_type, number=cert.number, issuer=cert.issuer, expires_on=cert.expires_on))
    lots: dict[uuid.UUID, list[PublicLot]] = defaultdict(list)
    for notice_id, lot_id, product_id, product, category, county, seller, remaining, price, best_before in rows:
        lots[notice_id].append(PublicLot(
            id=lot_id, product_id=product_id, product_name=product, category=category, county_code=county,
            county_name=county_name(county), seller_name=seller, remaining_kg=remaining, price_per_kg=price,
            best_before=best_before, certifications=certificates[product_id]))
    return lots


def _public(notice: Notice, lots: dict[uuid.UUID, list[PublicLot]]) -> PublicNotice:
    assert notice.published_at is not None
    return PublicNotice(id=notice.id, title=notice.title, body=notice.body, published_at=notice.published_at,
                        lots=lots.get(notice.id, []))


async def list_public(*, session: AsyncSession, page: PageParams, today: date) -> Page[PublicNotice]:
    statement = (select(Notice).where(Notice.status == NoticeStatus.published)
                 .order_by(Notice.published_at.desc(), Notice.id))
    notices, total = await fetch_page(session, statement, page)
    lots = await public_lots(session, [n.id for n in notices], today)
    return Page(items=[_public(n, lots) for n in notices], total=total, limit=page.limit, offset=page.offset)


async def read_public(*, session: AsyncSession, notice_id: uuid.UUID, today: date) -> PublicNotice:
    notice = await session.scalar(select(Notice).where(Notice.id == notice_id,
                                                       Notice.status == NoticeStatus.published))
    if notice is None:
        raise NotFound(f"No published notice {notice_id}.")
    return _public(notice, await public_lots(session, [notice.id], today))


# --- inquiries -------------------------------------------------------------------------------------------------


def inquiries_visible_to(principal: Principal) -> ColumnElement[bool]:
    """Over inquiries outer-joined to their lot and its seller: city staff all; county staff those on their
    county's notices or lots; a seller those on their own lots."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return or_(Notice.county_code == principal.county_code, Lot.county_code == principal.county_code)
        case Role.entrepreneur:
            return Seller.user_id == principal.subject
        case _:
            return false()


async def list_inquiries(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, page: PageParams,
                         notice_id: uuid.UUID | None) -> Page[InquiryRead]:
    statement = (select(Inquiry, Notice.title, FeaturedProduct.name, Seller.user_id, Seller.id, Seller.name,
                        Lot.county_code)
                 .join(Notice, Notice.id == Inquiry.notice_id)
                 .outerjoin(Lot, Lot.id == Inquiry.lot_id).outerjoin(Seller, Seller.id == Lot.seller_id)
                 .outerjoin(FeaturedProduct, FeaturedProduct.id == Lot.product_id)
                 .where(inquiries_visible_to(principal)).order_by(Inquiry.created_at.desc(), Inquiry.id))
    if notice_id is not None:
        statement = statement.where(Inquiry.notice_id == notice_id)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    total = await count_rows(session, statement)
    return Page(items=[_inquiry_read(row, principal, cipher) for row in rows],
                total=total, limit=page.limit, offset=page.offset)


def _inquiry_read(row: Row[Inquiry, str, str | None, str | None, uuid.UUID | None, str | None, str | None],
                  principal: Principal, cipher: FieldCipher) -> InquiryRead:
    inquiry, title, product, seller_user, seller_id, seller_name, county = row
    in_full = principal.sees_whole_city or (seller_user is not None and seller_user == principal.subject)
    return InquiryRead(
        id=inquiry.id, notice_id=inquiry.notice_id, notice_title=title, lot_id=inquiry.lot_id, product_name=product,
        seller_id=seller_id, seller_name=seller_name, county_code=county,
        county_name=county_name(county) if county else None,
        name=inquiry.name, organisation=inquiry.organisation, quantity_kg=inquiry.quantity_kg,
        mobile=cipher.decrypt(inquiry.mobile_encrypted) if in_full else inquiry.mobile_masked,
        message=inquiry.message, created_at=inquiry.created_at)
