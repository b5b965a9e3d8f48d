import uuid

import httpx

from chassis.testing import auth_header

URL = "/api/v1/training/stats"
CITY = auth_header("city_staff")


async def figures(client: httpx.AsyncClient) -> dict[str, int]:
    stats = (await client.get(URL, headers=CITY)).json()
    return {f["key"]: int(f["value"]) for f in stats["figures"]}


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
    assert changes == {"programmes": 3, "sessions": 4, "capacity": 1340, "lead_goose_sessions": 2,
                       "lecture_hall_sessions": 1, "ecommerce_classes": 1}


async def test_by_county_counts_the_sessions_held_in_each_county(client: httpx.AsyncClient) -> None:
    before = {c["county_code"]: c["value"] for c in (await client.get(URL, headers=CITY)).json()["by_county"]}
    programme = await add_programme(client, "online")
    await add_session(client, programme, 40, "441826")
    await add_session(client, programme, 40, None)
    stats = (await client.get(URL, headers=CITY)).json()
    after = {c["county_code"]: c["value"] for c in stats["by_county"]}
    assert len(after) == 8
    assert {code: after[code] - before[code] for code in after if after[code] != before[code]} == {"441826": 1}


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=auth_header("entrepreneur"))).status_code == 403
    assert (await client.get(URL, headers=auth_header("county_staff", county="441881"))).status_code == 200
