import random
import uuid
from decimal import Decimal
from typing import Any

import httpx

from chassis.testing import auth_header

URL = "/api/v1/training/stats"
CITY = auth_header("city_staff")


async def figures(client: httpx.AsyncClient) -> dict[str, Decimal]:
    stats = (await client.get(URL, headers=CITY)).json()
    return {f["key"]: Decimal(f["value"]) for f in stats["figures"]}


async def add_programme(client: httpx.AsyncClient, kind: str) -> str:
    body = {"name": f"统计项目{uuid.uuid4().hex[:8]}", "kind": kind}
    return str((await client.post("/api/v1/training/programmes", json=body, headers=CITY)).json()["id"])


async def add_session(client: httpx.AsyncClient, programme_id: str, capacity: int, county_code: str | None) -> None:
    place = {"level": "county", "county_code": county_code} if county_code else {"level": "city"}
    body = {"programme_id": programme_id, "title": "统计测试", "venue": "中共清远市委党校", "capacity": capacity,
            "starts_at": "2021-05-10T09:00:00+08:00", "ends_at": "2021-05-10T17:00:00+08:00", **place}
    response = await client.post("/api/v1/training/sessions", json=body, headers=CITY)
    assert response.status_code == 201, response.text


async def test_stats_count_sessions_by_programme_kind(client: httpx.AsyncClient) -> None:
    before = await figures(client)
    lead_goose, lecture, ecommerce = [await add_programme(client, k)
                                      for k in ("lead_goose", "lecture_hall", "ecommerce_class")]
    await add_session(client, lead_goose, 150, "441821")
    await add_session(client, lead_goose, 300, None)
    await add_session(client, lecture, 90, None)
    await add_session(client, ecommerce, 800, "441821")
    after = await figures(client)
    changes = {key: after[key] - before[key] for key in after}
    assert {key: change for key, change in changes.items() if change} == {"programmes": 3, "sessions": 4,
                                                                          "capacity": 1340}


async def test_by_county_counts_the_sessions_held_in_each_county(client: httpx.AsyncClient) -> None:
    before = {c["county_code"]: c["value"] for c in (await client.get(URL, headers=CITY)).json()["by_county"]}
    programme = await add_programme(client, "online")
    await held_session(client, programme, poor=[False], came=["full"], cost="0", county="441826")
    await add_session(client, programme, 40, "441826")  # not held
    await add_session(client, programme, 40, None)
    stats = (await client.get(URL, headers=CITY)).json()
    after = {c["county_code"]: c["value"] for c in stats["by_county"]}
    assert len(after) == 8
    assert {code: after[code] - before[code] for code in after if after[code] != before[code]} == {"441826": 1}


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=auth_header("entrepreneur"))).status_code == 403
    assert (await client.get(URL, headers=auth_header("county_staff", county="441881"))).status_code == 200


async def held_session(client: httpx.AsyncClient, programme_id: str, *, poor: list[bool], came: list[str],
                       cost: str, targets: list[str] | None = None, county: str = "441881") -> None:
    """A session in 2021 with a trainee per `poor` flag, their attendance `came` (full, partial, no_show), closed."""
    body = {"programme_id": programme_id, "title": "统计场次", "venue": "英德市委党校", "capacity": 50,
            "level": "county", "county_code": county, "starts_at": "2021-05-10T09:00:00+08:00",
            "ends_at": "2021-05-10T17:00:00+08:00", "cost": cost, "target_groups": targets or ["all"]}
    session = (await client.post("/api/v1/training/sessions", json=body, headers=CITY)).json()
    trainees = []
    for flag in poor:
        made = await client.post("/api/v1/training/trainees", headers=CITY, json={
            "name": "统计学员", "mobile": f"136{random.randrange(10**8):08d}", "county_code": county,
            "poor_household": flag, "groups": []})
        trainees.append(made.json()["id"])
    await client.post(f"/api/v1/training/sessions/{session['id']}/roster", json={"trainee_ids": trainees},
                      headers=CITY)
    roster = (await client.get(f"/api/v1/training/sessions/{session['id']}/enrolments", headers=CITY)).json()
    by_trainee = {e["trainee_id"]: e["id"] for e in roster["items"]}
    marks = [{"enrolment_id": by_trainee[t], "session_date_id": session["dates"][0]["id"], "status": status}
             for t, status in zip(trainees, came, strict=True)]
    marked = await client.put(f"/api/v1/training/sessions/{session['id']}/attendance", json={"marks": marks},
                              headers=CITY)
    assert marked.status_code == 200, marked.text
    closed = await client.post(f"/api/v1/training/sessions/{session['id']}/complete", headers=CITY)
    assert closed.status_code == 200, closed.text


async def test_person_times_count_who_came_to_sessions_held(client: httpx.AsyncClient) -> None:
    before = await figures(client)
    programme = await add_programme(client, "lecture_hall")
    await held_session(client, programme, poor=[True, False, False], came=["full", "partial", "no_show"], cost="900")
    await add_session(client, programme, 40, "441881")  # scheduled, not held: no person-times
    after = await figures(client)
    changes = {key: after[key] - before[key] for key in after}
    assert (changes["sessions_held"], changes["person_times"], changes["trainees"],
            changes["poor_households"], changes["cost"]) == (1, 2, 2, 1, 900)
    stats = (await client.get(URL, headers=CITY)).json()
    mine: dict[str, Any] = next(p for p in stats["by_programme"] if p["programme_id"] == programme)
    assert (mine["sessions"], mine["person_times"], mine["trainees"], mine["cost_per_person_time"]) == (
        1, 2, 2, "450.00")
    year = next(y for y in stats["by_year"] if y["year"] == 2021)
    assert year["person_times"] >= 2


async def test_targeted_sessions_are_counted_apart(client: httpx.AsyncClient) -> None:
    before = await figures(client)
    programme = await add_programme(client, "lead_goose")
    await held_session(client, programme, poor=[True, True], came=["full", "full"], cost="0",
                       targets=["poor_household"])
    after = await figures(client)
    assert (after["targeted_sessions"] - before["targeted_sessions"],
            after["targeted_trainees"] - before["targeted_trainees"]) == (1, 2)


async def test_county_staff_get_their_countys_figures(client: httpx.AsyncClient) -> None:
    yingde = auth_header("county_staff", county="441881")
    before = (await client.get(URL, headers=yingde)).json()
    programme = await add_programme(client, "ecommerce_class")
    await held_session(client, programme, poor=[False], came=["full"], cost="100", county="441826")
    await held_session(client, programme, poor=[False, False], came=["full", "full"], cost="100", county="441881")
    after = (await client.get(URL, headers=yingde)).json()
    changes = {f["key"]: Decimal(f["value"]) for f in after["figures"]}
    for f in before["figures"]:
        changes[f["key"]] -= Decimal(f["value"])
    assert (changes["sessions_held"], changes["person_times"]) == (1, 2)
    assert {c["county_code"] for c in after["by_county"] if c["value"]} == {"441881"}
    assert all(p["budget"] is None for p in after["by_programme"])
