"""500 enrolments fired at once at a 30-seat session, on PostgreSQL through `POST .../sessions/{id}/enrolments`.

Every enrolment takes the session's roster (a row lock) for the length of its transaction, so they queue there and
go through one at a time: the figure is the throughput of that queue with the pool's connections all busy. Prints
what was booked (must be exactly 30) and waitlisted (470), whether the waitlist's order holds (registered poor
households first, then first come; nobody booked after someone was waitlisted), and enrolments a second beside the
goal of 300, and the CPU the one process spent (client and app): when that is the whole of the time, the rate
is Python's, and more processes (replicas share the lock in PostgreSQL) raise it. Asserts the counts and the order,
never the time.
"""

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from chassis import migrations
from chassis.db import make_engine, make_sessionmaker
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from training.config import Settings
from training.enrolments.models import Enrolment, EnrolmentStatus
from training.main import create_app
from training.programmes.models import Programme, ProgrammeKind
from training.trainees.models import Trainee

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "training" / "migrations"
SEATS, CROWD, GOAL_PER_SECOND = 30, 500, 300
POOR_EVERY = 5


async def _seed(url: str) -> tuple[uuid.UUID, list[uuid.UUID]]:
    engine = make_engine(Settings(database_url=url))
    programme_id = uuid.uuid4()
    trainees = [{"id": uuid.uuid4(), "user_id": None, "name": f"基准学员{n}", "mobile_encrypted": "x",
                 "mobile_hash": f"bench-{n}", "mobile_masked": "139****0000", "county_code": "441881",
                 "town": None, "poor_household": n % POOR_EVERY == 0, "groups": []} for n in range(CROWD)]
    async with make_sessionmaker(engine)() as session, session.begin():
        await session.execute(insert(Programme), [{"id": programme_id, "name": "报名基准", "kind":
                                                    ProgrammeKind.lead_goose, "description": "",
                                                    "target_groups": ["all"]}])
        await session.execute(insert(Trainee), trainees)
    await engine.dispose()
    return programme_id, [t["id"] for t in trainees]


async def _bench() -> dict[str, Any]:
    with throwaway_database("training_enrolment_bench") as url:
        await asyncio.to_thread(migrations.upgrade, MIGRATIONS, url)
        programme_id, trainee_ids = await _seed(url)
        settings = Settings(database_url=url, jwt_public_key=public_key(), environment="test", access_log=False,
                            background_work=False)
        staff = auth_header("city_staff", name="基准 团市委")
        app = create_app(settings)
        async with app_client(app) as client:
            starts = datetime.now(UTC) + timedelta(days=7)
            created = await client.post("/api/v1/training/sessions", headers=staff, json={
                "programme_id": str(programme_id), "title": "并发报名基准班", "level": "county",
                "county_code": "441881", "venue": "英德市委党校", "starts_at": starts.isoformat(),
                "ends_at": (starts + timedelta(hours=8)).isoformat(), "capacity": SEATS})
            session_id = created.json()["id"]
            path = f"/api/v1/training/sessions/{session_id}/enrolments"
            warm = await client.get(f"/api/v1/training/sessions/{session_id}", headers=staff)  # pool and plans
            assert warm.status_code == 200
            started, cpu = time.perf_counter(), time.process_time()
            answers = await asyncio.gather(*(client.post(path, json={"trainee_id": str(t)}, headers=staff)
                                             for t in trainee_ids))
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            assert all(a.status_code == 201 for a in answers), [a.text for a in answers if a.status_code != 201][:3]
            roster = (await client.get(path, params={"status": "waitlisted", "limit": 200}, headers=staff)).json()
        engine = make_engine(settings)
        async with make_sessionmaker(engine)() as db:
            rows = (await db.execute(select(Enrolment.status, Enrolment.priority, Enrolment.requested_at)
                                     .where(Enrolment.session_id == uuid.UUID(session_id)))).all()
        await engine.dispose()
    return {"elapsed": elapsed, "cpu": cpu, "rows": rows, "first_page": roster["items"]}


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_crowd_enrols_at_one_session(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XQ_TEST_DB", backend)
    result = asyncio.run(_bench())
    rows = result["rows"]
    booked = [r for r in rows if r.status is EnrolmentStatus.booked]
    waiting = [r for r in rows if r.status is EnrolmentStatus.waitlisted]
    # Nobody was booked after someone was waitlisted; the waitlist shows poor households first, then first come.
    first_come = max(r.requested_at for r in booked) < min(r.requested_at for r in waiting)
    page = result["first_page"]
    positions = [e["waitlist_position"] for e in page] == list(range(1, len(page) + 1))
    expected = sorted(waiting, key=lambda r: (r.priority, r.requested_at))[:len(page)]
    in_order = positions and [e["priority"] for e in page] == [r.priority for r in expected]
    rate = CROWD / result["elapsed"]
    print(f"\n{CROWD} enrolments at once at a {SEATS}-seat session on {backend}, through the API:")
    print(f"  booked {len(booked)} (must be {SEATS})   waitlisted {len(waiting)} (must be {CROWD - SEATS})")
    print(f"  order: first come booked first {'yes' if first_come else 'NO'}; waitlist positions 1..n, poor "
          f"households first {'yes' if in_order else 'NO'}")
    print(f"  {result['elapsed']:.2f} s in all: {rate:.0f} enrolments a second (goal {GOAL_PER_SECOND})")
    print(f"  the one Python process (client and app) was busy {result['cpu']:.2f} s of it: "
          f"{result['cpu'] / CROWD * 1000:.1f} ms of CPU an enrolment, which bounds the rate, not the roster's lock")
    assert (len(booked), len(waiting)) == (SEATS, CROWD - SEATS)
    assert first_come and in_order
