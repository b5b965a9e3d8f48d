import re
from typing import Any

import httpx
from fastapi import FastAPI

from tests.team_rows import CITY, YINGDE_STAFF, Student, TeamRows, new_student, new_team

API = "/api/v1/volunteers"


async def approved_adjustment(client: httpx.AsyncClient, team: TeamRows, student: Student,
                              minutes: int) -> dict[str, Any]:
    body = {"profile_id": str(student.profile_id), "team_id": str(team.id), "minutes": minutes,
            "reason": "服务时长补录"}
    entry = (await client.post(f"{API}/hours/adjustments", json=body, headers=YINGDE_STAFF)).json()
    response = await client.post(f"{API}/hours/{entry['id']}/approve", headers=CITY)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def download(client: httpx.AsyncClient, student: Student) -> httpx.Response:
    return await client.get(f"{API}/hours/me/certificate.pdf", headers=student.headers)


def number_in(response: httpx.Response) -> str:
    found = re.search(r'hours-(QV\d{4}-[0-9A-Z]{8})\.pdf', response.headers["content-disposition"])
    assert found, response.headers["content-disposition"]
    return found.group(1)


async def test_a_student_downloads_a_numbered_certificate_anyone_can_check(client: httpx.AsyncClient,
                                                                          app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    await approved_adjustment(client, team, student, 150)
    response = await download(client, student)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    number = number_in(response)
    checked = await client.get(f"{API}/certificates/{number.lower()}")  # no token; typed in any case
    assert checked.status_code == 200, checked.text
    body = checked.json()
    assert body == {"number": number, "holder": student.name[0] + "*" * (len(student.name) - 2) + student.name[-1],
                    "minutes": 150, "hours": 2.5, "issued_on": body["issued_on"], "valid": True}


async def test_the_same_hours_give_the_same_number_and_new_hours_a_new_one(client: httpx.AsyncClient,
                                                                          app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    await approved_adjustment(client, team, student, 60)
    first = number_in(await download(client, student))
    assert number_in(await download(client, student)) == first
    await approved_adjustment(client, team, student, 30)
    second = number_in(await download(client, student))
    assert second != first
    assert (await client.get(f"{API}/certificates/{second}")).json()["minutes"] == 90


async def test_a_reversal_makes_an_earlier_certificate_invalid(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    entry = await approved_adjustment(client, team, student, 60)
    number = number_in(await download(client, student))
    reversal = (await client.post(f"{API}/hours/{entry['id']}/reverse", json={"reason": "核查未参加"},
                                  headers=YINGDE_STAFF)).json()
    assert (await client.post(f"{API}/hours/{reversal['id']}/approve", headers=CITY)).status_code == 200
    assert (await client.get(f"{API}/certificates/{number}")).json()["valid"] is False


async def test_no_certificate_without_approved_hours(client: httpx.AsyncClient, app: FastAPI) -> None:
    student = await new_student(app)
    response = await download(client, student)
    assert (response.status_code, response.json()["reason"]) == (409, "no-approved-hours")
    assert (await client.get(f"{API}/hours/me/certificate.pdf", headers=CITY)).status_code == 403


async def test_an_unknown_number_is_404(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{API}/certificates/QV2026-00000000")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
