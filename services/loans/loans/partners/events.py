"""The events a bank's endpoint receives, each written to the outbox in the transaction of the change.

Every event has its type in `EventType` and its entry in `EVENTS`: the payload it carries and when it is sent.
The loans OpenAPI document's `webhooks` section is built from `EVENTS` (partners/webhooks.py), and `notify_bank`
takes only an `EventType` with the payload registered for it: an event that is not documented cannot be sent.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.money import Money
from loans.partners.models import bank_owner, outbox


class EventType(StrEnum):
    application_referred = "application.referred"
    claim_line_approved = "claim.line_approved"
    claim_line_rejected = "claim.line_rejected"
    claim_lines_approved = "claim.lines_approved"
    claim_paid = "claim.paid"
    test_ping = "test.ping"


class ApplicationReferred(BaseModel):
    """The application now waiting for the bank: `GET /api/v1/loans/applications/{application_id}` has it all."""

    application_id: uuid.UUID
    project_name: str
    county_code: str
    amount_requested: Money
    referred_at: datetime


class ClaimLineDecided(BaseModel):
    """One line (one loan) of a quarterly subsidy claim, as city staff decided it."""

    claim_id: uuid.UUID
    line_id: uuid.UUID
    loan_id: uuid.UUID
    decision: Literal["approved", "rejected"]
    subsidy: Money
    reason: str | None = Field(description="Why a line was rejected (on an approved line, a remark or null)")


class ClaimLinesApproved(BaseModel):
    """How many lines of a claim were approved in one step."""

    claim_id: uuid.UUID
    approved_lines: int


class ClaimPaid(BaseModel):
    """A claim the treasury has paid, closed by its voucher."""

    claim_id: uuid.UUID
    year: int
    quarter: int
    approved_subsidy: Money
    voucher_number: str
    paid_at: datetime


class Ping(BaseModel):
    """What a test event carries: a greeting, when it was sent, and the endpoint it was sent to."""

    message: str
    sent_at: datetime
    endpoint_id: uuid.UUID


@dataclass(frozen=True)
class Event:
    payload: type[BaseModel]
    summary: str
    description: str


EVENTS: dict[EventType, Event] = {
    EventType.application_referred: Event(
        ApplicationReferred, "An application is referred to your bank",
        "Sent when city staff refer an application, recommended by its county, to your bank. Review it and answer "
        "with `POST /api/v1/loans/applications/{application_id}/approve` or `.../decline`."),
    EventType.claim_line_approved: Event(
        ClaimLineDecided, "A line of your subsidy claim is approved",
        "Sent when city staff approve one line (one loan) of your bank's quarterly claim; `subsidy` is the "
        "amount approved for it."),
    EventType.claim_line_rejected: Event(
        ClaimLineDecided, "A line of your subsidy claim is rejected",
        "Sent when city staff reject one line (one loan) of your bank's quarterly claim; `reason` says why. "
        "The line is not paid; correct the loan's records before the next quarter's claim."),
    EventType.claim_lines_approved: Event(
        ClaimLinesApproved, "The unflagged lines of your claim are approved at once",
        "Sent when city staff approve, in one step, every pending line of your claim that is not flagged "
        "(above the subsidy cap); no event is sent per line then. `approved_lines` is how many."),
    EventType.claim_paid: Event(
        ClaimPaid, "Your subsidy claim is paid",
        "Sent when the treasury's payment of an approved claim is recorded: `approved_subsidy` is the total of "
        "its approved lines and `voucher_number` the treasury's voucher, which closes the claim."),
    EventType.test_ping: Event(
        Ping, "A test event, sent when you ask for one",
        "Sent only to the endpoint it names, when your bank asks for it (`POST /api/v1/loans/webhooks/endpoint/"
        "test`, or 发送测试事件 in the console), through the same outbox, checks and signing as every other "
        "event: use it to check that your endpoint answers and verifies signatures. Nothing else happens."),
}


async def notify_bank(session: AsyncSession, bank_id: uuid.UUID, event_type: EventType, payload: BaseModel) -> None:
    """Enqueues the event for the bank's active endpoint, in the caller's transaction."""
    if not isinstance(payload, EVENTS[event_type].payload):
        raise TypeError(f"{event_type} carries {EVENTS[event_type].payload.__name__}, not {type(payload).__name__}")
    await outbox.publish(session, owner=bank_owner(bank_id), event_type=event_type, payload=payload)
