"""What partner banks' systems need from the loans service: idempotent writes and signed webhooks."""

from typing import Annotated

from chassis.idempotency import Idempotency, IdempotencyRecordMixin, idempotent
from chassis.outbox import DeliveryAttemptMixin, Outbox, OutboxMessageMixin, WebhookEndpointMixin
from loans.db import Base


class IdempotencyRecord(IdempotencyRecordMixin, Base):
    __tablename__ = "idempotency_record"


class WebhookEndpoint(WebhookEndpointMixin, Base):
    __tablename__ = "webhook_endpoint"


class OutboxMessage(OutboxMessageMixin, Base):
    __tablename__ = "outbox_message"


class DeliveryAttempt(DeliveryAttemptMixin, Base):
    __tablename__ = "delivery_attempt"


outbox = Outbox(WebhookEndpoint, OutboxMessage, DeliveryAttempt)

# Writes from banks' systems take an Idempotency-Key, scoped to the bank: a retried call is applied once.
IdempotencyDep = Annotated[Idempotency, idempotent(IdempotencyRecord)]


def bank_owner(bank_id: object) -> str:
    return f"bank:{bank_id}"
