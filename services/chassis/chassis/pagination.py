"""limit/offset pagination with a total and a hard maximum page size."""

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50


class PageParams(BaseModel):
    limit: int = DEFAULT_PAGE_SIZE
    offset: int = 0


def _page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Rows per page (at most 200)")] = (
        DEFAULT_PAGE_SIZE
    ),
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(_page_params)]


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


async def count_rows(session: AsyncSession, statement: Select[*tuple[Any, ...]]) -> int:
    """How many rows `statement` selects in all (the total beside a page)."""
    total = await session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    return int(total or 0)


async def fetch_page(session: AsyncSession, statement: Select[Any], page: PageParams) -> tuple[list[Any], int]:
    """The rows of one page of `statement` (which must be ordered) and the total without the page."""
    rows = (await session.scalars(statement.limit(page.limit).offset(page.offset))).all()
    return list(rows), await count_rows(session, statement)


M = TypeVar("M", bound=BaseModel)


def page_of(model: type[M], rows: list[Any], total: int, page: PageParams) -> Page[M]:
    return Page[model](  # type: ignore[valid-type]
        items=[model.model_validate(row, from_attributes=True) for row in rows],
        total=total, limit=page.limit, offset=page.offset,
    )
