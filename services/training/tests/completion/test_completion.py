"""Closing a session: who completed, who did not, certificates, and only once after the last date."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event, func, select

from tests.training_rows import (
    CITY,
    LIANZHOU_STAFF,
    YINGDE_STAFF,
    add_trainees,
    enrol,
    new_programme,
    new_session,
    now,
)
from training.certificates.models import Certificate
from training.enrolments.models import Enrolment, EnrolmentEvent, EnrolmentStatus, EventKind
from training.sessions.models import TrainingSession

URL = "/api/v1/training/sessions"


async def finished_session(client: httpx.AsyncClient, app: FastAPI, **rule: Any) -> dict[str, Any]:
    """A session of two dates, both over, of a programme with `rule`."""
    programme = await new_programme(client, app, **rule)
    start = now() - timedelta(days=3)
    return await new_session(client, programme, [(start, start + timedelta(hours=4)),
                                                 (start + timedelta(days=1), start + timedelta(days=1, hours=4))])


async def statuses(app: FastAPI, ids: list[uuid.UUID]) -> list[EnrolmentStatus]:
    async with app.state.sessionmaker() as session:
        found = dict((await session.execute(select(Enrolment.id, Enrolment.status)
                                            .where(Enrolment.id.in_(ids)))).all())
    return [found[i] for i in ids]


async def count(app: FastAPI, statement: Any) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(statement) or 0)


@contextmanager
def statements_counted(app: FastAPI) -> Iterator[list[str]]:
    seen: list[str] = []

    def count_one(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    engine = app.state.engine.sync_engine
    event.listen(engine, "before_cursor_execute", count_one)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count_one)


async def test_closing_decides_each_booked_trainee_by_the_rule(client: httpx.AsyncClient, app: FastAPI) -> None:
    training_session = await finished_session(client, app, min_dates=2, partial_counts=True)
    trainees = [t for t, _ in await add_trainees(app, 6)]
    both, partial, one, none = await enrol(app, training_session["id"], trainees[:4])
    [waiting] = await enrol(app, training_session["id"], trainees[4:5], EnrolmentStatus.waitlisted)
    [cancelled] = await enrol(app, training_session["id"], trainees[5:], EnrolmentStatus.cancelled)
    first, second = (d["id"] for d in training_session["dates"])
    marks = [(both, first, "full"), (both, second, "full"), (partial, first, "partial"), (partial, second, "full"),
             (one, first, "full"), (one, second, "no_show")]
    response = await client.put(f"{URL}/{training_session['id']}/attendance", headers=CITY, json={"marks": [
        {"enrolment_id": str(e), "session_date_id": d, "status": s} for e, d, s in marks]})
    assert response.status_code == 200, response.text

    closed = await client.post(f"{URL}/{training_session['id']}/complete", headers=YINGDE_STAFF)
    assert closed.status_code == 200, closed.text
    assert closed.json() == {"completed": 2, "incomplete": 2, "certificates_issued": 2}
    assert await statuses(app, [both, partial, one, none, waiting, cancelled]) == [
        EnrolmentStatus.completed, EnrolmentStatus.completed, EnrolmentStatus.incomplete,
        EnrolmentStatus.incomplete, EnrolmentStatus.waitlisted, EnrolmentStatus.cancelled]
    certified = select(func.count()).select_from(Certificate).where(
        Certificate.session_id == uuid.UUID(training_session["id"]))
    assert await count(app, certified) == 2
    assert await count(app, select(func.count()).where(EnrolmentEvent.enrolment_id == both,
                                                       EnrolmentEvent.kind == EventKind.completed)) == 1
    assert await count(app, select(func.count()).where(EnrolmentEvent.enrolment_id == none,
                                                       EnrolmentEvent.kind == EventKind.incomplete)) == 1
    read = await client.get(f"{URL}/{training_session['id']}", headers=CITY)
    assert read.json()["completed_at"] is not None

    # the register still shows them, with how it ended
    sheet = (await client.get(f"{URL}/{training_session['id']}/attendance", headers=CITY)).json()
    assert sorted(row["status"] for row in sheet["rows"]) == ["completed", "completed", "incomplete", "incomplete"]


async def test_a_session_closes_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    training_session = await finished_session(client, app)
    [(trainee, _)] = await add_trainees(app)
    await enrol(app, training_session["id"], [trainee])
    assert (await client.post(f"{URL}/{training_session['id']}/complete", headers=CITY)).status_code == 200
    again = await client.post(f"{URL}/{training_session['id']}/complete", headers=CITY)
    assert again.status_code == 409
    assert again.json()["detail"] == "The session is closed already."
    certified = select(func.count()).select_from(Certificate).where(
        Certificate.session_id == uuid.UUID(training_session["id"]))
    assert await count(app, certified) == 0  # no marks, no completion


async def test_a_session_closes_only_after_its_last_date(client: httpx.AsyncClient, app: FastAPI) -> None:
    programme = await new_programme(client, app)
    start = now() - timedelta(days=1)
    running = await new_session(client, programme, [(start, start + timedelta(hours=4)),
                                                    (now() + timedelta(hours=1), now() + timedelta(hours=4))])
    response = await client.post(f"{URL}/{running['id']}/complete", headers=CITY)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    async with app.state.sessionmaker() as session:
        assert (await session.get(TrainingSession, uuid.UUID(running["id"]))).completed_at is None


async def test_county_staff_close_sessions_of_their_county_only(client: httpx.AsyncClient, app: FastAPI) -> None:
    training_session = await finished_session(client, app)
    assert (await client.post(f"{URL}/{training_session['id']}/complete", headers=LIANZHOU_STAFF)).status_code == 403
    assert (await client.post(f"{URL}/{uuid.uuid4()}/complete", headers=CITY)).status_code == 404
    assert (await client.get(f"{URL}/{training_session['id']}", headers=CITY)).json()["completed_at"] is None


async def test_closing_a_thousand_trainees_takes_a_handful_of_statements(client: httpx.AsyncClient,
                                                                         app: FastAPI) -> None:
    training_session = await finished_session(client, app, min_dates=1)
    trainees = [t for t, _ in await add_trainees(app, 1000)]
    enrolments = await enrol(app, training_session["id"], trainees)
    first = training_session["dates"][0]["id"]
    marks = [{"enrolment_id": str(e), "session_date_id": first, "status": "full"} for e in enrolments[:900]]
    assert (await client.put(f"{URL}/{training_session['id']}/attendance", json={"marks": marks},
                             headers=CITY)).json() == {"marked": 900}
    with statements_counted(app) as seen:
        closed = await client.post(f"{URL}/{training_session['id']}/complete", headers=CITY)
    assert closed.json() == {"completed": 900, "incomplete": 100, "certificates_issued": 900}
    assert len(seen) <= 20, seen
    numbers = select(func.count(func.distinct(Certificate.number))).where(
        Certificate.session_id == uuid.UUID(training_session["id"]))
    assert await count(app, numbers) == 900
