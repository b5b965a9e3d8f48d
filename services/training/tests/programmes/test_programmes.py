import uuid
from typing import Any

import httpx

from chassis.testing import auth_header

URL = "/api/v1/training/programmes"
CITY = auth_header("city_staff")


def new_programme(**overrides: Any) -> dict[str, Any]:
    return {"name": f"测试培训项目{uuid.uuid4().hex[:8]}", "kind": "lead_goose", "description": "测试用", **overrides}


async def test_city_staff_start_a_programme_and_read_it_back(client: httpx.AsyncClient) -> None:
    created = await client.post(URL, json=new_programme(), headers=CITY)
    assert created.status_code == 201, created.text
    programme = created.json()
    fetched = await client.get(f"{URL}/{programme['id']}", headers=auth_header("entrepreneur"))
    assert fetched.json() == programme


async def test_list_filters_by_kind_and_is_paginated(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await client.post(URL, json=new_programme(kind="online"), headers=CITY)
    page = (await client.get(URL, params={"kind": "online", "limit": 2}, headers=auth_header("volunteer"))).json()
    assert (page["limit"], len(page["items"]), page["total"] >= 3) == (2, 2, True)
    assert {p["kind"] for p in page["items"]} == {"online"}


async def test_duplicate_name_is_a_conflict(client: httpx.AsyncClient) -> None:
    programme = new_programme()
    await client.post(URL, json=programme, headers=CITY)
    again = await client.post(URL, json=programme, headers=CITY)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


async def test_unknown_fields_are_refused_and_nothing_is_written(client: httpx.AsyncClient) -> None:
    programme = new_programme(sessions=52)
    refused = await client.post(URL, json=programme, headers=CITY)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "sessions"]
    names = {p["name"] for p in (await client.get(URL, params={"limit": 200}, headers=CITY)).json()["items"]}
    assert programme["name"] not in names


async def test_an_unknown_kind_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_programme(kind="webinar"), headers=CITY)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "kind"]


async def test_only_city_staff_start_programmes(client: httpx.AsyncClient) -> None:
    for role in ("county_staff", "entrepreneur", "volunteer"):
        response = await client.post(URL, json=new_programme(), headers=auth_header(role, county="441881"))
        assert response.status_code == 403, role


async def test_an_unknown_programme_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{URL}/{uuid.uuid4()}", headers=CITY)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_without_a_token_the_answer_is_401_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(URL)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
