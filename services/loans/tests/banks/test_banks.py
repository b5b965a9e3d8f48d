import uuid

import httpx

from chassis.testing import auth_header

CITY = auth_header("city_staff")
URL = "/api/v1/loans/banks"


def new_bank(**overrides: object) -> dict[str, object]:
    return {"name": f"测试农商银行{uuid.uuid4().hex[:6]}", "bank_type": "rural_commercial",
            "branches": ["清城支行"], **overrides}


async def test_city_staff_register_a_bank_and_read_it_back(client: httpx.AsyncClient) -> None:
    created = await client.post(URL, json=new_bank(), headers=CITY)
    assert created.status_code == 201, created.text
    bank = created.json()
    fetched = await client.get(f"{URL}/{bank['id']}", headers=CITY)
    assert fetched.json() == bank
    assert bank["branches"] == ["清城支行"]


async def test_list_filters_by_type_and_name(client: httpx.AsyncClient) -> None:
    postal = new_bank(bank_type="postal_savings", name=f"邮储测试{uuid.uuid4().hex[:6]}")
    await client.post(URL, json=postal, headers=CITY)
    found = (await client.get(URL, params={"bank_type": "postal_savings", "q": postal["name"]},
                              headers=CITY)).json()
    assert found["total"] == 1
    assert [b["name"] for b in found["items"]] == [postal["name"]]


async def test_duplicate_name_is_a_conflict(client: httpx.AsyncClient) -> None:
    bank = new_bank()
    await client.post(URL, json=bank, headers=CITY)
    again = await client.post(URL, json=bank, headers=CITY)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


async def test_unknown_fields_are_refused_and_nothing_is_written(client: httpx.AsyncClient) -> None:
    bank = new_bank(id=str(uuid.uuid4()))
    refused = await client.post(URL, json=bank, headers=CITY)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "id"]
    listed = (await client.get(URL, params={"q": bank["name"]}, headers=CITY)).json()
    assert listed["total"] == 0


async def test_county_staff_and_entrepreneurs_may_not_register_banks(client: httpx.AsyncClient) -> None:
    for role in ("county_staff", "entrepreneur", "bank_officer"):
        response = await client.post(URL, json=new_bank(), headers=auth_header(role, county="441881"))
        assert response.status_code == 403, role


async def test_a_bank_officer_sees_only_their_own_bank(client: httpx.AsyncClient) -> None:
    mine = (await client.post(URL, json=new_bank(), headers=CITY)).json()
    other = (await client.post(URL, json=new_bank(), headers=CITY)).json()
    officer = auth_header("bank_officer", bank_id=mine["id"])
    listed = (await client.get(URL, headers=officer)).json()
    assert [b["id"] for b in listed["items"]] == [mine["id"]]
    assert (await client.get(f"{URL}/{other['id']}", headers=officer)).status_code == 404


async def test_entrepreneurs_cannot_list_banks(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=auth_header("entrepreneur"))).status_code == 403


async def test_without_a_token_the_answer_is_401_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(URL)
    assert response.status_code == 401
    assert response.json()["status"] == 401
    assert response.headers["www-authenticate"] == "Bearer"
