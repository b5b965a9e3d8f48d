"""The figures are counted from the records: applications, acceptances, teams, camps, children, ten ones."""

from datetime import timedelta

import httpx

from chassis.testing import auth_header
from tests.people import API, CITY, camp_with_volunteer, child, today

URL = f"{API}/stats"


async def stats(client: httpx.AsyncClient) -> dict[str, float]:
    body = (await client.get(URL, headers=CITY)).json()
    return {f["key"]: float(f["value"]) for f in body["figures"]}


async def test_the_figures_move_with_the_records(client: httpx.AsyncClient) -> None:
    before = await stats(client)
    camp, me, first = await camp_with_volunteer(client, starts=today() - timedelta(days=1),
                                                ends=today() + timedelta(days=3))
    await child(client, camp["id"], name="李小红")
    await client.post(f"{API}/children/{first['id']}/ten-ones", json={"item": "games", "on": today().isoformat()},
                      headers={**me, "Idempotency-Key": "stats-1"})
    after = await stats(client)
    changes = {key: after[key] - before[key] for key in ("applicants", "accepted", "participants", "teams",
                                                         "service_points", "camps", "children_served")}
    assert changes == {"applicants": 1, "accepted": 1, "participants": 1, "teams": 1, "service_points": 1, "camps": 1,
                       "children_served": 2}
    body = (await client.get(URL, headers=CITY)).json()
    row = next(r for r in body["by_year"] if r["year"] == today().year and r["kind"] == "summer_camp")
    assert row["children"] >= 2 and 0 < row["ten_ones_completion"] <= 1
    assert body["by_activity"] and all(a["applicants"] >= a["accepted"] for a in body["by_activity"])
    assert len(body["by_county"]) == 8


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=auth_header("volunteer"))).status_code == 403
    assert (await client.get(URL, headers=auth_header("county_staff", county="441826"))).status_code == 200
