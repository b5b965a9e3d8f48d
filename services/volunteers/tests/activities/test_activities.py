import uuid
from typing import Any

import httpx

from chassis.testing import auth_header

URL = "/api/v1/volunteers/activities"
CITY = auth_header("city_staff")
LIANNAN_STAFF = auth_header("county_staff", county="441826")


def new_activity(**overrides: Any) -> dict[str, Any]:
    return {"name": f"测试夏令营{uuid.uuid4().hex[:8]}", "kind": "summer_camp", "county_code": "441826",
            "town": "三排镇", "village": "南岗村", "recruit_from": "2031-05-20", "recruit_until": "2031-06-20",
            "starts_on": "2031-07-10", "ends_on": "2031-07-20", "places": 7, "description": "测试用", **overrides}


async def listed(client: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await client.get(URL, params=params, headers=CITY)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def names(client: httpx.AsyncClient, **params: Any) -> set[str]:
    return {a["name"] for a in (await listed(client, limit=200, **params))["items"]}


async def test_city_staff_open_an_activity_and_read_it_back(client: httpx.AsyncClient) -> None:
    created = await client.post(URL, json=new_activity(), headers=CITY)
    assert created.status_code == 201, created.text
    activity = created.json()
    assert (activity["county_name"], activity["village"]) == ("连南瑶族自治县", "南岗村")
    fetched = await client.get(f"{URL}/{activity['id']}", headers=auth_header("volunteer"))
    assert fetched.json() == activity


async def test_a_village_may_be_recorded_without_its_town(client: httpx.AsyncClient) -> None:
    created = await client.post(URL, json=new_activity(county_code="441881", town=None, village="寨背村"),
                                headers=CITY)
    assert created.status_code == 201, created.text
    assert created.json()["town"] is None


async def test_list_filters_by_kind_and_county(client: httpx.AsyncClient) -> None:
    team = new_activity(kind="service_team", county_code="441825", town="太保镇", village="欧家村")
    await client.post(URL, json=team, headers=CITY)
    assert team["name"] in await names(client, kind="service_team", county_code="441825")
    assert team["name"] not in await names(client, kind="summer_camp")
    assert team["name"] not in await names(client, county_code="441826")


async def test_open_on_finds_the_activities_recruiting_that_day(client: httpx.AsyncClient) -> None:
    activity = new_activity(recruit_from="2032-05-20", recruit_until="2032-06-20")
    await client.post(URL, json=activity, headers=CITY)
    for day in ("2032-05-20", "2032-06-01", "2032-06-20"):
        assert activity["name"] in await names(client, open_on=day), day
    for day in ("2032-05-19", "2032-06-21"):
        assert activity["name"] not in await names(client, open_on=day), day


async def test_list_is_paginated_with_a_total(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await client.post(URL, json=new_activity(county_code="441803", town="浸潭镇", village="黄坑村"),
                          headers=CITY)
    page = await listed(client, county_code="441803", limit=2, offset=1)
    assert (page["limit"], page["offset"], len(page["items"])) == (2, 1, 2)
    assert page["total"] >= 3
    assert (await client.get(URL, params={"limit": 201}, headers=CITY)).status_code == 422


async def test_recruitment_may_not_end_before_it_starts(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_activity(recruit_until="2031-05-19"), headers=CITY)
    assert response.status_code == 422
    assert "recruit_until" in response.json()["errors"][0]["msg"]
    one_day = await client.post(URL, json=new_activity(recruit_until="2031-05-20"), headers=CITY)
    assert one_day.status_code == 201


async def test_places_are_between_1_and_500(client: httpx.AsyncClient) -> None:
    for places in (0, 501):
        response = await client.post(URL, json=new_activity(places=places), headers=CITY)
        assert response.status_code == 422, places
        assert response.json()["errors"][0]["loc"] == ["body", "places"]


async def test_bad_kind_or_county_is_refused(client: httpx.AsyncClient) -> None:
    for field, value in (("kind", "internship"), ("county_code", "441800")):
        response = await client.post(URL, json=new_activity(**{field: value}), headers=CITY)
        assert response.status_code == 422, field
        assert response.json()["errors"][0]["loc"] == ["body", field]


async def test_duplicate_name_is_a_conflict(client: httpx.AsyncClient) -> None:
    activity = new_activity()
    await client.post(URL, json=activity, headers=CITY)
    again = await client.post(URL, json=activity, headers=CITY)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


async def test_unknown_fields_are_refused_and_nothing_is_written(client: httpx.AsyncClient) -> None:
    activity = new_activity(children=[{"name": "小明"}])
    refused = await client.post(URL, json=activity, headers=CITY)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "children"]
    assert activity["name"] not in await names(client)


async def test_county_staff_open_activities_in_their_own_county(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_activity(county_code="441826"), headers=LIANNAN_STAFF)
    assert response.status_code == 201, response.text


async def test_county_staff_may_not_open_activities_in_another_county(client: httpx.AsyncClient) -> None:
    activity = new_activity(county_code="441881", town="连江口镇", village="连樟村")
    response = await client.post(URL, json=activity, headers=LIANNAN_STAFF)
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert activity["name"] not in await names(client)


async def test_only_staff_open_activities(client: httpx.AsyncClient) -> None:
    for role in ("volunteer", "entrepreneur", "buyer"):
        response = await client.post(URL, json=new_activity(), headers=auth_header(role, county="441826"))
        assert response.status_code == 403, role


async def test_an_unknown_activity_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{URL}/{uuid.uuid4()}", headers=CITY)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_without_a_token_the_answer_is_401_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(URL)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
