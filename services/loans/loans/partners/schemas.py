import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from chassis.outbox import MessageStatus, WebhookEndpointMixin


class EndpointIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: Annotated[AnyHttpUrl, Field(description="Where the bank receives Standard Webhooks: https, on a host that "
                                                 "resolves only to public addresses; redirects are not followed")]
    active: bool = True


class EndpointRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    url: str
    active: bool
    previous_secret_expires_at: datetime | None
    created_at: datetime


class EndpointWithSecret(EndpointRead):
    """Shown once, when the endpoint is registered or its secret rotated: keep it, it is not shown again."""

    secret: str

    @classmethod
    def shown_once(cls, endpoint: WebhookEndpointMixin, secret: str) -> "EndpointWithSecret":
        return cls(**EndpointRead.model_validate(endpoint).model_dump(), secret=secret)


class DeliveryRead(BaseModel):
    """One event for the bank's endpoint: pending (attempts under way, next at `next_attempt_at`), delivered, or
    failed for good after the last attempt."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    webhook_id: str
    endpoint_id: uuid.UUID
    event_type: str
    status: MessageStatus
    attempts: int
    next_attempt_at: datetime | None
    last_error: Annotated[str | None, Field(description=(
        "Why the last attempt failed: `HTTP <status>`, `timeout`, `connection refused`, `TLS handshake failed`, "
        "`refused: <the rule the URL broke>`...; never the body of the bank's answer"))]
    delivered_at: datetime | None
    created_at: datetime


class AttemptRead(BaseModel):
    """One try at delivering a message: the status code the endpoint answered, or why there was no answer."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    attempted_at: datetime
    response_status: Annotated[int | None, Field(description="The endpoint's HTTP status; null when it gave none")]
    error: Annotated[str | None, Field(description=(
        "Null when the endpoint answered 2xx; else `HTTP <status>` or the kind of failure (`timeout`, "
        "`connection refused`, `refused: <the rule the URL broke>`...)"))]
    duration_ms: int


class SentTestEvent(BaseModel):
    """The test event as stored in the delivery log, and its first attempt (null when it did not end in time:
    the message stays pending and is retried like any other)."""

    message: DeliveryRead
    attempt: AttemptRead | None
