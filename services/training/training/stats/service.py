"""Every training figure, computed from the records: sessions held, person-times and unique trainees. County
staff get their county's figures, city staff the city's.

A session is held once staff have closed it (`completed_at`); a person-time is one trainee who attended a held
session (at least one date, in full or in part), so a trainee who came to three sessions is three person-times
and one trainee. Cost per person-time divides what the sessions cost by their person-times.
"""

from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, exists, func, select, true, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.counties import counties
from chassis.stats import by_county, figure
from chassis.timezone import BUSINESS_TZ
from training.attendance.models import Attendance, AttendanceStatus
from training.enrolments.models import Enrolment
from training.programmes.models import Programme, ProgrammeKind
from training.sessions.models import SessionLevel, SessionMode, TrainingSession
from training.stats.schemas import CountyFigures, LevelFigures, ProgrammeFigures, TrainingStats, YearFigures
from training.trainees.models import Trainee

CENT = Decimal("0.01")


def attended() -> ColumnElement[bool]:
    return exists().where(Attendance.enrolment_id == Enrolment.id,
                          Attendance.status.in_((AttendanceStatus.full, AttendanceStatus.partial)))


def in_scope(principal: Principal) -> ColumnElement[bool]:
    """City staff count the whole city; county staff their county's sessions (city-level ones are the city's)."""
    if principal.sees_whole_city:
        return true()
    return TrainingSession.county_code == principal.county_code


async def training_stats(*, session: AsyncSession, principal: Principal) -> TrainingStats:
    scope = in_scope(principal)
    held = TrainingSession.completed_at.is_not(None) & scope
    # The sessions held (a few hundred a year) and each person-time as (trainee, session, poor household): two
    # reads, counted here. Ids are read as the database holds them (no UUID objects for tens of thousands of
    # rows), and every breakdown of unique trainees is a set, so nobody is counted twice in one row.
    sessions = {
        sid: (programme_id, level, county_code, mode, starts_at.astimezone(BUSINESS_TZ).year, cost, groups)
        for sid, programme_id, level, county_code, mode, starts_at, cost, groups in await session.execute(
            select(type_coerce(TrainingSession.id, String), TrainingSession.programme_id, TrainingSession.level,
                   TrainingSession.county_code, TrainingSession.mode, TrainingSession.starts_at,
                   TrainingSession.cost, TrainingSession.target_groups).where(held))}
    attendances = await session.execute(
        select(type_coerce(Enrolment.trainee_id, String), type_coerce(Enrolment.session_id, String),
               Trainee.poor_household)
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(Trainee, Trainee.id == Enrolment.trainee_id)
        .where(held, attended()))
    people: dict[str, dict[Any, int]] = defaultdict(lambda: defaultdict(int))
    unique: dict[str, dict[Any, set[Any]]] = defaultdict(lambda: defaultdict(set))
    for trainee, sid, poor in attendances:
        programme_id, level, county_code, mode, session_year, _, groups = sessions[sid]
        for axis, key in (("all", None), ("programme", programme_id), ("level", level), ("year", session_year),
                          ("county", county_code), ("online", mode is SessionMode.online),
                          ("targeted", "all" not in groups)):
            people[axis][key] += 1
            unique[axis][key].add(trainee)
            if poor:
                unique["poor " + axis][key].add(trainee)

    count: dict[str, dict[Any, int]] = defaultdict(lambda: defaultdict(int))
    cost: dict[Any, Decimal] = defaultdict(Decimal)
    for programme_id, level, county_code, _, session_year, spent, _ in sessions.values():
        for axis, key in (("programme", programme_id), ("level", level), ("year", session_year),
                          ("county", county_code)):
            count[axis][key] += 1
        cost[programme_id] += Decimal(spent)
    targeted = sum(1 for *_, groups in sessions.values() if "all" not in groups)

    def figures_of(axis: str, key: Any) -> tuple[int, int, int]:
        """(person-times, unique trainees, unique poor households) in one row of a breakdown."""
        return people[axis][key], len(unique[axis][key]), len(unique["poor " + axis][key])

    programmes = (await session.scalars(select(Programme).order_by(Programme.kind, Programme.name))).all()
    by_programme = []
    for programme in programmes:
        person_times, trainees, _ = figures_of("programme", programme.id)
        spent = cost[programme.id].quantize(CENT)
        by_programme.append(ProgrammeFigures(
            programme_id=str(programme.id), name=programme.name, kind=programme.kind,
            sessions=count["programme"][programme.id], person_times=person_times, trainees=trainees,
            budget=programme.budget if principal.sees_whole_city else None, cost=spent,
            cost_per_person_time=(spent / person_times).quantize(CENT) if person_times and spent else None))
    scheduled, capacity = (await session.execute(
        select(func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.capacity), 0))
        .where(scope))).one()

    def kind_total(kind: ProgrammeKind, what: str) -> int:
        return sum(getattr(f, what) for f in by_programme if f.kind is kind)

    total_cost = sum((f.cost for f in by_programme), Decimal(0))
    total_budget = sum((f.budget or Decimal(0) for f in by_programme), Decimal(0))
    names = {c.code: c.name for c in counties().values()}
    everyone = figures_of("all", None)
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
            figure("online_learners", figures_of("online", True)[1], "people"),
            figure("targeted_sessions", targeted, "sessions"),
            figure("targeted_trainees", figures_of("targeted", True)[1], "people"),
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
                               person_times=figures_of("level", level)[0]) for level in SessionLevel],
        by_year=[YearFigures(year=y, sessions=count["year"][y], person_times=figures_of("year", y)[0],
                             trainees=figures_of("year", y)[1], poor_households=figures_of("year", y)[2])
                 for y in sorted(count["year"])],
        by_county_detail=[CountyFigures(county_code=code, county_name=name, sessions=count["county"][code],
                                        person_times=figures_of("county", code)[0],
                                        trainees=figures_of("county", code)[1])
                          for code, name in names.items()],
    )

