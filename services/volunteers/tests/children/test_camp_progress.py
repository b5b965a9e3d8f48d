"""The camp dashboard: each child's ten ones, and the camp's completion rising as they are recorded."""

from datetime import timedelta

import httpx

from tests.people import API, CITY, camp_with_volunteer, child, today


async def test_the_camp_progress_rises_with_each_item(client: httpx.AsyncClient) -> None:
    camp, me, first = await camp_with_volunteer(client, starts=today() - timedelta(days=2),
                                                ends=today() + timedelta(days=3))
    second = await child(client, camp["id"], name="李小红", gender="female")
    for key, (who, item) in enumerate([(first, "home_visit"), (first, "health_check"), (second, "home_visit")]):
        body = {"item": item, "on": today().isoformat()}
        response = await client.post(f"{API}/children/{who['id']}/ten-ones", json=body,
                                     headers={**me, "Idempotency-Key": str(key)})
        assert response.status_code == 201, response.text
    dashboard = (await client.get(f"{API}/camps/{camp['id']}", headers=CITY)).json()
    assert dashboard["children"] == 2 and dashboard["completion"] == 0.15
    assert {p["name"]: p["done"] for p in dashboard["progress"]} == {
        "张小明": ["health_check", "home_visit"], "李小红": ["home_visit"]}
    assert {i["item"]: i["done"] for i in dashboard["by_item"]}["home_visit"] == 2
    listed = (await client.get(f"{API}/camps", params={"team_id": camp["team_id"]}, headers=me)).json()
    assert listed["items"][0]["completion"] == 0.15
