"""Applying, the ranked board and decisions: places are never exceeded, however many acceptances at once."""

import asyncio
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from tests.people import API, CITY, LIANNAN_STAFF, activity, apply, fill_profile, student
from volunteers.selection.models import Application


async def test_a_student_needs_a_profile_and_an_open_recruitment(client: httpx.AsyncClient) -> None:
    me = student()
    open_one = await activity(client)
    no_profile = await client.post(f"{API}/activities/{open_one['id']}/applications", json={}, headers=me)
    assert no_profile.status_code == 404 and "profile" in no_profile.json()["detail"]
    await fill_profile(client, me)
    closed = await activity(client, recruiting=False)
    late = await client.post(f"{API}/activities/{closed['id']}/applications", json={}, headers=me)
    assert late.status_code == 409 and late.json()["reason"] == "recruitment-closed"
    await apply(client, open_one["id"], me)
    twice = await client.post(f"{API}/activities/{open_one['id']}/applications", json={}, headers=me)
    assert twice.status_code == 409 and twice.json()["reason"] == "already-applied"
    mine = (await client.get(f"{API}/applications/me", headers=me)).json()
    assert [(a["activity_id"], a["status"], a["actions"]) for a in mine] == [(open_one["id"], "applied", ["withdraw"])]


async def test_the_board_ranks_by_score_and_the_interview_moves_it(client: httpx.AsyncClient) -> None:
    camp = await activity(client, skills_wanted=["tutoring", "medical"])
    outsider, native = student(), student()
    await fill_profile(client, outsider, name="外地生", native=False, skills=["tutoring", "medical"])
    await fill_profile(client, native, name="本地生", native=True, skills=[])
    outsider_application = await apply(client, camp["id"], outsider)
    await apply(client, camp["id"], native)
    board = (await client.get(f"{API}/activities/{camp['id']}/board", headers=CITY)).json()
    assert [(r["rank"], r["profile"]["name"], r["score"]) for r in board["items"]] == [(1, "外地生", 40),
                                                                                       (2, "本地生", 30)]
    assert board["items"][1]["score_parts"] == {"native": 30, "skills": 0, "interview": 0}
    interview = await client.put(f"{API}/applications/{outsider_application['id']}/interview",
                                 json={"interview_score": 90}, headers=CITY)
    assert interview.json()["score"] == 67
    assert (await client.put(f"{API}/applications/{outsider_application['id']}/interview",
                             json={"interview_score": 101}, headers=CITY)).status_code == 422
    # Another county's staff do not run this board.
    assert (await client.get(f"{API}/activities/{camp['id']}/board", headers=LIANNAN_STAFF)).status_code == 403


async def test_decisions_are_told_to_the_applicant_and_children_need_the_declaration(
        client: httpx.AsyncClient) -> None:
    camp = await activity(client)
    undeclared, declared = student(), student()
    await fill_profile(client, undeclared, declared=False)
    await fill_profile(client, declared)
    undeclared_application = await apply(client, camp["id"], undeclared)
    refused = await client.post(f"{API}/applications/{undeclared_application['id']}/accept", headers=CITY)
    assert refused.status_code == 409 and refused.json()["reason"] == "declaration-missing"
    application = await apply(client, camp["id"], declared)
    accepted = await client.post(f"{API}/applications/{application['id']}/accept", json={"reason": "表现优秀"},
                                 headers=CITY)
    assert accepted.json()["status"] == "accepted"
    notices = (await client.get(f"{API}/notices/me", headers=declared)).json()
    assert notices[0]["title"].startswith("录取通知") and "表现优秀" in notices[0]["body"]
    assert (await client.get(f"{API}/activities/{camp['id']}", headers=CITY)).json()["accepted"] == 1
    # The student withdraws: the place is freed.
    withdrawn = await client.post(f"{API}/applications/{application['id']}/withdraw", headers=declared)
    assert withdrawn.json()["status"] == "withdrawn"
    assert (await client.get(f"{API}/activities/{camp['id']}", headers=CITY)).json()["accepted"] == 0
    # Nobody else's application is theirs to withdraw.
    assert (await client.post(f"{API}/applications/{undeclared_application['id']}/withdraw",
                              headers=declared)).status_code == 404
    again = await client.post(f"{API}/applications/{application['id']}/accept", headers=CITY)
    assert again.status_code == 409 and again.json()["reason"] == "transition-not-allowed"


async def test_many_acceptances_at_once_never_exceed_the_places(client: httpx.AsyncClient, app: FastAPI) -> None:
    places, applicants = 3, 12
    camp = await activity(client, places=places)
    applications = []
    for i in range(applicants):
        headers = student()
        await fill_profile(client, headers, name=f"学生{i:02d}")
        applications.append(await apply(client, camp["id"], headers))

    async def accept(application: dict[str, Any]) -> httpx.Response:
        return await client.post(f"{API}/applications/{application['id']}/accept", headers=CITY)

    results = await asyncio.gather(*(accept(a) for a in applications))
    assert sorted(r.status_code for r in results) == [200] * places + [409] * (applicants - places)
    assert {r.json()["reason"] for r in results if r.status_code == 409} == {"places-full"}
    assert (await client.get(f"{API}/activities/{camp['id']}", headers=CITY)).json()["accepted"] == places
    async with app.state.sessionmaker() as session:
        assert await session.scalar(select(func.count()).where(Application.activity_id == uuid.UUID(camp["id"]),
                                                               Application.status == "accepted")) == places
