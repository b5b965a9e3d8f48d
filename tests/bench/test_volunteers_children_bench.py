"""A volunteer opening their camp's children, on PostgreSQL, in a city with many camps: the privacy rule's price.

Seeds 400 camps of 30 children (12,000 children; 2,400 students on 400 teams) and 40,000 earlier reads in the access
log, then has 40 volunteers of one camp each list their children (one page of 30) and open one, 5 rounds at once.
Every answer goes through `children/scope.py` (the caller's own teams, the camp's window) and writes its access-log
rows in the same transaction. Prints the median and 95th percentile of both reads beside the goal of 100 ms at the
95th (a phone on a rural network waits seconds for the network, not for us), and checks that each volunteer saw only
their own 30 children and that every read is in the log. Asserts the counts, never the time.
"""

import asyncio
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from chassis import migrations
from chassis.db import make_engine, make_sessionmaker
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from chassis.timezone import business_today
from volunteers.activities.models import Activity, ActivityKind
from volunteers.children.models import AccessVia, Child, ChildAccess, Gender
from volunteers.config import Settings
from volunteers.main import create_app
from volunteers.profiles.models import Profile
from volunteers.teams.models import Camp, ServicePoint, Team, TeamMember

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "volunteers" / "migrations"
CAMPS, CHILDREN, STUDENTS, EARLIER_READS = 400, 30, 6, 40_000
VOLUNTEERS, ROUNDS, SEQUENTIAL, GOAL_MS = 40, 5, 20, 100


def _rows(today: date) -> dict[type, list[dict[str, Any]]]:
    activity = uuid.uuid4()
    rows: dict[type, list[dict[str, Any]]] = {m: [] for m in (Activity, ServicePoint, Profile, Team, TeamMember, Camp,
                                                              Child)}
    rows[Activity].append({"id": activity, "name": "基准夏令营", "kind": ActivityKind.summer_camp,
                           "county_code": "441881", "village": "连樟村", "recruit_from": today,
                           "recruit_until": today, "starts_on": today, "ends_on": today, "places": 500, "accepted": 0,
                           "skills_wanted": []})
    for c in range(CAMPS):
        point, team, camp = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        # Camps spread over two years: a tenth are on now, the rest long over or not begun.
        starts = today - timedelta(days=(c % 10) * 70 + 2)
        rows[ServicePoint].append({"id": point, "county_code": "441881", "village": f"基准村{c}"})
        rows[Team].append({"id": team, "activity_id": activity, "service_point_id": point, "name": f"基准队{c}",
                           "county_code": "441881", "advising_teacher": "老师", "starts_on": starts,
                           "ends_on": starts + timedelta(days=7), "plan_status": "none"})
        rows[Camp].append({"id": camp, "team_id": team, "name": f"基准营{c}", "county_code": "441881",
                           "starts_on": starts, "ends_on": starts + timedelta(days=7)})
        for s in range(STUDENTS if c else VOLUNTEERS):
            profile = uuid.uuid4()
            rows[Profile].append({"id": profile, "user_id": f"bench-{c}-{s}", "name": "学生", "phone_encrypted": "x",
                                  "university": "大学", "major": "专业", "year": 2, "skills": [],
                                  "emergency_contact_name": "家长", "emergency_contact_phone_encrypted": "x"})
            rows[TeamMember].append({"id": uuid.uuid4(), "team_id": team, "profile_id": profile,
                                     "user_id": f"bench-{c}-{s}", "leader": s == 0})
        rows[Child].extend({"id": uuid.uuid4(), "camp_id": camp, "county_code": "441881", "name": f"儿童{c}-{n}",
                            "birth_year": today.year - 9, "birth_month": 3, "gender": Gender.male, "village": "村",
                            "consent_records": True, "consent_photos": False, "consent_on": today,
                            "consent_recorded_by": "基准", "consent_recorded_by_subject": "bench"}
                           for n in range(CHILDREN))
    return rows


async def _seed(url: str) -> list[uuid.UUID]:
    engine = make_engine(Settings(database_url=url))
    rows = _rows(business_today())
    async with make_sessionmaker(engine)() as session, session.begin():
        for model, values in rows.items():
            for start in range(0, len(values), 5000):
                await session.execute(insert(model), values[start:start + 5000])
        children = [r["id"] for r in rows[Child]]
        now = datetime.now(UTC)
        for start in range(0, EARLIER_READS, 5000):
            await session.execute(insert(ChildAccess), [
                {"id": uuid.uuid4(), "child_id": children[(start + n) % len(children)], "actor_subject": "earlier",
                 "actor_role": "city_staff", "via": AccessVia.detail, "fields": ["name"], "at": now}
                for n in range(5000)])
    await engine.dispose()
    return [r["id"] for r in rows[Child][:CHILDREN]]


async def _bench() -> dict[str, Any]:
    with throwaway_database("volunteers_children_bench") as url:
        await asyncio.to_thread(migrations.upgrade, MIGRATIONS, url)
        own = await _seed(url)
        settings = Settings(database_url=url, jwt_public_key=public_key(), environment="test", access_log=False)
        volunteers = [auth_header("volunteer", sub=f"bench-0-{s}", name=f"学生{s}") for s in range(VOLUNTEERS)]
        lists: list[float] = []
        details: list[float] = []
        seen: set[str] = set()
        async with app_client(create_app(settings)) as client:
            await client.get("/api/v1/volunteers/children", headers=volunteers[0])  # pool and plans

            async def one(n: int, headers: dict[str, str]) -> None:
                started = time.perf_counter()
                listed = await client.get("/api/v1/volunteers/children", params={"limit": CHILDREN}, headers=headers)
                lists.append(time.perf_counter() - started)
                assert listed.status_code == 200 and listed.json()["total"] == CHILDREN
                seen.update(c["id"] for c in listed.json()["items"])
                started = time.perf_counter()
                detail = await client.get(f"/api/v1/volunteers/children/{own[n % CHILDREN]}", headers=headers)
                details.append(time.perf_counter() - started)
                assert detail.status_code == 200

            for n, headers in enumerate(volunteers[:SEQUENTIAL]):  # one at a time: what a phone waits for us
                await one(n, headers)
            alone = {"lists": lists[:], "details": details[:]}
            lists.clear()
            details.clear()
            started, cpu = time.perf_counter(), time.process_time()
            for _ in range(ROUNDS):
                await asyncio.gather(*(one(n, h) for n, h in enumerate(volunteers)))
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        engine = make_engine(settings)
        async with make_sessionmaker(engine)() as db:
            logged = await db.scalar(select(func.count()).select_from(ChildAccess)
                                     .where(ChildAccess.actor_role == "volunteer"))
        await engine.dispose()
    return {"alone": alone, "lists": lists, "details": details, "seen": seen, "own": {str(i) for i in own},
            "logged": logged, "elapsed": elapsed, "cpu": cpu}


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95) - 1] * 1000
    return f"median {statistics.median(ordered) * 1000:.0f} ms, 95th {p95:.0f} ms"


@pytest.mark.parametrize("backend", ["postgres"])
def test_volunteers_open_their_camps_children_among_thousands(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XQ_TEST_DB", backend)
    result = asyncio.run(_bench())
    reads = VOLUNTEERS * ROUNDS + SEQUENTIAL
    requests = 2 * VOLUNTEERS * ROUNDS
    print(f"\nVolunteers of one camp among {CAMPS * CHILDREN:,} children and {EARLIER_READS:,} earlier reads on "
          f"{backend}. One at a time ({SEQUENTIAL} volunteers), what a phone waits for the service:")
    print(f"  their children's list (30): {_ms(result['alone']['lists'])} (goal: 95th under {GOAL_MS} ms)")
    print(f"  one child's record:         {_ms(result['alone']['details'])} (goal: 95th under {GOAL_MS} ms)")
    print(f"{VOLUNTEERS} at once, {ROUNDS} rounds: {requests} requests in {result['elapsed']:.2f} s, "
          f"{requests / result['elapsed']:.0f} a second; list {_ms(result['lists'])}, record {_ms(result['details'])}")
    print(f"  the one Python process (client and app) was busy {result['cpu']:.2f} s of it: "
          f"{result['cpu'] / requests * 1000:.1f} ms of CPU a request, so the wait at once is the queue for it")
    print(f"  children seen: {len(result['seen'])} (must be their camp's {CHILDREN}, no other); reads logged: "
          f"{result['logged']:,} (must be {reads * (CHILDREN + 1) + CHILDREN:,}: 30 a list, 1 a record)")
    assert result["seen"] == result["own"]
    assert result["logged"] == reads * (CHILDREN + 1) + CHILDREN
