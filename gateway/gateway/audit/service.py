"""Searching the security events: by kind, subject (a user or a client), actor and time, newest first."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select

from gateway.audit.events import EventKind
from gateway.audit.models import SecurityEvent


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
