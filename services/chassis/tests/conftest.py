"""A small app built on the chassis, with a table and routes that exercise every piece of it."""

from collections.abc import AsyncIterator
from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import MetaData, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from chassis.app import create_app
from chassis.auth.deps import AnyCaller, CityStaff
from chassis.db import NAMING_CONVENTION, TYPE_ANNOTATION_MAP, IdMixin, SessionDep, TimestampMixin, ensure_schema
from chassis.money import Money
from chassis.pagination import Page, PageDep, fetch_page, page_of
from chassis.problems import Conflict
from chassis.settings import ServiceSettings
from chassis.testing import app_client, public_key, throwaway_database


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = TYPE_ANNOTATION_MAP


class Crop(IdMixin, TimestampMixin, Base):
    __tablename__ = "crop"
    name: Mapped[str] = mapped_column(String(50), unique=True)


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
