"""The append-only history of enrolments: one row per thing that happened, naming who acted."""

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.db import utcnow
from training.enrolments.models import EnrolmentEvent, EventKind


async def record(session: AsyncSession, enrolment_ids: Sequence[uuid.UUID], kind: EventKind, actor: Principal,
                 note: str | None = None) -> None:
    """Appends one `kind` event to each enrolment's history (one executemany, however many)."""
    if not enrolment_ids:
        return
    at = utcnow()
    await session.execute(insert(EnrolmentEvent), [
        {"id": uuid.uuid4(), "enrolment_id": enrolment_id, "kind": kind, "actor_subject": actor.subject,
         "actor_role": actor.role.value, "note": note, "at": at} for enrolment_id in enrolment_ids])


async def record_steps(session: AsyncSession, enrolment_id: uuid.UUID, kinds: Sequence[EventKind], actor: Principal,
                       note: str | None = None) -> None:
    """Appends several events to one enrolment's history, in order, in one statement (enrolling: requested, then
    booked or waitlisted)."""
    at = utcnow()
    await session.execute(insert(EnrolmentEvent), [
        {"id": uuid.uuid4(), "enrolment_id": enrolment_id, "kind": kind, "actor_subject": actor.subject,
         "actor_role": actor.role.value, "note": note, "at": at + timedelta(microseconds=n)}
        for n, kind in enumerate(kinds)])
