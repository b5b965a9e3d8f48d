"""Many enrolments and cancellations at one session at once: seats are never oversold and the waitlist is never
jumped. On PostgreSQL the requests really overlap (a pool of connections); on SQLite they queue for its lock."""

import asyncio
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from tests.enrolments.helpers import CITY, SESSIONS, open_session, programme, trainee
from training.enrolments.models import Enrolment, EnrolmentEvent, EnrolmentStatus, EventKind
from training.sessions.models import TrainingSession

SEATS, PEOPLE = 6, 40


async def test_a_crowd_enrolling_and_cancelling_at_once_never_oversells_nor_jumps_the_queue(
        client: httpx.AsyncClient, app: FastAPI) -> None:
    session = await open_session(client, (await programme(client))["id"], capacity=SEATS)
    people = [await trainee(client, poor=i % 3 == 0) for i in range(PEOPLE)]

    async def enrol(trainee_id: str) -> dict[str, Any]:
        response = await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={"trainee_id": trainee_id},
                                     headers=CITY)
        assert response.status_code == 201, response.text
        return dict(response.json())

    first = await asyncio.gather(*(enrol(t) for t, _ in people[:PEOPLE // 2]))
    booked = [e for e in first if e["status"] == "booked"]
    assert len(booked) == SEATS

    async def cancel(enrolment_id: str) -> int:
        response = await client.post(f"/api/v1/training/enrolments/{enrolment_id}/cancel", json={}, headers=CITY)
        return response.status_code

    # The second half enrol while half the booked cancel (and one cancellation is sent twice).
    results = await asyncio.gather(*(enrol(t) for t, _ in people[PEOPLE // 2:]),
                                   *(cancel(e["id"]) for e in booked[:SEATS // 2]), cancel(booked[0]["id"]))
    codes = [r for r in results if isinstance(r, int)]
    assert sorted(codes) == [200] * (SEATS // 2) + [409]

    async with app.state.sessionmaker() as db:
        sid = uuid.UUID(session["id"])
        counts = dict((await db.execute(select(Enrolment.status, func.count()).where(Enrolment.session_id == sid)
                                        .group_by(Enrolment.status))).all())
        row = await db.get(TrainingSession, sid)
        assert row is not None
        assert counts[EnrolmentStatus.booked] == SEATS == row.booked_count
        assert counts[EnrolmentStatus.waitlisted] == PEOPLE - SEATS - SEATS // 2 == row.waitlist_count
        assert counts[EnrolmentStatus.cancelled] == SEATS // 2
        # Never jumped: nobody was booked from the waitlist while someone ahead of them was already waiting.
        enrolments = {e.id: e for e in await db.scalars(select(Enrolment).where(Enrolment.session_id == sid))}
        promotions = (await db.execute(select(EnrolmentEvent.enrolment_id, EnrolmentEvent.at).where(
            EnrolmentEvent.enrolment_id.in_(list(enrolments)), EnrolmentEvent.kind == EventKind.promoted))).all()
        assert len(promotions) == SEATS // 2
        still_waiting = [e for e in enrolments.values() if e.status is EnrolmentStatus.waitlisted]
        for promoted_id, at in promotions:
            promoted = enrolments[promoted_id]
            jumped = [w for w in still_waiting if w.requested_at < at
                      and (w.priority, w.requested_at, w.id) < (promoted.priority, promoted.requested_at, promoted.id)]
            assert jumped == []
