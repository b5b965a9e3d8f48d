"""Reads of enrolments: the roster with the waitlist in order, its export, an enrolment's history."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.excel import Book
from chassis.pagination import Page, PageParams
from chassis.timezone import BUSINESS_TZ
from training.enrolments.models import Enrolment, EnrolmentEvent, EnrolmentStatus
from training.enrolments.schemas import EnrolmentRead, EventRead
from training.trainees.models import Trainee

STATUS_RANK = case({EnrolmentStatus.booked.value: 0, EnrolmentStatus.waitlisted.value: 1,
                    EnrolmentStatus.completed.value: 2, EnrolmentStatus.incomplete.value: 3},
                   value=Enrolment.status, else_=4)
# Where each stands on the waitlist: 1 is next. Worked out in the database over the whole waitlist, so a page of
# the roster shows true positions.
POSITION = func.row_number().over(partition_by=(Enrolment.session_id, Enrolment.status),
                                  order_by=(Enrolment.priority, Enrolment.requested_at, Enrolment.id))
STATUS_NAMES = {"booked": "已报名", "waitlisted": "候补", "cancelled": "已取消", "completed": "已结业",
                "incomplete": "未结业"}


async def position_of(session: AsyncSession, enrolment: Enrolment) -> int | None:
    if enrolment.status is not EnrolmentStatus.waitlisted:
        return None
    ahead = await session.scalar(select(func.count()).where(
        Enrolment.session_id == enrolment.session_id, Enrolment.status == EnrolmentStatus.waitlisted,
        or_(Enrolment.priority < enrolment.priority,
            and_(Enrolment.priority == enrolment.priority, Enrolment.requested_at < enrolment.requested_at),
            and_(Enrolment.priority == enrolment.priority, Enrolment.requested_at == enrolment.requested_at,
                 Enrolment.id < enrolment.id))))
    return int(ahead or 0) + 1


def _read(enrolment: Enrolment, trainee: Trainee, position: int | None) -> EnrolmentRead:
    return EnrolmentRead(
        id=enrolment.id, session_id=enrolment.session_id, trainee_id=trainee.id, trainee_name=trainee.name,
        trainee_mobile=trainee.mobile_masked, poor_household=trainee.poor_household, status=enrolment.status,
        waitlist_position=position if enrolment.status is EnrolmentStatus.waitlisted else None,
        priority=enrolment.priority, requested_at=enrolment.requested_at, booked_at=enrolment.booked_at,
        cancelled_at=enrolment.cancelled_at)


async def enrolment_read(session: AsyncSession, enrolment: Enrolment, trainee: Trainee) -> EnrolmentRead:
    return _read(enrolment, trainee, await position_of(session, enrolment))


def _roster(session_id: uuid.UUID, status: EnrolmentStatus | None) -> Select[tuple[Enrolment, Trainee, Any]]:
    ranked = (select(Enrolment.id.label("id"), POSITION.label("position"))
              .where(Enrolment.session_id == session_id).subquery())
    statement = (select(Enrolment, Trainee, ranked.c.position)
                 .join(Trainee, Trainee.id == Enrolment.trainee_id).join(ranked, ranked.c.id == Enrolment.id)
                 .order_by(STATUS_RANK, case((Enrolment.status == EnrolmentStatus.waitlisted, Enrolment.priority),
                                             else_=0),
                           Enrolment.requested_at, Enrolment.id))
    return statement.where(Enrolment.status == status) if status is not None else statement


async def roster(*, session: AsyncSession, session_id: uuid.UUID, status: EnrolmentStatus | None,
                 page: PageParams) -> Page[EnrolmentRead]:
    """Booked first, then the waitlist in its order (with positions), then the closed and the cancelled."""
    total = await session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.session_id == session_id, *([Enrolment.status == status] if status is not None else [])))
    rows = (await session.execute(_roster(session_id, status).limit(page.limit).offset(page.offset))).all()
    return Page(items=[_read(e, t, p) for e, t, p in rows], total=int(total or 0), limit=page.limit,
                offset=page.offset)


def local(moment: datetime | None) -> datetime | None:
    """A time as Excel shows it: Beijing time, without a zone (Excel has none)."""
    return moment.astimezone(BUSINESS_TZ).replace(tzinfo=None) if moment else None


async def export_roster(*, session: AsyncSession, session_id: uuid.UUID, title: str) -> bytes:
    book = Book()
    sheet = book.sheet("报名名单")
    sheet.widths([8, 12, 16, 14, 10, 10, 20, 20])
    sheet.freeze_header()
    sheet.append([title], bold=True)
    sheet.append(["序号", "姓名", "手机号码", "状态", "候补位次", "建档立卡", "报名时间", "确认时间"], bold=True)
    for n, (enrolment, trainee, position) in enumerate((await session.execute(_roster(session_id, None))).all(), 1):
        waiting = enrolment.status is EnrolmentStatus.waitlisted
        sheet.append([n, trainee.name, trainee.mobile_masked, STATUS_NAMES[enrolment.status.value],
                      position if waiting else None, "是" if trainee.poor_household else "否",
                      local(enrolment.requested_at), local(enrolment.booked_at)])
    return book.to_bytes()


async def events_of(session: AsyncSession, enrolment_id: uuid.UUID) -> list[EventRead]:
    rows = await session.scalars(select(EnrolmentEvent).where(EnrolmentEvent.enrolment_id == enrolment_id)
                                 .order_by(EnrolmentEvent.at, EnrolmentEvent.id))
    return [EventRead.model_validate(e) for e in rows]
