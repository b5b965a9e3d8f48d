"""The events as the loans OpenAPI document's `webhooks`: one entry per event type, built from `EVENTS`.

Nothing here answers a request: `main.py` includes `webhooks` in `app.webhooks`, whose routes FastAPI writes into
the document only. Each entry is the request a bank's endpoint receives (the Standard Webhooks headers and the
envelope {type, timestamp, data} with the event's payload as `data`) and what its answer means.
"""

import inspect
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Response
from pydantic import BaseModel, Field, create_model

from chassis.app import operation_id
from loans.partners.events import EVENTS, Event, EventType
from loans.partners.models import outbox

webhooks = APIRouter(tags=["webhooks"], generate_unique_id_function=operation_id)

_HEADERS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[str, Header(
        alias=name.replace("_", "-"), description=description)])
    for name, description in (
        ("webhook_id", "The message's id (`msg_` and 32 hex digits), the same on every retry: drop a message whose "
                       "id you have already processed."),
        ("webhook_timestamp", "When this attempt was signed, in seconds since the epoch: refuse a message more "
                              "than five minutes away from your clock."),
        ("webhook_signature", "`v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with your "
                              "endpoint's secret (base64 after `whsec_`); during a secret rotation a second "
                              "signature follows, space-separated: accept the message if one matches."),
    )
]


def _duration(seconds: float) -> str:
    return f"{seconds / 3600:g} h" if seconds >= 3600 else f"{seconds:g} s"


_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": f"Received. Any 2xx answer within {outbox.timeout_seconds:g} s counts as delivered; its "
                         "body is not read."},
    "default": {"description": (
        f"Anything else is a failed attempt: another status, no answer within {outbox.timeout_seconds:g} s, a "
        "refused connection or TLS handshake, a redirect (never followed). It is retried with backoff "
        f"({_duration(outbox.base_delay.total_seconds())}, doubling, at most "
        f"{_duration(outbox.max_delay.total_seconds())} apart; {outbox.max_attempts} attempts in all) with the "
        "same `webhook-id`, and the delivery log (`GET /api/v1/loans/webhooks/deliveries`) shows each failure.")},
}


def envelope(event_type: EventType, event: Event) -> type[BaseModel]:
    """`ClaimLineApprovedEvent`: the body of one event type, {type, timestamp, data}."""
    name = "".join(part.capitalize() for part in event_type.replace(".", "_").split("_")) + "Event"
    return create_model(
        name,
        __doc__=f"The body of a `{event_type}` webhook.",
        type=(Literal[event_type.value], Field(description="The event type")),  # type: ignore[arg-type]
        timestamp=(datetime, Field(description="When the event happened (the message was written): order "
                                               "events by it, since a retry may arrive after a later event")),
        data=(event.payload, ...),
    )


def _document(event_type: EventType, event: Event) -> None:
    def receive(**_: Any) -> None:
        """Never called: it only describes the request."""

    body = inspect.Parameter("body", inspect.Parameter.KEYWORD_ONLY, annotation=envelope(event_type, event))
    setattr(receive, "__signature__", inspect.Signature([body, *_HEADERS], return_annotation=None))  # noqa: B010
    webhooks.add_api_route(event_type.value, receive, methods=["POST"], name=event_type.name, response_class=Response,
                           summary=event.summary, description=event.description, responses=_RESPONSES)


for _type, _event in EVENTS.items():
    _document(_type, _event)
