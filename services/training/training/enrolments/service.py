"""Enrolment: a seat while seats remain, else the waitlist; a cancellation books the waitlist's head in the
same transaction.

Every change of a session's roster starts with `lock_roster`, an UPDATE of the session's row: on PostgreSQL
it holds the row lock until commit, on SQLite it takes the database's one write lock. So a session's roster
changes one request at a time and each reads the counters the last one left: whatever the concurrency, the
seats booked never exceed the capacity (the database's CHECK would refuse it anyway) and nobody is booked
while someone waits (a free seat goes to the waitlist's head at once, so a newcomer can book only when the
waitlist is empty). The waitlist's order is (priority, requested_at, id): registered poor households, or a
targeted session's groups, first (`groups.priority`), then first come.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.auth.scoping import ensure_acts_in_county
from chassis.db import utcnow
from chassis.pagination import Page, PageParams
from chassis.problems import Conflict, InvalidField, NotFound
from chassis.timezone import BUSINESS_TZ
from chassis.transitions import move
from training.enrolments import history, queries
from training.enrolments.models import Enrolment, EnrolmentStatus, EventKind
from training.enrolments.schemas import (
    Cancellation,
    EnrolmentCreate,
    EnrolmentRead,
    EventRead,
    RosterAdd,
    RosterAdded,
)
from training.groups import may_attend, priority
from training.notifications.service import notify
from training.sessions.models import TrainingSession
from training.sessions.schemas import CapacityChange, TrainingSessionRead
from training.sessions.service import get_session
from training.trainees.models import Trainee
from training.trainees.queries import visible_to as trainees_visible_to

LIVE = (EnrolmentStatus.booked, EnrolmentStatus.waitlisted)
WAITLIST_ORDER = (Enrolment.priority, Enrolment.requested_at, Enrolment.id)


@dataclass(frozen=True, slots=True)
class Roster:
    capacity: int
    booked: int
    waitlisted: int

    @property
    def free(self) -> int:
        """Seats a newcomer may take: none while anyone waits."""
        return self.capacity - self.booked if self.waitlisted == 0 else 0


async def lock_roster(session: AsyncSession, session_id: uuid.UUID) -> Roster:
    """Takes the session's roster for this transaction and returns its counters as they stand."""
    row = (await session.execute(
        update(TrainingSession).where(TrainingSession.id == session_id, TrainingSession.completed_at.is_(None))
        .values(roster_version=TrainingSession.roster_version + 1)
        .returning(TrainingSession.capacity, TrainingSession.booked_count, TrainingSession.waitlist_count)
        .execution_options(synchronize_session=False))).one_or_none()
    if row is None:
        raise _closed_or_missing(session_id)
    return Roster(*row)


def _closed_or_missing(session_id: uuid.UUID) -> Conflict:
    """The roster UPDATEs skip a closed session (closing takes the same row lock), so nobody is booked on a
    session after staff closed it; the callers have read the session, so a missing row is a closed one."""
    return Conflict(f"Training session {session_id} is closed: its roster no longer changes.", reason="closed")


async def take_place(session: AsyncSession, session_id: uuid.UUID) -> bool:
    """Takes the roster and, in the same statement, a seat (True) or the waitlist's next place (False).

    One UPDATE decides and counts: its SET expressions all read the row as it was, so a seat is taken only while
    seats remain and nobody waits. It locks the row like `lock_roster`, and keeps the time the lock is held (the
    queue every enrolment at a session waits in) to the few statements after it.
    """
    seat = (TrainingSession.booked_count < TrainingSession.capacity) & (TrainingSession.waitlist_count == 0)
    waiting = (await session.execute(
        update(TrainingSession).where(TrainingSession.id == session_id, TrainingSession.completed_at.is_(None))
        .values(roster_version=TrainingSession.roster_version + 1,
                booked_count=TrainingSession.booked_count + case((seat, 1), else_=0),
                waitlist_count=TrainingSession.waitlist_count + case((seat, 0), else_=1))
        .returning(TrainingSession.waitlist_count)
        .execution_options(synchronize_session=False))).scalar_one_or_none()
    if waiting is None:
        raise _closed_or_missing(session_id)
    return waiting == 0


async def _count(session: AsyncSession, session_id: uuid.UUID, *, booked: int = 0, waitlisted: int = 0) -> None:
    await session.execute(
        update(TrainingSession).where(TrainingSession.id == session_id)
        .values(booked_count=TrainingSession.booked_count + booked,
                waitlist_count=TrainingSession.waitlist_count + waitlisted)
        .execution_options(synchronize_session=False))


def _ensure_open(training_session: TrainingSession) -> None:
    now = utcnow()
    if training_session.completed_at is not None:
        raise Conflict("This session is closed.", reason="closed")
    if not training_session.enrolment_opens_at <= now < training_session.enrolment_closes_at:
        opens = training_session.enrolment_opens_at.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M")
        closes = training_session.enrolment_closes_at.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M")
        raise Conflict(f"Enrolment is open from {opens} to {closes} only.", reason="outside_window")


async def _enrollee(session: AsyncSession, principal: Principal, training_session: TrainingSession,
                    trainee_id: uuid.UUID | None) -> Trainee:
    if principal.is_staff:
        ensure_acts_in_county(principal, training_session.county_code)
        if trainee_id is None:
            raise InvalidField("trainee_id", "Staff name the trainee they enrol.")
        trainee = await session.scalar(trainees_visible_to(principal).where(Trainee.id == trainee_id))
        if trainee is None:
            raise InvalidField("trainee_id", f"No trainee {trainee_id}.")
        return trainee
    trainee = await session.scalar(select(Trainee).where(Trainee.user_id == principal.subject))
    if trainee is None:
        raise Conflict("Fill in your trainee record before you enrol.", reason="no_trainee_record")
    if trainee_id is not None and trainee_id != trainee.id:
        raise InvalidField("trainee_id", "You may enrol only yourself.")
    return trainee


async def _overlapping(session: AsyncSession, trainee_id: uuid.UUID, training_session: TrainingSession) -> str | None:
    """The title of another session the trainee is booked on whose span meets this one's."""
    return await session.scalar(
        select(TrainingSession.title).join(Enrolment, Enrolment.session_id == TrainingSession.id)
        .where(Enrolment.trainee_id == trainee_id, Enrolment.status == EnrolmentStatus.booked,
               TrainingSession.id != training_session.id, TrainingSession.starts_at < training_session.ends_at,
               TrainingSession.ends_at > training_session.starts_at).limit(1))


async def enrol(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID,
                data: EnrolmentCreate) -> EnrolmentRead:
    training_session = await session.get(TrainingSession, session_id)
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    trainee = await _enrollee(session, principal, training_session, data.trainee_id)
    _ensure_open(training_session)
    if not may_attend(training_session.target_groups, trainee.poor_household, trainee.groups):
        raise Conflict("This session is for other groups of trainees.", reason="not_in_target_groups",
                       target_groups=training_session.target_groups)
    # Checked before the roster is taken, to keep the queue short: two requests for the same trainee at once
    # still cannot both enrol (the live enrolment is unique in the database: the second is a 409 too).
    existing = await session.scalar(select(Enrolment.id).where(
        Enrolment.session_id == session_id, Enrolment.trainee_id == trainee.id, Enrolment.status.in_(LIVE)))
    if existing is not None:
        raise Conflict("Already enrolled on this session.", reason="already_enrolled", enrolment_id=str(existing))
    if clash := await _overlapping(session, trainee.id, training_session):
        raise Conflict(f"Already booked on a session at the same time: {clash}.", reason="overlapping_session")
    booked = await take_place(session, session_id)
    now = utcnow()
    enrolment = Enrolment(
        id=uuid.uuid4(), session_id=session_id, trainee_id=trainee.id, requested_at=now,
        status=EnrolmentStatus.booked if booked else EnrolmentStatus.waitlisted, booked_at=now if booked else None,
        priority=priority(training_session.target_groups, trainee.poor_household, trainee.groups))
    session.add(enrolment)
    await session.flush()
    await history.record_steps(session, enrolment.id, (EventKind.requested,
                                                       EventKind.booked if booked else EventKind.waitlisted), principal)
    return await queries.enrolment_read(session, enrolment, trainee)


async def enrol_many(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID,
                     data: RosterAdd) -> RosterAdded:
    """Staff enrol a list of trainees (a sign-up sheet, or the record of a session already held): in the order
    given, seats first, then the waitlist. Not bound to the enrolment window; target groups still hold."""
    training_session = await session.get(TrainingSession, session_id)
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    ensure_acts_in_county(principal, training_session.county_code)
    wanted = list(dict.fromkeys(data.trainee_ids))
    trainees = {t.id: t for t in await session.scalars(trainees_visible_to(principal).where(Trainee.id.in_(wanted)))}
    if unknown := [t for t in wanted if t not in trainees]:
        raise InvalidField("trainee_ids", f"No trainee {unknown[0]} (and {len(unknown) - 1} more).")
    roster = await lock_roster(session, session_id)
    enrolled = set(await session.scalars(select(Enrolment.trainee_id).where(
        Enrolment.session_id == session_id, Enrolment.trainee_id.in_(wanted), Enrolment.status.in_(LIVE))))
    targets = training_session.target_groups
    eligible = [trainees[t] for t in wanted if t not in enrolled
                and may_attend(targets, trainees[t].poor_household, trainees[t].groups)]
    free, now = roster.free, utcnow()
    rows: list[dict[str, Any]] = [
        {"id": uuid.uuid4(), "session_id": session_id, "trainee_id": t.id, "requested_at": now,
         "status": EnrolmentStatus.booked if i < free else EnrolmentStatus.waitlisted,
         "booked_at": now if i < free else None, "cancelled_at": None,
         "priority": priority(targets, t.poor_household, t.groups)} for i, t in enumerate(eligible)]
    booked = sum(1 for r in rows if r["status"] is EnrolmentStatus.booked)
    if rows:
        await session.execute(insert(Enrolment), rows)
        await _count(session, session_id, booked=booked, waitlisted=len(rows) - booked)
        await history.record(session, [r["id"] for r in rows], EventKind.requested, principal)
        await history.record(session, [r["id"] for r in rows[:booked]], EventKind.booked, principal)
        await history.record(session, [r["id"] for r in rows[booked:]], EventKind.waitlisted, principal)
    return RosterAdded(booked=booked, waitlisted=len(rows) - booked, already=len(enrolled),
                       refused=len(wanted) - len(enrolled) - len(eligible))


async def promote(session: AsyncSession, training_session: TrainingSession, seats: int,
                  actor: Principal) -> Sequence[Enrolment]:
    """Books the waitlist's first `seats` in order and tells them. Called with the roster locked."""
    if seats <= 0:
        return []
    heads = list(await session.scalars(
        select(Enrolment).where(Enrolment.session_id == training_session.id,
                                Enrolment.status == EnrolmentStatus.waitlisted)
        .order_by(*WAITLIST_ORDER).limit(seats)))
    if not heads:
        return heads
    ids = [h.id for h in heads]
    await session.execute(update(Enrolment).where(Enrolment.id.in_(ids))
                          .values(status=EnrolmentStatus.booked, booked_at=utcnow())
                          .execution_options(synchronize_session="fetch"))
    await _count(session, training_session.id, booked=len(ids), waitlisted=-len(ids))
    await history.record(session, ids, EventKind.promoted, actor, note="a seat came free")
    starts = training_session.starts_at.astimezone(BUSINESS_TZ).strftime("%Y年%m月%d日 %H:%M")
    for head in heads:
        notify(session, head.trainee_id, "promoted",
               f"【乡青】您已从候补转为正式报名：{training_session.title}，{starts}开始，地点：{training_session.venue}。",
               training_session.id)
    return heads


async def enrolment_in_scope(session: AsyncSession, principal: Principal,
                             enrolment_id: uuid.UUID) -> tuple[Enrolment, TrainingSession, Trainee]:
    """An enrolment, its session and its trainee, if the caller may act on it: staff of the session's county
    (or the city), or the trainee themself. Anyone else is told it does not exist."""
    row = (await session.execute(
        select(Enrolment, TrainingSession, Trainee).join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(Trainee, Trainee.id == Enrolment.trainee_id).where(Enrolment.id == enrolment_id))).one_or_none()
    if row is None:
        raise NotFound(f"No enrolment {enrolment_id}.")
    enrolment, training_session, trainee = row
    mine = trainee.user_id is not None and trainee.user_id == principal.subject
    manages = principal.sees_whole_city or (principal.role is Role.county_staff and training_session.county_code
                                            == principal.county_code and principal.county_code is not None)
    if not (mine or manages):
        raise NotFound(f"No enrolment {enrolment_id}.")
    return enrolment, training_session, trainee


async def cancel(*, session: AsyncSession, principal: Principal, enrolment_id: uuid.UUID,
                 data: Cancellation) -> EnrolmentRead:
    enrolment, training_session, trainee = await enrolment_in_scope(session, principal, enrolment_id)
    if not principal.is_staff and utcnow() >= training_session.cancellation_cutoff_at:
        raise Conflict("It is past the cancellation cut-off: ask the organisers.", reason="past_cutoff")
    await lock_roster(session, training_session.id)
    was = enrolment.status
    if was not in LIVE or not await move(session, enrolment, EnrolmentStatus.cancelled, cancelled_at=utcnow()):
        raise Conflict(f"The enrolment is {enrolment.status.value}: only a booked or waitlisted one can be "
                       "cancelled.", status_now=enrolment.status.value)
    await history.record(session, [enrolment.id], EventKind.cancelled, principal, note=data.reason)
    if was is EnrolmentStatus.booked:
        await _count(session, training_session.id, booked=-1)
        await promote(session, training_session, 1, principal)
    else:
        await _count(session, training_session.id, waitlisted=-1)
    return await queries.enrolment_read(session, enrolment, trainee)


async def change_capacity(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID,
                          data: CapacityChange) -> TrainingSessionRead:
    """More seats book the waitlist's head at once; fewer than are booked is refused (nobody loses a seat)."""
    training_session = await session.get(TrainingSession, session_id)
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    ensure_acts_in_county(principal, training_session.county_code)
    if training_session.completed_at is not None:
        raise Conflict("This session is closed.", reason="closed")
    roster = await lock_roster(session, session_id)
    if data.capacity < roster.booked:
        raise Conflict(f"{roster.booked} seats are booked: the capacity cannot go below that.", booked=roster.booked)
    await session.execute(update(TrainingSession).where(TrainingSession.id == session_id)
                          .values(capacity=data.capacity).execution_options(synchronize_session=False))
    await promote(session, training_session, data.capacity - roster.booked, principal)
    return TrainingSessionRead.model_validate(await get_session(session=session, session_id=session_id))


async def roster(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID,
                 status: EnrolmentStatus | None, page: PageParams) -> Page[EnrolmentRead]:
    training_session = await session.get(TrainingSession, session_id)
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    ensure_acts_in_county(principal, training_session.county_code)
    return await queries.roster(session=session, session_id=session_id, status=status, page=page)


async def export_roster(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID) -> bytes:
    training_session = await session.get(TrainingSession, session_id)
    if training_session is None:
        raise NotFound(f"No training session {session_id}.")
    ensure_acts_in_county(principal, training_session.county_code)
    return await queries.export_roster(session=session, session_id=session_id, title=training_session.title)


async def history_of(*, session: AsyncSession, principal: Principal, enrolment_id: uuid.UUID) -> list[EventRead]:
    await enrolment_in_scope(session, principal, enrolment_id)
    return await queries.events_of(session, enrolment_id)
