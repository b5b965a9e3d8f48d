"""A transactional outbox for webhooks: events commit with the change that caused them, a worker delivers.

A service declares the three tables from the mixins and one `Outbox`:

    class WebhookEndpoint(WebhookEndpointMixin, Base): __tablename__ = "webhook_endpoint"
    class OutboxMessage(OutboxMessageMixin, Base): __tablename__ = "outbox_message"
    class DeliveryAttempt(DeliveryAttemptMixin, Base): __tablename__ = "delivery_attempt"
    outbox = Outbox(WebhookEndpoint, OutboxMessage, DeliveryAttempt)

A service function calls `outbox.enqueue(session, endpoint, "loan.approved", payload)` (or `publish` to
every active endpoint of an owner) inside the request's transaction; the app's lifespan runs
`async with outbox.running(app.state.sessionmaker, cipher, rule=EgressRule.of(settings)): yield`. Delivery is
at least once: the webhook-id stays the same on every retry so the receiver can drop duplicates. Messages of an
inactive endpoint wait. A message whose sender waits for its first attempt (a test event) is enqueued `held`
and, once committed, attempted by that sender with `deliver_now`: the same checks, signing and log.
An endpoint's URL is the partner's to choose, so it passes `chassis.egress` when registered
(`check_endpoint_url`) and again before every attempt, which goes to the address just checked; redirects are
not followed, and an attempt records only the status code (or the kind of failure) and its duration: never
the response's body nor an error's text.
Signing secrets are kept encrypted by the service's `SecretBox` (chassis.crypto.FieldCipher): a copy of the
database does not let anyone sign as the service.
"""

import asyncio
import contextlib
import json
import logging
import random
import ssl
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

import httpx
from pydantic import BaseModel
from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, Uuid, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from chassis import egress, webhooks
from chassis.db import IdMixin, TimestampMixin, UTCDateTime, utcnow
from chassis.problems import Unprocessable

log = logging.getLogger("chassis.outbox")
_STRICT = egress.EgressRule()


class MessageStatus(StrEnum):
    pending = "pending"
    delivered = "delivered"
    failed = "failed"


def new_webhook_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


class SecretBox(Protocol):
    def encrypt(self, plaintext: str) -> str: ...

    def decrypt(self, ciphertext: str) -> str: ...


class _Row:
    if TYPE_CHECKING:  # what the service's declarative Base gives the concrete class
        def __init__(self, **values: Any) -> None: ...


class WebhookEndpointMixin(_Row, IdMixin, TimestampMixin):
    """Where an owner (a bank: `bank:<id>`) wants its events; during a rotation both secrets sign."""

    owner: Mapped[str] = mapped_column(String(200), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    secret_encrypted: Mapped[str] = mapped_column(String(400))
    previous_secret_encrypted: Mapped[str | None] = mapped_column(String(400))
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def new_secret(self, box: SecretBox) -> str:
        """A fresh current secret, stored encrypted; returned once, for the receiver to keep."""
        secret = webhooks.new_secret()
        self.secret_encrypted = box.encrypt(secret)
        return secret

    def rotate_secret(self, box: SecretBox, *, now: datetime, overlap: timedelta = timedelta(hours=24)) -> str:
        """A new current secret; the old one keeps signing for `overlap` while the receiver switches."""
        self.previous_secret_encrypted, self.previous_secret_expires_at = self.secret_encrypted, now + overlap
        return self.new_secret(box)

    def signing_secrets(self, box: SecretBox, now: datetime) -> list[str]:
        secrets = [self.secret_encrypted]
        expires = self.previous_secret_expires_at
        if self.previous_secret_encrypted and expires and expires > now:
            secrets.append(self.previous_secret_encrypted)
        return [box.decrypt(secret) for secret in secrets]


class OutboxMessageMixin(_Row, IdMixin, TimestampMixin):
    endpoint_table: ClassVar[str] = "webhook_endpoint"

    @declared_attr
    def endpoint_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(Uuid, ForeignKey(f"{cls.endpoint_table}.id"), index=True)

    event_type: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    webhook_id: Mapped[str] = mapped_column(String(64), unique=True, default=new_webhook_id)
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.pending)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (Index(None, "status", "next_attempt_at"),)


class DeliveryAttemptMixin(_Row, IdMixin):
    message_table: ClassVar[str] = "outbox_message"

    @declared_attr
    def message_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(Uuid, ForeignKey(f"{cls.message_table}.id"), index=True)

    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    response_status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer)


def body_of(message: OutboxMessageMixin) -> bytes:
    """The bytes sent, the same on every attempt: the Standard Webhooks envelope {type, timestamp, data}."""
    envelope = {"type": message.event_type, "timestamp": message.created_at.isoformat(), "data": message.payload}
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()


def backoff(attempts: int, *, base: timedelta, cap: timedelta) -> timedelta:
    """base x 2^(attempts-1), +-20 % so that retries after an outage spread out, at most `cap`."""
    jitter = random.uniform(0.8, 1.2)  # noqa: S311 - spreading retries, not a secret
    return min(base * 2.0 ** max(attempts - 1, 0) * jitter, cap)


async def check_endpoint_url(url: str, rule: egress.EgressRule) -> None:
    """For registration: 422 with the reason unless the worker would send to `url` now, or could once its host
    name resolves (a partner may register before its DNS is live: each attempt, a test event's too, says it does
    not resolve). The worker checks again before every attempt, so a name that resolves to a non-public address
    later gets no request either."""
    try:
        await egress.destination(url, rule)
    except egress.Unresolved:
        return
    except egress.Refused as refused:
        raise Unprocessable(f"This webhook URL cannot be used: {refused}.") from None


@dataclass(frozen=True, slots=True)
class Outcome:
    status: int | None
    error: str | None
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


E = TypeVar("E", bound=WebhookEndpointMixin)
Msg = TypeVar("Msg", bound=OutboxMessageMixin)
A = TypeVar("A", bound=DeliveryAttemptMixin)
Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Outbox(Generic[E, Msg, A]):
    endpoint: type[E]
    message: type[Msg]
    attempt: type[A]
    max_attempts: int = 10
    base_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(hours=6)
    timeout_seconds: float = 10.0
    # A claimed batch is invisible to other workers this long: longer than a batch can take to send.
    lease: timedelta = timedelta(minutes=5)
    concurrency: int = 8

    def enqueue(self, session: AsyncSession, endpoint: E, event_type: str,
                payload: BaseModel | dict[str, Any], *, held: bool = False) -> Msg:
        """Adds a message to the caller's transaction: it is sent only if that transaction commits.

        `held`: the workers leave it alone for `lease`, because the caller attempts it itself once committed
        (`deliver_now`); should the caller not get that far, a worker sends it when the lease ends."""
        data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        now = utcnow()
        message = self.message(id=uuid.uuid4(), endpoint_id=endpoint.id, event_type=event_type, payload=data,
                               webhook_id=new_webhook_id(), status=MessageStatus.pending, attempts=0,
                               next_attempt_at=now + self.lease if held else now, created_at=now, updated_at=now)
        session.add(message)
        return message

    async def publish(self, session: AsyncSession, *, owner: str, event_type: str,
                      payload: BaseModel | dict[str, Any]) -> list[Msg]:
        """Enqueues the event for every active endpoint of `owner`."""
        endpoints = await session.scalars(
            select(self.endpoint).where(self.endpoint.owner == owner, self.endpoint.active.is_(True)))
        return [self.enqueue(session, endpoint, event_type, payload) for endpoint in endpoints]

    async def deliver_due(self, sessionmaker: Sessions, http_client: httpx.AsyncClient, box: SecretBox, *,
                          now: datetime | None = None, batch: int = 50, rule: egress.EgressRule = _STRICT) -> int:
        """Sends the messages due at `now` (at most `batch`) where `rule` allows; returns how many were attempted."""
        now = now or utcnow()
        claimed = await self._claim_due(sessionmaker, now, batch)
        if not claimed:
            return 0
        async with sessionmaker() as session:
            rows = (await session.execute(
                select(self.message, self.endpoint)
                .join(self.endpoint, self.message.endpoint_id == self.endpoint.id)
                .where(self.message.id.in_(claimed))
            )).all()
        limit = asyncio.Semaphore(self.concurrency)

        async def deliver(message: Msg, endpoint: E) -> None:
            async with limit:
                outcome = await self._post(http_client, box, message, endpoint, now, rule)
                await self._record(sessionmaker, message, outcome, now)

        results = await asyncio.gather(*(deliver(message, endpoint) for message, endpoint in rows),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, Exception):  # not recorded: the message is sent again when its lease ends
                log.error("recording a webhook delivery failed", exc_info=result)
        return len(rows)

    async def deliver_now(self, sessionmaker: Sessions, http_client: httpx.AsyncClient, box: SecretBox,
                          message_id: uuid.UUID, *, rule: egress.EgressRule = _STRICT) -> A | None:
        """Attempts one committed message at once (one enqueued `held`, whose sender waits for the answer), as a
        worker would: checked, signed, logged, and retried later if it fails. No other message is touched.
        Returns the attempt, or None when the message is no longer pending or its endpoint is inactive."""
        now = utcnow()
        m, e = self.message, self.endpoint
        async with sessionmaker() as session, session.begin():
            claimed = await session.scalar(
                update(m).where(m.id == message_id, m.status == MessageStatus.pending,
                                m.endpoint_id.in_(select(e.id).where(e.active.is_(True))))
                .values(next_attempt_at=now + self.lease).returning(m.id)
                .execution_options(synchronize_session=False))
            if claimed is None:
                return None
        async with sessionmaker() as session:
            message, endpoint = (await session.execute(
                select(m, e).join(e, m.endpoint_id == e.id).where(m.id == message_id))).one()
        outcome = await self._post(http_client, box, message, endpoint, now, rule)
        return await self._record(sessionmaker, message, outcome, now)

    async def _claim_due(self, sessionmaker: Sessions, now: datetime, batch: int) -> Sequence[uuid.UUID]:
        """Moves due messages `lease` into the future, in one statement, and returns their ids.

        PostgreSQL: FOR UPDATE SKIP LOCKED lets workers claim disjoint batches side by side.
        SQLite: the statement takes the database's single write lock, so claims are serial.
        """
        m, e = self.message, self.endpoint
        due = (select(m.id).join(e, m.endpoint_id == e.id)
               .where(m.status == MessageStatus.pending, m.next_attempt_at <= now, e.active.is_(True))
               .order_by(m.next_attempt_at).limit(batch))
        async with sessionmaker() as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                due = due.with_for_update(of=m, skip_locked=True)
            claimed = await session.scalars(
                update(m).where(m.id.in_(due.scalar_subquery())).values(next_attempt_at=now + self.lease)
                .returning(m.id).execution_options(synchronize_session=False))
            return claimed.all()

    async def _post(self, client: httpx.AsyncClient, box: SecretBox, message: Msg, endpoint: E,
                    now: datetime, rule: egress.EgressRule) -> Outcome:
        """One attempt, to the address just checked. The response's body is never read."""
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.timeout_seconds):
                if not rule.send:
                    raise egress.Refused("sending is turned off here (the webhook_send setting)")
                target = await egress.destination(endpoint.url, rule)
                body = body_of(message)
                signed = webhooks.sign(endpoint.signing_secrets(box, now), message.webhook_id,
                                       int(now.timestamp()), body)
                async with client.stream("POST", target.pinned_url, content=body, timeout=self.timeout_seconds,
                                         headers={**signed, **target.headers, "content-type": "application/json"},
                                         extensions=target.extensions, follow_redirects=False) as response:
                    status = response.status_code
        except egress.Refused as refused:
            return Outcome(None, f"refused: {refused}", _ms_since(started))
        except Exception as exc:  # unreachable, timed out, a secret that does not decrypt: a failed attempt
            failure = _failure(exc)
            if failure is None:
                log.error("webhook %s: the attempt failed on this side", message.webhook_id, exc_info=exc)
            else:
                log.info("webhook %s to endpoint %s: %s (%r)", message.webhook_id, endpoint.id, failure, exc)
            return Outcome(None, failure or "internal error", _ms_since(started))
        return Outcome(status, None if 200 <= status < 300 else f"HTTP {status}", _ms_since(started))

    async def _record(self, sessionmaker: Sessions, message: Msg, outcome: Outcome, now: datetime) -> A:
        attempts = message.attempts + 1
        values: dict[str, Any] = {"attempts": attempts, "last_error": outcome.error, "updated_at": now}
        if outcome.ok:
            values |= {"status": MessageStatus.delivered, "delivered_at": now}
        elif attempts >= self.max_attempts:
            values |= {"status": MessageStatus.failed}
        else:
            values |= {"next_attempt_at": now + backoff(attempts, base=self.base_delay, cap=self.max_delay)}
        attempt = self.attempt(id=uuid.uuid4(), message_id=message.id, attempted_at=now,
                               response_status=outcome.status, error=outcome.error, duration_ms=outcome.duration_ms)
        async with sessionmaker() as session, session.begin():
            session.add(attempt)
            await session.execute(update(self.message).where(self.message.id == message.id).values(**values)
                                  .execution_options(synchronize_session=False))
        return attempt

    async def run_worker(self, sessionmaker: Sessions, http_client: httpx.AsyncClient, box: SecretBox,
                         stop: asyncio.Event, *, interval_seconds: float = 5.0, batch: int = 50,
                         rule: egress.EgressRule = _STRICT) -> None:
        """Delivers until `stop` is set: at once again after a full batch, else after `interval_seconds`."""
        while not stop.is_set():
            try:
                attempted = await self.deliver_due(sessionmaker, http_client, box, batch=batch, rule=rule)
            except Exception:
                log.exception("webhook delivery round failed")
                attempted = 0
            if attempted < batch:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), interval_seconds)

    @contextlib.asynccontextmanager
    async def running(self, sessionmaker: Sessions, box: SecretBox, *, interval_seconds: float = 5.0,
                      rule: egress.EgressRule = _STRICT) -> AsyncIterator[None]:
        """The worker as a background task for a lifespan; stopped (after its current round) on exit."""
        stop = asyncio.Event()
        async with new_http_client() as client:
            task = asyncio.create_task(self.run_worker(sessionmaker, client, box, stop,
                                                       interval_seconds=interval_seconds, rule=rule))
            try:
                yield
            finally:
                stop.set()
                await task


def new_http_client() -> httpx.AsyncClient:
    """The client attempts go through. No proxy from the environment: a proxy's tunnel checks TLS against the
    pinned address, not the name."""
    return httpx.AsyncClient(follow_redirects=False, trust_env=False)


def _ms_since(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _failure(exc: BaseException) -> str | None:
    """The kind of a failed request, in words the bank may read: never the error's text, which can quote
    the response or describe this network. None: not the request's failure but this side's."""
    causes = list(_causes(exc))
    if any(isinstance(cause, TimeoutError | httpx.TimeoutException) for cause in causes):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        if any(isinstance(cause, ssl.SSLError) for cause in causes):
            return "TLS handshake failed"
        if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
            return "connection refused"
        return "connection failed"
    if isinstance(exc, httpx.ProtocolError):
        return "protocol error"
    if isinstance(exc, httpx.TransportError):
        return "connection lost"
    return None


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and what it was raised from or during, down to the first."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
