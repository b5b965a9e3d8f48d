"""The events a bank's endpoint receives, each written to the outbox in the transaction of the change."""

import uuid
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.money import Money
from loans.partners.models import bank_owner, outbox


class ApplicationReferred(BaseModel):
    application_id: uuid.UUID
    project_name: str
    county_code: str
    amount_requested: Money
    referred_at: datetime


class ClaimLineDecided(BaseModel):
    claim_id: uuid.UUID
    line_id: uuid.UUID
    loan_id: uuid.UUID
    decision: str
    subsidy: Money
    reason: str | None


class ClaimLinesApproved(BaseModel):
    claim_id: uuid.UUID
    approved_lines: int


class ClaimPaid(BaseModel):
    claim_id: uuid.UUID
    year: int
    quarter: int
    approved_subsidy: Money
    voucher_number: str
    paid_at: datetime


async def notify_bank(session: AsyncSession, bank_id: uuid.UUID, event_type: str, payload: BaseModel) -> None:
    await outbox.publish(session, owner=bank_owner(bank_id), event_type=event_type, payload=payload)
