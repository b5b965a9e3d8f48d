"""Notices of unsold produce and the public's inquiries.

`apply_action` carries out every change of a notice's status: who may (staff of its county; a city-wide notice
city staff), whether the state allows it (lifecycle.py), the conditional UPDATE (two staff pressing at once cannot
both move it: the second gets 409 with what is allowed now) and the audit row.
"""

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import transitions
from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.identity_numbers import mask_mobile
from chassis.problems import Conflict, Forbidden, InvalidField, NotFound, Problem
from products.lots.models import Lot
from products.notices.lifecycle import (
    IllegalTransition,
    NoticeAction,
    NoticeStatus,
    allowed_actions,
    allowed_next_states,
    next_state,
    takes_inquiries,
)
from products.notices.models import Inquiry, Notice, NoticeTransition, notice_lot
from products.notices.queries import get_notice, may_act, notice_detail, offered_publicly
from products.notices.schemas import InquiryCreate, InquiryReceipt, NoticeCreate, NoticeDetail
from products.parties.models import Seller

# One mobile number's inquiries in a day, over all notices: past this the public route answers 429. (Per
# address, the gateway's anonymous token bucket already applies: the service sees only the gateway's address.)
INQUIRIES_PER_DAY = 10


class TooManyInquiries(Problem):
    status, slug, title = 429, "too-many-requests", "Too many requests"


# --- the API -------------------------------------------------------------------------------------------------


async def create(*, session: AsyncSession, principal: Principal, data: NoticeCreate) -> NoticeDetail:
    notice = await draft(session=session, principal=principal, data=data)
    return await notice_detail(session=session, principal=principal, notice=notice)


async def act(*, session: AsyncSession, principal: Principal, notice_id: uuid.UUID,
              action: NoticeAction) -> NoticeDetail:
    notice = await get_notice(session=session, principal=principal, notice_id=notice_id)
    await apply_action(session=session, principal=principal, notice=notice, action=action)
    return await notice_detail(session=session, principal=principal, notice=notice)


# --- the commands ----------------------------------------------------------------------------------------------


async def draft(*, session: AsyncSession, principal: Principal, data: NoticeCreate,
                notice_id: uuid.UUID | None = None) -> Notice:
    """A draft notice over existing lots; a county's notice covers only lots in that county."""
    ensure_acts_in_county(principal, data.county_code)
    wanted = set(data.lot_ids)
    found = {lot_id: county for lot_id, county in
             (await session.execute(select(Lot.id, Lot.county_code).where(Lot.id.in_(wanted)))).all()}
    if unknown := sorted(str(i) for i in wanted - found.keys()):
        raise InvalidField("lot_ids", f"no lot {', '.join(unknown)}")
    if data.county_code is not None and (elsewhere := sorted(str(i) for i, c in found.items()
                                                             if c != data.county_code)):
        raise InvalidField("lot_ids", f"not in county {data.county_code}: {', '.join(elsewhere)}")
    notice = Notice(id=notice_id or uuid.uuid4(), title=data.title, body=data.body, county_code=data.county_code,
                    status=NoticeStatus.draft, created_by=principal.subject)
    session.add(notice)
    await session.flush()
    await session.execute(insert(notice_lot), [{"notice_id": notice.id, "lot_id": lot_id} for lot_id in wanted])
    return notice


def _illegal(notice: Notice, action: NoticeAction) -> Conflict:
    return Conflict(
        f"The notice is {notice.status.value}; {action.value} is not possible now.",
        status_now=notice.status.value,
        allowed_next_states=[s.value for s in allowed_next_states(notice.status)],
        allowed_actions=[a.value for a in allowed_actions(notice.status)],
    )


async def apply_action(*, session: AsyncSession, principal: Principal, notice: Notice, action: NoticeAction,
                       at: datetime | None = None) -> Notice:
    """`at` is when it happens (now; the demo passes the report's dates)."""
    if not may_act(principal, notice):
        raise Forbidden(f"You may not {action.value} this notice.")
    try:
        target = next_state(notice.status, action)
    except IllegalTransition:
        raise _illegal(notice, action) from None
    origin, at = notice.status, at or utcnow()
    stamp = {"published_at": at} if action is NoticeAction.publish else {"closed_at": at}
    if not await transitions.move(session, notice, target, **stamp):
        raise _illegal(notice, action)
    session.add(NoticeTransition(notice_id=notice.id, action=action, from_status=origin, to_status=target,
                                 actor_subject=principal.subject, actor_role=principal.role.value,
                                 actor_name=principal.name, at=at))
    await session.flush()
    return notice


async def inquire(*, session: AsyncSession, cipher: FieldCipher, notice_id: uuid.UUID,
                  data: InquiryCreate) -> InquiryReceipt:
    """Anyone may ask about a published notice (a closed one: 409), or one of its lots still on offer."""
    status = await session.scalar(select(Notice.status).where(Notice.id == notice_id))
    if status is None or status is NoticeStatus.draft:
        raise NotFound(f"No published notice {notice_id}.")
    if not takes_inquiries(status):
        raise Conflict(f"The notice is {status.value}; it takes no more inquiries.", status_now=status.value)
    if data.lot_id is not None and await session.scalar(
            select(Lot.id).join(Seller, Seller.id == Lot.seller_id)
            .join(notice_lot, (notice_lot.c.lot_id == Lot.id) & (notice_lot.c.notice_id == notice_id))
            .where(Lot.id == data.lot_id, offered_publicly())) is None:
        raise InvalidField("lot_id", "not a lot of this notice still on offer")
    mobile_hash = cipher.lookup_hash(data.mobile)
    recent = await session.scalar(select(func.count()).select_from(Inquiry).where(
        Inquiry.mobile_hash == mobile_hash, Inquiry.created_at >= utcnow() - timedelta(days=1)))
    if (recent or 0) >= INQUIRIES_PER_DAY:
        raise TooManyInquiries("This number has sent enough inquiries for today; staff will call back.")
    inquiry = Inquiry(notice_id=notice_id, lot_id=data.lot_id, name=data.name, organisation=data.organisation,
                      mobile_encrypted=cipher.encrypt(data.mobile), mobile_masked=mask_mobile(data.mobile),
                      mobile_hash=mobile_hash, quantity_kg=data.quantity_kg, message=data.message)
    session.add(inquiry)
    await session.flush()
    return InquiryReceipt(id=inquiry.id, notice_id=notice_id, lot_id=inquiry.lot_id, created_at=inquiry.created_at)
