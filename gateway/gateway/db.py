from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import DeclarativeBase
from starlette.requests import HTTPConnection

from chassis.db import NAMING_CONVENTION, TYPE_ANNOTATION_MAP


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = TYPE_ANNOTATION_MAP


@asynccontextmanager
async def own_transaction(connection: HTTPConnection) -> AsyncIterator[AsyncSession]:
    """A short transaction of its own, committed at once: for what must be kept although the request fails
    (a failed login's count, a reused refresh token's revoked family, the security event that says so)."""
    sessionmaker: async_sessionmaker[AsyncSession] = connection.app.state.sessionmaker
    async with sessionmaker() as session, session.begin():
        yield session
