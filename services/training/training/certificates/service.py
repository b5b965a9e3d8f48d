"""Issuing certificates: one per completed enrolment, numbered, with what it certifies copied in.

Copying the trainee's name, the programme's name and the session's title at issue keeps a certificate reading
as it was issued, whatever is renamed later. Issuing is set-based: the demo closes sessions of a thousand
trainees, so it is one read (do any new numbers exist already?) and one executemany, however many.
"""

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.certificates import new_number
from chassis.db import utcnow
from training.certificates.models import Certificate
from training.sessions.models import TrainingSession

PREFIX = "QY"  # training's completion certificates (volunteers' hours certificates are QV)


class Completed(NamedTuple):
    """A completed enrolment, as much of it as a certificate needs."""

    enrolment_id: uuid.UUID
    trainee_id: uuid.UUID
    trainee_name: str


async def issue(session: AsyncSession, training_session: TrainingSession, completed: Sequence[Completed],
                completed_on: date, issued_at: datetime | None = None) -> list[str]:
    """Certificates for `completed` enrolments of the session (its programme loaded); their numbers, in order."""
    if not completed:
        return []
    numbers = await _fresh_numbers(session, len(completed), completed_on.year)
    issued_at = issued_at or utcnow()
    await session.execute(insert(Certificate), [
        {"id": uuid.uuid4(), "number": number, "enrolment_id": c.enrolment_id, "trainee_id": c.trainee_id,
         "session_id": training_session.id, "trainee_name": c.trainee_name,
         "programme_name": training_session.programme.name, "session_title": training_session.title,
         "completed_on": completed_on, "issued_at": issued_at} for number, c in zip(numbers, completed, strict=True)])
    return numbers


async def _fresh_numbers(session: AsyncSession, count: int, year: int) -> list[str]:
    """`count` distinct numbers that no certificate has. With 40 random bits a clash is rare, but a number must
    be unique, so a clash is drawn again rather than left to fail the whole closing."""
    numbers: set[str] = set()
    while len(numbers) < count:
        drawn = {new_number(PREFIX, year) for _ in range(count - len(numbers))} - numbers
        taken = set(await session.scalars(select(Certificate.number).where(Certificate.number.in_(drawn))))
        numbers |= drawn - taken
    return list(numbers)
