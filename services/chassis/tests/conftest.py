"""A small app built on the chassis, with a table and routes that exercise every piece of it."""

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Literal

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import MetaData, String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from chassis import webhooks
from chassis.app import create_app
from chassis.auth.deps import AnyCaller, CityStaff
from chassis.db import NAMING_CONVENTION, TYPE_ANNOTATION_MAP, IdMixin, SessionDep, TimestampMixin, ensure_schema
from chassis.idempotency import Idempotency, IdempotencyRecordMixin, idempotent
from chassis.money import Money
from chassis.outbox import DeliveryAttemptMixin, Outbox, OutboxMessageMixin, WebhookEndpointMixin
from chassis.pagination import Page, PageDep, fetch_page, page_of
from chassis.problems import BadRequest, Conflict
from chassis.settings import ServiceSettings
from chassis.testing import app_client, public_key, throwaway_database
from chassis.webhook_receiver import Receiver, serving


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = TYPE_ANNOTATION_MAP


class Crop(IdMixin, TimestampMixin, Base):
    __tablename__ = "crop"
    name: Mapped[str] = mapped_column(String(50), unique=True)


class Transfer(IdMixin, Base):
    __tablename__ = "transfer"
    reference: Mapped[str] = mapped_column(String(50), index=True)
    amount: Mapped[int]


class Shipment(IdMixin, Base):
    """A row with a lifecycle, for chassis.transitions."""

    __tablename__ = "shipment"
    status: Mapped[str] = mapped_column(String(12), default="packed")
    carrier: Mapped[str | None] = mapped_column(String(50))


class IdempotencyRecord(IdempotencyRecordMixin, Base):
    __tablename__ = "idempotency_record"


class WebhookEndpoint(WebhookEndpointMixin, Base):
    __tablename__ = "webhook_endpoint"


class OutboxMessage(OutboxMessageMixin, Base):
    __tablename__ = "outbox_message"


class DeliveryAttempt(DeliveryAttemptMixin, Base):
    __tablename__ = "delivery_attempt"


IdempotencyDep = Annotated[Idempotency, idempotent(IdempotencyRecord)]
outbox = Outbox(WebhookEndpoint, OutboxMessage, DeliveryAttempt)


class CropIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(min_length=1, max_length=50)]
    price: Money = Field(default=0, le=1000)


class CropOut(BaseModel):
    name: str


router = APIRouter(prefix="/api/v1/demo", tags=["demo"])


@router.post("/crops", status_code=201)
async def add_crop(session: SessionDep, _: CityStaff, data: CropIn) -> CropOut:
    if await session.scalar(select(Crop.id).where(Crop.name == data.name)):
        raise Conflict(f"{data.name} exists", allowed=["rename"])
    session.add(Crop(name=data.name))
    if data.name.startswith("boom"):
        raise RuntimeError("secret internal detail")
    return CropOut(name=data.name)


@router.post("/crops/unchecked", status_code=201)
async def add_crop_unchecked(session: SessionDep, _: CityStaff, data: CropIn) -> CropOut:
    """As a request that lost the race between its check and its insert would."""
    session.add(Crop(name=data.name))
    await session.flush()
    return CropOut(name=data.name)


@router.get("/crops")
async def list_crops(session: SessionDep, _: AnyCaller, page: PageDep) -> Page[CropOut]:
    rows, total = await fetch_page(session, select(Crop).order_by(Crop.name), page)
    return page_of(CropOut, rows, total, page)


class TransferIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reference: str
    amount: int
    delay_ms: Annotated[int, Field(ge=0, le=2000)] = 0
    fail: Literal["crash", "refuse"] | None = None


class TransferOut(BaseModel):
    id: uuid.UUID
    reference: str
    amount: int
    note: str = "已入账"


@router.post("/transfers", status_code=201)
async def make_transfer(session: SessionDep, _: AnyCaller, idem: IdempotencyDep, data: TransferIn) -> TransferOut:
    """Writes one transfer row each time it applies, so a test counts the applications."""
    await asyncio.sleep(data.delay_ms / 1000)  # keeps the request in flight while its duplicates arrive
    transfer = Transfer(id=uuid.uuid4(), reference=data.reference, amount=data.amount)
    session.add(transfer)
    await session.flush()
    if data.fail == "crash":
        raise RuntimeError("crashed after writing")
    if data.fail == "refuse":
        raise BadRequest("refused after writing")
    return await idem.respond(TransferOut(id=transfer.id, reference=transfer.reference, amount=transfer.amount))


@router.post("/price")
async def echo_price(_: AnyCaller, data: CropIn) -> CropIn:
    return data


@pytest.fixture(scope="session")
async def app() -> AsyncIterator[FastAPI]:
    with throwaway_database("chassis") as url:
        settings = ServiceSettings(service_name="chassis", database_url=url, jwt_public_key=public_key(),
                                   environment="test", access_log=False, max_body_bytes=2048)
        app = create_app(settings, [router], title="chassis test")
        async with app.router.lifespan_context(app), app.state.engine.begin() as connection:
            await ensure_schema(connection, settings)
            await connection.run_sync(Base.metadata.create_all)
        yield app


@pytest.fixture(scope="session")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app) as client:
        yield client


@pytest.fixture
def sessions(app: FastAPI, client: httpx.AsyncClient) -> async_sessionmaker[AsyncSession]:
    """The running app's sessionmaker, for tests that look at or write the tables directly."""
    sessionmaker: async_sessionmaker[AsyncSession] = app.state.sessionmaker
    return sessionmaker


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with serving(Receiver(secret=webhooks.new_secret())) as receiver:
        yield receiver


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client
