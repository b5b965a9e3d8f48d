import uuid

import httpx

from chassis.testing import auth_header
from tests.factories import (
    API,
    FOGANG,
    LIANZHOU,
    YINGDE,
    city_staff,
    county_staff,
    entrepreneur,
    field_errors,
    new_seller,
    ok,
    seller_body,
)

URL = f"{API}/sellers"


async def test_an_entrepreneur_registers_as_a_pending_seller(client: httpx.AsyncClient) -> None:
    owner = entrepreneur()
    body = seller_body()
    seller = ok(await client.post(URL, json=body, headers=owner.headers), 201)
    assert seller | body == seller
    assert (seller["status"], seller["user_id"], seller["county_name"]) == ("pending", owner.subject, "英德市")
    assert seller["transitions"] == []


async def test_an_entrepreneur_registers_only_once(client: httpx.AsyncClient) -> None:
    owner = entrepreneur()
    ok(await client.post(URL, json=seller_body(), headers=owner.headers), 201)
    again = await client.post(URL, json=seller_body(), headers=owner.headers)
    assert again.status_code == 409


async def test_my_seller_is_404_before_registering(client: httpx.AsyncClient) -> None:
    assert (await client.get(f"{URL}/me", headers=entrepreneur().headers)).status_code == 404


async def test_my_seller_is_mine(client: httpx.AsyncClient) -> None:
    owner, seller = await new_seller(client)
    mine = ok(await client.get(f"{URL}/me", headers=owner.headers))
    assert (mine["id"], mine["status"]) == (seller["id"], "admitted")


async def test_county_staff_admit_a_seller_and_the_change_is_audited(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client, admitted=False)
    staff = county_staff(YINGDE)
    admitted = ok(await client.post(f"{URL}/{seller['id']}/admit", json={"reason": "实地走访"}, headers=staff.headers))
    assert admitted["status"] == "admitted"
    [step] = admitted["transitions"]
    assert step | {"action": "admit", "from_status": "pending", "to_status": "admitted",
                   "actor_subject": staff.subject, "actor_role": "county_staff", "actor_name": "县团委 陈志强",
                   "reason": "实地走访"} == step


async def test_the_seller_sees_who_acted_by_role_and_name_only(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client)
    [step] = ok(await client.get(f"{URL}/me", headers=owner.headers))["transitions"]
    assert (step["actor_subject"], step["actor_role"], step["actor_name"]) == (None, "county_staff", "县团委 陈志强")


async def test_suspending_needs_a_reason(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client)
    response = await client.post(f"{URL}/{seller['id']}/suspend", json={}, headers=county_staff().headers)
    assert field_errors(response) == [["body", "reason"]]


async def test_a_suspended_seller_is_reinstated(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client)
    staff = county_staff()
    suspended = ok(await client.post(f"{URL}/{seller['id']}/suspend", json={"reason": "以次充好，暂停"},
                                     headers=staff.headers))
    assert (suspended["status"], suspended["allowed_actions"]) == ("suspended", ["reinstate"])
    reinstated = ok(await client.post(f"{URL}/{seller['id']}/reinstate", headers=staff.headers))
    assert [t["to_status"] for t in reinstated["transitions"]] == ["admitted", "suspended", "admitted"]


async def test_admitting_an_admitted_seller_is_a_conflict_naming_the_allowed_actions(
        client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client)
    response = await client.post(f"{URL}/{seller['id']}/admit", headers=county_staff().headers)
    assert response.status_code == 409
    problem = response.json()
    assert (problem["status_now"], problem["allowed_actions"]) == ("admitted", ["suspend"])
    assert len(ok(await client.get(f"{URL}/{seller['id']}", headers=city_staff().headers))["transitions"]) == 1


async def test_staff_of_another_county_cannot_find_the_seller(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client, admitted=False)
    other = county_staff(LIANZHOU)
    assert (await client.get(f"{URL}/{seller['id']}", headers=other.headers)).status_code == 404
    assert (await client.post(f"{URL}/{seller['id']}/admit", headers=other.headers)).status_code == 404


async def test_county_staff_list_only_their_countys_sellers(client: httpx.AsyncClient) -> None:
    _, here = await new_seller(client, FOGANG)
    _, there = await new_seller(client, LIANZHOU)
    listed = ok(await client.get(URL, params={"limit": 200}, headers=county_staff(FOGANG).headers))
    ids = {s["id"] for s in listed["items"]}
    assert here["id"] in ids and there["id"] not in ids
    assert {s["county_code"] for s in listed["items"]} == {FOGANG}


async def test_an_entrepreneur_sees_only_their_own_seller(client: httpx.AsyncClient) -> None:
    owner, mine = await new_seller(client)
    _, theirs = await new_seller(client)
    assert [s["id"] for s in ok(await client.get(URL, headers=owner.headers))["items"]] == [mine["id"]]
    assert (await client.get(f"{URL}/{theirs['id']}", headers=owner.headers)).status_code == 404


async def test_county_staff_register_a_cooperative_in_their_own_county(client: httpx.AsyncClient) -> None:
    body = seller_body(FOGANG, kind="cooperative", name=f"汤塘镇青年合作社{uuid.uuid4().hex[:4]}")
    seller = ok(await client.post(URL, json=body, headers=county_staff(FOGANG).headers), 201)
    assert (seller["kind"], seller["user_id"], seller["status"]) == ("cooperative", None, "pending")


async def test_county_staff_may_not_register_a_seller_in_another_county(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=seller_body(LIANZHOU), headers=county_staff(FOGANG).headers)
    assert response.status_code == 403


async def test_the_contact_is_masked_for_county_staff_and_whole_for_city_staff_and_the_seller(
        client: httpx.AsyncClient) -> None:
    owner = entrepreneur()
    seller = ok(await client.post(URL, json=seller_body(contact="13912345678"), headers=owner.headers), 201)
    path = f"{URL}/{seller['id']}"
    assert seller["contact"] == "13912345678"
    assert ok(await client.get(path, headers=city_staff().headers))["contact"] == "13912345678"
    assert ok(await client.get(path, headers=county_staff().headers))["contact"] == "139****5678"


async def test_bad_input_names_the_field(client: httpx.AsyncClient) -> None:
    for name, value in (("county_code", "440100"), ("contact", "12345"), ("kind", "trader"), ("name", "")):
        response = await client.post(URL, json=seller_body(**{name: value}), headers=entrepreneur().headers)
        assert field_errors(response) == [["body", name]], name


async def test_buyers_and_volunteers_may_not_see_sellers(client: httpx.AsyncClient) -> None:
    for role in ("buyer", "volunteer", "bank_officer"):
        assert (await client.get(URL, headers=auth_header(role))).status_code == 403, role
