import uuid

import httpx

from tests.factories import API, LIANZHOU, YINGDE, city_staff, county_staff, entrepreneur, field_errors, new_product, ok

URL = f"{API}/platforms"


def platform_body(**overrides: object) -> dict[str, object]:
    return {"name": f"测试青年电商服务平台{uuid.uuid4().hex[:6]}", "county_code": LIANZHOU,
            "operator": "连州市团委 青年电商工作站", **overrides}


async def test_county_staff_add_a_platform_with_the_products_it_sells(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    platform = ok(await client.post(URL, json=platform_body(product_ids=[product["id"]]),
                                    headers=county_staff(LIANZHOU).headers), 201)
    assert platform["products"] == [{"id": product["id"], "name": product["name"]}]
    assert platform["county_name"] == "连州市"
    found = ok(await client.get(URL, params={"product_id": product["id"]}, headers=entrepreneur().headers))
    assert [p["id"] for p in found["items"]] == [platform["id"]]
    assert ok(await client.get(f"{URL}/{platform['id']}", headers=entrepreneur().headers)) == platform


async def test_county_staff_add_platforms_only_in_their_county(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=platform_body(), headers=county_staff(YINGDE).headers)
    assert response.status_code == 403


async def test_a_platform_names_real_products_and_a_unique_name(client: httpx.AsyncClient) -> None:
    staff = city_staff().headers
    unknown = await client.post(URL, json=platform_body(product_ids=[str(uuid.uuid4())]), headers=staff)
    assert field_errors(unknown) == [["body", "product_ids"]]
    assert field_errors(await client.post(URL, json=platform_body(county_code="110000"),
                                          headers=staff)) == [["body", "county_code"]]
    body = platform_body()
    ok(await client.post(URL, json=body, headers=staff), 201)
    assert (await client.post(URL, json=body, headers=staff)).status_code == 409


async def test_staff_of_its_county_correct_a_platform_and_its_products(client: httpx.AsyncClient) -> None:
    product, other = await new_product(client), await new_product(client)
    staff = county_staff(LIANZHOU).headers
    platform = ok(await client.post(URL, json=platform_body(product_ids=[product["id"]]), headers=staff), 201)
    path = f"{URL}/{platform['id']}"
    change = platform_body(name=platform["name"], operator="连州市青年电商协会", product_ids=[other["id"]])
    corrected = ok(await client.put(path, json=change, headers=staff))
    assert (corrected["operator"], corrected["products"]) == ("连州市青年电商协会", [{"id": other["id"],
                                                                                 "name": other["name"]}])
    assert (await client.put(path, json=change, headers=county_staff(YINGDE).headers)).status_code == 403
    assert (await client.put(path, json={**change, "county_code": YINGDE}, headers=staff)).status_code == 403
    taken = ok(await client.post(URL, json=platform_body(), headers=staff), 201)
    assert (await client.put(path, json={**change, "name": taken["name"]}, headers=staff)).status_code == 409
    assert ok(await client.get(path, headers=entrepreneur().headers)) == corrected
