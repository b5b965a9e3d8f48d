"""Every training figure, computed from the records: sessions held, person-times and unique trainees. County
staff get their county's figures, city staff the city's.

A session is held once staff have closed it (`completed_at`); a person-time is one trainee who attended a held
session (at least one date, in full or in part), so a trainee who came to three sessions is three person-times
and one trainee. Cost per person-time divides what the sessions cost by their person-times.
"""

from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, distinct, exists, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.counties import counties
from chassis.stats import by_county, figure
from training.attendance.models import Attendance, AttendanceStatus
from training.enrolments.models import Enrolment
from training.programmes.models import Programme, ProgrammeKind
from training.sessions.models import SessionLevel, SessionMode, TrainingSession
from training.stats.schemas import CountyFigures, LevelFigures, ProgrammeFigures, TrainingStats, YearFigures
from training.trainees.models import Trainee

CENT = Decimal("0.01")


def business_year(column: Any, dialect: str) -> ColumnElement[int]:
    """The year of a moment in Beijing time (a session at 01:00 on 1 January is the new year's)."""
    if dialect == "postgresql":
        return cast(func.extract("year", func.timezone("Asia/Shanghai", column)), Integer)
    return cast(func.strftime("%Y", column, "+8 hours"), Integer)


def attended() -> ColumnElement[bool]:
    return exists().where(Attendance.enrolment_id == Enrolment.id,
                          Attendance.status.in_((AttendanceStatus.full, AttendanceStatus.partial)))


def in_scope(principal: Principal) -> ColumnElement[bool]:
    """City staff count the whole city; county staff their county's sessions (city-level ones are the city's)."""
    if principal.sees_whole_city:
        return true()
    return TrainingSession.county_code == principal.county_code


async def training_stats(*, session: AsyncSession, principal: Principal) -> TrainingStats:
    dialect = session.get_bind().dialect.name
    year = business_year(TrainingSession.starts_at, dialect).label("year")
    scope = in_scope(principal)
    held = TrainingSession.completed_at.is_not(None) & scope
    # One row per (held session, trainee who attended it): the person-times.
    person_times = (select(Enrolment.trainee_id, Enrolment.session_id, Trainee.poor_household,
                           TrainingSession.programme_id, TrainingSession.level, TrainingSession.county_code,
                           TrainingSession.mode, year)
                    .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
                    .join(Trainee, Trainee.id == Enrolment.trainee_id)
                    .where(held, attended()).subquery())
    p = person_times.c

    async def grouped(*keys: Any) -> dict[Any, tuple[int, int, int]]:
        """(person-times, unique trainees, unique poor households) per key."""
        rows = await session.execute(
            select(*keys, func.count(), func.count(distinct(p.trainee_id)),
                   func.count(distinct(p.trainee_id)).filter(p.poor_household.is_(True)))
            .group_by(*keys))
        return {tuple(r[:len(keys)]) if len(keys) > 1 else r[0]: (r[-3], r[-2], r[-1]) for r in rows}

    everyone = (await session.execute(
        select(func.count(), func.count(distinct(p.trainee_id)),
               func.count(distinct(p.trainee_id)).filter(p.poor_household.is_(True))))).one()
    online = await session.scalar(select(func.count(distinct(p.trainee_id))).where(p.mode == SessionMode.online))
    # Sessions aimed at groups (poor households, homestay owners, ...): few, so their JSON is read here.
    targeted = [sid for sid, groups in await session.execute(
        select(TrainingSession.id, TrainingSession.target_groups).where(held)) if "all" not in groups]
    targeted_trainees = await session.scalar(
        select(func.count(distinct(p.trainee_id))).where(p.session_id.in_(targeted))) if targeted else 0
    by_programme_people, by_level_people = await grouped(p.programme_id), await grouped(p.level)
    by_year_people, by_county_people = await grouped(p.year), await grouped(p.county_code)

    sessions = (await session.execute(
        select(TrainingSession.programme_id, TrainingSession.level, TrainingSession.county_code, year,
               func.count(), func.coalesce(func.sum(TrainingSession.cost), 0))
        .where(held).group_by(TrainingSession.programme_id, TrainingSession.level, TrainingSession.county_code,
                              year))).all()
    count: dict[str, dict[Any, int]] = defaultdict(lambda: defaultdict(int))
    cost: dict[Any, Decimal] = defaultdict(Decimal)
    for programme_id, level, county_code, session_year, n, spent in sessions:
        for axis, key in (("programme", programme_id), ("level", level), ("year", session_year),
                          ("county", county_code)):
            count[axis][key] += n
        cost[programme_id] += Decimal(spent)

    programmes = (await session.scalars(select(Programme).order_by(Programme.kind, Programme.name))).all()
    by_programme = []
    for programme in programmes:
        people, trainees, _ = by_programme_people.get(programme.id, (0, 0, 0))
        spent = cost[programme.id].quantize(CENT)
        by_programme.append(ProgrammeFigures(
            programme_id=str(programme.id), name=programme.name, kind=programme.kind,
            sessions=count["programme"][programme.id], person_times=people, trainees=trainees,
            budget=programme.budget if principal.sees_whole_city else None, cost=spent,
            cost_per_person_time=(spent / people).quantize(CENT) if people and spent else None))
    scheduled, capacity = (await session.execute(
        select(func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.capacity), 0))
        .where(scope))).one()

    def kind_total(kind: ProgrammeKind, what: str) -> int:
        return sum(getattr(f, what) for f in by_programme if f.kind is kind)

    total_cost = sum((f.cost for f in by_programme), Decimal(0))
    total_budget = sum((f.budget or Decimal(0) for f in by_programme), Decimal(0))
    names = {c.code: c.name for c in counties().values()}
    return TrainingStats(
        service="training",
        figures=[
            figure("programmes", len(programmes), "programmes"),
            figure("sessions", scheduled, "sessions"),
            figure("capacity", capacity, "places"),
            figure("sessions_held", sum(count["programme"].values()), "sessions"),
            figure("person_times", everyone[0], "people"),
            figure("trainees", everyone[1], "people"),
            figure("poor_households", everyone[2], "households"),
            figure("online_learners", online or 0, "people"),
            figure("targeted_sessions", len(targeted), "sessions"),
            figure("targeted_trainees", targeted_trainees or 0, "people"),
            figure("lead_goose_sessions", kind_total(ProgrammeKind.lead_goose, "sessions"), "sessions"),
            figure("lead_goose_person_times", kind_total(ProgrammeKind.lead_goose, "person_times"), "people"),
            figure("lecture_hall_sessions", kind_total(ProgrammeKind.lecture_hall, "sessions"), "sessions"),
            figure("lecture_hall_person_times", kind_total(ProgrammeKind.lecture_hall, "person_times"), "people"),
            figure("ecommerce_classes", kind_total(ProgrammeKind.ecommerce_class, "sessions"), "classes"),
            figure("ecommerce_person_times", kind_total(ProgrammeKind.ecommerce_class, "person_times"), "people"),
            figure("budget", total_budget.quantize(CENT), "CNY"),
            figure("cost", total_cost.quantize(CENT), "CNY"),
            figure("cost_per_person_time",
                   (total_cost / everyone[0]).quantize(CENT) if everyone[0] else Decimal(0), "CNY"),
        ],
        by_county=by_county((str(code), n) for code, n in count["county"].items() if code is not None),
        by_programme=by_programme,
        by_level=[LevelFigures(level=level, sessions=count["level"][level],
                               person_times=by_level_people.get(level, (0, 0, 0))[0]) for level in SessionLevel],
        by_year=[YearFigures(year=int(y), sessions=count["year"][y], person_times=by_year_people.get(y, (0, 0, 0))[0],
                             trainees=by_year_people.get(y, (0, 0, 0))[1],
                             poor_households=by_year_people.get(y, (0, 0, 0))[2])
                 for y in sorted(count["year"])],
        by_county_detail=[CountyFigures(county_code=code, county_name=name, sessions=count["county"][code],
                                        person_times=by_county_people.get(code, (0, 0, 0))[0],
                                        trainees=by_county_people.get(code, (0, 0, 0))[1])
                          for code, name in names.items()],
    )

