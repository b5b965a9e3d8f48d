from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.stats import ServiceStats, by_county, figure
from training.programmes.models import Programme, ProgrammeKind
from training.sessions.models import TrainingSession


async def training_stats(*, session: AsyncSession) -> ServiceStats:
    programmes = await session.scalar(select(func.count()).select_from(Programme))
    sessions, capacity = (await session.execute(
        select(func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.capacity), 0))
    )).one()
    per_kind = {kind: count for kind, count in await session.execute(
        select(Programme.kind, func.count(TrainingSession.id))
        .join(TrainingSession, TrainingSession.programme_id == Programme.id).group_by(Programme.kind))}
    # City-level sessions belong to no county; by_county counts the others.
    per_county = await session.execute(
        select(TrainingSession.county_code, func.count())
        .where(TrainingSession.county_code.is_not(None)).group_by(TrainingSession.county_code))
    return ServiceStats(
        service="training",
        figures=[
            figure("programmes", programmes or 0, "programmes"),
            figure("sessions", sessions, "sessions"),
            figure("capacity", capacity, "places"),
            figure("lead_goose_sessions", per_kind.get(ProgrammeKind.lead_goose, 0), "sessions"),
            figure("lecture_hall_sessions", per_kind.get(ProgrammeKind.lecture_hall, 0), "sessions"),
            figure("ecommerce_classes", per_kind.get(ProgrammeKind.ecommerce_class, 0), "classes"),
        ],
        by_county=by_county((str(code), count) for code, count in per_county),
    )
