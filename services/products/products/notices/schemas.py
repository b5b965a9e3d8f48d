import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from chassis.counties import CountyCode
from chassis.identity_numbers import MobileNumber
from chassis.money import Kilograms, Money
from chassis.text import Name, PlainText
from products.catalogue.models import CertificationType, ProductCategory
from products.fields import Quantity
from products.lots.schemas import LotRead
from products.notices.lifecycle import NoticeAction, NoticeStatus

NoticeBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000), PlainText]
Message = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000), PlainText]


class NoticeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Name
    body: NoticeBody
    county_code: CountyCode | None = Field(default=None, description="Empty: a city-wide notice (city staff)")
    lot_ids: list[uuid.UUID] = Field(min_length=1, max_length=50, description="The lots of unsold produce it covers")


class NoticeTransitionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: NoticeAction
    from_status: NoticeStatus
    to_status: NoticeStatus
    actor_role: str
    actor_name: str | None
    at: datetime


class NoticeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str
    body: str
    county_code: str | None
    status: NoticeStatus
    published_at: datetime | None
    closed_at: datetime | None
    created_at: datetime
    lot_count: int = Field(description="How many lots the notice covers")


class NoticeDetail(NoticeRead):
    lot_ids: list[uuid.UUID]
    lots: list[LotRead] = Field(description="The notice's lots as the caller sees them, with what remains of each")
    transitions: list[NoticeTransitionRead]
    allowed_actions: list[NoticeAction]


class PublicCertification(BaseModel):
    cert_type: CertificationType
    number: str
    issuer: str
    expires_on: date | None


class PublicLot(BaseModel):
    """A lot as the public page shows it: what, where, how much, at what price; never the seller's contact."""

    id: uuid.UUID
    product_id: uuid.UUID
    product_name: str
    category: ProductCategory
    county_code: str
    county_name: str
    seller_name: str
    remaining_kg: Kilograms
    price_per_kg: Money
    best_before: date
    certifications: list[PublicCertification]


class PublicNotice(BaseModel):
    id: uuid.UUID
    title: str
    body: str
    published_at: datetime
    lots: list[PublicLot]


class InquiryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    organisation: Name | None = None
    mobile: MobileNumber
    lot_id: uuid.UUID | None = Field(default=None, description="One of the notice's lots; empty: the notice")
    quantity_kg: Quantity | None = None
    message: Message


class InquiryReceipt(BaseModel):
    """What the inquirer gets back: that it arrived. Staff and the seller answer on the number given."""

    id: uuid.UUID
    notice_id: uuid.UUID
    lot_id: uuid.UUID | None
    created_at: datetime


class InquiryRead(BaseModel):
    id: uuid.UUID
    notice_id: uuid.UUID
    notice_title: str
    lot_id: uuid.UUID | None
    product_name: str | None
    seller_id: uuid.UUID | None = Field(description="The seller of the lot asked about (staff connect the two)")
    seller_name: str | None
    county_code: str | None = Field(description="Where the lot is")
    county_name: str | None
    name: str
    organisation: str | None
    mobile: str = Field(description="In full for city staff and the lot's seller; masked for others")
    quantity_kg: Kilograms | None
    message: str
    created_at: datetime
