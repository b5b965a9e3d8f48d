import asyncio
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from chassis.testing import auth_header
from tests.team_rows import CITY, LIANZHOU, LIANZHOU_STAFF, YINGDE, YINGDE_STAFF, new_student, unique
from volunteers.internships.models import InternshipPlacement

API = "/api/v1/volunteers/internships"


def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json())


async def new_host(client: httpx.AsyncClient, county: str = YINGDE, headers: dict[str, str] = CITY) -> dict[str, Any]:
    body = {"name": unique("英德市某电商企业"), "county_code": county, "kind": "enterprise", "contact": "人事部 陈女士"}
    return ok(await client.post(f"{API}/hosts", json=body, headers=headers), 201)


async def new_position(client: httpx.AsyncClient, host: dict[str, Any], places: int = 2) -> dict[str, Any]:
    body = {"host_id": host["id"], "title": unique("电商运营实习生"), "places": places, "starts_on": "2026-07-06",
            "ends_on": "2026-08-28"}
    return ok(await client.post(f"{API}/positions", json=body, headers=CITY), 201)


async def placements_in(app: FastAPI, position: dict[str, Any]) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(InternshipPlacement).where(
            InternshipPlacement.position_id == uuid.UUID(position["id"]))) or 0)


async def place(client: httpx.AsyncClient, position: dict[str, Any], profile_id: uuid.UUID,
                headers: dict[str, str] = CITY) -> httpx.Response:
    return await client.post(f"{API}/placements", json={"position_id": position["id"], "profile_id": str(profile_id),
                                                        "poor_family": True}, headers=headers)


async def test_hosts_are_kept_by_county(client: httpx.AsyncClient) -> None:
    host = await new_host(client, headers=YINGDE_STAFF)
    assert host["county_name"] == "英德市"
    refused = await client.post(f"{API}/hosts", json={"name": unique("连州某单位"), "county_code": LIANZHOU,
                                                       "kind": "government", "contact": "办公室"},
                                headers=YINGDE_STAFF)
    assert refused.status_code == 403
    listed = ok(await client.get(f"{API}/hosts", params={"limit": 200}, headers=LIANZHOU_STAFF))
    assert host["id"] not in {h["id"] for h in listed["items"]}
    duplicate = await client.post(f"{API}/hosts", json={**{k: host[k] for k in ("name", "county_code", "kind",
                                                                                  "contact")}}, headers=CITY)
    assert (duplicate.status_code, duplicate.json()["reason"]) == (409, "already-exists")
    assert (await client.get(f"{API}/hosts", headers=auth_header("volunteer"))).status_code == 403


async def test_positions_are_listed_for_anyone_with_places_filled(client: httpx.AsyncClient, app: FastAPI) -> None:
    host = await new_host(client)
    position = await new_position(client, host, places=3)
    student = await new_student(app)
    ok(await place(client, position, student.profile_id), 201)
    listed = ok(await client.get(f"{API}/positions", params={"host_id": host["id"], "year": 2026},
                                 headers=student.headers))
    assert [(p["id"], p["places"], p["filled"], p["host_name"], p["year"]) for p in listed["items"]] == [
        (position["id"], 3, 1, host["name"], 2026)]
    assert ok(await client.get(f"{API}/positions", params={"host_id": host["id"], "year": 2025},
                               headers=CITY))["total"] == 0


async def test_a_position_needs_dates_in_order_and_a_host_in_scope(client: httpx.AsyncClient) -> None:
    host = await new_host(client)
    body = {"host_id": host["id"], "title": "实习", "places": 2, "starts_on": "2026-07-06", "ends_on": "2026-07-01"}
    assert (await client.post(f"{API}/positions", json=body, headers=CITY)).status_code == 422
    body["ends_on"] = "2026-08-01"
    assert (await client.post(f"{API}/positions", json=body, headers=LIANZHOU_STAFF)).status_code == 404
    assert (await client.post(f"{API}/positions", json={**body, "places": 0}, headers=CITY)).status_code == 422


async def test_placing_students_until_the_places_are_full(client: httpx.AsyncClient, app: FastAPI) -> None:
    position = await new_position(client, await new_host(client), places=2)
    students = [await new_student(app) for _ in range(3)]
    first = ok(await place(client, position, students[0].profile_id), 201)
    assert (first["student_name"], first["poor_family"], first["rating"]) == (students[0].name, True, None)
    again = await place(client, position, students[0].profile_id)
    assert (again.status_code, again.json()["reason"]) == (409, "already-placed")
    ok(await place(client, position, students[1].profile_id), 201)
    full = await place(client, position, students[2].profile_id)
    assert (full.status_code, full.json()["reason"]) == (409, "places-full")
    assert full.headers["content-type"] == "application/problem+json"
    assert await placements_in(app, position) == 2


async def test_bad_placements_write_nothing(client: httpx.AsyncClient, app: FastAPI) -> None:
    position = await new_position(client, await new_host(client), places=5)
    student = await new_student(app)
    assert (await place(client, position, uuid.uuid4())).status_code == 422
    assert (await place(client, position, student.profile_id, LIANZHOU_STAFF)).status_code == 404
    assert (await place(client, position, student.profile_id, student.headers)).status_code == 403
    assert await placements_in(app, position) == 0
    listed = ok(await client.get(f"{API}/positions", params={"host_id": position["host_id"]}, headers=CITY))
    assert listed["items"][0]["filled"] == 0


async def test_places_are_never_exceeded_when_staff_place_at_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    position = await new_position(client, await new_host(client), places=3)
    students = [await new_student(app) for _ in range(10)]
    answers = await asyncio.gather(*(place(client, position, s.profile_id) for s in students))
    assert sorted(a.status_code for a in answers) == [201] * 3 + [409] * 7
    assert {a.json()["reason"] for a in answers if a.status_code == 409} == {"places-full"}
    assert await placements_in(app, position) == 3
    listed = ok(await client.get(f"{API}/positions", params={"host_id": position["host_id"]}, headers=CITY))
    assert listed["items"][0]["filled"] == 3


async def test_the_evaluation_and_who_sees_placements(client: httpx.AsyncClient, app: FastAPI) -> None:
    position = await new_position(client, await new_host(client), places=2)
    student, other = await new_student(app), await new_student(app)
    placement = ok(await place(client, position, student.profile_id), 201)
    ok(await place(client, position, other.profile_id), 201)
    url = f"{API}/placements/{placement['id']}/evaluation"
    assert (await client.put(url, json={"rating": 6, "comment": "好"}, headers=CITY)).status_code == 422
    assert (await client.put(url, json={"rating": 5}, headers=LIANZHOU_STAFF)).status_code == 404
    assert (await client.put(url, json={"rating": 5}, headers=student.headers)).status_code == 403
    evaluated = ok(await client.put(url, json={"rating": 5, "comment": "工作认真，善于沟通"}, headers=YINGDE_STAFF))
    assert (evaluated["rating"], evaluated["comment"]) == (5, "工作认真，善于沟通")
    assert evaluated["evaluated_at"] is not None
    own = ok(await client.get(f"{API}/placements", headers=student.headers))
    assert [p["id"] for p in own["items"]] == [placement["id"]]
    by_position = ok(await client.get(f"{API}/placements", params={"position_id": position["id"]},
                                      headers=YINGDE_STAFF))
    assert by_position["total"] == 2
    assert ok(await client.get(f"{API}/placements", params={"position_id": position["id"]},
                               headers=LIANZHOU_STAFF))["total"] == 0
