"""Searching the security events: by kind, subject (a user or a client), actor and time, newest first."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from chassis.pagination import Page, PageParams, fetch_page, page_of
from gateway.audit.events import EventKind
from gateway.audit.export import workbook
from gateway.audit.models import SecurityEvent
from gateway.audit.schemas import SecurityEventRead

EXPORT_MAX_ROWS = 50_000


@dataclass(frozen=True, slots=True)
class EventFilter:
    kind: EventKind | None = None
    subject: uuid.UUID | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def events(f: EventFilter) -> Select[SecurityEvent]:
    statement = select(SecurityEvent).order_by(SecurityEvent.at.desc(), SecurityEvent.id)
    if f.kind is not None:
        statement = statement.where(SecurityEvent.kind == f.kind.value)
    if f.subject is not None:
        statement = statement.where(or_(SecurityEvent.subject_user_id == f.subject,
                                        SecurityEvent.subject_client_id == f.subject))
    if f.actor is not None:
        statement = statement.where(SecurityEvent.actor == f.actor)
    if f.since is not None:
        statement = statement.where(SecurityEvent.at >= f.since)
    if f.until is not None:
        statement = statement.where(SecurityEvent.at < f.until)
    return statement


async def list_events(*, session: AsyncSession, page: PageParams, where: EventFilter) -> Page[SecurityEventRead]:
    rows, total = await fetch_page(session, events(where), page)
    return page_of(SecurityEventRead, rows, total, page)


async def export_events(*, session: AsyncSession, where: EventFilter) -> bytes:
    """The events as .xlsx (at most EXPORT_MAX_ROWS, newest first), written off the event loop."""
    rows = (await session.scalars(events(where).limit(EXPORT_MAX_ROWS))).all()
    return await run_in_threadpool(workbook, rows)
