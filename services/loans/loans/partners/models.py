"""Signed webhooks to partner banks' systems: their endpoints, the outbox and the delivery log."""

from chassis.outbox import DeliveryAttemptMixin, Outbox, OutboxMessageMixin, WebhookEndpointMixin
from loans.db import Base


class WebhookEndpoint(WebhookEndpointMixin, Base):
    __tablename__ = "webhook_endpoint"


class OutboxMessage(OutboxMessageMixin, Base):
    __tablename__ = "outbox_message"


class DeliveryAttempt(DeliveryAttemptMixin, Base):
    __tablename__ = "delivery_attempt"


outbox = Outbox(WebhookEndpoint, OutboxMessage, DeliveryAttempt)


def bank_owner(bank_id: object) -> str:
    return f"bank:{bank_id}"
