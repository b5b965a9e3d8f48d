import asyncio
import contextlib
import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.egress import EgressRule
from chassis.outbox import check_endpoint_url, new_http_client
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from loans.partners.events import EventType, Ping
from loans.partners.models import DeliveryAttempt, OutboxMessage, WebhookEndpoint, bank_owner, outbox
from loans.partners.schemas import AttemptRead, DeliveryRead, EndpointIn, SentTestEvent

# How long the bank waits for its test event's first attempt: the attempt's own limit and the time to log it,
# under the gateway's 15 s for an answer from the service.
TEST_EVENT_WAIT_SECONDS = outbox.timeout_seconds + 2
PING = "A test event from Xiangqing loans (乡青): if its signature verifies, your endpoint is ready."


def _endpoint_of(principal: Principal) -> Select[WebhookEndpoint]:
    return select(WebhookEndpoint).where(WebhookEndpoint.owner == bank_owner(principal.bank_id))


async def own_endpoint(*, session: AsyncSession, principal: Principal) -> WebhookEndpoint:
    endpoint = await session.scalar(_endpoint_of(principal))
    if endpoint is None:
        raise NotFound("Your bank has not registered a webhook endpoint.")
    return endpoint


async def register_endpoint(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                            data: EndpointIn, rule: EgressRule) -> tuple[WebhookEndpoint, str | None]:
    """Registers or updates the bank's one endpoint; a new one comes with its secret, to be shown once.
    A URL the worker would not send to (`rule`: https on a public address) is 422."""
    await check_endpoint_url(str(data.url), rule)
    endpoint = await session.scalar(_endpoint_of(principal))
    secret = None
    if endpoint is None:
        endpoint = WebhookEndpoint(id=uuid.uuid4(), owner=bank_owner(principal.bank_id))
        secret = endpoint.new_secret(cipher)
        session.add(endpoint)
    endpoint.url, endpoint.active = str(data.url), data.active
    await session.flush()
    return endpoint, secret


async def rotate_secret(*, session: AsyncSession, cipher: FieldCipher,
                        principal: Principal) -> tuple[WebhookEndpoint, str]:
    endpoint = await own_endpoint(session=session, principal=principal)
    secret = endpoint.rotate_secret(cipher, now=utcnow())
    await session.flush()
    return endpoint, secret


async def send_test_event(*, session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession],
                          cipher: FieldCipher, principal: Principal, rule: EgressRule) -> SentTestEvent:
    """A signed test.ping to the bank's endpoint through the outbox, and its first attempt, made at once.

    The bank waits for what its endpoint answered, so the message is committed here (as every event is, before
    it is sent) and then attempted by this request through the outbox's own delivery: the same egress checks,
    signing and log. The workers leave it alone meanwhile (`held`) and retry it like any other if it fails; if
    the attempt does not end within TEST_EVENT_WAIT_SECONDS, the answer has no attempt and a worker sends it."""
    endpoint = await own_endpoint(session=session, principal=principal)
    if not endpoint.active:
        raise Conflict("Your bank's webhook endpoint is inactive: activate it to send it a test event.")
    ping = Ping(message=PING, sent_at=utcnow(), endpoint_id=endpoint.id)
    message = outbox.enqueue(session, endpoint, EventType.test_ping, ping, held=True)
    await session.commit()
    attempt = None
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(TEST_EVENT_WAIT_SECONDS), new_http_client() as http:
            attempt = await outbox.deliver_now(sessionmaker, http, cipher, message.id, rule=rule)
    await session.refresh(message)
    return SentTestEvent(message=DeliveryRead.model_validate(message),
                         attempt=AttemptRead.model_validate(attempt) if attempt else None)


def _visible_deliveries(principal: Principal) -> Select[OutboxMessage]:
    """City staff see every bank's deliveries; a bank its own."""
    statement = select(OutboxMessage)
    if principal.role is Role.bank_officer:
        statement = statement.join(WebhookEndpoint, OutboxMessage.endpoint_id == WebhookEndpoint.id).where(
            WebhookEndpoint.owner == bank_owner(principal.bank_id))
    return statement


async def list_deliveries(*, session: AsyncSession, principal: Principal, page: PageParams, status: str | None,
                          event_type: str | None) -> tuple[list[OutboxMessage], int]:
    statement = _visible_deliveries(principal).order_by(OutboxMessage.created_at.desc(), OutboxMessage.id)
    if status is not None:
        statement = statement.where(OutboxMessage.status == status)
    if event_type is not None:
        statement = statement.where(OutboxMessage.event_type == event_type)
    return await fetch_page(session, statement, page)


async def delivery_attempts(*, session: AsyncSession, principal: Principal,
                            delivery_id: uuid.UUID) -> list[DeliveryAttempt]:
    """Every attempt at one delivery, first first (at most the outbox's `max_attempts`)."""
    if await session.scalar(_visible_deliveries(principal).where(OutboxMessage.id == delivery_id)) is None:
        raise NotFound(f"No delivery {delivery_id}.")
    return list(await session.scalars(select(DeliveryAttempt).where(DeliveryAttempt.message_id == delivery_id)
                                      .order_by(DeliveryAttempt.attempted_at, DeliveryAttempt.id)))
