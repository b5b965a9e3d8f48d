"""Demo data: the committee's training 2018 to 2020 from records, through the same service functions as the API.

Programmes and lecturers; a pool of trainees (imported as a sheet would be); each session of the report
scheduled, its roster enrolled, its attendance taken (about one in forty a no-show, none at the targeted
sessions) and the session closed, which completes the trainees and issues their certificates; feedback on the
2020 sessions. The demo `entrepreneur` (黄小龙, 英德) is a trainee with two certificates. Three sessions are open
for enrolment now, one of them full with a waitlist. Idempotent: a loaded demo is left as it is.
"""

import random
import uuid
from collections import defaultdict
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.timezone import business_today
from training.attendance.models import AttendanceStatus
from training.attendance.service import mark
from training.completion.service import close
from training.config import Settings
from training.demo import people
from training.demo.schedule import (
    LECTURERS,
    PROGRAMMES,
    DemoSession,
    demo_id,
    history,
    upcoming,
)
from training.enrolments.models import Enrolment, EnrolmentStatus
from training.enrolments.schemas import RosterAdd
from training.enrolments.service import enrol_many
from training.feedback.schemas import FeedbackIn
from training.feedback.service import record as record_feedback
from training.groups import may_attend
from training.lecturers.schemas import LecturerCreate
from training.lecturers.service import create_lecturer
from training.programmes.models import Programme
from training.programmes.schemas import ProgrammeCreate
from training.programmes.service import create_programme
from training.sessions.models import SessionMode, TrainingSession
from training.sessions.schemas import SessionDateIn, TrainingSessionCreate
from training.sessions.service import create_session, get_session
from training.trainees.models import Trainee
from training.trainees.schemas import TraineeCreate, TraineeGroup
from training.trainees.service import import_trainees, save_own

LOADER = Principal(subject="demo-loader", role=Role.admin, name="演示数据")
DEMO_USER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_ENTREPRENEUR = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "entrepreneur")), role=Role.entrepreneur)
ENTREPRENEUR_RECORD = TraineeCreate(name="黄小龙", mobile="13912345678", county_code="441881", town="西牛镇",
                                    poor_household=False, groups=[TraineeGroup.entrepreneur,
                                                                  TraineeGroup.ecommerce_youth])
# The demo entrepreneur's own training: he completed these two.
ENTREPRENEUR_SESSIONS = ("lead-goose-441881-2020", "ecommerce-7")
NO_SHOW_EVERY = 40
COMMENTS = ["讲得很实在，回去就能用。", "希望多安排现场参观。", "老师讲解清楚，案例丰富。", "时间有点紧，内容很充实。",
            ""]


class Pool:
    """The demo's trainees by county, handed out to sessions in turns so people come back to several."""

    def __init__(self, rows: list[tuple[uuid.UUID, str, bool, list[str]]]) -> None:
        self.by_county: dict[str | None, list[tuple[uuid.UUID, bool, list[str]]]] = defaultdict(list)
        for trainee_id, county, poor, groups in sorted(rows, key=lambda r: str(r[0])):
            self.by_county[county].append((trainee_id, poor, groups))
            self.by_county[None].append((trainee_id, poor, groups))
        self.turn: dict[str | None, int] = defaultdict(int)

    def take(self, s: DemoSession, first: list[uuid.UUID]) -> list[uuid.UUID]:
        people_here = self.by_county[s.county_code]
        targets = [s.target.value]
        start = self.turn[s.county_code]
        chosen = list(first)
        for k in range(len(people_here)):
            if len(chosen) >= s.capacity:
                break
            trainee_id, poor, groups = people_here[(start + k) % len(people_here)]
            if trainee_id not in first and may_attend(targets, poor, groups):
                chosen.append(trainee_id)
        self.turn[s.county_code] = (start + s.capacity * 7) % len(people_here)
        return chosen


async def _programmes(session: AsyncSession) -> dict[str, uuid.UUID]:
    ids = {}
    for p in PROGRAMMES:
        existing = await session.scalar(select(Programme.id).where(Programme.name == p.name))
        if existing is None:
            data = ProgrammeCreate(name=p.name, kind=p.kind, description=p.description,
                                   funding_source=p.funding_source, budget=p.budget,
                                   completion_min_dates=p.completion_min_dates)
            made = await create_programme(session=session, data=data, programme_id=demo_id("programme", p.slug))
            existing = made.id
        ids[p.slug] = existing
    return ids


async def _schedule(session: AsyncSession, s: DemoSession, programme_id: uuid.UUID,
                    lecturers: dict[str, uuid.UUID]) -> TrainingSession:
    dates = s.dates()
    data = TrainingSessionCreate(
        programme_id=programme_id, title=s.title, level=s.level, county_code=s.county_code, town=s.town,
        venue=s.venue, starts_at=dates[0][0], ends_at=dates[-1][1], capacity=s.capacity, mode=s.mode,
        dates=[SessionDateIn(starts_at=a, ends_at=b) for a, b in dates], target_groups=[s.target],
        lecturer_ids=[lecturers[k] for k in s.lecturers], cost=s.cost)
    return await create_session(session=session, principal=LOADER, data=data, session_id=demo_id("session", s.slug))


async def _hold(session: AsyncSession, training_session: TrainingSession, s: DemoSession, now: datetime,
                rng: random.Random, roster: list[uuid.UUID]) -> None:
    """Takes the attendance of a session held, closes it (completions and certificates) and gathers feedback.

    The booked in the roster's order (the demo entrepreneur first, never a no-show): the same marks on every load,
    not ones that follow the enrolments' random ids."""
    order = {trainee_id: n for n, trainee_id in enumerate(roster)}
    enrolments = sorted(await session.scalars(select(Enrolment).where(
        Enrolment.session_id == training_session.id, Enrolment.status == EnrolmentStatus.booked)),
        key=lambda enrolment: order[enrolment.trainee_id])
    everyone_came = s.target.value != "all" or s.mode is SessionMode.online  # as the report counts them
    marks = [(e.id, d.id, AttendanceStatus.no_show if not everyone_came and (n + 1) % NO_SHOW_EVERY == 0
              else AttendanceStatus.full) for n, e in enumerate(enrolments) for d in training_session.dates]
    await mark(session, training_session, LOADER, marks)
    await close(session, await get_session(session=session, session_id=training_session.id), LOADER, now)
    if training_session.starts_at.year == 2020:
        for enrolment in enrolments[:12]:
            score = rng.choice((4, 5, 5))
            await record_feedback(session, enrolment, FeedbackIn(
                content=score, lecturer=rng.choice((4, 5)), usefulness=rng.choice((3, 4, 5)),
                comment=rng.choice(COMMENTS)), training_session.ends_at)


async def load_demo(session: AsyncSession) -> str:
    if await session.get(TrainingSession, demo_id("session", history()[0].slug)) is not None:
        return "training: the demo is loaded already"
    cipher = FieldCipher(Settings().field_encryption_key.get_secret_value())
    programme_ids = await _programmes(session)
    lecturers = {key: (await create_lecturer(session=session, data=LecturerCreate(
        name=name, organisation=organisation, topics=topics), lecturer_id=demo_id("lecturer", key))).id
        for key, name, organisation, topics in LECTURERS}
    imported = await import_trainees(session, cipher, list(people.trainees()))
    me = (await save_own(session=session, cipher=cipher, principal=DEMO_ENTREPRENEUR, data=ENTREPRENEUR_RECORD)).id
    pool = Pool([(t.id, t.county_code, t.poor_household, t.groups) for t in await session.scalars(
        select(Trainee).where(Trainee.user_id.is_(None)))])
    now, rng = utcnow(), random.Random(2020)  # noqa: S311  (demo data, reproducible)
    held = history()
    for s in held:
        training_session = await _schedule(session, s, programme_ids[s.programme], lecturers)
        roster = pool.take(s, [me] if s.slug in ENTREPRENEUR_SESSIONS else [])
        await enrol_many(session=session, principal=LOADER, session_id=training_session.id,
                         data=RosterAdd(trainee_ids=roster))
        await _hold(session, training_session, s, now, rng, roster)
    coming = upcoming(business_today())
    for s, wanted in zip(coming, (40, 32, 0), strict=True):
        training_session = await _schedule(session, s, programme_ids[s.programme], lecturers)
        if wanted:  # the lecture: 30 seats, 32 asked, then 2 poor households who go ahead of the 2 waiting
            roster = pool.take(replace(s, capacity=wanted), [])
            roster += _poor(pool, s, 2, roster) if wanted > s.capacity else []
            await enrol_many(session=session, principal=LOADER, session_id=training_session.id,
                             data=RosterAdd(trainee_ids=roster))
    return (f"training: {len(PROGRAMMES)} programmes, {len(lecturers)} lecturers, {imported + 1} trainees, "
            f"{len(held)} sessions held and {len(coming)} open for enrolment")


def _poor(pool: Pool, s: DemoSession, count: int, taken: list[uuid.UUID]) -> list[uuid.UUID]:
    """A few poor households who come last to a full session: the waitlist puts them first."""
    return [t for t, poor, _ in reversed(pool.by_county[s.county_code]) if poor and t not in taken][:count]
