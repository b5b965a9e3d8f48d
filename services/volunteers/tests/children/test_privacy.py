"""Who sees a child (the contract): a volunteer only the children of their own team's camps, from seven days
before the camp starts to 30 days after it ends; any other child is 404, never 403. Staff see all (county
staff their county's). Every read is in the child's access log."""

from datetime import timedelta

import httpx
import pytest

from tests.people import API, CITY, LIANNAN_STAFF, YINGDE_STAFF, camp_with_volunteer, student, today


async def test_a_volunteer_sees_the_children_of_their_own_camp_and_no_other(client: httpx.AsyncClient) -> None:
    mine, me, my_child = await camp_with_volunteer(client, starts=today() - timedelta(days=2),
                                                   ends=today() + timedelta(days=5))
    _, _, other_child = await camp_with_volunteer(client, starts=today() - timedelta(days=2),
                                                  ends=today() + timedelta(days=5))

    listed = (await client.get(f"{API}/children", headers=me)).json()
    assert [c["id"] for c in listed["items"]] == [my_child["id"]]
    assert "guardian_phone" not in listed["items"][0]
    assert (await client.get(f"{API}/children/{my_child['id']}", headers=me)).json()["guardian_phone"] == "13712345678"

    # Another team's child: read, list (by its camp), record against, or guess: all answer as if it did not exist.
    read = await client.get(f"{API}/children/{other_child['id']}", headers=me)
    assert read.status_code == 404 and read.headers["content-type"] == "application/problem+json"
    by_camp = await client.get(f"{API}/children", params={"camp_id": other_child["camp_id"]}, headers=me)
    assert by_camp.json()["total"] == 0
    record = await client.post(f"{API}/children/{other_child['id']}/ten-ones", headers={**me, "Idempotency-Key": "k1"},
                               json={"item": "home_visit", "on": today().isoformat()})
    assert record.status_code == 404
    guessed = await client.get(f"{API}/children/00000000-0000-4000-8000-000000000000", headers=me)
    assert guessed.status_code == 404 and guessed.json()["detail"].startswith("No child")
    assert (await client.get(f"{API}/children/export.xlsx", headers=me)).status_code == 403
    assert (await client.get(f"{API}/children/{other_child['id']}/access-log", headers=me)).status_code == 403
    # The other camp's dashboard is not theirs either.
    assert (await client.get(f"{API}/camps/{other_child['camp_id']}", headers=me)).status_code == 404
    assert (await client.get(f"{API}/camps/{mine['id']}", headers=me)).json()["children"] == 1


@pytest.mark.parametrize(("starts_in", "ends_in", "visible"), [
    (7, 12, True),     # opens seven days before the camp starts
    (8, 13, False),    # not eight
    (-40, -30, True),  # closes 30 days after it ends
    (-41, -31, False),  # not 31
])
async def test_the_window_opens_a_week_before_the_camp_and_closes_a_month_after(
        client: httpx.AsyncClient, starts_in: int, ends_in: int, visible: bool) -> None:
    _, me, the_child = await camp_with_volunteer(client, starts=today() + timedelta(days=starts_in),
                                                 ends=today() + timedelta(days=ends_in))
    read = await client.get(f"{API}/children/{the_child['id']}", headers=me)
    assert read.status_code == (200 if visible else 404)
    assert (await client.get(f"{API}/children", headers=me)).json()["total"] == (1 if visible else 0)


async def test_a_student_who_left_the_team_no_longer_sees_its_children(client: httpx.AsyncClient) -> None:
    camp, me, the_child = await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    team = (await client.get(f"{API}/teams/{camp['team_id']}", headers=CITY)).json()
    await client.post(f"{API}/teams/{team['id']}/members/{team['members'][0]['id']}/leave", headers=CITY)
    assert (await client.get(f"{API}/children/{the_child['id']}", headers=me)).status_code == 404


async def test_county_staff_see_their_county_and_city_staff_all(client: httpx.AsyncClient) -> None:
    _, _, the_child = await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    assert (await client.get(f"{API}/children/{the_child['id']}", headers=YINGDE_STAFF)).status_code == 200
    assert (await client.get(f"{API}/children/{the_child['id']}", headers=LIANNAN_STAFF)).status_code == 404
    assert (await client.get(f"{API}/children/{the_child['id']}", headers=CITY)).status_code == 200
    assert (await client.get(f"{API}/children", headers=LIANNAN_STAFF)).json()["total"] == 0


async def test_every_read_is_in_the_access_log_with_its_fields(client: httpx.AsyncClient) -> None:
    _, me, the_child = await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    await client.get(f"{API}/children", headers=me)
    await client.get(f"{API}/children/{the_child['id']}", headers=me)
    await client.get(f"{API}/children/export.xlsx", headers=CITY)
    log = (await client.get(f"{API}/children/{the_child['id']}/access-log", headers=CITY)).json()
    entries = [(e["via"], e["actor_role"]) for e in log["items"]]
    assert entries == [("export", "city_staff"), ("detail", "volunteer"), ("list", "volunteer")]
    detail = log["items"][1]
    assert "guardian_phone" in detail["fields"] and detail["actor_name"] == "陈同学"
    assert "guardian_phone" not in log["items"][0]["fields"]
    # Reading the log is not a read of the record.
    assert (await client.get(f"{API}/children/{the_child['id']}/access-log", headers=CITY)).json()["total"] == 3


async def test_a_stranger_with_a_volunteer_token_sees_nothing(client: httpx.AsyncClient) -> None:
    await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    stranger = student()
    assert (await client.get(f"{API}/children", headers=stranger)).json() == {"items": [], "total": 0, "limit": 50,
                                                                             "offset": 0}
    assert (await client.get(f"{API}/camps", headers=stranger)).json()["total"] == 0
