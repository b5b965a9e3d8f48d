import uuid
from typing import Any

import httpx
import pytest

from chassis.testing import auth_header

URL = "/api/v1/training/sessions"
CITY = auth_header("city_staff")
YINGDE_STAFF = auth_header("county_staff", county="441881")


@pytest.fixture(scope="module")
async def programme(client: httpx.AsyncClient) -> dict[str, Any]:
    body = {"name": f"场次测试项目{uuid.uuid4().hex[:8]}", "kind": "lead_goose"}
    response = await client.post("/api/v1/training/programmes", json=body, headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


def new_session(programme: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return {"programme_id": programme["id"], "title": f"测试培训班{uuid.uuid4().hex[:8]}", "level": "town",
            "county_code": "441881", "town": "连江口镇", "venue": "连江口镇综合文化站",
            "starts_at": "2021-03-15T09:00:00+08:00", "ends_at": "2021-03-15T17:00:00+08:00", "capacity": 120,
            **overrides}


async def listed(client: httpx.AsyncClient, programme: dict[str, Any], **params: Any) -> dict[str, Any]:
    response = await client.get(URL, params={"programme_id": programme["id"], **params}, headers=CITY)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_city_staff_schedule_a_session_and_read_it_back(client: httpx.AsyncClient,
                                                              programme: dict[str, Any]) -> None:
    created = await client.post(URL, json=new_session(programme), headers=CITY)
    assert created.status_code == 201, created.text
    session = created.json()
    assert (session["programme_name"], session["county_name"]) == (programme["name"], "英德市")
    assert session["starts_at"] == "2021-03-15T01:00:00Z"
    fetched = await client.get(f"{URL}/{session['id']}", headers=auth_header("entrepreneur"))
    assert fetched.json() == session


async def test_a_city_level_session_has_no_county(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    body = new_session(programme, level="city", county_code=None, town=None, venue="中共清远市委党校")
    created = await client.post(URL, json=body, headers=CITY)
    assert created.status_code == 201, created.text
    assert (created.json()["county_code"], created.json()["county_name"]) == (None, None)


async def test_the_county_and_town_must_fit_the_level(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    wrong: list[dict[str, Any]] = [
        {"level": "city"},  # a county and a town given
        {"level": "county"},  # a town given
        {"level": "county", "county_code": None, "town": None},
        {"level": "town", "town": None},
        {"level": "town", "county_code": None},
    ]
    for change in wrong:
        response = await client.post(URL, json=new_session(programme, **change), headers=CITY)
        assert response.status_code == 422, change


async def test_a_session_ends_after_it_starts(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    for ends_at in ("2021-03-15T09:00:00+08:00", "2021-03-14T17:00:00+08:00"):
        response = await client.post(URL, json=new_session(programme, ends_at=ends_at), headers=CITY)
        assert response.status_code == 422, ends_at
        assert "ends_at must be after starts_at" in response.json()["errors"][0]["msg"]


async def test_times_without_a_timezone_are_refused(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    response = await client.post(URL, json=new_session(programme, starts_at="2021-03-15T09:00:00"), headers=CITY)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "starts_at"]


async def test_capacity_is_between_1_and_2000(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    for capacity in (0, 2001):
        response = await client.post(URL, json=new_session(programme, capacity=capacity), headers=CITY)
        assert response.status_code == 422, capacity
    assert (await client.post(URL, json=new_session(programme, capacity=2000), headers=CITY)).status_code == 201


async def test_an_unknown_programme_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_session({"id": str(uuid.uuid4())}), headers=CITY)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_unknown_fields_are_refused_and_nothing_is_written(client: httpx.AsyncClient,
                                                                 programme: dict[str, Any]) -> None:
    before = (await listed(client, programme))["total"]
    refused = await client.post(URL, json=new_session(programme, attendances=118), headers=CITY)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "attendances"]
    assert (await listed(client, programme))["total"] == before


async def test_list_filters_by_level_county_and_dates(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    title = f"筛选测试{uuid.uuid4().hex[:6]}"
    body = new_session(programme, title=title, level="county", county_code="441826", town=None,
                       starts_at="2022-06-30T23:30:00+08:00", ends_at="2022-07-01T17:00:00+08:00")
    assert (await client.post(URL, json=body, headers=CITY)).status_code == 201
    found = await listed(client, programme, level="county", county_code="441826", **{"from": "2022-06-30",
                                                                                     "to": "2022-06-30"})
    assert [s["title"] for s in found["items"]] == [title]
    assert (await listed(client, programme, county_code="441826", **{"from": "2022-07-01"}))["total"] == 0
    assert (await listed(client, programme, county_code="441826", to="2022-06-29"))["total"] == 0
    assert (await listed(client, programme, county_code="441826", level="town"))["total"] == 0


async def test_a_backwards_date_range_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(URL, params={"from": "2020-12-31", "to": "2020-01-01"}, headers=CITY)
    assert response.status_code == 422


async def test_list_is_paginated_latest_first(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    page = await listed(client, programme, limit=2)
    starts = [s["starts_at"] for s in (await listed(client, programme, limit=200))["items"]]
    assert (page["limit"], len(page["items"])) == (2, 2)
    assert starts == sorted(starts, reverse=True)
    assert (await client.get(URL, params={"limit": 201}, headers=CITY)).status_code == 422


async def test_county_staff_schedule_sessions_of_their_own_county(client: httpx.AsyncClient,
                                                                  programme: dict[str, Any]) -> None:
    response = await client.post(URL, json=new_session(programme), headers=YINGDE_STAFF)
    assert response.status_code == 201, response.text


async def test_county_staff_may_not_schedule_for_another_county_or_the_city(
        client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    before = (await listed(client, programme))["total"]
    other = new_session(programme, county_code="441882", town="丰阳镇")
    city = new_session(programme, level="city", county_code=None, town=None)
    for body in (other, city):
        response = await client.post(URL, json=body, headers=YINGDE_STAFF)
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
    assert (await listed(client, programme))["total"] == before


async def test_only_staff_schedule_sessions(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    for role in ("entrepreneur", "volunteer", "buyer"):
        response = await client.post(URL, json=new_session(programme), headers=auth_header(role, county="441881"))
        assert response.status_code == 403, role


async def test_an_unknown_session_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{URL}/{uuid.uuid4()}", headers=CITY)
    assert response.status_code == 404


async def test_an_unknown_county_filter_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(URL, params={"county_code": "999999"}, headers=CITY)
    assert response.status_code == 422
