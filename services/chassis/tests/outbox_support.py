"""What the outbox's tests share: webhook endpoints and messages made in the test database, and the rule that
lets them deliver to receivers on loopback."""

import uuid

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis.crypto import FieldCipher
from chassis.egress import EgressRule
from chassis.money import Money

from .conftest import DeliveryAttempt, OutboxMessage, WebhookEndpoint, outbox

Sessions = async_sessionmaker[AsyncSession]
box = FieldCipher("test-webhook-secrets")
LOCAL = EgressRule(allow_http=True, allow_private=True)  # the receivers of these tests listen on loopback
PUBLIC = "93.184.216.34"


class LoanApproved(BaseModel):
    loan_id: uuid.UUID
    amount: Money


async def add_endpoint(sessions: Sessions, url: str, secret: str, *, owner: str | None = None,
                       active: bool = True) -> WebhookEndpoint:
    async with sessions() as session, session.begin():
        endpoint = WebhookEndpoint(id=uuid.uuid4(), owner=owner or f"bank:{uuid.uuid4()}", url=url,
                                   secret_encrypted=box.encrypt(secret), active=active)
        session.add(endpoint)
    return endpoint


async def enqueue(sessions: Sessions, endpoint: WebhookEndpoint) -> OutboxMessage:
    async with sessions() as session, session.begin():
        return outbox.enqueue(session, endpoint, "loan.approved", {"loan_id": str(uuid.uuid4()), "amount": "1.00"})


async def reload(sessions: Sessions, message: OutboxMessage) -> OutboxMessage:
    async with sessions() as session:
        return await session.get_one(OutboxMessage, message.id)


async def attempts_of(sessions: Sessions, message: OutboxMessage) -> list[DeliveryAttempt]:
    async with sessions() as session:
        return list(await session.scalars(
            select(DeliveryAttempt).where(DeliveryAttempt.message_id == message.id)
            .order_by(DeliveryAttempt.attempted_at)))
