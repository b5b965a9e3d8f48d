"""Notifications to trainees: written in the transaction of what they tell (so a promotion is never booked
without its notice, nor noticed without being booked), sent by SMS afterwards by `deliver_pending`."""

import logging
import uuid

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis.auth.principal import Principal
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.pagination import Page, PageParams, fetch_page
from training.notifications.models import Notification
from training.notifications.schemas import NotificationRead
from training.notifications.senders import SmsSender
from training.trainees.models import Trainee

log = logging.getLogger("training.notifications")
BATCH = 100


def notify(session: AsyncSession, trainee_id: uuid.UUID, kind: str, text: str,
           session_id: uuid.UUID | None = None) -> None:
    session.add(Notification(id=uuid.uuid4(), trainee_id=trainee_id, kind=kind, text=text, session_id=session_id,
                             created_at=utcnow()))


async def my_notifications(*, session: AsyncSession, principal: Principal,
                           page: PageParams) -> Page[NotificationRead]:
    statement = (select(Notification).join(Trainee, Trainee.id == Notification.trainee_id)
                 .where(Trainee.user_id == principal.subject)
                 .order_by(Notification.created_at.desc(), Notification.id))
    rows, total = await fetch_page(session, statement, page)
    return Page(items=[NotificationRead.model_validate(n) for n in rows], total=total, limit=page.limit,
                offset=page.offset)


async def mark_read(*, session: AsyncSession, principal: Principal) -> int:
    mine = select(Trainee.id).where(Trainee.user_id == principal.subject).scalar_subquery()
    result = await session.execute(update(Notification).where(Notification.trainee_id == mine,
                                                              Notification.read_at.is_(None)).values(read_at=utcnow()))
    return int(result.rowcount)  # type: ignore[attr-defined]


async def deliver_pending(sessionmaker: async_sessionmaker[AsyncSession], cipher: FieldCipher,
                          sender: SmsSender) -> int:
    """Sends the notices not yet sent, oldest first, a batch at a time; each is marked sent once delivered (a
    failed one stays for the next round). Rows are claimed with SKIP LOCKED on PostgreSQL, so replicas share
    the work without sending one twice."""
    async with sessionmaker() as session, session.begin():
        rows = (await session.execute(
            select(Notification.id, Notification.text, Trainee.mobile_encrypted)
            .join(Trainee, Trainee.id == Notification.trainee_id).where(Notification.sent_at.is_(None))
            .order_by(Notification.created_at).limit(BATCH)
            .with_for_update(of=Notification, skip_locked=True))).all()
        sent = []
        for notification_id, text, mobile in rows:
            try:
                await sender.send(cipher.decrypt(mobile), text)
            except Exception:
                log.exception("sending notification %s failed", notification_id)
                continue
            sent.append(notification_id)
        if sent:
            await session.execute(update(Notification).where(Notification.id.in_(sent)).values(sent_at=func.now()))
    return len(sent)
