import uuid

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.pagination import Page, PageParams, fetch_page
from chassis.problems import Conflict
from training.lecturers.models import Lecturer
from training.lecturers.schemas import LecturerCreate, LecturerRead


async def list_lecturers(*, session: AsyncSession, page: PageParams, q: str | None) -> Page[LecturerRead]:
    statement = select(Lecturer).order_by(Lecturer.name, Lecturer.id)
    if q:
        statement = statement.where(or_(Lecturer.name.contains(q), Lecturer.organisation.contains(q)))
    rows, total = await fetch_page(session, statement, page)
    return Page(items=[LecturerRead.model_validate(r) for r in rows], total=total, limit=page.limit,
                offset=page.offset)


async def create_lecturer(*, session: AsyncSession, data: LecturerCreate,
                          lecturer_id: uuid.UUID | None = None) -> LecturerRead:
    if await session.scalar(select(Lecturer.id).where(Lecturer.name == data.name,
                                                      Lecturer.organisation == data.organisation)):
        raise Conflict(f"{data.name} of {data.organisation} is already in the register.")
    lecturer = Lecturer(id=lecturer_id or uuid.uuid4(), **data.model_dump())
    session.add(lecturer)
    await session.flush()
    return LecturerRead.model_validate(lecturer)
