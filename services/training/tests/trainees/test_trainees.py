import io
import random
import uuid
from typing import Any

import httpx
from openpyxl import load_workbook

from chassis.identity_numbers import id_card_check_char
from chassis.testing import auth_header

URL = "/api/v1/training/trainees"
CITY = auth_header("city_staff")
YINGDE_STAFF = auth_header("county_staff", county="441881")
LIANZHOU_STAFF = auth_header("county_staff", county="441882")


def mobile() -> str:
    return f"139{random.randrange(10**8):08d}"


def id_card(first17: str = "44188119980512001") -> str:
    return first17 + id_card_check_char(first17)


def wrong(number: str) -> str:
    return number[:17] + ("1" if number[17] != "1" else "2")


def trainee(**overrides: Any) -> dict[str, Any]:
    return {"name": "陈小燕", "mobile": mobile(), "county_code": "441881", "town": "西牛镇",
            "poor_household": True, "groups": ["ecommerce_youth"], **overrides}


async def test_staff_register_a_trainee_whose_numbers_are_masked_for_county_staff(client: httpx.AsyncClient) -> None:
    body = trainee(id_card=id_card(f"4418811998051{random.randrange(10**4):04d}"))
    created = await client.post(URL, json=body, headers=YINGDE_STAFF)
    assert created.status_code == 201, created.text
    read = created.json()
    assert read["mobile"] == body["mobile"][:3] + "****" + body["mobile"][-4:]
    assert read["id_card"] == "4418**********" + body["id_card"][-4:]
    assert (read["county_name"], read["poor_household"], read["groups"]) == ("英德市", True, ["ecommerce_youth"])
    whole = await client.get(f"{URL}/{read['id']}", headers=CITY)
    assert (whole.json()["mobile"], whole.json()["id_card"]) == (body["mobile"], body["id_card"])


async def test_a_duplicate_mobile_is_409_naming_the_existing_trainee(client: httpx.AsyncClient) -> None:
    body = trainee()
    first = await client.post(URL, json=body, headers=CITY)
    again = await client.post(URL, json={**body, "name": "另一个人"}, headers=CITY)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert again.json()["existing_trainee_id"] == first.json()["id"]


async def test_bad_input_is_422_and_writes_nothing(client: httpx.AsyncClient) -> None:
    name = f"坏数据{uuid.uuid4().hex[:6]}"
    for bad in ({"mobile": "12345"}, {"county_code": "440100"}, {"groups": ["all"]}, {"id_card": wrong(id_card())},
                {"town": "西牛\u202e镇"}, {"unknown": 1}):
        response = await client.post(URL, json=trainee(name=name, **bad), headers=CITY)
        assert response.status_code == 422, (bad, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    assert (await client.get(URL, params={"q": name}, headers=CITY)).json()["total"] == 0


async def test_county_staff_register_and_see_only_their_county(client: httpx.AsyncClient) -> None:
    elsewhere = await client.post(URL, json=trainee(county_code="441882"), headers=YINGDE_STAFF)
    assert elsewhere.status_code == 403
    lianzhou = await client.post(URL, json=trainee(county_code="441882", name="连州学员"), headers=LIANZHOU_STAFF)
    assert (await client.get(f"{URL}/{lianzhou.json()['id']}", headers=YINGDE_STAFF)).status_code == 404
    listed = await client.get(URL, params={"limit": 200}, headers=YINGDE_STAFF)
    assert {t["county_code"] for t in listed.json()["items"]} == {"441881"}


async def test_search_by_whole_mobile_and_filters(client: httpx.AsyncClient) -> None:
    body = trainee(poor_household=False, name=f"搜索{uuid.uuid4().hex[:4]}")
    await client.post(URL, json=body, headers=CITY)
    found = await client.get(URL, params={"q": body["mobile"]}, headers=CITY)
    assert [t["name"] for t in found.json()["items"]] == [body["name"]]
    poor = await client.get(URL, params={"q": body["name"], "poor_household": True}, headers=CITY)
    assert poor.json()["total"] == 0


async def test_an_entrepreneur_keeps_their_own_record(client: httpx.AsyncClient) -> None:
    me = auth_header("entrepreneur", sub=str(uuid.uuid4()))
    assert (await client.get(f"{URL}/me", headers=me)).status_code == 404
    body = trainee(poor_household=False, groups=["homestay_owner"])
    saved = await client.put(f"{URL}/me", json=body, headers=me)
    assert saved.status_code == 200, saved.text
    assert saved.json()["mobile"] == body["mobile"]  # their own number, in full
    assert saved.json()["has_account"] is True
    corrected = await client.put(f"{URL}/me", json={**body, "town": "九龙镇"}, headers=me)
    assert (corrected.json()["id"], corrected.json()["town"]) == (saved.json()["id"], "九龙镇")
    # A number on another trainee's record cannot be claimed by typing it.
    staff_made = await client.post(URL, json=trainee(), headers=CITY)
    taken = await client.put(f"{URL}/me", json={**body, "mobile": (await client.get(
        f"{URL}/{staff_made.json()['id']}", headers=CITY)).json()["mobile"]}, headers=me)
    assert taken.status_code == 409
    assert (await client.get(URL, headers=me)).status_code == 403


async def test_the_export_is_a_workbook_safe_to_open(client: httpx.AsyncClient) -> None:
    await client.post(URL, json=trainee(name="=HYPERLINK(\"x\")"), headers=CITY)
    exported = await client.get(f"{URL}/export", headers=CITY)
    assert exported.status_code == 200
    assert exported.content[:2] == b"PK"
    cells = [c for row in load_workbook(io.BytesIO(exported.content)).active.iter_rows(values_only=True) for c in row]
    assert "'=HYPERLINK(\"x\")" in cells


async def test_a_trainee_who_leaves_the_id_card_out_keeps_the_one_on_record(client: httpx.AsyncClient) -> None:
    me = auth_header("entrepreneur", sub=str(uuid.uuid4()))
    body = trainee(id_card=id_card(f"4418811998051{random.randrange(10**4):04d}"))
    await client.put(f"{URL}/me", json=body, headers=me)
    without = {key: value for key, value in body.items() if key != "id_card"}
    kept = await client.put(f"{URL}/me", json={**without, "town": "九龙镇"}, headers=me)
    assert (kept.json()["town"], kept.json()["id_card"]) == ("九龙镇", body["id_card"])
