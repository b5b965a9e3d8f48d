import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from training.programmes.models import Programme, ProgrammeKind
from training.programmes.schemas import ProgrammeCreate


async def list_programmes(*, session: AsyncSession, page: PageParams,
                          kind: ProgrammeKind | None) -> tuple[list[Programme], int]:
    statement = select(Programme).order_by(Programme.name, Programme.id)
    if kind is not None:
        statement = statement.where(Programme.kind == kind)
    return await fetch_page(session, statement, page)


async def get_programme(*, session: AsyncSession, programme_id: uuid.UUID) -> Programme:
    programme = await session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(f"No programme {programme_id}.")
    return programme


async def create_programme(*, session: AsyncSession, data: ProgrammeCreate,
                           programme_id: uuid.UUID | None = None) -> Programme:
    if await session.scalar(select(Programme.id).where(Programme.name == data.name)):
        raise Conflict(f"A programme named {data.name} already exists.")
    programme = Programme(id=programme_id or uuid.uuid4(), **data.model_dump())
    session.add(programme)
    await session.flush()
    return programme
