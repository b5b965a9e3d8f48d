import uuid

import httpx

from chassis.testing import auth_header

URL = "/api/v1/volunteers/stats"
CITY = auth_header("city_staff")


async def stats(client: httpx.AsyncClient) -> tuple[dict[str, int], dict[str, int]]:
    body = (await client.get(URL, headers=CITY)).json()
    return ({f["key"]: int(f["value"]) for f in body["figures"]},
            {c["county_code"]: c["value"] for c in body["by_county"]})


async def add(client: httpx.AsyncClient, kind: str, village: str, places: int) -> None:
    body = {"name": f"统计活动{uuid.uuid4().hex[:8]}", "kind": kind, "county_code": "441821", "town": "龙山镇",
            "village": village, "recruit_from": "2033-05-01", "recruit_until": "2033-06-01", "places": places}
    assert (await client.post("/api/v1/volunteers/activities", json=body, headers=CITY)).status_code == 201


async def test_stats_count_activities_places_and_service_points(client: httpx.AsyncClient) -> None:
    before, counties_before = await stats(client)
    village = f"统计村{uuid.uuid4().hex[:4]}"
    await add(client, "summer_camp", village, 7)
    await add(client, "service_team", village, 13)
    await add(client, "summer_camp", f"统计村{uuid.uuid4().hex[:4]}", 6)
    after, counties_after = await stats(client)
    changes = {key: after[key] - before[key] for key in after}
    assert changes == {"activities": 3, "places": 26, "summer_camps": 2, "service_teams": 1, "service_points": 2}
    assert counties_after["441821"] - counties_before["441821"] == 3
    assert len(counties_after) == 8


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=auth_header("volunteer"))).status_code == 403
    assert (await client.get(URL, headers=auth_header("county_staff", county="441826"))).status_code == 200
