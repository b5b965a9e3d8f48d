import uuid
from typing import Any

import httpx

from chassis.testing import auth_header

URL = "/api/v1/products/products"
CITY = auth_header("city_staff")
YINGDE_STAFF = auth_header("county_staff", county="441881")


def new_product(**overrides: Any) -> dict[str, Any]:
    return {"name": f"测试特产{uuid.uuid4().hex[:8]}", "category": "fruit", "county_code": "441881",
            "unit": "斤", "season_months": [12, 1, 11], "brand": True, "description": "测试用", **overrides}


async def listed(client: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await client.get(URL, params=params, headers=CITY)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_city_staff_add_a_product_and_read_it_back(client: httpx.AsyncClient) -> None:
    gi = {"cert_type": "geographical_indication", "number": "GI-0001", "issuer": "国家知识产权局"}
    created = await client.post(URL, json=new_product(certifications=[gi]), headers=CITY)
    assert created.status_code == 201, created.text
    product = created.json()
    assert product["county_name"] == "英德市"
    assert product["certifications"][0] | gi == product["certifications"][0]
    assert product["certifications"][0]["expires_on"] is None
    fetched = await client.get(f"{URL}/{product['id']}", headers=CITY)
    assert fetched.json() == product


async def test_season_months_are_returned_in_order(client: httpx.AsyncClient) -> None:
    created = await client.post(URL, json=new_product(season_months=[12, 1, 11]), headers=CITY)
    assert created.json()["season_months"] == [1, 11, 12]


async def test_anyone_signed_in_reads_the_catalogue(client: httpx.AsyncClient) -> None:
    product = (await client.post(URL, json=new_product(), headers=CITY)).json()
    for role in ("entrepreneur", "buyer", "volunteer", "bank_officer"):
        headers = auth_header(role)
        assert (await client.get(URL, headers=headers)).status_code == 200, role
        assert (await client.get(f"{URL}/{product['id']}", headers=headers)).status_code == 200, role


async def test_list_filters_by_category_county_brand_and_name(client: httpx.AsyncClient) -> None:
    tea = new_product(category="tea", county_code="441825", brand=False)
    await client.post(URL, json=tea, headers=CITY)
    found = await listed(client, category="tea", county_code="441825", brand="false", q=tea["name"])
    assert [p["name"] for p in found["items"]] == [tea["name"]]
    assert (await listed(client, category="fruit", q=tea["name"]))["total"] == 0
    assert (await listed(client, county_code="441882", q=tea["name"]))["total"] == 0
    assert (await listed(client, brand="true", q=tea["name"]))["total"] == 0


async def test_list_is_paginated_with_a_total(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await client.post(URL, json=new_product(name=f"分页特产{uuid.uuid4().hex[:8]}"), headers=CITY)
    first = await listed(client, q="分页特产", limit=2)
    second = await listed(client, q="分页特产", limit=2, offset=2)
    assert (first["total"], first["limit"], len(first["items"])) == (3, 2, 2)
    assert len(second["items"]) == 1
    assert (await client.get(URL, params={"limit": 201}, headers=CITY)).status_code == 422


async def test_an_unknown_county_filter_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(URL, params={"county_code": "440100"}, headers=CITY)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "county_code"]


async def test_duplicate_name_is_a_conflict(client: httpx.AsyncClient) -> None:
    product = new_product()
    await client.post(URL, json=product, headers=CITY)
    again = await client.post(URL, json=product, headers=CITY)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


async def test_unknown_fields_are_refused_and_nothing_is_written(client: httpx.AsyncClient) -> None:
    product = new_product(id=str(uuid.uuid4()))
    refused = await client.post(URL, json=product, headers=CITY)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "id"]
    assert (await listed(client, q=product["name"]))["total"] == 0


async def test_unknown_fields_in_a_certification_are_refused(client: httpx.AsyncClient) -> None:
    cert = {"cert_type": "organic", "number": "O-1", "issuer": "某认证机构", "verified": True}
    response = await client.post(URL, json=new_product(certifications=[cert]), headers=CITY)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "certifications", 0, "verified"]


async def test_bad_input_is_refused_field_by_field(client: httpx.AsyncClient) -> None:
    cases: dict[str, dict[str, Any]] = {
        "county_code": {"county_code": "440100"},
        "category": {"category": "seafood"},
        "season_months": {"season_months": [1, 1]},
        "unit": {"unit": ""},
    }
    for field, change in cases.items():
        response = await client.post(URL, json=new_product(**change), headers=CITY)
        assert response.status_code == 422, field
        assert response.json()["errors"][0]["loc"][:2] == ["body", field]
    for months in ([0], [13], []):
        response = await client.post(URL, json=new_product(season_months=months), headers=CITY)
        assert response.status_code == 422, months


async def test_an_unknown_certification_type_is_refused(client: httpx.AsyncClient) -> None:
    cert = {"cert_type": "famous_brand", "number": "X-1", "issuer": "某机构"}
    response = await client.post(URL, json=new_product(certifications=[cert]), headers=CITY)
    assert response.status_code == 422


async def test_county_staff_add_products_in_their_own_county(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_product(county_code="441881"), headers=YINGDE_STAFF)
    assert response.status_code == 201, response.text


async def test_county_staff_may_not_add_products_in_another_county(client: httpx.AsyncClient) -> None:
    product = new_product(county_code="441882")
    response = await client.post(URL, json=product, headers=YINGDE_STAFF)
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert (await listed(client, q=product["name"]))["total"] == 0


async def test_county_staff_without_a_county_may_not_add_products(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_product(), headers=auth_header("county_staff"))
    assert response.status_code == 403


async def test_only_staff_add_products(client: httpx.AsyncClient) -> None:
    for role in ("entrepreneur", "buyer", "volunteer", "bank_officer", "service"):
        response = await client.post(URL, json=new_product(), headers=auth_header(role, county="441881"))
        assert response.status_code == 403, role


async def test_an_unknown_product_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{URL}/{uuid.uuid4()}", headers=CITY)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_without_a_token_the_answer_is_401_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(URL)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
